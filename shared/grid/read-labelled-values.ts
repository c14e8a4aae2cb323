import { memoiseText } from '../memoise-text';

/** Values written inside one cell behind labels: "LEAD: Head of OD", "Timeframes: Q3 2019/20", "RAG: Amber". */
export interface LabelledValues {
  lead?: string;
  due?: string;
  status?: string;
}

/** Label words per field; a label is a line (or a sentence) that starts with one of these and a colon or dash. */
const LABELS: [keyof LabelledValues, RegExp][] = [
  ['lead', /^(?:leads?|lead officers?|exec(?:utive)? leads?|responsib\w*(?: officers?| persons?| leads?)?|accountable(?: officers?| persons?)?|owners?|action owners?|who|by whom|sponsors?|champions?)$/i],
  ['due', /^(?:time ?frames?|time ?scales?|time ?lines?|deadlines?|due(?: dates?| by)?|by when|dates?|target dates?|completion dates?|when|target)$/i],
  ['status', /^(?:rag(?: status| rating)?|b ?rag|status|current status)$/i],
];
/**
 * Two values on one line, "Lead: Head of OD / Timescale: March 2019": a slash, comma or spaced dash, then a short
 * capitalised label and its colon, starts the next value (as a sentence's end before one does).
 */
const BETWEEN = String.raw`(?:[/,]|\s[–—-])\s*(?=[A-Z][A-Za-z ]{0,28}:)`;
// "LABEL: value" up to the next labelled line or value; labels are short and start a line, follow a sentence's end,
// follow a separator or open a bracket closing a sentence ('… for all posts (Lead: Head of Resourcing; by March 2023).').
const LABELLED = new RegExp(
  String.raw`(?:^|\n|[.;]\s+|\|\s*|\s\(|${BETWEEN})\s*([A-Za-z][A-Za-z ]{0,28}?)\s*(?::|–|—|-\s)\s*([^\n]*?)(?=\s*(?:\n|[;|]|$|\.\s+[A-Z][A-Za-z ]{0,28}\s*:|${BETWEEN}))`,
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
  // Most cells have no label at all: a colon is the cheapest sign that one might.
  if (!/[:–—-]/.test(s)) return NONE;
  return readCached(s.length > 4000 ? s.slice(0, 4000) : s);
}

const NONE: Readonly<LabelledValues> = Object.freeze({});

const readCached = memoiseText((s: string): Readonly<LabelledValues> => {
  const out: LabelledValues = {};
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
    for (const [field, re] of LABELS) if (out[field] === undefined && re.test(label)) out[field] = value;
  }
  return Object.keys(out).length ? Object.freeze(out) : NONE;
});

/** Where the line under a label's own line starts (its line break), when the match took its value from there; else -1. */
function lineUnder(m: RegExpExecArray): number {
  const gap = m[0].slice(0, m[0].length - m[2].length).replace(/^[\s\S]*?(?::|–|—|-\s)/, '');
  const at = gap.indexOf('\n');
  return at < 0 ? -1 : m.index + m[0].length - m[2].length - gap.length + at;
}

const OPENING_LABEL = /^([A-Za-z][A-Za-z ]{0,28}?)\s*(?::|–|—|-\s)/;

/** The text opens with one of the fields' labels ('Lead: …', 'Due – …'). */
function opensWithFieldLabel(text: string): boolean {
  const label = OPENING_LABEL.exec(text)?.[1].trim();
  return label !== undefined && LABELS.some(([, re]) => re.test(label));
}
