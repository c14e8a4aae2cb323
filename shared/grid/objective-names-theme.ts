import { countFindings } from './count-findings';
import { numbersUnderBlocks } from './numbers-under-blocks';
import { statesObjective } from './states-objective';
import type { SheetView } from './view-sheet';

/** A theme's title is short and no sentence: "Fair recruitment", "Representation at senior levels (indicators 1 and 9)". */
const MAX_TITLE = 80;
const MAX_TITLE_WORDS = 12;
const SAMPLE = 200;
const QUOTE = 50;
/** A group's number opening an entry: '1. ', '2) ', 'A. '. */
const NUMBERED = /^(?:\d{1,2}|[A-Z])[.)]\s+/;

/** How an objective column written once over each block of actions reads: as their theme, or as context only, and why. */
export interface ObjectiveBlocks {
  isTheme: boolean;
  reason: string;
}

/**
 * Whether an objective column written once over each block of actions (merged down, or left blank below) is also their
 * theme; null when it is not written so, or its entries are long (an objective only, nothing to carry). A plan with no
 * theme column and no headings may group its actions under short subjects: "Representative workforce" over three
 * actions, "Fair recruitment" over the next two — the themes a board reads the plan by. A column whose entries state
 * objectives ("Increase BME representation in senior roles", "Know our workforce: improve our data") is the plan's
 * objectives even where some are short ("Leadership"): context for each action, not its theme. So is a column whose
 * entries mostly state findings, however long ("Only 4% of staff in Bands 8a and above are BME, against 17% of the
 * workforce."): the concern each block of actions answers, carried to each action left blank below it.
 *
 * @example
 * objectiveNamesTheme(sheet, 6, rows, 'Objective')?.reason; // "Theme: the objective column G — 7 short titles, each over its block of actions (header 'Objective')"
 * objectiveNamesTheme(sheet, 3, rows, 'Objective')?.reason; // "written once over each block of actions; not their theme: its entries state objectives (row 5: 'Know our workforce: …')"
 */
export function objectiveNamesTheme(sheet: SheetView, c: number, rows: readonly number[], header: string, refColumn?: number): ObjectiveBlocks | null {
  let titles = 0;
  let aim: { r: number; text: string } | null = null;
  // The first few hundred rows show whether a column names blocks; a long plan says no more.
  const sample = rows.slice(0, SAMPLE);
  const found = countFindings(sheet, c, sample);
  for (const r of sample) {
    const m = sheet.merge(r, c);
    if (m && m.top !== r) continue;
    const text = sheet.text(r, c).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    // A finding is a sentence, yet written once over its block as a title is: only other sentences end the question.
    // (A group's number opening the entry, '1. Make our recruitment fairer', is no sentence's stop.)
    const words = text.replace(NUMBERED, '');
    if (!found.most && (text.length > MAX_TITLE || text.split(' ').length > MAX_TITLE_WORDS || /[.!?]\s*\S|\.$/.test(words))) return null;
    // One entry stating an objective shows what the column holds: its short entries are objectives put briefly.
    if (!aim && statesObjective(text)) aim = { r, text };
    titles++;
  }
  // Written once per block: at least two blocks, and fewer titles than rows by a clear margin.
  if (titles < 2 || titles > 0.75 * sample.length) return null;
  if (found.most && found.example) {
    return { isTheme: false, reason: `written once over each block of actions, the concern they answer: not their theme, as ${found.findings} of ${found.entries} entries state findings, where a theme names a subject (row ${found.example.row}: '${quote(found.example.text)}')` };
  }
  // Objectives the plan numbers its actions under ('1. Make our recruitment fairer' over 1.1–1.3; 'Aim' beside 1a–1c)
  // are its outline: the groups a board reads the plan by, its actions' theme, whatever they state.
  if (aim && refColumn !== undefined && numbersUnderBlocks(sheet, c, refColumn, sample)) {
    return { isTheme: true, reason: `Theme: the objective column ${sheet.letter(c)} — ${titles} objectives, each over its block of actions, which the plan numbers under it (column ${sheet.letter(refColumn)})${header ? ` (header '${header}')` : ''}` };
  }
  if (aim) {
    return { isTheme: false, reason: `written once over each block of actions; not their theme: its entries state objectives, where a theme names a subject (row ${sheet.sheetRow(aim.r)}: '${quote(aim.text)}')` };
  }
  return { isTheme: true, reason: `Theme: the objective column ${sheet.letter(c)} — ${titles} short titles, each over its block of actions${header ? ` (header '${header}')` : ''}` };
}

/** A cell's text short enough to quote in a reason. */
function quote(text: string): string {
  return text.length > QUOTE ? `${text.slice(0, QUOTE - 1)}…` : text;
}
