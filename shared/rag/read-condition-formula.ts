import type { ConditionalFill } from '../types';

/** What a conditional format's formula tests: the column it reads (sheet, 0-based; null = each cell itself) and how. */
export type ConditionTest = Pick<ConditionalFill, 'column' | 'test' | 'text'>;

const TEXT = String.raw`"(?<text>(?:[^"]|"")*)"`;
const REF = String.raw`(?<dollar>\$?)(?<letters>[A-Z]{1,3})\$?\d+`;
const LENGTH = String.raw`(?:LEN\(\s*"(?:[^"]|"")*"\s*\)|\d+)`;
/** TRIM/UPPER/LOWER/PROPER around the reference change nothing a status key cares about (Excel compares without case). */
const WRAPPER = /\b(?:TRIM|UPPER|LOWER|PROPER)\(\s*(\$?[A-Z]{1,3}\$?\d+)\s*\)/gi;

/** The formula shapes Excel writes for its text rules, and the ones people type for "cell equals": one test each. */
const SHAPES: { test: ConditionTest['test']; pattern: RegExp }[] = [
  // Excel's 'Text that contains' writes NOT(ISERROR(SEARCH("Behind",F2))); people write ISNUMBER(SEARCH(…)).
  { test: 'contains', pattern: new RegExp(String.raw`^NOT\(\s*ISERROR\(\s*(?:SEARCH|FIND)\(\s*${TEXT}\s*,\s*${REF}\s*\)\s*\)\s*\)$`, 'i') },
  { test: 'contains', pattern: new RegExp(String.raw`^ISNUMBER\(\s*(?:SEARCH|FIND)\(\s*${TEXT}\s*,\s*${REF}\s*\)\s*\)$`, 'i') },
  // 'Begins with' / 'Ends with': LEFT(F2,LEN("Comp"))="Comp", RIGHT(F2,LEN("ete"))="ete" (or a typed length).
  { test: 'begins', pattern: new RegExp(String.raw`^LEFT\(\s*${REF}\s*,\s*${LENGTH}\s*\)\s*=\s*${TEXT}$`, 'i') },
  { test: 'ends', pattern: new RegExp(String.raw`^RIGHT\(\s*${REF}\s*,\s*${LENGTH}\s*\)\s*=\s*${TEXT}$`, 'i') },
  { test: 'equals', pattern: new RegExp(String.raw`^${REF}\s*=\s*${TEXT}$`, 'i') },
  { test: 'equals', pattern: new RegExp(String.raw`^${TEXT}\s*=\s*${REF}$`, 'i') },
  { test: 'equals', pattern: new RegExp(String.raw`^EXACT\(\s*${REF}\s*,\s*${TEXT}\s*\)$`, 'i') },
];

/**
 * What a conditional format's formula rule tests, when it compares one cell's text with a text: the formulas Excel
 * writes for 'Text that contains' / 'Begins with' / 'Ends with', and the ones people type ('=$F2="Complete"',
 * '=ISNUMBER(SEARCH("behind",F2))'). `topLeft` is the first cell the rule covers (sheet, 0-based): Excel reads the
 * formula as written for that cell, so a relative reference to its own column means each cell tests itself, and
 * '$F2' (column fixed) tests column F for the whole row. Null for anything else (numbers, dates, other functions,
 * a relative reference to another column), which the reader leaves alone rather than guess.
 *
 * @example
 * readConditionFormula('NOT(ISERROR(SEARCH("Behind",F2)))', { row: 1, column: 5 }); // { column: null, test: 'contains', text: 'Behind' }
 * readConditionFormula('=$F2="Complete"', { row: 1, column: 0 }); // { column: 5, test: 'equals', text: 'Complete' }
 */
export function readConditionFormula(formula: string, topLeft: { row: number; column: number }): ConditionTest | null {
  const body = String(formula ?? '').trim().replace(/^=/, '').replace(WRAPPER, '$1').trim();
  for (const { test, pattern } of SHAPES) {
    const g = pattern.exec(body)?.groups;
    if (!g) continue;
    const column = columnIndex(g.letters);
    // A relative reference to another column moves with each cell: not one column's text, so not read.
    if (g.dollar !== '$' && column !== topLeft.column) return null;
    const text = g.text.replace(/""/g, '"');
    return text.trim() ? { column: g.dollar === '$' ? column : null, test, text } : null;
  }
  return null;
}

/**
 * The text a 'Cell value equal to' rule compares with, when it is a text ('"Complete"', '="Complete"'); null for a
 * number or a reference, which name no status.
 *
 * @example
 * readEqualsOperand('"Complete"'); // 'Complete'
 */
export function readEqualsOperand(operand: string): string | null {
  const g = new RegExp(String.raw`^=?\s*${TEXT}\s*$`).exec(String(operand ?? '').trim())?.groups;
  const text = g ? g.text.replace(/""/g, '"') : '';
  return text.trim() ? text : null;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
