import { indicatorsMentioned, indicatorsOfCell, indicatorsOfWording } from '../indicators';
import { memoiseText } from '../memoise-text';
import type { Standard } from '../types';
import { collapse } from './cell-text';

/** What an indicator cell names, and whether only by its words (a metric's title, no number). */
export interface IndicatorCellReading {
  ids: readonly string[];
  /** Named by wording alone ("Staff engagement"): a metric with parts may mean the part the plan names no other way. */
  worded: boolean;
}

const NONE: IndicatorCellReading = Object.freeze({ ids: Object.freeze([]), worded: false });

/**
 * An indicator cell's indicators: numbers it starts with ("1&9"), numbers it mentions ("… (indicators 5 & 6)"), or
 * its wording ("Relative likelihood of appointment from shortlisting"), saying which.
 *
 * @example
 * readIndicatorCell('1&9', 'WRES'); // { ids: ['1', '9'], worded: false }
 * readIndicatorCell('Staff engagement', 'WDES'); // { ids: ['9'], worded: true }
 * readIndicatorCell('Standards 5 & 6', 'WRES'); // { ids: ['5', '6'], worded: false }
 */
export function readIndicatorCell(cell: string, standard: Standard | null): IndicatorCellReading {
  return READ[standard ?? 'none'](cell);
}

// Per standard, each distinct indicator cell read once: the same cell (often long, merged down over its block)
// is read on every row under it.
const readOnce = (standard: Standard | null) => memoiseText((raw: string): IndicatorCellReading => {
  // In an indicator's own cell a plan may call its indicators 'standards' ('Standard 1', 'Standards 5 & 6', under a
  // 'WRES Standard' header): the numbers after the word are the indicators.
  const cell = raw.replace(STANDARD_WORD, '');
  const lines = eachLineNamed(cell, standard);
  if (lines.length) return Object.freeze({ ids: Object.freeze(lines), worded: false });
  const numbered = indicatorsOfCell(collapse(cell), standard);
  if (numbered.length) return Object.freeze({ ids: Object.freeze(numbered), worded: false });
  const mentioned = indicatorsMentioned(cell, standard);
  if (mentioned.length) return Object.freeze({ ids: Object.freeze(mentioned), worded: false });
  // The cell is the plan's own statement of its indicator: the team's shorthand for it ('Progression') names it too.
  const worded = indicatorsOfWording(cell, standard, { shorthand: true });
  return worded.length ? Object.freeze({ ids: Object.freeze(worded), worded: true }) : NONE;
}, 4_000);
/** 'Standard 1', 'Standards 5 & 6', 'WRES standard 3': the word before the numbers of an indicator cell. */
const STANDARD_WORD = /^\s*(?:(?:wres|wdes)\s+)?standards?\s+(?=\d)/i;

/**
 * A cell of several lines, each naming its own indicator first ('Metric 6: Percentage of …' then 'Metric 7: …'):
 * every line's indicators, in the order written. [] unless every line names one.
 */
function eachLineNamed(cell: string, standard: Standard | null): string[] {
  const lines = cell.split(/\r?\n/).map((l) => collapse(l)).filter(Boolean);
  if (lines.length < 2) return [];
  const ids = lines.map((l) => indicatorsOfCell(l, standard));
  return ids.every((x) => x.length) ? [...new Set(ids.flat())] : [];
}

const READ = { WRES: readOnce('WRES'), WDES: readOnce('WDES'), none: readOnce(null) };
