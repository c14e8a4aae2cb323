import { NAMES_INDICATOR } from '../indicators/indicator-word';

/**
 * 'BME Network chair (Sept 19): …', 'HRBP (12/01/23): …': who said it and when — a month or a day, in brackets — before
 * a colon. A year alone ('Indicator 5 (2023): …') dates a heading's data, not a comment.
 */
const SIGNED = /^[^:()]{2,60}\(\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*'?\d{2,4}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{2,4})?)\s*\)\s*:\s*\S/i;
/**
 * The same signature with the day written bare: one to four words naming who, a day (not a month alone), a colon, then
 * the remark ('Committee 19/12/17: asked for the completion rate by division …', 'People Committee 4 March 2024: the
 * network to be asked …'; holdout66 stourmere). A heading with a year ('Priority 2 2023/24: …') names no day.
 */
const SIGNED_BARE = /^(?:[\p{L}&'’-]+\s+){1,4}(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4})\s*:\s*\S+\s+\S+\s+\S/iu;
/** 'Action 3 split into 3.1 and 3.2 …', 'Actions 5 and 6 merged …', 'Item 7 was deleted …': a change made to the plan. */
const CHANGED = /^(?:actions?|items?|rows?)\s+\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2})?)*\s+(?:(?:was|were|has been|have been)\s+)?(?:split|merged|combined|moved|deleted|removed|replaced|reworded|renumbered|withdrawn|superseded|added|carried)\b/i;
/** A meeting, review or event: what raised the actions under it. */
const MEETING = /\b(?:meeting|meet|huddle|forum|review|committee|steering group|away ?day|workshop|listening event)\b/i;
/** A day: '17/06/2019', '2.9.19', '3 March 2024', '25th Nov 2019'. */
const DAY = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i;
/** A meeting's row names the meeting and its day, no more ('Network meeting 17/06/2019', 'Steering group review – 3 March 2024'). */
const MEETING_WORDS = 8;
/**
 * What happened to the plan's work, in the past tense ('Discussed at …', '… event moved', 'Postponed …'): an account of
 * events, which a heading naming a subject never gives.
 */
const HAPPENED = /\b(?:discussed|agreed|moved|postponed|cancell?ed|deferred|rescheduled|re-arranged|rearranged|delayed|raised|escalated|presented|noted)\b/i;
/** A day in a sentence: a date with its day, or a day and month after 'on' ('on 19/12'), which a year range never follows. */
const ON_DAY = /\bon\s+\d{1,2}[/.]\d{1,2}\b/i;

/**
 * Whether a row standing alone between actions REMARKS on them rather than heading the ones below, and why: a comment
 * signed and dated ('BME Network chair (Sept 19): Network members are willing to be assessors …'), a note of a change
 * made to the plan ('Action 3 split into 3.1 and 3.2 at the July review …'), or the meeting the actions below were
 * raised at ('Network meeting 17/06/2019' in a network's action log), or an account of what happened on a day ('Discussed at
 * E&D Steering Group 12/1/17 – BME staff network to be invited …', 'Control room event moved – too short-staffed on
 * 19/12. New date to find.'). None says what the actions are about: the actions
 * keep the theme they had, and a meeting's day is when they were raised, not when they are due. Null for a heading
 * ('Theme B: Fair treatment at work', 'Recruitment and progression', 'Metric 2 – Recruitment').
 *
 * @example
 * remarksOnActions('BME Network chair (Jan 20): Crews at Eastgate say nobody has seen the guide yet.'); // 'it is a comment signed and dated …'
 * remarksOnActions('Committee 19/12/17: asked for the training completion rate by division.'); // 'it is a comment signed and dated …'
 * remarksOnActions('Network meeting 02/09/2019'); // 'it names the meeting the actions below were raised at …'
 * remarksOnActions('Event moved – too short-staffed on 19/12.'); // 'it tells what happened ('moved', on 19/12) …'
 * remarksOnActions('Theme A: Recruitment and progression'); // null
 */
export function remarksOnActions(heading: string): string | null {
  const t = heading.trim();
  // Cheap exact tests first: every remark holds a digit (a date, an action's number).
  if (!/\d/.test(t)) return null;
  const signed = (SIGNED.test(t) || SIGNED_BARE.test(t)) && !NAMES_INDICATOR.test(t) ? t : null;
  if (signed) return `it is a comment signed and dated ('${t.slice(0, t.indexOf(':'))}'), said of the actions around it: not a heading, so the actions below keep the theme they had`;
  if (CHANGED.test(t)) return "it records a change made to the plan's actions, a note of its history: not a heading, so the actions below keep the theme they had";
  const day = t.split(/\s+/).length <= MEETING_WORDS && MEETING.test(t) ? DAY.exec(t) : null;
  if (day) return `it names the meeting the actions below were raised at (${day[0]}): when they were raised, not what they are about nor when they are due`;
  const told = HAPPENED.exec(t);
  const when = told ? DAY.exec(t) ?? ON_DAY.exec(t) : null;
  if (told && when) return `it tells what happened ('${told[0]}', ${when[0]}), a note kept on the actions around it: not a heading, so the actions below keep the theme they had`;
  return null;
}
