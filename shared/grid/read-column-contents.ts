import { namesDecision } from './names-decision';
import { namesMetricByTitle } from '../indicators/names-metric-by-title';
import { answerMeaning } from '../rag/answer-meaning';
import { fillToRag } from '../rag/fill-to-rag';
import { fontToRag } from '../rag/font-to-rag';
import type { PlanField } from '../types';
import { cellKind, type CellKind } from './cell-kind';
import { countsDoneOfTotal } from './counts-done-of-total';
import { isPriorityLevel } from './is-priority-level';
import { saysHowOften } from './says-how-often';
import type { SheetView } from './view-sheet';

/** What a column holds under one header: how many cells of each kind, and how well it fits each field. */
export interface ColumnContents {
  /** Cells with something in them (text, or a RAG fill); a cell merged down counts once. */
  filled: number;
  /** Rows looked at (a cell merged down over several of them counts once in `kinds`). */
  rows: number;
  kinds: Record<CellKind, number>;
  /** Cells with a RAG-coloured fill. */
  ragFills: number;
  /**
   * Whether half its cells or more record a decision on an ask ('Accepted', 'Not accepted': `namesDecision`): their fills
   * colour the board's answer, never how an action is going, whatever a key says.
   */
  decided: boolean;
  /** Of those, the fills that rate each action: none where one tint runs down a column of words that are no statuses (a highlight). */
  ratedFills: number;
  /** Cells showing a traffic light drawn by an icon set (a status given as 3/2/1 shown as lights only). */
  lights: number;
  /** 0…1 per field: the share of the column's cells that fit it. */
  fit: Record<PlanField, number>;
  /** Whole numbers that never repeat and pass the highest indicator number: item numbers, not indicators. */
  runningNumbers: boolean;
  /**
   * Single letters running A, B, C… a row at a time: the rows' letters, as 1, 2, 3… number them ('A' and 'B' among them
   * are no amber and blue).
   */
  runningLetters: boolean;
  /** Non-empty cells that hold their own value, not one merged down from a cell above. */
  own: number;
  /** Short cells that are a metric's title in words ("Relative likelihood of appointment from shortlisting"). */
  titled: number;
  /**
   * Cells holding one symbol a trust types as a status ('✓', '◐', '✗', '➜', '⚠'), counted only when the column holds
   * two different ones or more: one tick down a column says yes or no, several symbols say how far each action got.
   */
  statusMarks: number;
  /**
   * Cells whose text is written in a RAG colour ('On track' in green, '●' in amber), counted only when the column uses
   * two such colours or more: one colour down a column is a style, several are statuses coloured by their text.
   */
  ragFonts: number;
  /** Cells that rate a priority ("High", "M", "P2"): a column of them is the plan's priority, not a theme or a status. */
  levels: number;
  /**
   * Cells holding a code the plan's key gives a status ('4' where the key says '4 = Complete (blue)'; '3 - On track'),
   * when the column is not numbering its rows (1, 2, 3… counting up): such cells are statuses written as codes.
   */
  coded: number;
  /** Cells answering yes or no alone ('Y', 'No', 'Partly', '✓', '✗': `answerMeaning`): under a header asking whether the action is done, its status. */
  answers: number;
  /**
   * Of the `ongoing` cells, those saying only how often ('Annual', 'Quarterly', 'Six-monthly': `saysHowOften`): a
   * frequency may be a timescale, never a status.
   */
  recurring: number;
}

/** A status written as a number the key defines, alone or before its words: '4', '3 - On track', '100%'. */
const CODED = /^\s*(\d{1,3}%?)\s*(?:[-–—:=]\s*\p{L}.*)?$/su;

/** A symbol typed as a status: a tick, a cross, a half-filled circle, an arrow, a warning sign — not a dash or a full stop. */
const STATUS_MARK = /^\s*[\p{So}\u2190-\u21FF]\s*$/u;

/** Enough rows to know a column; a 10,000-row plan says nothing more about its columns than its first 80. */
const SAMPLE = 80;

/**
 * Reads what a column holds in the rows under a header — dates, roles, statuses, numbers, narrative —
 * and how well that fits each field. A column of dates or quarters is a timescale, of roles or names a
 * lead, of status words or coloured cells a status, of long text an action, progress or objective. Given the codes the
 * plan's key defines (`codes`: '4', '3' …), a column holding them is a status written as codes.
 *
 * @example
 * readColumnContents(sheet, 3, [4, 5, 6]).fit.due; // 0.93 when the column holds 'Q3 23/24', 'Mar-24'…
 */
export function readColumnContents(sheet: SheetView, c: number, rows: readonly number[], codes: ReadonlySet<string> = NO_CODES): ColumnContents {
  const kinds: Record<CellKind, number> = { empty: 0, date: 0, timescale: 0, ongoing: 0, status: 0, ref: 0, indicator: 0, role: 0, narrative: 0, short: 0 };
  let ragFills = 0;
  let lights = 0;
  let looked = 0;
  let own = 0;
  let titled = 0;
  let levels = 0;
  let marks = 0;
  let answers = 0;
  let decisions = 0;
  let recurring = 0;
  const ragSeen = new Set<string>();
  const markSeen = new Set<string>();
  let fonts = 0;
  const fontSeen = new Set<string>();
  const numbers: number[] = [];
  /** The cells' texts, to tell a column counting checklist items done ('1/3', '0/2') from one listing indicators. */
  const texts: string[] = [];
  const letters: string[] = [];
  /** The key's codes the cells hold, in row order. */
  const coded: string[] = [];
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  for (let i = 0; i < rows.length && looked < SAMPLE; i += step) {
    const r = rows[i];
    looked++;
    // A cell merged down over several rows is one cell: counting it on every row would outvote the rest.
    if ((sheet.merge(r, c)?.top ?? r) !== r) continue;
    const value = sheet.value(r, c);
    const kind = cellKind(value);
    kinds[kind]++;
    if (kind !== 'empty') own++;
    if (kind !== 'empty') texts.push(typeof value === 'string' ? value : String(value));
    if ((kind === 'short' || kind === 'narrative' || kind === 'role') && typeof value === 'string' && namesMetricByTitle(value)) titled++;
    if (typeof value === 'string' && isPriorityLevel(value)) levels++;
    if (kind === 'short' && typeof value === 'string' && STATUS_MARK.test(value)) {
      marks++;
      markSeen.add(value.trim());
    }
    if (kind === 'short' && typeof value === 'string' && value.length <= 12 && answerMeaning(value)) answers++;
    if (kind === 'short' && typeof value === 'string' && namesDecision(value)) decisions++;
    if (kind === 'ongoing' && typeof value === 'string' && saysHowOften(value)) recurring++;
    const rag = fillToRag(sheet.fill(r, c));
    if (rag) {
      ragFills++;
      ragSeen.add(rag);
    }
    if (sheet.light?.(r, c)) lights++;
    const byFont = kind === 'empty' ? null : fontToRag(sheet.font(r, c));
    if (byFont) {
      fonts++;
      fontSeen.add(byFont);
    }
    if (codes.size > 0 && kind !== 'empty') {
      // As the cell shows it: a percentage is typed as a fraction and shown '50%'.
      const code = CODED.exec(sheet.text(r, c))?.[1];
      if (code !== undefined && codes.has(code)) coded.push(code);
    }
    if (typeof value === 'string' && /^\s*[A-Z]\s*$/.test(value)) letters.push(value.trim());
    if (kind === 'ref' && typeof value === 'number') numbers.push(value);
    else if (kind === 'ref' && typeof value === 'string' && /^\d+$/.test(value.trim())) numbers.push(Number(value));
  }
  const filled = own + Math.min(kinds.empty, ragFills);
  const statusMarks = markSeen.size >= 2 ? marks : 0;
  const ragFonts = fontSeen.size >= 2 ? fonts : 0;
  const n = Math.max(1, own);
  const runningNumbers = numbers.length >= 3 && new Set(numbers).size === numbers.length && Math.max(...numbers) > 10;
  // '1/3', '0/2', '2/2' count a checklist's items done, as Planner exports them: no indicator is 0 or listed twice.
  const tallies = countsDoneOfTotal(texts);
  const runningLetters = lettersRunOn(letters) && letters.length >= 0.8 * own;
  const share = (k: number) => k / n;
  // Fills on decisions ('Accepted' green, 'Not accepted' red) colour a board's answer to an ask, not how an action goes.
  const decided = decisions > 0 && decisions >= 0.5 * own;
  const ratedFills = decided ? 0 : statusFills(ragFills, ragSeen.size, own - kinds.status - kinds.ongoing, own);
  // Numbers counting up a row at a time (1, 2, 3…) number the rows, whatever a key says those numbers mean.
  const codedStatuses = countsUp(coded) ? 0 : coded.length;
  const fit: Record<PlanField, number> = {
    due: share(kinds.date + kinds.timescale + 0.8 * kinds.ongoing),
    completed: share(kinds.date + kinds.timescale) * 0.8,
    lead: share(kinds.role + 0.3 * kinds.short),
    // 'Ongoing' may be a status; 'Quarterly' (how often progress is reported, or the work recurs) is none.
    status: runningLetters ? 0 : Math.min(1, (kinds.status + 0.5 * (kinds.ongoing - recurring) + ratedFills + statusMarks + codedStatuses) / Math.max(1, filled)),
    ref: runningNumbers || runningLetters ? 1 : share(kinds.ref) * 0.8,
    // Metric titles in words name indicators too, when nothing else in the column says otherwise.
    indicator: runningNumbers || runningLetters || tallies ? 0 : share(kinds.indicator + 0.6 * kinds.ref + 0.5 * titled),
    // "HIA 2", "2 & 6": only a header says a column is about high impact actions rather than indicators.
    hia: share(kinds.indicator + kinds.ref + kinds.short),
    action: share(kinds.narrative + 0.6 * kinds.short),
    progress: share(kinds.narrative + 0.4 * kinds.short),
    outcome: share(kinds.narrative + 0.5 * kinds.short),
    objective: share(kinds.narrative + 0.5 * kinds.short + 0.3 * kinds.indicator),
    theme: share(kinds.short + 0.3 * kinds.narrative),
  };
  return { filled, rows: looked, kinds, ragFills, decided, ratedFills, lights, statusMarks, ragFonts, fit, runningNumbers, runningLetters, own, titled, levels, coded: codedStatuses, answers, recurring };
}

/**
 * The fills that say a status: one tint down a column of words that are no statuses ('Network comments (added Nov 18)'
 * in pale yellow) is a highlight, how the column was marked as added, not each action's RAG; two colours or more, or one
 * on cells that are empty or status words ('Complete' in green), are statuses.
 */
function statusFills(ragFills: number, colours: number, otherWords: number, own: number): number {
  return colours >= 2 || otherWords < 0.5 * own ? ragFills : 0;
}

/** No key codes: what a plan with no key of codes ('4 = Complete') gives the column readers. */
export const NO_CODES: ReadonlySet<string> = new Set();

/**
 * Three letters or more, each the next of the alphabet ('A', 'B', 'C'…), one at least no RAG letter: a column lettering
 * its rows. 'A', 'G', 'R' down a status column skip letters; 'A', 'B' alone are too few to say.
 */
function lettersRunOn(letters: readonly string[]): boolean {
  if (letters.length < 3 || letters.every((l) => 'RAGB'.includes(l))) return false;
  for (let i = 1; i < letters.length; i++) if (letters[i].charCodeAt(0) !== letters[i - 1].charCodeAt(0) + 1) return false;
  return true;
}

/** Three numbers or more, each one more than the one before: a count, not codes. */
function countsUp(codes: readonly string[]): boolean {
  if (codes.length < 3) return false;
  for (let i = 1; i < codes.length; i++) if (parseFloat(codes[i]) !== parseFloat(codes[i - 1]) + 1) return false;
  return true;
}
