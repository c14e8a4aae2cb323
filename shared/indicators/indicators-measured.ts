import type { Standard } from '../types';
import { indicatorsMentioned, mayMentionIndicators } from './indicators-mentioned';

/** The kinds of measure quality improvement labels its lines with. */
const KINDS = 'outcome|process|balancing';
/** A line labelled with the kind of measure it states, as quality improvement writes them ('Outcome: …', 'Process measure – …'). */
const LABELLED = new RegExp(`^\\s*(${KINDS})(?:\\s+measures?)?\\s*[:–—-]`, 'i');
/** A cell naming no kind labels no line, and is not split into lines to be sure. */
const MAY_LABEL = new RegExp(KINDS, 'i');

/**
 * The indicators an action's measure names: the WRES / WDES metric the action is expected to move. A measure cell that
 * labels its lines the way quality improvement does ('Outcome: WDES metric 8' over 'Process: % of adjustments in 28
 * days'; balancing measures too) is read from its OUTCOME lines only: a process or balancing measure counts what the
 * team does or guards against, never the metric. A cell with no such labels is read whole. `line` is what was read, for
 * the user ("from its outcome measure 'Outcome: WDES metric 8'"); none when the measure names no indicator.
 *
 * @example
 * indicatorsMeasured('Outcome: WDES metrics 7 and 9a\nProcess: stories heard', 'WDES'); // { ids: ['7', '9a'], line: 'Outcome: WDES metrics 7 and 9a' }
 * indicatorsMeasured('Process: % of new managers trained (metric 4a)', 'WDES'); // { ids: [], line: '' }
 */
export function indicatorsMeasured(measure: string, standard: Standard | null): { ids: string[]; line: string } {
  const text = String(measure ?? '');
  // A measure mentioning no indicator anywhere mentions none in its outcome lines (its lines are only trimmed and joined):
  // most measures are read by one scan, not split into lines first.
  if (!text.trim() || !mayMentionIndicators(text)) return NONE;
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const labelled = lines.some((l) => LABELLED.test(l));
  const read = labelled ? lines.filter((l) => /^outcome/i.test(l) && LABELLED.test(l)) : lines;
  const ids = indicatorsMentioned(read.join('\n'), standard);
  return ids.length ? { ids, line: read.join(' / ') } : NONE;
}

/**
 * Whether a cell states measures line by line, each labelled with its kind ('Outcome: WDES metric 8' / 'Process: …'):
 * such a cell is an action's measures, whatever its column is headed.
 *
 * @example
 * statesMeasures('Outcome: WDES metric 8\nProcess: days from request to adjustment'); // true
 * statesMeasures('Process improved in Q2'); // false: no label
 */
export function statesMeasures(text: string): boolean {
  // Asked of every cell of every column with no outcome named: most (actions, leads, dates) name no kind of measure.
  const t = String(text ?? '');
  return MAY_LABEL.test(t) && t.split(/\r?\n/).some((l) => LABELLED.test(l));
}

const NONE: { ids: string[]; line: string } = Object.freeze({ ids: [], line: '' }) as { ids: string[]; line: string };
