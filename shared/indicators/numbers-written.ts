import { lookupTable } from '../lookup-table';
import type { Standard } from '../types';
import { CODE_LETTER, INDICATOR_WORD } from './indicator-word';
import { numberWordsAsDigits } from './number-words-as-digits';

// "WRES-2 / WRES-3", "W5–W8", "M5, M6", "M4a/M4b", "I2 + I7", "I1–I9", "WRES-01 to WRES-09": the code written again before each number of
// a list, before a number 1–10 only (not "W17/01", a reference, nor "WRES 2019/20", a year). The standard's name is
// dropped only for the standard read: in "WRES 6, 8 / WDES 4a" the WDES metric is not a WRES indicator.
const codeBeforeEachNumber = (standard: string) =>
  new RegExp(`(^|[\\s,&/+;–-])(?:${standard}\\s*[-–]?\\s*m?|${CODE_LETTER})(?=0?(?:10|[1-9])(?!\\d|/\\d\\d))`, 'gi');
const CODE_BEFORE_EACH_NUMBER = { WRES: codeBeforeEachNumber('wres'), WDES: codeBeforeEachNumber('wdes'), none: codeBeforeEachNumber('(?:wres|wdes)') };
const HAS_CODE = new RegExp(`(?:^|[\\s,&/+;–-])(?:wres|wdes|${CODE_LETTER}\\d)`, 'i');
// "Metric 4 (a & b)", "M9 (a & b)": one metric's parts in brackets after its number.
const PARTS_IN_BRACKETS = /(\d{1,2})\s*\(\s*([a-d])\s*(?:[,&/+]|and)\s*([a-d])\s*\)/gi;
// "4a(i)", "4a (ii)", "4a(i)–(iii)", "4a (i & ii)": a part's own sub-parts in roman numerals (WDES 4a is reported from
// patients (i), managers (ii) and colleagues (iii)); the plan's indicator is the part, 4a.
const SUB_PART = '\\(\\s*(?:iv|v?i{1,3}|v)(?:\\s*(?:[,&/+–-]|and|to)\\s*(?:iv|v?i{1,3}|v))*\\s*\\)';
const SUB_PARTS = new RegExp(`(\\d{1,2}\\s*[a-d])\\s*${SUB_PART}(?:\\s*(?:[-–]|to)\\s*${SUB_PART})?`, 'gi');
// "i", "v & vi", "vii & viii", "Indicator iv": roman numerals, alone or listed, then nothing, a bracket, stop or dash.
const ROMAN_NUMERAL = '(?:x|ix|iv|v?i{1,3}|v)';
const ROMAN_LIST = new RegExp(`^(?:${INDICATOR_WORD}\\s*)?(${ROMAN_NUMERAL}(?:\\s*(?:[,&/+]|and|-|–|to)\\s*${ROMAN_NUMERAL})*)\\s*(?=[.:)–—-]|$)`, 'i');
const ROMAN = lookupTable<number>({ i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 });

/**
 * An indicator cell with its numbers written plainly, so one list reader reads them all: codes before each number
 * ("WRES-2 / WRES-3" → "2 / 3", "W5–W8" → "5–8", "WRES-05" → "05"), a metric's parts in brackets ("Metric 4 (a & b)"
 * → "Metric 4a, 4b"), a part's sub-parts ("4a(ii)" → "4a"), roman numerals ("v & vi" → "5 & 6") and number words ("Indicators five and six" → "Indicators
 * 5 and 6").
 *
 * @example
 * numbersWritten('WRES-01 to WRES-09', 'WRES'); // '01 to 09'
 * numbersWritten('Indicators five and six', 'WRES'); // 'Indicators 5 and 6'
 * numbersWritten('4a(iii), 4b', 'WDES'); // '4a, 4b'
 */
export function numbersWritten(clean: string, standard: Standard | null): string {
  let out = numberWordsAsDigits(clean);
  if (HAS_CODE.test(out)) out = out.replace(CODE_BEFORE_EACH_NUMBER[standard ?? 'none'], '$1');
  if (out.includes('(')) out = out.replace(PARTS_IN_BRACKETS, '$1$2, $1$3').replace(SUB_PARTS, '$1');
  const roman = /^[a-z]/i.test(out) ? ROMAN_LIST.exec(out) : null;
  if (roman) out = roman[1].replace(/[ivx]+/gi, (r) => String(ROMAN[r.toLowerCase()] ?? r)) + out.slice(roman[0].length);
  return out;
}
