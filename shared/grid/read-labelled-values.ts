import { memoiseText } from '../memoise-text';
import { parseTimescale } from '../timescale/parse-timescale';
import { readWhoWhenLine } from './read-who-when-line';

/** Values written inside one cell behind labels: "LEAD: Head of OD", "Timeframes: Q3 2019/20", "RAG: Amber". */
export interface LabelledValues {
  lead?: string;
  due?: string;
  status?: string;
}

/** Label words per field; a label is a line (or a sentence) that starts with one of these and a colon or dash. */
const LABELS: [keyof LabelledValues, RegExp][] = [
  ['lead', /^(?:leads?|lead officers?|exec(?:utive)? leads?|responsib\w*(?: officers?| persons?| leads?)?|accountable(?: officers?| persons?)?|owners?|action owners?|who|by whom|sponsors?|champions?)$/i],
  ['due', /^(?:deliver(?:ed)? by|time ?frames?|time ?scales?|time ?lines?|deadlines?|due(?: dates?| by)?|by when|dates?|target dates?|completion dates?|when|target)$/i],
  ['status', /^(?:rag(?: status| rating)?|b ?rag|status|current status)$/i],
];
/**
 * Two values on one line, "Lead: Head of OD / Timescale: March 2019": a slash, comma or spaced dash, then a short
 * capitalised label and its colon, starts the next value (as a sentence's end before one does).
 */
const BETWEEN = String.raw`(?:[/,]|\s[–—-])\s*(?=[A-Z][A-Za-z ]{0,28}:)`;
/**
 * A spaced dash or a comma before a part naming another field with no colon ('Lead: Head of Resourcing – deadline Q3
 * 2022/23', '(lead: Chief Nurse, by Q3 2023/24)'): the value before it ends there (see `readDashParts`).
 */
const DASH_PART_AHEAD = String.raw`(?:\s[–—-]\s+|,\s+)(?=(?:[Oo]wners?|[Ll]eads?|[Ll]ed\s+by|[Bb]y|[Dd]ue|[Dd]eadline|[Tt]arget\s+date|[Tt]imescale|[Ww]hen)\b|[Ww]ho\s*:)`;
// "LABEL: value" up to the next labelled line or value; labels are short and start a line, follow a sentence's end,
// follow a separator or open a bracket closing a sentence ('… for all posts (Lead: Head of Resourcing; by March 2023).'),
// or a square bracket of their own ('… [owner: Head of Resourcing] [due: March 2024]', the value ending at its ']').
const LABELLED = new RegExp(
  String.raw`(?:^|\n|[.;]\s+|\|\s*|\s\(|\[|${BETWEEN})\s*([A-Za-z][A-Za-z ]{0,28}?)\s*(?::|–|—|-\s)\s*([^\n]*?)(?=\s*(?:\n|[;|\]]|$|\.\s+[A-Z][A-Za-z ]{0,28}?\s*(?::|[–—]|-\s)|${BETWEEN}|${DASH_PART_AHEAD}))`,
  'g',
);

/**
 * The lead, timescale and status written inside one cell behind labels, for plans with no column of
 * their own for them. Each value is kept as written; a label with nothing after it gives nothing.
 *
 * @example
 * readLabelledValues('Review exit interviews\nLEAD: Head of OD\nTimeframes: Q3 2019/20');
 * // { lead: 'Head of OD', due: 'Q3 2019/20' }
 */
export function readLabelledValues(text: string): Readonly<LabelledValues> {
  const s = String(text ?? '');
  // Most cells have no label at all: a colon or dash, or a closing bracket, is the cheapest sign that one might.
  if (!/[:–—-]|\)\.?\s*$/.test(s)) return NONE;
  return readCached(s.length > 4000 ? s.slice(0, 4000) : s);
}

const NONE: Readonly<LabelledValues> = Object.freeze({});

/**
 * Lead labels that name who answers for the action at the top, not who does it ('Exec lead:', 'Executive sponsor:',
 * 'Champion:'): a cell labelling both ('Exec lead: Chief People Officer / Lead: Head of Workforce Information') gives
 * the other as its lead, as a plan with an Executive lead column and a Lead column is read (holdout21, holdout78 ullerby).
 */
const OVERSIGHT_LABEL = /^(?:exec(?:utive)?\s+(?:leads?|sponsors?)|sponsors?|champions?|accountable(?:\s+(?:officers?|persons?))?)$/i;

const readCached = memoiseText((whole: string): Readonly<LabelledValues> => {
  const out: LabelledValues = {};
  // One label naming who and when ('Who/when: Head of Talent & OD – end Q3'): both are read from its line, the rest
  // of the cell as before.
  const whoWhen = readWhoWhenLine(whole);
  if (whoWhen?.lead) out.lead = whoWhen.lead;
  if (whoWhen?.due) out.due = whoWhen.due;
  const s = whoWhen ? whoWhen.rest : whole;
  let oversight = false;
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(s); m; m = LABELLED.exec(s)) {
    const label = m[1].trim();
    // A value closing the bracket its label opened ('(Lead: Chief Nurse).') ends before it.
    const value = m[2].trim().replace(/[.;,]+$/, '').replace(/^([^()]*)\)[.;,]*$/, '$1').trim();
    if (!value) continue;
    // A line that is only a label ('EDI Team:', the author line Excel opens a note with; 'Comments:') over a line with
    // a field's label of its own ('Lead: Head of Resourcing') is empty: the line under it is read as itself.
    const under = lineUnder(m);
    if (under >= 0 && opensWithFieldLabel(value)) {
      LABELLED.lastIndex = under;
      continue;
    }
    // An exec lead read first gives way to the lead the cell labels after it.
    if (oversight && !OVERSIGHT_LABEL.test(label) && LABELS[0][1].test(label)) {
      out.lead = value;
      oversight = false;
      continue;
    }
    for (const [field, re] of LABELS) if (out[field] === undefined && re.test(label)) {
      out[field] = value;
      if (field === 'lead') oversight = OVERSIGHT_LABEL.test(label);
    }
    // 'By:' says by when only where a timescale follows ('By: March 2023'); 'By: Head of HR' says by whom, and is no due.
    if (out.due === undefined && /^by$/i.test(label) && isTimescale(value)) out.due = value;
  }
  if (out.lead === undefined || out.due === undefined) readDashParts(s, out);
  return Object.keys(out).length ? Object.freeze(out) : NONE;
});

/** A spaced dash parting a line's parts: '… the Trac settings - owner Sam Petrakis - by end Oct'. */
const DASH = /\s[-–—]\s+/;
/**
 * A part set off by a spaced dash that opens with a lead's word, a colon or none — 'owner Sam Petrakis (Recruitment)',
 * 'lead: Head of OD', 'led by HR', 'who: HR Advisor' ('who' only with its colon: '- who will report …' names no one) — the name capitalised as names are ('lead by example', 'owner of the policy' name no one).
 */
const DASH_LEAD = /^(?:(?:(?:action\s+)?owners?|leads?|led\s+by|responsible(?:\s+officer)?)\s*:?|who\s*:)\s+([A-Z0-9][^\n]*)$/i;
/** A part opening with a deadline's word, a colon or none — 'by end Oct', 'due March 2022', 'deadline Q3' — whose words read as a timescale. */
const DASH_DUE = /^(?:by(?:\s+when)?|due(?:\s+by)?|deadline|target\s+date|timescale|when)\s*:?\s+([^\n]+)$/i;
/** Any year places a month or quarter written with none ('by Dec', 'by end Oct'): only whether the words are a timescale is asked. */
const ANY_YEAR = { financialYear: 2000 };

/** A bracket closing a line's first sentence: '… for every post (owner Head of Resourcing, by March 2023).' */
const CLOSING_BRACKET = /\(([^()]{3,160})\)[.;]?$/;

/**
 * A line kept as one sentence whose parts write the action's owner and deadline with no colon: parts set off by spaced
 * dashes ('1. Put the guaranteed interview wording back on every advert - owner Sam Petrakis (Recruitment) - by end
 * Oct'), or a closing bracket's parts that name an owner ('… (owner Head of Resourcing, by March 2023)'). The part after
 * 'owner' is its lead, after 'by' its timescale (when those words read as one); and a line that labels its owner so may
 * close on a part that is only a timescale ('… - owner Sam P + EDI team - every quarter'). Fields already read behind a
 * colon's label win.
 */
function readDashParts(s: string, out: LabelledValues): void {
  const first = s.split('\n')[0].trim();
  const bracket = first.endsWith(')') || first.endsWith(').') ? CLOSING_BRACKET.exec(first) : null;
  const read = [DASH.test(first) ? readParts(first.split(DASH).slice(1)) : null, bracket ? readParts(bracket[1].split(/[,;]\s+/)) : null];
  for (const parts of read) {
    if (!parts || (parts === read[1] && parts.lead === undefined)) continue;
    if (out.lead === undefined && parts.lead !== undefined) out.lead = parts.lead;
    if (out.due === undefined && parts.due !== undefined) out.due = parts.due;
  }
}

/** The lead and timescale a line's parts write behind their words (see `readDashParts`). */
function readParts(raw: readonly string[]): LabelledValues {
  const parts = raw.map((p) => p.trim().replace(/[.;,]+$/, ''));
  const got: LabelledValues = {};
  for (const part of parts) {
    const owner = DASH_LEAD.exec(part);
    if (owner && /^[A-Z0-9]/.test(owner[1]) && got.lead === undefined) got.lead = owner[1].trim();
    const by = DASH_DUE.exec(part);
    if (by && got.due === undefined && isTimescale(by[1])) got.due = by[1].trim();
  }
  const last = parts[parts.length - 1];
  if (got.lead !== undefined && got.due === undefined && last && !DASH_LEAD.test(last) && isTimescale(last)) got.due = last;
  return got;
}

/** Words that read as a timescale on their own: 'end Oct', 'March 22', 'every quarter' (short: a sentence is none). */
function isTimescale(text: string): boolean {
  return text.length <= 40 && parseTimescale(text.trim(), ANY_YEAR).parsed;
}

/** Where the line under a label's own line starts (its line break), when the match took its value from there; else -1. */
function lineUnder(m: RegExpExecArray): number {
  const gap = m[0].slice(0, m[0].length - m[2].length).replace(/^[\s\S]*?(?::|–|—|-\s)/, '');
  const at = gap.indexOf('\n');
  return at < 0 ? -1 : m.index + m[0].length - m[2].length - gap.length + at;
}

const OPENING_LABEL = /^([A-Za-z][A-Za-z ]{0,28}?)\s*(?::|–|—|-\s)/;

/** A cell that is only a label and its colon ('Owner:', 'By when:'): its value is in the next cell. */
const LABEL_ONLY = /^([A-Za-z][A-Za-z ]{0,28}?)\s*:$/;

/**
 * The field a cell names when it is only a field's label and its colon — 'Owner:', 'By when:', 'RAG:' — its value kept in
 * the cell beside it; null for any other cell ('Owner' with no colon may be a value, as a responsibility matrix's 'Lead' is).
 *
 * @example
 * fieldOfLabelCell('Owner:'); // 'lead'
 * fieldOfLabelCell('Owner: Head of HR'); // null (its value is its own: readLabelledValues)
 */
export function fieldOfLabelCell(text: string): keyof LabelledValues | null {
  const label = LABEL_ONLY.exec(text.trim())?.[1].trim();
  if (label === undefined) return null;
  for (const [field, re] of LABELS) if (re.test(label)) return field;
  return /^by$/i.test(label) ? 'due' : null;
}

/**
 * The field a cell's opening label names when a value follows it in the cell — 'who: HR Advisor', 'when: Sept 2017',
 * 'Lead – Head of OD' — with the label as written (lower case); null for a cell that is no labelled value (a bare
 * 'Lead:', a header 'Lead', a sentence).
 *
 * @example
 * labelOpening('who: HR Advisor'); // { label: 'who', field: 'lead' }
 * labelOpening('Lead'); // null
 */
export function labelOpening(text: string): { label: string; field: keyof LabelledValues } | null {
  const m = OPENING_LABEL.exec(text);
  if (!m || !text.slice(m[0].length).trim()) return null;
  const label = m[1].trim().toLowerCase();
  for (const [field, re] of LABELS) if (re.test(label)) return { label, field };
  return null;
}

/** The text opens with one of the fields' labels ('Lead: …', 'Due – …'). */
function opensWithFieldLabel(text: string): boolean {
  const label = OPENING_LABEL.exec(text)?.[1].trim();
  return label !== undefined && LABELS.some(([, re]) => re.test(label));
}
