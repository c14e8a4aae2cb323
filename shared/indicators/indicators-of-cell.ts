import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { indicatorIds } from './catalogue';
import { indicatorOfCell } from './indicator-of-cell';
import { INDICATOR_WORD } from './indicator-word';

const TAG = /<[^>]*>/g;
// "All", "All indicators", "All metrics", "All WRES indicators", "1-9 (all)"
const ALL = /^(?:all\b(?:\s+(?:of\s+the\s+)?(?:wres|wdes)?\s*(?:indicators?|metrics?))?|cross[- ]cutting)\s*[.)]?$|\(\s*all\s*\)/i;
// A short list of numbers: "1&9", "1, 7", "5 and 6", "Indicators 2/3", "Metric 4a, 4b", "1-3", "5 – 8"
const LIST = new RegExp(`^(?:${INDICATOR_WORD}|nos?\\.?)?\\s*((?:\\d{1,2}\\s*[a-d]?\\s*(?:[,&/+;]|and|-|–|to|\\s)\\s*)*\\d{1,2}\\s*[a-d]?)\\s*[.:)]?(?:\\s|$)`, 'i');

/**
 * Every indicator an indicator cell names: one ("3", "Indicator 3: disciplinary"), several ("1&9",
 * "1,7", "5 and 6"), a range ("1-3") or all of them ("All"). Numbers outside the standard are dropped.
 * A cell that starts with one number and goes on in words ("2. Relative likelihood…") names one.
 *
 * @example
 * indicatorsOfCell('1&9', 'WRES'); // ['1', '9']
 * indicatorsOfCell('All', 'WDES'); // ['1', '2', …, '10']
 * indicatorsOfCell('4a, 4b', 'WDES'); // ['4a', '4b']
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
  const clean = text.replace(TAG, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  if (ALL.test(clean)) return standard ? indicatorIds(standard) : [];
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
