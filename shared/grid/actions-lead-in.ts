/** Who takes the actions: the plan itself ('we'), or a body named as its own ('the Trust', 'the CCG', 'our Board'). */
const TAKER = String.raw`(?:we|(?:the|our)\s+(?:trust|ccg|icb|board|organisation|governing\s+body|partnership|council))`;

/** The actions or steps a lead-in names ('The immediate action', 'Key steps', 'The actions'). */
const ACTIONS = String.raw`(?:(?:the|our)\s+)?(?:(?:immediate|key|main|first|specific|following|practical|priority|next)\s+)*(?:actions?|steps?)`;

/** The closing colon that hands over to the items, as a web page pasted into Excel may write it (':', ':-', ': –'). */
const HANDS_OVER = String.raw`\s*:\s*[-–—]?\s*$`;

/**
 * A sentence leading in to the plan's actions in its own voice: 'The immediate action we will take includes:', 'The
 * actions we will take are:', 'Steps the Trust will take:', 'We will take the following actions:'.
 */
const LEAD_IN = new RegExp(
  String.raw`^(?:${ACTIONS}\s+(?:that\s+)?${TAKER}\s+(?:will|are\s+going\s+to|plan\s+to)\s+take(?:\s+[^:]{1,30}?)?(?:\s+(?:includes?|are|is|will\s+be))?|${TAKER}\s+will\s+take\s+the\s+following\s+(?:actions?|steps?)(?:\s+[^:]{1,30}?)?)${HANDS_OVER}`,
  'iu',
);

/**
 * 'We will:' handing over to what the plan will do, with when or why before it: 'To achieve this, we will:', 'In
 * 2023/24 we will:', 'This year we will:', 'Over the next year, the Trust will:'. Not what 'we will' be measured by or
 * know ('We will know we have succeeded when:'): the colon must follow 'will'.
 */
const WE_WILL = new RegExp(
  String.raw`^(?:(?:to\s+(?:achieve|deliver|do)\s+(?:this|these|that|them)|in\s+20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?|during\s+20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?|this\s+year|next\s+year|over\s+the\s+(?:next|coming)\s+(?:year|two\s+years|twelve\s+months|12\s+months))\s*,?\s+)?${TAKER}\s+(?:(?:therefore|also|now|then)\s+)?will(?:\s+(?:therefore|also|now|then))?${HANDS_OVER}`,
  'iu',
);

/** 'How we will achieve this:' / 'How will we deliver this?' / 'What will we do?': a heading over what the plan will do to meet its aim. */
const HOW = /^(?:how\s+(?:we\s+will|will\s+we)\s+(?:achieve|deliver|do|meet)\s+(?:this|these|that|it|them)(?:\s+objectives?|\s+aims?)?|what\s+will\s+we\s+do(?:\s+next|\s+about\s+(?:it|this))?)\s*[:?]\s*[-–—]?$/i;

/**
 * A heading naming the actions as those to take: 'Actions to be taken', 'Steps to be taken:', 'Actions we will take',
 * 'Actions agreed:', 'Action points', 'Improvement actions for 2024/25' — a colon or none, the plan's year after it or not.
 */
const TO_TAKE = /^(?:(?:key|our|the)\s+)?(?:(?:(?:actions?|steps?)\s+(?:to\s+be\s+taken|(?:that\s+)?we\s+(?:will|are\s+going\s+to)\s+take|planned|agreed|required|needed))|action\s+points|improvement\s+actions)(?:\s+(?:for|in|during)\s+[^.;:]{1,30})?\s*(?::\s*[-–—]?)?$/i;

/**
 * A heading naming the actions ON A SUBJECT: 'Actions with regards to the workforce:-', 'Actions relating to our
 * communities:', 'Actions regarding recruitment:' — the subject the words after 'Actions' give.
 */
const ON_SUBJECT = new RegExp(String.raw`^(?:(?:our|key|agreed|proposed|planned)\s+)?actions?\s+(?:with\s+regards?\s+to|in\s+regards?\s+to|regarding|relating\s+to|related\s+to|concerning|in\s+respect\s+of)\s+([^.;:]{3,60}?)${HANDS_OVER}`, 'iu');

/**
 * Whether a line leads in to the plan's actions, and the theme it gives the items under it. Two shapes:
 * - a sentence in the plan's own voice handing over to its actions with a colon — 'The immediate action we will take
 *   includes:', 'We will take the following steps:' (holdout31 mersefield, under each 'Equality Objective n:'), 'To
 *   achieve this, we will:', 'In 2023/24 we will:', 'How we will achieve this:' — labels the list: theme '' (the heading
 *   above it, when it heads a block, gives the subject);
 * - a heading naming the actions to take ('Actions to be taken', 'Action points', `TO_TAKE`) labels the list too;
 * - a heading naming the actions on a subject — 'Actions with regards to the workforce:-', 'Actions relating to our
 *   communities:' (holdout31 lindenholme) — is its items' theme as written: it says what they are about.
 * Null for anything else: a sentence closing on a full stop ('The actions we will take are set out below.'), a list
 * of something else ('Our equality priorities for 2020-21 are:').
 *
 * @example
 * readActionsLeadIn('The immediate action we will take includes:'); // { theme: '' }
 * readActionsLeadIn('Actions with regards to the workforce:-'); // { theme: 'Actions with regards to the workforce:-' }
 * readActionsLeadIn('Our equality priorities for 2020-21 are:'); // null
 */
export function readActionsLeadIn(text: string): { theme: string } | null {
  const t = text.trim();
  // Every lead-in closes on its colon: most lines have none there and are ruled out by one look at their end.
  if (t.length > 120) return null;
  if (t.length <= 60 && TO_TAKE.test(t)) return { theme: '' };
  if (!/[:?]\s*[-–—]?$/.test(t)) return null;
  if (HOW.test(t)) return { theme: '' };
  if (t.endsWith('?')) return null;
  if (LEAD_IN.test(t) || WE_WILL.test(t)) return { theme: '' };
  return ON_SUBJECT.test(t) ? { theme: t } : null;
}
