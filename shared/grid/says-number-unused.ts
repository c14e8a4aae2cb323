import { collapse, collapsedLongerThan } from './cell-text';

/**
 * A cell opening by saying its row's number is not used ('Number not used – action withdrawn before approval and folded
 * into W2.2.', 'Not used', '(Intentionally left blank)', 'Ref reserved – not allocated'): a numbered plan keeps the
 * number of an action dropped before the plan was agreed, so the numbers after it still match the papers that cite
 * them. No action has that number.
 */
const UNUSED = /^[\s([{*]*(?:(?:this\s+)?(?:number|no\.?|ref(?:erence)?|item|row|line|action)\s+(?:is\s+|was\s+)?)?(?:not\s+used|unused|(?:intentionally\s+)?left\s+blank|intentionally\s+blank|reserved|not\s+allocated|spare)(?=\s*$|\s*[-–—:;,.)\]}]|\s+(?:by|in|as|and|because|following|after|for|–|—|-)\b)/i;

/** A line saying so is short: an action's sentence that opens with such words ('Reserved places on …') is no answer. */
const MAX_LINE = 200;

/**
 * Why a cell says its row's number is not used, in words for the user; null for any other text (an action, or one that
 * merely mentions an unused budget: 'Spend the unused training budget on …').
 *
 * @example
 * saysNumberUnused('Number not used – action withdrawn before approval and folded into W2.2.'); // "'Number not used – …' says the row's number is not used: no action has it"
 * saysNumberUnused('Reserved places for BME staff on the Mary Seacole programme'); // null
 */
export function saysNumberUnused(text: string): string | null {
  if (collapsedLongerThan(text, MAX_LINE) || !UNUSED.test(text)) return null;
  return `'${collapse(text)}' says the row's number is not used: no action has it`;
}
