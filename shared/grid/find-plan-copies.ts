import type { OtherPlan } from './find-other-plans';
import { periodOfHeader } from './period-of-header';
import type { RowTexts } from './profile-rows';
import type { SheetView } from './view-sheet';
import { printedPageMark } from './is-running-head';

/** A row's longest text is its action's only when it is a sentence: shorter texts (a lead, a status) repeat anyway. */
const MIN_KEY = 25;
/** Share of a block's rows that must repeat rows above for the block to be a copy of them. */
const REPEATED = 0.6;

/**
 * A copy of the plan kept under it: a header printed again whose rows repeat, word for word, the rows under an earlier
 * header — the same actions with older statuses and updates, as an email thread pasted into Excel quotes the earlier
 * message's table under the reply's ('Update (February 2019)' under 'Update (March 2019)'), or last month's copy pasted
 * under this month's. A plan lists each action once: the copy is no further actions. The first copy is the plan, unless
 * the copy's header names a later period than the first's (then neither is set aside: which is current is not clear).
 * Each copy runs from its header to the row before the next header band. Grid rows; `texts` as profileRows gives them.
 *
 * @example
 * // 'No. | … | Update (March 2019)' on row 10 over 8 actions, the same 8 under '… | Update (February 2019)' on row 35:
 * findPlanCopies(sheet, texts, [[10], [35]]); // [{ from: 35, to: 43, caption: 'No. | … | Update (February 2019)', why: "its rows repeat …" }]
 */
export function findPlanCopies(sheet: SheetView, texts: RowTexts, bands: readonly (readonly number[])[]): OtherPlan[] {
  if (bands.length < 2) return [];
  const height = sheet.height;
  const out: OtherPlan[] = [];
  // The plan's rows so far: under its header, and under that header printed again at a page's top (not a copy), so a
  // copy of the whole plan repeats them all wherever the page breaks fell.
  const seen = new Map<string, number>();
  const planRows: number[] = [];
  const see = (rows: readonly number[]) => {
    for (const r of rows) {
      planRows.push(r);
      const key = keyOf(texts, r);
      if (key && !seen.has(key)) seen.set(key, r);
    }
  };
  see(rowsUnder(texts, bands, 0, height));
  for (let i = 1; i < bands.length; i++) {
    const rows = rowsUnder(texts, bands, i, height);
    const repeats = rows.filter((r) => seen.has(keyOf(texts, r) ?? ''));
    // The copy's rows run to its last repeated one: a sign-off or glossary typed under it is no row of the copy's.
    const copied = repeats.length ? rows.filter((r) => r <= repeats[repeats.length - 1]) : rows;
    if (repeats.length < 2 || repeats.length < REPEATED * copied.length || laterThanFirst(texts, bands[0], bands[i])) {
      if (!out.length) see(rows);
      continue;
    }
    const top = bands[i][0];
    const to = (bands[i + 1]?.[0] ?? height) - 1;
    const caption = texts[bands[i][bands[i].length - 1]].map((t) => t.text).join(' | ');
    const over = `${sheet.sheetRow(Math.min(...planRows))}–${sheet.sheetRow(Math.max(...planRows))}`;
    const renamed = renamedCell(texts, bands[0], bands[i]);
    out.push({ from: top, to, caption, period: '', why: `its rows repeat, word for word, ${repeats.length} of the actions on rows ${over} under the plan's header printed again${renamed}: a copy of the plan kept under it (an email thread's earlier message, an earlier period's copy), not more actions` });
  }
  return out;
}

/**
 * The rows with two texts or more under band `i`, down to the next band. A printed page's head or foot ('Ref: … | Page 1
 * of 4 | Printed …', 'Trust | OFFICIAL') is left out: it repeats on every page of the plan, not because a copy repeats it.
 */
function rowsUnder(texts: RowTexts, bands: readonly (readonly number[])[], i: number, height: number): number[] {
  const rows: number[] = [];
  for (let r = bands[i][bands[i].length - 1] + 1; r < (bands[i + 1]?.[0] ?? height); r++) if (texts[r].length >= 2 && printedPageMark(texts[r]) < 0) rows.push(r);
  return rows;
}

/** The row's longest text with its column, when it is long enough to be an action's sentence; else null. */
function keyOf(texts: RowTexts, r: number): string | null {
  let best: { c: number; text: string } | null = null;
  for (const t of texts[r]) if (!best || t.text.length > best.text.length) best = t;
  return best && best.text.length >= MIN_KEY ? `${best.c}:${best.text}` : null;
}

/** The copy's header cell that differs from the first's in the same column, as the user is told it: " ('Update (February 2019)' for 'Update (March 2019)')". */
function renamedCell(texts: RowTexts, first: readonly number[], copy: readonly number[]): string {
  const before = new Map(first.flatMap((r) => texts[r]).map((t) => [t.c, t.text] as const));
  const cell = copy.flatMap((r) => texts[r]).find((t) => before.has(t.c) && before.get(t.c) !== t.text);
  return cell ? ` ('${cell.text}' for '${before.get(cell.c)}')` : '';
}

/** Whether the copy's header names a later period than the first header does in a column both name one in. */
function laterThanFirst(texts: RowTexts, first: readonly number[], copy: readonly number[]): boolean {
  const periods = (band: readonly number[]) => new Map(band.flatMap((r) => texts[r]).flatMap((t) => {
    const p = t.text.length <= 40 ? periodOfHeader(t.text) : null;
    return p ? [[t.c, p.order] as const] : [];
  }));
  const before = periods(first);
  for (const [c, order] of periods(copy)) if (before.has(c) && order > before.get(c)!) return true;
  return false;
}
