import { memoiseText } from '../memoise-text';

/**
 * 'Head of Learning and Development (left Oct 16) – now Education Lead', 'Head of Nursing (vacant) – covered by Deputy
 * Director of Nursing', 'Director of People (now Chief People Officer)': the post that held the action, then who holds
 * it now, after 'now', 'covered by', 'replaced by', 'handed (over) to' or 'passed to'.
 */
const HANDED_OVER = /^(.{3,}?)[\s,;(–—-]+(?:now|covered by|cover by|replaced by|handed (?:over )?to|passed to|taken over by)\s*:?\s+([^()]+?)\)?\.?$/i;
/** 'Education Lead (was Head of Learning and Development)': who holds it now, then the post that did. */
const WAS = /^(.{3,}?)\s*\(\s*(?:was|previously|formerly)\s*:?\s+[^()]+\)\s*\.?$/i;
/** Who holds an action is a post or a name: a few words, not a sentence. */
const MAX_WORDS = 8;

/**
 * The lead who holds an action NOW, where its lead cell keeps the hand-over ('Head of Learning and Development (left
 * Oct 16) – now Education Lead' → 'Education Lead'; 'Head of Nursing, LD Services (vacant) – covered by Deputy Director
 * of Nursing' → 'Deputy Director of Nursing'; 'Education Lead (was Head of L&D)' → 'Education Lead'): a plan used for a
 * year writes a new holder beside the post that left. The why says so. Null for any other lead (most): it is read as
 * written.
 *
 * @example
 * readCurrentLead('Head of Learning and Development (left Oct 16) – now Education Lead', 'D8');
 * // { lead: 'Education Lead', why: "Lead: Education Lead, who holds the action now (D8: 'Head of Learning and Development (left Oct 16) – now Education Lead'); the post before is history" }
 */
export function readCurrentLead(text: string, cell: string): { lead: string; why: string } | null {
  const t = String(text ?? '').trim();
  if (t.length < 10 || t.length > 200) return null;
  const lead = readCached(t);
  return lead ? { lead, why: `Lead: ${lead}, who holds the action now (${cell}: '${t}'); the post before is history` } : null;
}

/** The words a hand-over names the new holder after: a lead without one of them keeps its text. */
const HANDS_OVER = /\b(?:now|cover(?:ed)?|replaced|handed|passed|taken|was|previously|formerly)\b/i;

// Every action's lead comes here and a plan writes a few leads over all its rows: each distinct lead is read once, the
// cheap test for a hand-over's words with it.
const readCached = memoiseText((t: string): string | null => {
  if (!HANDS_OVER.test(t)) return null;
  const handed = HANDED_OVER.exec(t);
  const now = handed ? handed[2].trim() : WAS.exec(t)?.[1].trim() ?? null;
  if (!now || now.split(/\s+/).length > MAX_WORDS || !/^\p{Lu}/u.test(now)) return null;
  return now;
});
