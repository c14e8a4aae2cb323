import { cellKind } from './cell-kind';
import { collapse, collapsedLongerThan } from './cell-text';
import type { RowContext } from './classify-row';

/** An action read above the row, as a roll-up counts it: its grid row and its status as read ('' when none). */
export interface CountedAction {
  r: number;
  status: string;
}

/** The actions a roll-up may count: those of the group since the last heading or roll-up, those since the header, and their status words (lower case). */
export interface Counted {
  group: readonly CountedAction[];
  whole: readonly CountedAction[];
  statuses: ReadonlySet<string>;
}

/** What a count in the row counts: the actions ('2 actions'), those in one status ('1 delayed'), or unsaid ('3'). */
interface Term {
  n: number;
  what: 'total' | 'status' | 'bare';
  word: string;
}

/** A cell that counts: the label before its counts ('Indicator 2' of 'Indicator 2: 2 actions – …'), and the counts. */
interface Tally {
  c: number;
  text: string;
  label: string;
  terms: Term[];
}

/** A word that makes a label a roll-up of a group or of the plan, not an action's name. */
const ROLL_UP = /\b(?:summary|sub-?totals?|totals?|overall|roll-?up|whole plan|all (?:indicators|metrics|themes|areas|actions|priorities))\b/i;
/**
 * Counts are parted by commas, dashes, slashes, bars, brackets or 'and': '0 complete, 1 on track', '2 / 1 / 1'. Global:
 * the parts are read one at a time (`readTally`), so an action's sentence is given up at its first part, never split whole.
 */
const PARTS = /\s*(?:[,;|/()–—]|\s-\s|\band\b)\s*/gi;
const NUMBER_FIRST = /^(\d{1,4})(?:\s+(.{1,30}))?$/;
const NUMBER_LAST = /^(.{1,30}?)\s*[:=]?\s+(\d{1,4})$/;
const GROUP_KIND = /^(?:the )?(?:themes?|indicators?|metrics?|sections?|areas?|priorit(?:y|ies)|objectives?|groups?|workstreams?)$/i;
const ACTIONS = /^(?:actions?|items?|total|in total|actions? in total)$/i;

/** The evidence a row is a roll-up, and what each piece weighs: counts that agree with the actions above weigh most. */
const WEIGHT = { agrees: 2, rollUp: 1, namesGroup: 1, lacksFields: 1 } as const;
/** A roll-up needs more than one piece of evidence beside its counts: counts alone are often an action's figures. */
const ENOUGH = 3;

/**
 * A summary line under a group of actions (an indicator's, a theme's), or under the whole plan, that counts them rather
 * than being one: 'Indicator 2 summary' | 'Indicator 2: 2 actions – 0 complete, 1 on track, 1 delayed, 0 not started' |
 * 'Delayed' (the group's weakest status), or 'Metric 4 subtotal' | '1' | '2' under the plan's R | A | G columns. Every
 * cell of the row is a short label, a count or a status word, and it counts something; whether it is a roll-up is
 * scored: its counts equal the counts of the actions read above it (in its group since the last heading or roll-up,
 * or since the header: the whole plan), its label names a roll-up ('summary', 'subtotal', 'total', 'whole plan'), the
 * label names the group the actions above sit in ('Indicator 2'), and it fills none of the ref, lead and timescale an
 * action fills. Plain counts with no roll-up word ('Indicator 3 | 4 | 12', an indicator's figures) are never enough.
 *
 * @example
 * readGroupSummary(x, { group: [{ r: 7, status: 'Delayed' }, { r: 8, status: 'On track' }], whole, statuses });
 * // { why: "a summary line: 'Indicator 2 summary' counts the 2 actions above it (rows 8–9) by status …", labelColumn: 1 }
 */
export function readGroupSummary(x: RowContext, { group, whole, statuses }: Counted): { why: string; labelColumn?: number } | null {
  const { sheet, texts, columns } = x;
  // An action's words, or no figure at all, rule the row out before any of its cells is read as counts (most rows).
  if (!columns || texts.length === 0 || cannotCount(texts, columns.status)) return null;
  const tallies: Tally[] = [];
  let label: { c: number; text: string } | null = null;
  for (const t of texts) {
    // A date ('31/03/2022') is no '31 / 3 / 2022' of counts.
    const tally = collapsedLongerThan(t.text, MAX_COUNT_TEXT) || cellKind(t.text) === 'date' ? null : readTally(t.c, collapse(t.text), statuses);
    if (tally) tallies.push(tally);
    else if (t.c === columns.status && cellKind(t.text) === 'status') continue;
    else if (!label && isLabel(t.text)) label = { c: t.c, text: collapse(t.text) };
    else return null; // an action's words, or a second label: not a row of counts
  }
  if (tallies.length === 0) return null;
  const named = [label?.text ?? '', ...tallies.map((t) => t.label)].filter(Boolean);
  const rollUp = named.find((n) => ROLL_UP.test(n));
  // Bare numbers are a roll-up's only with a roll-up word: an indicator's own row gives its figures the same way.
  if (!rollUp && tallies.every((t) => t.terms.every((u) => u.what === 'bare'))) return null;
  const agreed = group.length > 0 && agrees(x, tallies, group) ? 'group' : agrees(x, tallies, whole) ? 'whole' : null;
  const groupName = namesGroup(x, named, group);
  const lacks = lacksFields(x);
  const score = (agreed ? WEIGHT.agrees : 0) + (rollUp ? WEIGHT.rollUp : 0) + (groupName ? WEIGHT.namesGroup : 0) + (lacks ? WEIGHT.lacksFields : 0);
  if (score < ENOUGH) return null;
  const why = describe(sheet, { label: label?.text ?? tallies[0].text, tallies, agreed, counted: agreed === 'whole' ? whole : group, groupName, lacks });
  return label ? { why, labelColumn: label.c } : { why };
}

/**
 * Whether the row cannot be a row of counts: no text of it holds a digit (no count at all), or readGroupSummary's loop
 * would end on it however its counts read. Leaving aside a status in the status column (passed over there): a text over
 * 160 characters tidied ends the loop whatever it holds (with a digit it is too long to be a count, without one too long
 * to be the label, which is 60 at most); a text with no digit is no count, so two of them are two labels, and one that
 * is no label ends the loop. Each text answers alone (the second label aside, which needs only their number), so the
 * order they are tried in changes nothing: a long text (an action's sentence, its progress) is measured before it is
 * scanned for a digit, and two short texts with no digit (a lead and a status outside the status column) end it before
 * either is asked whether it is a label.
 */
function cannotCount(texts: RowContext['texts'], statusColumn: number | undefined): boolean {
  // The one text with no digit met so far (-1: none): a second ends the loop as two labels, whatever either says.
  let wordsOnly = -1;
  let figures = false;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i].text;
    if (texts[i].c === statusColumn && cellKind(text) === 'status') {
      figures ||= DIGIT.test(text);
      continue;
    }
    if (text.length > MAX_COUNT_TEXT && collapsedLongerThan(text, MAX_COUNT_TEXT)) return true;
    if (!DIGIT.test(text)) {
      if (wordsOnly >= 0) return true;
      wordsOnly = i;
      continue;
    }
    figures = true;
  }
  return !figures || (wordsOnly >= 0 && !isLabel(texts[wordsOnly].text));
}

/** Longer than this tidied, a text is no count (nor a count's label). */
const MAX_COUNT_TEXT = 160;

const DIGIT = /\d/;

/**
 * Reads a cell as counts: 'Indicator 2: 2 actions – 0 complete, 1 on track', 'Theme total: 3 actions, 2 complete',
 * '2 / 1 / 1', '3'. Every part after the label must be a number with what it counts (the actions, or a status the plan
 * uses or any status word) or a bare number; '2 listening events' is no count of actions, so the cell is no tally.
 */
function readTally(c: number, text: string, statuses: ReadonlySet<string>): Tally | null {
  const colon = text.indexOf(':');
  const label = colon > 0 && colon <= 60 ? text.slice(0, colon).trim() : '';
  const rest = label ? text.slice(colon + 1).trim() : text;
  const terms: Term[] = [];
  // The parts as `rest.split(PARTS)` gives them, one at a time: no parting matches the empty string, so each match ends one.
  for (let from = 0; from <= rest.length; ) {
    PARTS.lastIndex = from;
    const parting = PARTS.exec(rest);
    const part = rest.slice(from, parting ? parting.index : rest.length);
    from = parting ? parting.index + parting[0].length : rest.length + 1;
    if (!part) continue;
    const first = NUMBER_FIRST.exec(part);
    const last = first ? null : NUMBER_LAST.exec(part);
    if (!first && !last) return null;
    const n = Number(first ? first[1] : last![2]);
    const word = (first ? first[2] ?? '' : last![1]).replace(/[.!]$/, '').trim().toLowerCase();
    if (!word) terms.push({ n, what: 'bare', word });
    else if (ACTIONS.test(word)) terms.push({ n, what: 'total', word });
    else if (isStatusWord(word, statuses)) terms.push({ n, what: 'status', word });
    else return null;
  }
  return terms.length ? { c, text, label, terms } : null;
}

/** A word the plan uses for a status ('complete' for 'Completed'), or any status word ('not started' though none is). */
function isStatusWord(word: string, statuses: ReadonlySet<string>): boolean {
  if (statuses.has(word) || cellKind(word) === 'status') return true;
  for (const s of statuses) if (sameStatus(word, s)) return true;
  return false;
}

/** 'complete' and 'completed', 'on track' and 'on track': one word written two ways. */
function sameStatus(word: string, status: string): boolean {
  return word === status || (Math.min(word.length, status.length) >= 4 && (word.startsWith(status) || status.startsWith(word)));
}

/** A short label ('Indicator 2 summary', 'Whole plan'), not an action's sentence. */
function isLabel(text: string): boolean {
  // A sentence's stop is seen on the text as written (tidying changes only its spaces) before its length is counted.
  // Tidied, it has no stop either, and its words are parted by single spaces: at most 8 words is at most 7 spaces.
  if (/[.!?;]/.test(text) || collapsedLongerThan(text, 60)) return false;
  return spacesIn(collapse(text), 8) <= 7;
}

/** How many spaces the text holds, counted no further than `most` (counted, not split: every label of every row with a figure is asked). */
function spacesIn(text: string, most: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < most; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * Every count of the row equals what it counts among the actions: a total their number, a status its number of them,
 * a bare number their number or (under a column of marks, 'R | A | G') the number of them marked in its column;
 * several bare numbers in one cell ('2 / 1 / 1') add up to their number.
 */
function agrees({ sheet }: RowContext, tallies: readonly Tally[], actions: readonly CountedAction[]): boolean {
  let informative = false;
  for (const tally of tallies) {
    const bare = tally.terms.filter((t) => t.what === 'bare');
    if (bare.length > 1 && bare.reduce((s, t) => s + t.n, 0) !== actions.length) return false;
    for (const t of tally.terms) {
      if (t.what === 'total' && t.n !== actions.length) return false;
      if (t.what === 'status' && t.n !== actions.filter((a) => sameStatus(t.word, collapse(a.status).toLowerCase())).length) return false;
      if (t.what === 'bare' && bare.length === 1 && t.n !== actions.length && t.n !== actions.filter((a) => sheet.text(a.r, tally.c).trim() !== '').length) return false;
      informative ||= t.n > 0;
    }
  }
  return informative;
}

/**
 * The label names the group the actions above sit in: what it says besides its roll-up word ('Indicator 2' of
 * 'Indicator 2 summary', 'Metric 4' of 'Subtotal – Metric 4') opens a cell of one of their rows, or of the heading
 * just above them. Returns that name, or null.
 */
function namesGroup({ sheet }: RowContext, named: readonly string[], group: readonly CountedAction[]): string | null {
  if (group.length === 0) return null;
  const rows = [group[0].r - 1, ...group.map((a) => a.r)].filter((k) => k >= 0);
  for (const text of named) {
    const name = plain(text.replace(ROLL_UP, ' '));
    // A kind of group alone ('Theme' of 'Theme total') names no group: every heading of that kind opens with it.
    if (name.length < 3 || !/[a-z]/.test(name) || GROUP_KIND.test(name)) continue;
    for (const k of rows) for (let c = 0; c < sheet.width; c++) if (opensWith(plain(sheet.text(k, c)), name)) return text.replace(ROLL_UP, '').replace(/[\s–—:\-]+$|^[\s–—:\-]+/g, '');
  }
  return null;
}

/** A text as words alone, lower case, its dashes and colons gone: 'Indicator 2 – Shortlisting' → 'indicator 2 shortlisting'. */
const plain = (text: string) => text.replace(/[–—:\-]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The cell opens with the name as whole words: 'indicator 1' opens 'indicator 1 – bme staff', not 'indicator 10'. */
function opensWith(cell: string, name: string): boolean {
  return cell.startsWith(name) && !/[a-z0-9]/.test(cell.charAt(name.length));
}

/** The plan has a ref, lead or timescale column, and the row fills none of them with anything but a count. */
function lacksFields({ sheet, r, columns }: RowContext): boolean {
  const own = [columns?.ref, columns?.lead, columns?.due].filter((c): c is number => c !== undefined);
  return own.length > 0 && own.every((c) => /^\s*\d{0,4}\s*$/.test(sheet.text(r, c)));
}

/** Why the row is a roll-up, in the user's words: what it counts, whether that agrees, the group it names. */
function describe(sheet: RowContext['sheet'], e: { label: string; tallies: readonly Tally[]; agreed: 'group' | 'whole' | null; counted: readonly CountedAction[]; groupName: string | null; lacks: boolean }): string {
  const sheetRow = (r: number) => sheet.sheetRow(r);
  const terms = e.tallies.flatMap((t) => t.terms.map((u) => ({ ...u, c: t.c, alone: t.terms.length === 1 })));
  const byStatus = terms.filter((u) => u.what === 'status' && u.n > 0).map((u) => `${u.n} ${u.word}`);
  // A number alone in its cell is said with its column ('1 in column G', under the plan's 'G'), as it counts that column.
  const written = terms.map((u) => (u.word ? `${u.n} ${u.word}` : u.alone ? `${u.n} in column ${sheet.letter(u.c)}` : String(u.n))).join(', ');
  let why = `a summary line: '${e.label}' counts`;
  if (e.agreed && e.counted.length) {
    const n = e.counted.length;
    const span = n === 1 ? `row ${sheetRow(e.counted[0].r)}` : `rows ${sheetRow(e.counted[0].r)}–${sheetRow(e.counted[n - 1].r)}`;
    why += ` the ${n} action${n === 1 ? '' : 's'} ${e.agreed === 'whole' ? 'of the plan' : 'of its group'} above it (${span})`;
    why += byStatus.length ? ` by status (${byStatus.join(', ')})` : ` (${written})`;
  } else why += ` actions (${written})`;
  if (e.groupName) why += ` and names their group ('${e.groupName}')`;
  return e.lacks ? `${why}; it has no ref, lead or timescale of its own` : why;
}
