import type { SheetView } from './view-sheet';

/** A theme's title is short and no sentence: "Fair recruitment", "Representation at senior levels (indicators 1 and 9)". */
const MAX_TITLE = 80;
const MAX_TITLE_WORDS = 12;
const SAMPLE = 200;

/**
 * Why an objective column is also the plan's theme, or null when it is not. A plan with no theme column and no
 * headings may group its actions under a short objective written once over each block (merged down, or left blank
 * below): "Representative workforce" over three actions, "Fair recruitment" over the next two. Such titles are the
 * themes a board reads the plan by; a long objective ("To increase the percentage of BME staff…") or one restated on
 * every row is an objective only.
 *
 * @example
 * objectiveNamesTheme(sheet, 6, rows, 'Objective'); // "Theme: the objective column G — 7 short titles, each over its block of actions (header 'Objective')"
 */
export function objectiveNamesTheme(sheet: SheetView, c: number, rows: readonly number[], header: string): string | null {
  let titles = 0;
  // The first few hundred rows show whether a column names blocks; a long plan says no more.
  const sample = rows.slice(0, SAMPLE);
  for (const r of sample) {
    const m = sheet.merge(r, c);
    if (m && m.top !== r) continue;
    const text = sheet.text(r, c).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length > MAX_TITLE || text.split(' ').length > MAX_TITLE_WORDS || /[.!?]\s*\S|\.$/.test(text)) return null;
    titles++;
  }
  // Written once per block: at least two blocks, and fewer titles than rows by a clear margin.
  if (titles < 2 || titles > 0.75 * sample.length) return null;
  return `Theme: the objective column ${sheet.letter(c)} — ${titles} short titles, each over its block of actions${header ? ` (header '${header}')` : ''}`;
}
