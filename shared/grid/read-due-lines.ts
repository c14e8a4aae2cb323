import { memoiseText } from '../memoise-text';
import { parseTimescale } from '../timescale/parse-timescale';

/** What `readDueLines` reads from a timescale cell typed on several lines. */
export interface DueLines {
  /** The date the action is due by, as written on its line ('30 Sep 2023', 'Q3 2019/20', '31/12/2020'). */
  due: string;
  /** Why this line is the timescale, in the user's words. */
  why: string;
}

/** Any year places a bare month or quarter: only whether a line is a timescale at all matters here. */
const ANY_YEAR = { financialYear: 2000 };
/** A line setting the date again: 'Revised: 31/12/2020 (…)', 'Moved to March 2021', 'New date – 30/04/2021', 'Extended to …'. */
const REVISION = /^(?:revised|re-?dated|re-?profiled|rescheduled|moved|changed|extended|postponed|deferred|delayed|now|new (?:date|deadline|target))(?:\s+(?:date|deadline|target|to|until|till))?\s*[:–—-]?\s*(.+)$/i;
/** A line opening with a word that carries the first line's timescale on ('to March 2025', '– June 2024'): a range, not a remark. */
const RANGE_ON = /^(?:[-–—]|to\b|until\b|till\b|through\b|and\b|&)/i;
/** A year: a line's date must place itself ('Q3' over '2015/16' is one date split over two lines). */
const YEAR = /(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/\d{2}/;

/**
 * A timescale cell typed on several lines (Alt+Enter), its first line a date on its own:
 * - the lines under it a REMARK on that date ('30 Sep 2023' / '(needs JNCC approval)', 'Q3 2019/20' / 'review Q1 2020/21',
 *   'July 2025' / 'then again in January'): the first line is the timescale, as a person reads the cell; the remark says
 *   what must happen first or what follows, not when the action is due;
 * - a later line SETTING THE DATE AGAIN ('30/09/2020' / 'Revised: 31/12/2020 (panel members redeployed)'): the revised
 *   date is the timescale, the first one history; the latest revision wins.
 * Kept whole (null) where the later lines belong to the timescale: a date split over two lines ('Q3' / '2015/16'), a
 * range carried on ('April 2024' / '– March 2025'), another date on its own ('June 2024' / 'March 2025'), or how often
 * it recurs ('June 2016' / 'Pulse survey quarterly').
 *
 * @example
 * readDueLines('30 Sep 2023\n(TRAC template change needed first)', 'F6')?.due; // '30 Sep 2023'
 * readDueLines('30/09/2020\nRevised: 31/12/2020 (panel members redeployed)', 'E6')?.due; // '31/12/2020'
 * readDueLines('June 2016\nPulse survey quarterly', 'D9'); // null (the second line says how often)
 * readDueLines('Start: Apr 2025\nEnd: Jul 2025', 'E8')?.due; // 'Jul 2025' (the end line: `readStartAndEnd`)
 */
export function readDueLines(text: string, cell: string): DueLines | null {
  const t = String(text ?? '').trim();
  // Cheap exact tests first: a line break after a short first line holding a digit.
  const br = t.indexOf('\n');
  if (br < 4 || br > 40 || !/\d/.test(t.slice(0, br))) return null;
  const labelled = readStartAndEnd(t, cell);
  if (labelled) return labelled;
  const read = readCached(t);
  if (!read) return null;
  const shown = t.replace(/\s*\n\s*/g, ' / ');
  const why = read.revised
    ? `Timescale: ${read.due}, the date set again in ${cell} ('${shown}'); the first date is history`
    : `Timescale: ${read.due}, the date on the first line of ${cell}; '${read.remark}' beneath it is a remark on that date`;
  return { due: read.due, why };
}

const readCached = memoiseText((t: string): { due: string; revised: boolean; remark: string } | null => {
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2 || !isDateLine(lines[0])) return null;
  let due = lines[0];
  let revised = false;
  const remarks: string[] = [];
  for (const line of lines.slice(1)) {
    const again = REVISION.exec(line);
    const date = again ? dateOpening(again[1]) : null;
    if (date) {
      due = date;
      revised = true;
      continue;
    }
    if (!isRemark(line)) return null;
    remarks.push(line);
  }
  return { due, revised, remark: remarks.join(' ') };
});

/** A line that is a date with its year, read by the parser on its own. */
function isDateLine(line: string): boolean {
  return YEAR.test(line) && parseTimescale(line, ANY_YEAR).parsed;
}

/** The date opening a revision's words ('31/12/2020 (panel members redeployed)' → '31/12/2020'), or null. */
function dateOpening(words: string): string | null {
  const head = words.replace(/\s*[(–—;,].*$/, '').trim();
  return head && isDateLine(head) ? head : null;
}

/** A line under the date that remarks on it, rather than carrying the timescale on (a range, a date, a recurrence). */
function isRemark(line: string): boolean {
  if (RANGE_ON.test(line)) return false;
  // Another date standing alone ('March 2025', 'Q1 2020/21'): the cell gives two dates, read as written.
  const first = line.split(/\s+/)[0];
  if (/\d/.test(first) || parseTimescale(first, ANY_YEAR).parsed) return false;
  // How often outside any bracket ('Pulse survey quarterly', 'Then quarterly'): the timescale recurs.
  const open = line.replace(/\([^)]*\)?/g, ' ');
  return !open.split(/[\s,;]+/).some((w) => w && parseTimescale(w, ANY_YEAR).ongoing);
}

/** A line labelled as the day work starts: 'Start: Apr 2025', 'Start date – 01/04/2025', 'From: May 2025', 'Begins: Q1 2025/26'. */
const START_LINE = /^(?:start(?:s|ing)?(?:\s+date)?|begin(?:s|ning)?|from|commenc(?:e|es|ing))\s*[:–—-]\s*(.+)$/i;
/** A line labelled as the day work ends: 'End: Jul 2025', 'Finish – Sep 2025', 'Complete: Mar 2026', 'Due: Dec 2025', 'To: …'. */
const END_LINE = /^(?:end(?:s|ing)?(?:\s+date)?|finish(?:es)?|complet(?:e|ion|ed\s+by)(?:\s+date)?|due(?:\s+date)?|deadline|target(?:\s+date)?|by|to|until)\s*[:–—-]\s*(.+)$/i;

/**
 * A timescale cell giving the work's start and its end on labelled lines ('Start: Apr 2025' / 'End: Jul 2025', as a Word
 * report's 'When' cell writes them): the action is due by the end line's date, written as after its label; the start is
 * when the work begins, no due. Null unless the cell is exactly one start line and one end line, each a date with its year.
 *
 * @example
 * readStartAndEnd('Start: Apr 2025\nEnd: Jul 2025', 'E8')?.due; // 'Jul 2025'
 * readStartAndEnd('30 Sep 2023\n(needs approval)', 'F6'); // null
 */
function readStartAndEnd(t: string, cell: string): DueLines | null {
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length !== 2) return null;
  const start = START_LINE.exec(lines[0]);
  const end = start ? END_LINE.exec(lines[1]) : null;
  if (!start || !end || !isDateLine(start[1].trim()) || !isDateLine(end[1].trim())) return null;
  const due = end[1].trim();
  return { due, why: `Timescale: ${due}, the end date on the second line of ${cell} ('${lines[1]}'); '${lines[0]}' is when the work begins` };
}
