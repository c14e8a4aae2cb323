import { periodOfText } from '../identity/period-of-text';
import type { HeaderWordScore } from './header-words';
import { saysNoActionNeeded } from './find-rating-column';
import { WORD } from './score-header-row';
import type { SheetView } from './view-sheet';

/** A year as written in a header ('2018/19', '2025'): most header cells have none, and are passed over unread. */
const YEAR = /(?:19|20)\d\d/;

/** A label over several columns of a header's upper row, as the sheet merges it across them (grid columns, inclusive). */
export interface GroupLabel {
  text: string;
  left: number;
  right: number;
}

/** The columns of a header that review last year's plan beside this year's, and why they give this plan no field. */
export interface LookBackColumns {
  /** The reviewing columns, left to right (grid columns). */
  columns: number[];
  /** The year they look back on ('2018-19') and the year the plan's action column names ('2019-20'). */
  earlier: string;
  current: string;
  /** The column of this year's action (its header names the later year). */
  action: number;
  why: string;
}

/** Fields a header names over what both years share on a row (the indicator, a reference, a theme): never the review's. */
const SHARED: ReadonlySet<string> = new Set(['ref', 'indicator', 'theme', 'objective']);

/**
 * A plan keeping last year's review on the same row as this year's action: one row per last year's commitment, some
 * columns looking back at it ('What we said (2018/19) | What we did | Did we achieve it?', '2024/25 action | Lead
 * (2024/25) | Due | Year-end position | Decision', or under a band '2020/21 – LOOKING BACK') and others saying what
 * happens this year ('What we will do next (2019/20) | Lead | By when', '2025/26 action | 2025/26 lead | 2025/26 due').
 * The header names two years: the later one over an action column, the earlier one over others. The review's columns
 * are those naming the earlier year, and those naming no year that are filled on every row where last year's
 * commitment has no action this year (its action cell empty, or 'No further action'), as the review always is: its
 * outcome, its rating ('Achieved', 'Close'), its date. Their actions, leads, dates, outcomes and ratings are last
 * year's, never this plan's fields nor its status. Columns naming what both years share (an indicator, a ref) are
 * not the review's. Only so where this year's action column is then the only one headed as the action: beside a plain
 * 'Action' column, a 'Next steps 2020/21' column is no year of the plan's own, and nothing is set aside.
 * `headers` and `words`: each column's header text and its header words, from one header band; `groups`: the labels of
 * the band's upper rows, each over the columns it is merged across; `rows`: the rows under the header. Null when the
 * header names fewer than two years, or not so.
 *
 * @example
 * // 'Indicator | What we said (2018/19) | What we did | Did we achieve it? | What we will do next (2019/20) | Lead',
 * // a row '3 | … | … | Achieved | No further action.':
 * findLookBackColumns(sheet, rows, headers, words)?.columns; // [1, 2, 3]
 */
export function findLookBackColumns(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>, words: ReadonlyMap<number, readonly HeaderWordScore[]>, groups: readonly GroupLabel[] = []): LookBackColumns | null {
  const years = yearsOfColumns(headers, groups);
  if (years.size < 2) return null;
  const start = (p: string) => Number(p.slice(0, 4));
  const current = [...years.values()].reduce((a, b) => (start(b) > start(a) ? b : a));
  const earlier = [...years].filter(([, p]) => start(p) < start(current)).map(([c]) => c);
  const isAction = (c: number) => words.get(c)?.[0]?.field === 'action' && words.get(c)![0].score >= WORD;
  const action = [...years].find(([c, p]) => p === current && isAction(c))?.[0];
  if (earlier.length === 0 || action === undefined) return null;
  // This year's action column must be the plan's only one once last year's are set aside.
  if ([...headers.keys()].some((c) => c !== action && !earlier.includes(c) && isAction(c))) return null;
  // The rows where last year's commitment has no action this year: the review alone is written there.
  const closed = rows.filter((r) => earlier.some((c) => sheet.text(r, c) !== '') && (sheet.text(r, action) === '' || saysNoActionNeeded(sheet.text(r, action))));
  const columns = [...headers.keys()].filter((c) => {
    if (earlier.includes(c)) return true;
    if (years.has(c) || closed.length === 0 || SHARED.has(words.get(c)?.[0]?.field ?? '')) return false;
    return closed.every((r) => sheet.text(r, c) !== '');
  });
  const was = years.get(earlier[0])!.replace('-', '/');
  const now = current.replace('-', '/');
  const why = `it looks back at last year: the header names ${was} over the review and ${now} over this year's action ('${(headers.get(action) ?? '').trim().slice(0, 60)}'), so what it says (last year's actions, figures, outcomes and their ratings) gives this plan no field`;
  return { columns: columns.sort((a, b) => a - b), earlier: years.get(earlier[0])!, current, action, why };
}

/** The year each column's header names, in its own words or by a band merged over it ('2020/21 – LOOKING BACK'). */
function yearsOfColumns(headers: ReadonlyMap<number, string>, groups: readonly GroupLabel[]): Map<number, string> {
  // A cheap exact test first: at most a few header cells name a year at all.
  const years = new Map<number, string>();
  for (const [c, h] of headers) {
    const p = YEAR.test(h) ? periodOfText(h) : null;
    if (p) years.set(c, p);
  }
  for (const g of groups) {
    const p = YEAR.test(g.text) ? periodOfText(g.text) : null;
    if (p) for (let c = g.left; c <= g.right; c++) if (headers.has(c) && !years.has(c)) years.set(c, p);
  }
  return years;
}
