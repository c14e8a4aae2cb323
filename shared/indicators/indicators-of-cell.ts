import { lookupTable } from '../lookup-table';
import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { indicatorIds } from './catalogue';
import { indicatorOfCell } from './indicator-of-cell';
import { INDICATOR_WORD, LETTER_BEFORE_NUMBER } from './indicator-word';

const TAG = /<[^>]*>/g;
// "All", "All indicators", "All WRES metrics – governance", "Cross-cutting", "1-9 (all)": "All" then nothing, or a dash,
// colon or bracket before what the block is about — never "All staff…".
const ALL = /^(?:all(?:\s+(?:of\s+the\s+)?(?:(?:wres|wdes)\s*)?(?:indicators?|metrics?))?|cross[- ]cutting)\s*(?:[.)]?\s*$|[-–—:(])|\(\s*all\s*\)/i;
// "W5–W8", "M5, M6", "M4a/M4b": the indicator letter written again before each number of a list (not "W17/01", a reference).
const LETTER_BEFORE_EACH_NUMBER = new RegExp(`(^|[\\s,&/+;–-])${LETTER_BEFORE_NUMBER}`, 'gi');
// "Metric 4 (a & b)", "M9 (a & b)": one metric's parts in brackets after its number.
const PARTS_IN_BRACKETS = /(\d{1,2})\s*\(\s*([a-d])\s*(?:[,&/+]|and)\s*([a-d])\s*\)/gi;
// "i", "v & vi", "vii & viii", "Indicator iv": roman numerals, alone or listed, then nothing, a bracket, stop or dash.
const ROMAN_NUMERAL = '(?:x|ix|iv|v?i{1,3}|v)';
const ROMAN_LIST = new RegExp(`^(?:${INDICATOR_WORD}\\s*)?(${ROMAN_NUMERAL}(?:\\s*(?:[,&/+]|and|-|–|to)\\s*${ROMAN_NUMERAL})*)\\s*(?=[.:)–—-]|$)`, 'i');
const ROMAN = lookupTable<number>({ i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 });
// A short list of numbers: "1&9", "1, 7", "5 and 6", "Indicators 2/3", "Metric 4a, 4b", "1-3", "5 – 8"
const LIST = new RegExp(`^(?:${INDICATOR_WORD}|nos?\\.?)?\\s*((?:\\d{1,2}\\s*[a-d]?\\s*(?:[,&/+;]|and|-|–|to|\\s)\\s*)*\\d{1,2}\\s*[a-d]?)\\s*[.:)]?(?:\\s|$)`, 'i');

/**
 * Every indicator an indicator cell names: one ("3", "Indicator 3: disciplinary"), several ("1&9",
 * "1,7", "5 and 6"), a range ("1-3") or all of them ("All"). Numbers outside the standard are dropped.
 * A cell that starts with one number and goes on in words ("2. Relative likelihood…") names one. The indicator
 * letter may come before each number ("W5–W8", "M5, M6"), a metric's parts may sit in brackets ("Metric 4 (a & b)"),
 * and older plans number indicators in roman numerals ("v & vi").
 *
 * @example
 * indicatorsOfCell('1&9', 'WRES'); // ['1', '9']
 * indicatorsOfCell('All', 'WDES'); // ['1', '2', …, '10']
 * indicatorsOfCell('4a, 4b', 'WDES'); // ['4a', '4b']
 * indicatorsOfCell('W5–W8', 'WRES'); // ['5', '6', '7', '8']
 * indicatorsOfCell('vii & viii', 'WRES'); // ['7', '8']
 */
export function indicatorsOfCell(text: string, standard: Standard | null): string[] {
  // Indicator cells repeat down a block: each distinct text is read once per standard.
  return [...readCached(`${standard ?? ''}\u0000${String(text ?? '')}`)];
}

const readCached = memoiseText((key: string): readonly string[] => {
  const split = key.indexOf('\u0000');
  return Object.freeze(readIndicators(key.slice(split + 1), (key.slice(0, split) || null) as Standard | null));
});

function readIndicators(text: string, standard: Standard | null): string[] {
  let clean = text.replace(TAG, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  if (ALL.test(clean)) return standard ? indicatorIds(standard) : [];
  clean = numbersWritten(clean);
  const m = LIST.exec(clean);
  if (!m) {
    const one = indicatorOfCell(clean, standard);
    return one ? [one] : [];
  }
  const max = standard === 'WRES' ? 9 : 10;
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  // Tokens are numbers (with a WDES part letter) and the separators between them; a dash means a range.
  const tokens = m[1].toLowerCase().match(/\d{1,2}\s*[a-d]?(?![a-z])|-|–|\bto\b/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '-' || t === '–' || t === 'to') continue;
    const n = Number(/\d+/.exec(t)![0]);
    const letter = standard === 'WDES' ? (/[a-d]/.exec(t)?.[0] ?? '') : '';
    const prev = tokens[i - 1];
    const from = i >= 2 && (prev === '-' || prev === '–' || prev === 'to') ? Number(/\d+/.exec(tokens[i - 2])![0]) : null;
    if (from !== null && !letter && from < n) {
      for (let k = from + 1; k <= Math.min(n, max); k++) add(String(k));
      continue;
    }
    if (n >= 1 && n <= max) add(`${n}${letter}`);
  }
  return out;
}

/** The cell with its numbers written plainly: "W5–W8" → "5–8", "Metric 4 (a & b)" → "Metric 4a, 4b", "v & vi" → "5 & 6". */
function numbersWritten(clean: string): string {
  let out = clean;
  if (/[mw]\d/i.test(out)) out = out.replace(LETTER_BEFORE_EACH_NUMBER, '$1');
  if (out.includes('(')) out = out.replace(PARTS_IN_BRACKETS, '$1$2, $1$3');
  const roman = /^[a-z]/i.test(out) ? ROMAN_LIST.exec(out) : null;
  if (roman) out = roman[1].replace(/[ivx]+/gi, (r) => String(ROMAN[r.toLowerCase()] ?? r)) + out.slice(roman[0].length);
  return out;
}
