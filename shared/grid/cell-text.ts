import { lookupTable } from '../lookup-table';
import { memoiseText } from '../memoise-text';
import type { CellValue } from '../types';

/**
 * A cell's text as a person reads it: numbers as written, dates as ISO days, errors and empties as ''.
 * Never throws, whatever the cell holds.
 *
 * @example
 * cellText(' In Progress '); // ' In Progress ' (kept verbatim; compare with collapse())
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

/**
 * Whitespace collapsed and trimmed: how cells are compared (line breaks and double spaces are layout, not meaning).
 *
 * @example
 * collapse('  In\n progress ') // 'In progress'
 */
export const collapse = memoiseText((s: string) => s.replace(/\s{2,}|[^\S ]/g, ' ').trim());

/**
 * Whether the text, collapsed (see `collapse`), is longer than `n` characters: counted without building it, and
 * stopping past `n`, so a stage that wants only short texts (labels, codes) never tidies an action's long sentence.
 *
 * @example
 * collapsedLongerThan('  In\n   progress ', 11) // false: 'In progress' is 11 characters
 * collapsedLongerThan('Develop a programme of reverse mentoring for senior leaders', 32) // true
 */
export function collapsedLongerThan(text: string, n: number): boolean {
  if (text.length <= n) return false;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      gap = length > 0;
      continue;
    }
    length += gap ? 2 : 1;
    gap = false;
    if (length > n) return true;
  }
  return false;
}

/**
 * Whether the text is whitespace only, as `text.trim() === ''` says, found without copying it: a blank test on an
 * action's long text stops at its first letter.
 *
 * @example
 * isBlankText(' \n\u00a0'); // true
 * isBlankText('  Run listening events'); // false
 */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** The characters `\s` matches (what `collapse` and `trim` treat as whitespace). */
export function isWhitespace(ch: number): boolean {
  if (ch <= 32) return ch === 32 || (ch >= 9 && ch <= 13);
  if (ch < 160) return false;
  return ch === 160 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

/** A pronoun and its contracted verb, as headerKey leaves them ('we ll', 'who s'). */
const CONTRACTED = /\b(we|you|they|i|it|who|what|that|there|he|she)\s(ll|re|ve|s|d)\b/g;
/** What each contracted ending stands for ('d' as 'would': 'Who'd' is rarer than 'We'd like'). */
const CONTRACTION = lookupTable({ ll: 'will', re: 'are', ve: 'have', s: 'is', d: 'would' });

/**
 * Lower-case letters and digits only: how header words are compared ("Lead/s" ~ "leads"). Words a list's export runs
 * together are apart: a SharePoint list, Planner or Smartsheet names its columns as a system does ('AssignedTo',
 * 'DueDate', 'RAGStatus', 'Due_x0020_Date'), and those are the same words a person writes with spaces. A capital
 * after a small letter starts a word, as does the last capital of a run before small letters ('RAGStatus'); a run
 * of capitals with one small letter after it stays one word ('KPIs', 'HIAs').
 *
 * @example
 * headerKey('Lead/s') // 'lead s'
 * headerKey('AssignedTo') // 'assigned to'
 * headerKey('Due_x0020_Date') // 'due date'
 */
export const headerKey = memoiseText((s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/_x([0-9a-f]{4})_/gi, ' ')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/([A-Z])(?=[A-Z][a-z]{2,})/g, '$1 ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    // A pronoun's contraction is its words ("What we'll do" is 'what we will do', "Who's responsible?" 'who is
    // responsible'): headers are written as people speak. A possessive ('Trust's lead') is no pronoun's, and stays.
    .replace(CONTRACTED, (_, who: string, tail: string) => `${who} ${CONTRACTION[tail]}`),
);

