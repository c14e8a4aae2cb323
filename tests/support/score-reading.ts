/**
 * Scores a report against a gold reading: which gold actions were found at their rows, which non-action
 * rows were read as actions, and how many of the scored fields equal the gold (whitespace collapsed).
 * Shared by the bundled plans' test, the corpus test and `npm run measure:reader`.
 */
import type { PlanReport } from '../../shared/types';

export interface GoldAction {
  row: number;
  action: string;
  lead: string;
  due: string;
  indicator: string | null;
  indicators?: string[];
  theme: string | null;
  rag: string | null;
  /** The action's status as the sheet states it ('Complete', 'Y', '75%'); '' where it states none. */
  status?: string;
  /** The plan's own number for the action, where it has one (not scored by measure:reader; see tests/reader/score-refs.ts). */
  ref?: string | null;
}
export interface Gold {
  sheet: string;
  standard: string;
  headerRows: number[];
  nonActionRows: number[];
  ambiguousRows: number[];
  identity?: { period?: string | null; trust?: string | null };
  actions: GoldAction[];
}

export interface ReadingScore {
  goldActions: number;
  found: number;
  /** Gold rows of actions the reader missed. */
  missed: number[];
  /** Non-action rows (titles, headers, legends, sections…) read as actions. */
  falseActions: number[];
  fieldsScored: number;
  fieldsEqual: number;
  /** Field-by-field misreadings, for a person to read: "row 12 lead: 'HR' ≠ ''". */
  wrong: string[];
}

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();
const FIELDS = ['action', 'lead', 'due', 'indicator', 'theme'] as const;

/**
 * @example
 * const s = scoreReading(gold, checkPlan(grid, { asAt }));
 * s.found / s.goldActions; // share of actions found
 */
export function scoreReading(gold: Gold, report: PlanReport): ReadingScore {
  const byRow = new Map(report.actions.map((a) => [a.row, a]));
  const missed = gold.actions.filter((g) => !byRow.has(g.row)).map((g) => g.row);
  const ambiguous = new Set(gold.ambiguousRows ?? []);
  const nonAction = new Set(gold.nonActionRows);
  const falseActions = report.actions.map((a) => a.row).filter((r) => nonAction.has(r) && !ambiguous.has(r));
  let fieldsScored = 0;
  let fieldsEqual = 0;
  const wrong: string[] = [];
  for (const g of gold.actions) {
    const a = byRow.get(g.row);
    const pairs: [string, unknown, unknown][] = FIELDS.map((f) => [f, g[f], f === 'due' ? a?.due.text : a?.[f]]);
    if (g.rag) pairs.push(['rag', g.rag, a?.statusRag]);
    if (g.indicators && g.indicators.length > 1) pairs.push(['indicators', indicatorList(g.indicators, gold.standard), a ? indicatorList(a.indicators, gold.standard) : '']);
    for (const [field, x, y] of pairs) {
      fieldsScored++;
      if (a && norm(x) === norm(y)) fieldsEqual++;
      else if (a) wrong.push(`row ${g.row} ${field}: read '${norm(y).slice(0, 60)}', gold '${norm(x).slice(0, 60)}'`);
    }
  }
  return { goldActions: gold.actions.length, found: gold.actions.length - missed.length, missed, falseActions, fieldsScored, fieldsEqual, wrong };
}

/**
 * Who the plan is, scored against the gold's `identity` where the gold says: its period and its trust, as read. Shared by
 * `npm run measure:reader` and the corpus test.
 *
 * @example
 * scoreIdentity(gold, report); // { scored: 2, equal: 1, wrong: ["period: read '2024-25' (the title rows), gold '2023-24'"] }
 */
export function scoreIdentity(gold: Gold, report: PlanReport): { scored: number; equal: number; wrong: string[] } {
  const out = { scored: 0, equal: 0, wrong: [] as string[] };
  for (const part of ['period', 'trust'] as const) {
    const want = gold.identity?.[part];
    if (want === undefined) continue;
    out.scored++;
    const read = report.identity[part];
    if ((read.value ?? null) === want) out.equal++;
    else out.wrong.push(`${part}: read '${read.value ?? ''}' (${read.source ?? 'nowhere'}), gold '${want ?? ''}'`);
  }
  return out;
}

/**
 * A list of indicators as scored: sorted, and 'every indicator' when it names each of the standard's, a WDES metric
 * with parts named whole ('4') or by both its parts ('4a', '4b'). "All" means every metric either way, and the golds
 * write it both ways: all ten for 'All' in nine plans that letter 4a/4b/9a/9b elsewhere (fenland, hollinsbrook,
 * kingsbarrow, larkhill…), all twelve in holdout8 sandbeck ("every metric of the 2021 framework").
 */
function indicatorList(ids: readonly string[], standard: string): string {
  const has = new Set(ids);
  const numbers = standard === 'WRES' ? 9 : 10;
  const every = Array.from({ length: numbers }, (_, i) => String(i + 1)).every((n) => has.has(n) || (has.has(`${n}a`) && has.has(`${n}b`)));
  return every ? 'every indicator' : [...ids].sort().join(',');
}

/**
 * Each found action's status as the plan states it, scored against the gold's `status` where the gold gives one: the
 * words, mark or percentage the pane reads through the key to colour the action and to judge whether it is overdue.
 * Kept apart from the fields' share, so that share stays comparable with earlier sessions'.
 *
 * @example
 * scoreStatus(gold, report); // { scored: 8, equal: 7, wrong: ["row 6 status: read '', gold 'Y'"] }
 */
export function scoreStatus(gold: Gold, report: PlanReport): { scored: number; equal: number; wrong: string[] } {
  const byRow = new Map(report.actions.map((a) => [a.row, a]));
  const out = { scored: 0, equal: 0, wrong: [] as string[] };
  for (const g of gold.actions) {
    const a = byRow.get(g.row);
    if (!a || g.status === undefined) continue;
    out.scored++;
    if (norm(g.status) === norm(a.status)) out.equal++;
    else out.wrong.push(`row ${g.row} status: read '${norm(a.status).slice(0, 60)}', gold '${norm(g.status).slice(0, 60)}'`);
  }
  return out;
}
