import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { statesFinding } from './states-finding';

/** More words than this and a line reads as a sentence (an indicator's official wording), not a heading's title. */
const SENTENCE_WORDS = 12;

/**
 * Whether a line under a block's heading DESCRIBES the block rather than heading it, and how (the why's words): it gives
 * the block's figures ('Reporting period 2016/17: BME 39.8%, White 56.1% of the workforce', 'BAME staff are 1.9 times
 * as likely …' — what the data shows, `statesFinding`), or it is a sentence, as an indicator's official wording is
 * ('Percentage of staff in each AfC band 1-9 and VSM compared with …'). A line opening with an indicator's name heads
 * a block of its own, however long ('Metric 6 – Percentage of disabled staff …'); a short subject ('Governance') is a
 * heading's shape. Null when the line could head the block.
 *
 * @example
 * describesBlock('Our data: 34% of BME staff against 27% of White staff.'); // 'it gives the figures of the block'
 * describesBlock('WRES 5 and 6 – Harassment, bullying or abuse'); // null
 */
export function describesBlock(text: string): string | null {
  const t = text.trim();
  if (!t || NAMES_INDICATOR.test(t)) return null;
  if (statesFinding(t)) return 'it gives the figures of the block';
  return t.split(/\s+/).length > SENTENCE_WORDS ? 'it is a sentence describing the block (the wording of what it measures)' : null;
}
