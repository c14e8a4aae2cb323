import type { RagKey } from '../types';
import { describeKeySource } from './describe-key-source';
import { findKeyEntry } from './find-key-entry';

/**
 * A status written as how far the action is, in per cent: '75%', '100 %', '0%', '50% complete', '60% done'. The
 * number and nothing else of substance; a range ('50-99%') or a sentence ('96% of staff trained') is no such status.
 */
const PERCENT_STATUS = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*(?:complete|completed|done)?\s*\.?\s*$/i;

/**
 * The percentage a status states as how far its action is ('75%' → 75), or null when the status is not a percentage
 * alone. Over 100 is no percentage complete.
 *
 * @example
 * percentComplete('75%'); // 75
 * percentComplete('100% complete'); // 100
 * percentComplete('96% of staff trained'); // null
 */
export function percentComplete(status: string): number | null {
  const m = PERCENT_STATUS.exec(String(status ?? ''));
  if (!m) return null;
  const n = Number(m[1]);
  return n <= 100 ? n : null;
}

/**
 * What a percentage complete says of its action, as an HR user reads it: 100 % is complete, 0 % not started, anything
 * between in progress.
 *
 * @example
 * stageOfPercent(100); // 'complete'
 * stageOfPercent(40); // 'in progress'
 */
export function stageOfPercent(percent: number): 'complete' | 'in progress' | 'not started' {
  return percent >= 100 ? 'complete' : percent <= 0 ? 'not started' : 'in progress';
}

/**
 * Why a status given as a percentage ('50%') shows no colour: what it says of the action (complete, in progress, not
 * started) and that the plan's key colours no percentage, so none is made up. Null when the status is no percentage, or
 * when the plan's key names it (its code, '50% = in progress (amber)': the key says what it means).
 *
 * @example
 * whyPercentNoColour('50%', DEFAULT_RAG_KEY);
 * // "Status '50%' is how far the action is (in progress): no colour is shown, since the plan gives none to a percentage"
 */
export function whyPercentNoColour(status: string, key: RagKey): string | null {
  const percent = percentComplete(status);
  if (percent === null || findKeyEntry(status, key)) return null;
  const whose = key.source === 'default' ? 'the plan' : key.source === 'settings' ? 'your key' : describeKeySource(key);
  return `Status '${String(status).trim()}' is how far the action is (${stageOfPercent(percent)}): no colour is shown, since ${whose} gives none to a percentage`;
}
