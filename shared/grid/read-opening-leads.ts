import type { ColumnEvidence } from '../types';
import type { ColumnAssignment } from './assign-columns';
import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';

/**
 * The words before ' to <verb>' an action opens with ('Head of Learning to work with …', 'MB and RK to draft …'), a
 * partner set off by commas between them left out ('Comms team, supported by the BAME Network, to run …'). Not ' to be'
 * ('… to be held, facilitated by …': passive, nobody named to do it).
 */
const OPENING = /^([A-Z][^,;:.()]{0,70}?)(?:,\s*(?:supported\s+by|with|working\s+with|together\s+with|helped\s+by)\s[^,;:]{1,60},)?\s+to\s+(?!be\b)[a-z][a-z-]+\b/;
/**
 * Who, then a colon, then the action's words from a capital ('Head of Workforce Systems: Move disability declaration …',
 * the lead in a bold opening run, holdout78 marbeck).
 */
const OPENING_LABEL = /^([A-Z][^:;.()]{0,70}?):\s+[A-Z]/;
/**
 * The word a post or a group of people ends on: one person's post ('… Officer', '… Nurse', '… Chair') or people in the
 * plural ('All ward managers', 'HRBPs', 'Executive directors', 'Comms team', 'Network co-chairs').
 */
export const PEOPLE_WORD = /^(?:officers?|nurses?|directors?|heads?|managers?|leads?|(?:co-)?chairs?|chairman|chairperson|secretary|secretaries|guardians?|networks?|executives?|sponsors?|champions?|consultants?|advis[eo]rs?|practitioners?|specialists?|co-?ordinators?|administrators?|analysts?|facilitators?|matrons?|partners?|teams?|staff|leaders?|hrbps?|ceo|cpo|coo|cno|cfo|cmo|cio)$/i;
/** The word after a post that says what it is over ('Head of …', 'Director for …'). */
const OF = /^(?:of|for)$/i;
/** Initials standing for a person, as minutes write them ('JT', 'MB'). */
const INITIALS = /^[A-Z]{2,4}$/;
/** How an opening joins two who share the action ('MB and RK', 'Chair and Company Secretary', 'JT & Network co-chairs'). */
const JOIN = /\s*(?:,|\s(?:and|&)\s|\/)\s*/;
/** A post's title is short: longer, the opening is a subject, not who. */
const MAX_WORDS = 7;
/** The share of the actions that must open so before any is read so: a plan written as minutes opens them all so. */
const MOST = 0.5;

/** What `readOpeningLeads` reads: each action's lead and why. */
export interface OpeningLead {
  lead: string;
  why: string;
}

/**
 * A plan with no lead column whose actions are written as minutes are, each opening with who will do it: 'Head of
 * Workforce Information to publish …', 'HRBPs to review …', 'MB and RK to draft …' (holdout78 dunmarsh, whitlowe), or
 * 'Head of Workforce Systems: Move …' (the lead a bold opening run, holdout78 marbeck). The lead is the words before
 * ' to ' or the colon, as written (initials kept, two named together kept whole); a partner after 'with' or
 * set off by 'supported by' is not added; a passive action ('… to be held') names no one. Read only on evidence: the
 * plan has no lead column, and at least half its actions (three or more) open with people so — one action opening
 * 'Ask Board members to …' in a plan of imperatives is no sign. Returns each action's lead with the lead's evidence;
 * null otherwise.
 *
 * @example
 * readOpeningLeads(sheet, actions, first)?.leads.get(action); // { lead: 'HRBPs', why: "Lead: 'HRBPs', the words D10 opens with before ' to review' …" }
 */
export function readOpeningLeads(sheet: SheetView, actions: readonly RawAction[], first: ColumnAssignment | undefined): { leads: Map<RawAction, OpeningLead>; evidence: ColumnEvidence } | null {
  if (!first || first.map.lead !== undefined || first.map.action === undefined || actions.length < 3) return null;
  const out = new Map<RawAction, OpeningLead>();
  for (const action of actions) {
    const lead = openingLead(action.fields.action);
    if (!lead || action.fields.lead.trim()) continue;
    const cell = `${action.cells.action ?? sheet.letter(first.map.action)}${action.row}`;
    out.set(action, { lead, why: `Lead: '${lead}', the words ${cell} opens with ('${lead} to …' or '${lead}: …'), as each action of the plan names who will do it` });
  }
  const opening = actions.filter((a) => openingLead(a.fields.action) !== null).length;
  if (opening < 3 || opening < actions.length * MOST) return null;
  const reason = `Lead: no column names it — ${opening} of ${actions.length} actions open with who will do it ('<who> to …' or '<who>: …'), read as each one's lead`;
  return { leads: out, evidence: { field: 'lead', column: sheet.letter(first.map.action), header: '', confidence: 0.8, reason, source: 'contents' } };
}

/** The people an action opens with before ' to <verb>', or null when it opens with anything else. */
function openingLead(action: string): string | null {
  const text = collapse(action);
  const m = OPENING.exec(text) ?? OPENING_LABEL.exec(text);
  if (!m) return null;
  const who = m[1].trim();
  const parts = who.split(JOIN).filter(Boolean);
  // A post whose remit holds an '&' or 'and' ('Head of Health & Safety') is one post, not two.
  return isPeople(who) || (parts.length > 0 && parts.every(isPeople)) ? who : null;
}

/** One person or group: initials, or a short phrase ending on a post or people, or a post before 'of' ('Head of Learning'). */
function isPeople(part: string): boolean {
  if (INITIALS.test(part)) return true;
  const words = part.split(/\s+/);
  if (words.length > MAX_WORDS || !/^[A-Z]/.test(words[0])) return false;
  if (PEOPLE_WORD.test(words[words.length - 1])) return true;
  const of = words.findIndex((w) => OF.test(w));
  return of > 0 && PEOPLE_WORD.test(words[of - 1]);
}
