import type { SheetView } from './view-sheet';
import type { RowTexts } from './profile-rows';

/** Where the plan says an action was taken out of it: the words that say so and where they are, in words. */
export interface Withdrawal {
  words: string;
  where: string;
}

/**
 * Words saying an action was taken out of the plan rather than done: withdrawn, removed, superseded or replaced, cancelled,
 * dropped, no longer required, not taken forward, closed without being done. 'Closed' alone is not among them: many plans
 * close an action when it is delivered.
 */
const TAKEN_OUT = String.raw`withdrawn|withdrew|removed|superseded|replaced|cancell?ed|discontinued|abandoned|dropped|deleted|stood down|merged (?:with|into)|no longer (?:required|needed|relevant|applicable|being (?:taken forward|progressed|pursued))|not (?:being )?(?:taken forward|progressed|pursued)|closed\s*[-–—:,]?\s*not (?:done|delivered|completed|achieved|progressed)`;

/**
 * A cell (or a line of a note) that OPENS with such words, optionally after 'Action (has been)' or a bracket, and goes
 * on with a separator or a word saying when, why or by what ('Withdrawn', 'Superseded by action 4', 'Removed – no
 * funding', '[Withdrawn] Commission…', 'Action withdrawn in September', 'Closed – superseded'): a progress that merely mentions a
 * replacement ('Pulse survey replaced by the national survey') or an action's own text ('Remove the requirement…',
 * 'Removed names from…') says nothing of the action itself.
 */
const OPENS = new RegExp(String.raw`^[\s([{*]*(?:closed\s*[-–—:,(]\s*)?(?:(?:this )?action (?:has been |was |is |had been )?)?(${TAKEN_OUT})(?=\s*$|\s*[-–—:;,.)\]}!/]|\s+(?:by|in|at|on|from|as|and|following|after|with|because|due|per|see|until|-|–|—)\b)`, 'i');

/**
 * Whether a text opens by saying the action was taken out ('Deleted – duplicate of action 2.', 'Removed – merged with
 * 3.1', 'Withdrawn'); an action's own text that merely mentions it ('Delete outdated job descriptions…') does not.
 *
 * @example
 * saysTakenOut('Deleted – duplicate of action 2.'); // true
 */
export function saysTakenOut(text: string): boolean {
  return OPENS.test(text);
}

/** A sentence elsewhere on the sheet saying which action was taken out ('2. Action 9 was withdrawn in September 2022'). */
const NAMES_ACTION = new RegExp(String.raw`\bactions?\s+(?:no\.?\s*|number\s+)?([a-z]{0,6}[-/.]?\d[\w./-]*)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:now\s+)?(${TAKEN_OUT})\b`, 'gi');

/**
 * Whether the plan marks the action on row `r` as taken out of it — withdrawn, removed, superseded, no longer required,
 * closed without being done — and where: one of the row's cells opening with such words (its status 'Withdrawn', its
 * update 'Withdrawn – replaced by action 10', its text '[Removed] …'), a line of the note on one of its cells, or a
 * sentence elsewhere on the sheet naming the action by its number ('Action 9 was withdrawn and is hidden from this
 * view'). Null when nothing says so. A status naming such words in passing ('Delayed – survey replaced') is not enough.
 *
 * @example
 * findWithdrawal(sheet, 12, '9', texts); // { words: 'Withdrawn', where: 'G13' }
 */
export function findWithdrawal(sheet: SheetView, r: number, ref: string, texts: RowTexts): Withdrawal | null {
  for (const t of texts[r] ?? []) {
    if (OPENS.test(t.text)) return { words: quoted(t.text), where: sheet.address(r, t.c) };
  }
  for (const n of sheet.notes?.(r) ?? []) {
    for (const line of n.text.split(/\r?\n/)) {
      if (OPENS.test(line)) return { words: quoted(line), where: `the note on ${sheet.address(r, n.c)}` };
    }
  }
  const own = tidyRef(ref);
  const named = own ? namedActions(texts).get(own) : undefined;
  return named && named.r !== r ? { words: named.words, where: `row ${sheet.sheetRow(named.r)}` } : null;
}

/** The sentences of each sheet naming an action taken out, read once per sheet's texts however many rows are hidden. */
const NAMED = new WeakMap<RowTexts, Map<string, { words: string; r: number }>>();

/** Each action number a sentence on the sheet says was taken out, with the first such sentence and its row. */
function namedActions(texts: RowTexts): Map<string, { words: string; r: number }> {
  let named = NAMED.get(texts);
  if (named) return named;
  named = new Map();
  for (let k = 0; k < texts.length; k++) {
    for (const t of texts[k]) {
      if (!/\bactions?\s/i.test(t.text)) continue;
      for (const m of t.text.matchAll(NAMES_ACTION)) {
        const ref = tidyRef(m[1]);
        if (!named.has(ref)) named.set(ref, { words: quoted(t.text), r: k });
      }
    }
  }
  NAMED.set(texts, named);
  return named;
}

/** An action's number as notes name it: case, spacing and a closing full stop aside ('9.' and '9' are one). */
function tidyRef(ref: string): string {
  return ref.trim().toLowerCase().replace(/\s+/g, '').replace(/[.):]+$/, '');
}

/** The words as the user is shown them: the start of the cell, on one line. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
