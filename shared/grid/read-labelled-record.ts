/**
 * An action cell kept as a record of labelled lines, the first labelled as the action itself: 'What we will do: Set a
 * representation goal …' / 'Lead: Director of People' / 'Timescale: Goals agreed by 31 October 2025' / 'We will know we
 * have succeeded when: …' / 'Status: On track' / 'Progress (Q2): …' (a Word template pasted into one cell). Each field
 * has its own labelled line, so the action is the action line's words alone — unlike an action sentence followed by a
 * 'Lead: …' line, whose unlabelled sentence keeps the lines under it as written.
 */
export interface LabelledRecord {
  /** The action line's words, without its label. */
  action: string;
  /** The words behind a progress label ('Progress (Q2):', 'Update:'), '' when none. */
  progress: string;
  /** The words behind a success label ('We will know we have succeeded when:', 'Success measure:'), '' when none. */
  outcome: string;
  /** Why, for the user: the action's label and how many other lines are labelled. */
  why: string;
}

/** The label of the action's own line: 'What we will do:', 'Action:', 'Action to be taken:', 'Our commitment:'. */
const ACTION_LABEL = /^\s*((?:what (?:we will|we'll|will we|we are going to) do|actions?(?: to be taken| required)?|planned actions?|our actions?|our commitment))\s*:\s*(\S[\s\S]*)$/i;
/** Any other line's label: a few words (a bracket allowed, 'Progress (Q2)') and a colon, then its value. */
const LINE_LABEL = /^\s*([A-Za-z][A-Za-z '’]{0,40}(?:\([^()]{1,20}\))?)\s*:\s*(.*)$/;
const PROGRESS = /^(?:progress|update|latest update|position)\b/i;
const OUTCOME = /^(?:we will know|how (?:will )?we (?:will )?know|success|outcome|measure)/i;
/** Labels of the fields a record gives besides its action: with fewer than two such lines it is no record. */
const FIELD = /^(?:leads?|owners?|who|timescales?|time ?frames?|deadlines?|due|by when|target(?: date)?|status|rag|progress|update|we will know|success|outcome|measure)\b/i;

/**
 * The action line and the progress and outcome lines of a cell kept as a record of labelled lines, or null when the
 * cell is none (its first line is not labelled as the action, or fewer than two other lines are labelled fields).
 * Lines with no label continue the line above (a value broken over lines).
 *
 * @example
 * readLabelledRecord('What we will do: Publish the goals.\nLead: Director of People\nTimescale: June 2025\nProgress (Q2): Drafted.');
 * // { action: 'Publish the goals.', progress: 'Drafted.', outcome: '', why: "…" }
 */
export function readLabelledRecord(text: string): LabelledRecord | null {
  if (!text.includes('\n') || !text.includes(':')) return null;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = ACTION_LABEL.exec(lines[0]);
  if (!first) return null;
  const values: { label: string; value: string }[] = [{ label: first[1], value: first[2].trim() }];
  for (const line of lines.slice(1)) {
    const m = LINE_LABEL.exec(line);
    if (m) values.push({ label: m[1].trim(), value: m[2].trim() });
    else values[values.length - 1].value = `${values[values.length - 1].value}\n${line}`.trim();
  }
  const fields = values.slice(1).filter((v) => FIELD.test(v.label));
  if (fields.length < 2 || !values[0].value) return null;
  const find = (re: RegExp) => values.slice(1).find((v) => re.test(v.label))?.value ?? '';
  return {
    action: values[0].value,
    progress: find(PROGRESS),
    outcome: find(OUTCOME),
    why: `Action: the words behind '${first[1]}:', the cell being a record of labelled lines (${fields.map((v) => `'${v.label}:'`).join(', ')}) whose other lines are its fields`,
  };
}
