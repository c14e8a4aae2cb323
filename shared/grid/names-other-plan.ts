import { collapse } from './cell-text';

/**
 * Another plan or strategy named in a header: a name of up to three words ending 'Plan', 'Strategy' or 'Framework'
 * ('Inclusivity Plan', 'People Plan', 'EDI Strategy', 'EDI Improvement Plan'). This plan's own ('Action plan', 'this
 * plan', 'WRES plan') is no other.
 */
const OTHER_PLAN = /\b((?:[\p{L}&'-]+\s+){0,3}?(?:plan|strategy|framework))\b/iu;
/** Words that lead up to a plan's name, not part of it. */
const LINK_WORD = /^(?:links?|linked|aligned|alignment|to|with|in|of|from|for|the|and|our|this)$/i;
const OWN_PLAN = /^(?:(?:the|this|our|wres|wdes)\s+)*(?:action\s+)?plan$/i;

/**
 * The other plan a column's header says it refers to, as the header writes it ('Inclusivity Plan priority area' →
 * 'Inclusivity Plan', 'Link to People Plan' → 'People Plan'), or null. Such a column places each action in that plan
 * (its priority areas, its themes): a cross-reference to another plan, not the group this plan's actions sit in.
 *
 * @example
 * namesOtherPlan('Inclusivity Plan priority area'); // 'Inclusivity Plan'
 * namesOtherPlan('EDI strategy priority'); // 'EDI strategy'
 * namesOtherPlan('Action plan theme'); // null — this plan's own
 * namesOtherPlan('Priority area'); // null
 * namesOtherPlan('Framework'); // null — the kind of thing the column names, no plan of its own
 */
export function namesOtherPlan(header: string): string | null {
  const h = collapse(String(header ?? '')).slice(0, 120);
  const m = OTHER_PLAN.exec(h);
  if (!m) return null;
  // The name is the plan's words without the link words before it ('Link to People Plan' → 'People Plan').
  const words = m[1].split(/\s+/);
  while (words.length > 1 && LINK_WORD.test(words[0])) words.shift();
  const name = words.join(' ');
  // A bare 'Framework' or 'Strategy' names no plan: it heads what each row is filed under (the framework it serves).
  return OWN_PLAN.test(name) || /^(?:plan|strategy|framework)$/i.test(name) ? null : name;
}
