import { describesItself } from './describes-itself';

/**
 * The future of the paper's own voice: 'We will …', 'The Head of OD will …', 'Every case will be reviewed …', 'shall'.
 * The words before it are the subject (who will do it), read to tell a promise from a description of the paper.
 */
const FUTURE = /\b(will|shall)\s+(?!not\b)(\p{L}+)/iu;

/** 'will not' / 'shall not' / "won't": the paper says what it stops or leaves undone. */
const REFUSES = /\b(?:will|shall)\s+not\b|\bwon[’']t\b/i;

/** A paragraph saying it needs no work of its own this year ('it needs no new action this year', 'no further action is planned'). */
const NO_ACTION = /\bno\s+(?:new|further|separate|additional)\s+actions?\b|\bno\s+actions?\s+(?:is|are)\s+(?:planned|proposed|needed|required)\b/i;

/**
 * Assurance and monitoring: the plan's governance, not its work ('Progress will be reported to the People Committee',
 * 'The Steering Group will review progress', 'The Committee will receive a position report', 'oversees this plan', 'The Workforce Committee will see the disciplinary
 * figures each quarter', 'This plan will be reviewed by …').
 */
const ASSURANCE = /\bprogress\b[^.;]*\b(?:will\s+be|is|are)\s+(?:reported|reviewed|monitored|tracked)\b|\b(?:will|shall)\s+(?:review|monitor|track|oversee)\s+(?:the\s+)?progress\b|\b(?:will|shall)\s+(?:receive|note|be\s+(?:given|sent))\s+(?:a|an|the|each|every|regular|quarterly)?\s*(?:\w+\s+)?(?:position\s+|progress\s+|update\s+)?(?:reports?|updates?)\b|\boversees?\s+(?:this|the)\s+(?:plan|work)\b|\b(?:will|shall)\s+(?:see|receive|note|be\s+(?:given|sent|shown))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:figures|data|summary|summaries)\b|\b(?:this|the)\s+plan\s+will\s+be\s+(?:reviewed|monitored|refreshed)\b/i;

/** What has been done, stated as done ('We have …', 'has already joined', 'was launched'): no work still to do. */
const DONE = /^(?:we|the\s+trust|the\s+board)\s+(?:have|has)\s+(?!to\b)\p{L}+/iu;

/** A recommendation to the Board or committee ('The Board is asked to approve …'). */
const ASKED = /\b(?:is|are)\s+asked\s+to\b/i;

/**
 * Why a paragraph of a document promises work still to be done in the paper's own voice — 'We will …', 'The Head of
 * Recruitment will …', 'Every formal case … will be reviewed …' — or null when it does not: no future at all (a finding,
 * a figure, what was done), or a future that promises no work: 'We will not …', 'it needs no new action this year', the
 * plan's monitoring ('Progress will be reported to …', '… will review progress', '… will receive a position report'),
 * the paper describing itself ('This report sets out what we will do'), a recommendation ('The Board is asked to …'),
 * or a paragraph opening with what has been done ('We have …').
 *
 * @example
 * promisesWork('We will run listening sessions in each locality by March 2019.'); // "it promises work still to be done ('We will run')"
 * promisesWork('We will not be repeating the online module.'); // null
 * promisesWork('Progress will be reported to the People Committee in October.'); // null
 */
export function promisesWork(text: string): string | null {
  const words = text.replace(/\s+/g, ' ').trim();
  const future = FUTURE.exec(words);
  if (!future) return null;
  if (REFUSES.test(words) || NO_ACTION.test(words) || ASSURANCE.test(words) || describesItself(words) || DONE.test(words) || ASKED.test(words)) return null;
  const subject = words.slice(0, future.index).trim().split(' ').slice(-4).join(' ');
  return `it promises work still to be done ('${subject ? `${subject} ` : ''}${future[1]} ${future[2]}')`;
}
