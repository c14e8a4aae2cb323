import { memoiseText } from '../memoise-text';
import type { PlanField } from '../types';
import { cellKind, type CellKind } from './cell-kind';
import { collapse, headerKey } from './cell-text';
import { scoreHeaderWords } from './header-words';
import type { SheetView } from './view-sheet';

/** One label row of a form: its field label ('Owner'), normalised, and the cell beside it that holds the value. */
export interface FormLine {
  row: number;
  /** The label as compared between blocks: header words, the action's number dropped ('Action 1.1' → 'action'). */
  key: string;
  /** The value's grid column (the first filled cell right of the label), or -1 when the label has no value. */
  valueColumn: number;
  /** The last row the label covers: a label merged down over a value written on several rows covers them all. */
  through: number;
}

/** One action's block of label rows. */
export interface FormBlock {
  first: number;
  last: number;
  lines: FormLine[];
  /** The row of the action's own label ('Action', 'Action 1.1'): the action's row. */
  actionRow: number;
  /** The action's number, from its label ('Action 1.1') or a cell merged down beside the block ('Action 3'); '' when none. */
  ref: string;
}

/** A plan kept as a form: field names down one column, one block of label rows per action. */
export interface StackedForm {
  /** The grid column of the field labels. */
  labelColumn: number;
  /** The column most values sit in (their letter is the fields' letter). */
  valueColumn: number;
  /** Each label of the form in the order blocks write them: its key and its text as first written ('Owner'). */
  labels: { key: string; text: string }[];
  blocks: FormBlock[];
  /** Rows that are the form's but belong to no action (label rows of no action, the form's own header): read as nothing. */
  otherLines: number[];
  /** The first row of the form: its first block, or the heading above it when headings run between its blocks. */
  top: number;
}

/** A form names the action and two more fields: by its labels, or two by labels and the rest by unlabelled lines. */
const MIN_FIELDS = 3;
const MIN_LABELLED_FIELDS = 2;

/** Labels are a few words ('Evidence / measure of success'); a longer cell is a value or a heading. */
const MAX_LABEL_WORDS = 6;
const MAX_LABEL_LENGTH = 60;
/** A block's first words may carry its number ('Action 1.1', 'Action 3', 'Action 2a'): one label for every block. */
const NUMBER_AT_END = /\s+(\d{1,3}(?:\s\d{1,3})*[a-z]?)$/;
/** The same number as the cell writes it ('1.1', '2a'). */
const NUMBER_WRITTEN = /(?:^|\s)(\d{1,3}(?:\.\d{1,3})*[a-z]?)$/;
/** A label names a field when the header vocabulary reads it as one at least this surely ('Owner', 'By when', 'RAG'). */
const NAMES_FIELD = 0.5;

/**
 * A plan whose field names run down a label column, one block of label rows per action ('Action 1.1' | text,
 * 'Owner' | …, 'By when' | …, 'RAG' | …), as a Word form pasted into Excel leaves it, instead of across a header
 * row. The evidence: one column whose short cells repeat the same few labels, each with its value beside it, in
 * blocks that each hold an action label and at least one more field — and three or more of those labels name
 * fields by the header vocabulary the reader scores header rows with (action and two more). A block ends at a blank
 * or unlabelled row (a heading) or where its labels start again. Returns null for any other plan: an ordinary grid's
 * columns repeat no set of field names, and a 'Lead: …' cell holds its value, so it is no label.
 *
 * @example
 * findStackedForm(viewSheet({ values: [['Action 1', 'Run a listening event'], ['Owner', 'EDI lead'], ['By when', 'Q3'],
 *   ['Action 2', 'Audit panels'], ['Owner', 'HR'], ['By when', 'Q4']] }))?.blocks.map((b) => b.actionRow); // [0, 3]
 */
export function findStackedForm(sheet: SheetView): StackedForm | null {
  let best: StackedForm | null = null;
  let bestLines = 0;
  for (let c = 0; c + 1 < sheet.width; c++) {
    const form = formInColumn(sheet, c);
    const lines = form ? form.blocks.reduce((n, b) => n + b.lines.length, 0) : 0;
    if (form && lines > bestLines) [best, bestLines] = [form, lines];
  }
  return best;
}

function formInColumn(sheet: SheetView, c: number): StackedForm | null {
  // Most columns repeat no three field names: that is known from their labels alone, before any row's cell is built
  // or any value looked for (a status column's 'Complete' down 10,000 rows is 10,000 labels).
  if (!namesAFormsFields(labelTextsDown(sheet, c), MIN_LABELLED_FIELDS)) return null;
  const labelled = labelsDown(sheet, c);
  for (const l of labelled.values()) l.valueColumn = valueBeside(sheet, l.row, l.right);
  // Labels count with a value beside them (a label left empty in one block is still read in that block).
  const withValues = [...labelled.values()].filter((l) => l.valueColumn >= 0);
  if (!namesAFormsFields(withValues, MIN_LABELLED_FIELDS)) return null;
  const vocabulary = repeatedLabels(withValues);
  const fields = new Map<string, PlanField>();
  for (const [key, text] of vocabulary) {
    const f = fieldOfLabel(text);
    if (f) fields.set(key, f);
  }
  const actionKey = [...fields].find(([, f]) => f === 'action')![0];
  const blocks: FormBlock[] = [];
  const otherLines: number[] = [];
  for (const run of blocksOf(sheet, c, labelled, vocabulary)) {
    const action = run.find((l) => l.key === actionKey);
    // A block names an action and one more of its fields; label rows of no action (a 'Finding' alone) are no action.
    if (!action || !run.some((l) => l !== action && fields.has(l.key))) otherLines.push(...run.map((l) => l.row));
    else blocks.push({ first: run[0].row, last: run[run.length - 1].through, lines: run, actionRow: action.row, ref: refOf(sheet, c, run, action) });
  }
  if (blocks.length < 2 || writesAcross(sheet, blocks)) return null;
  // Fields written under the labels without one (a progress note, then a timescale) count as the fields they hold.
  const unlabelled = addUnlabelledLines(sheet, c, blocks, labelled, vocabulary);
  if (new Set([...fields.values(), ...unlabelled]).size < MIN_FIELDS) return null;
  for (const b of blocks) headingAsAction(sheet, b, actionKey, new Set(otherLines));
  const valueColumn = mostCommon(blocks.flatMap((b) => b.lines.map((l) => l.valueColumn)).filter((v) => v >= 0));
  const top = topOf(sheet, blocks, otherLines);
  const own = ownHeader(sheet, top, c, valueColumn);
  if (own !== null) otherLines.push(own);
  return { labelColumn: c, valueColumn, labels: labelsInOrder(blocks, vocabulary), blocks, otherLines, top };
}

/** A label row of a form holds its label and the value beside it; a row with more cells than that is a grid's. */
const MAX_FORM_LINE_CELLS = 3;

/**
 * The 'labels' are the first cells of a grid's rows, not a form's: most of the blocks' rows write across the row (a
 * header printed again part-way down — 'Ref | Indicator | Action | …' under its group row — between two actions' rows
 * makes 'Action', 'Ref' and an action's number look like a block of labels, each with a value beside it).
 */
function writesAcross(sheet: SheetView, blocks: FormBlock[]): boolean {
  const lines = blocks.flatMap((b) => b.lines);
  const wide = lines.filter((l) => textsOf(sheet, l.row).length > MAX_FORM_LINE_CELLS).length;
  return wide * 2 > lines.length;
}

/**
 * Where the form starts: its first block, or the heading just above it when the form has headings between its blocks
 * (a heading over each group of actions, the first group's too) — so the first heading is read as the others are. A
 * heading written over lines of its own ('Metric 2', then the metric's wording on the row under it) starts as many rows
 * up as the headings between the blocks take, so the first block's heading is its heading too, not its wording.
 */
function topOf(sheet: SheetView, blocks: FormBlock[], otherLines: number[]): number {
  const first = blocks[0].first;
  const between = new Set(otherLines);
  // The most lines of text a heading takes between two blocks (0: the form has no headings between its blocks).
  let lines = 0;
  for (let i = 1; i < blocks.length; i++) {
    let run = 0;
    for (let r = blocks[i - 1].last + 1; r < blocks[i].first; r++) if (!between.has(r) && textsOf(sheet, r).length > 0) run++;
    lines = Math.max(lines, run);
  }
  if (lines === 0) return first;
  let r = first - 1;
  while (r >= 0 && textsOf(sheet, r).length === 0) r--;
  if (r < 0 || textsOf(sheet, r).length !== 1) return first;
  // Up the heading's lines, with no blank row between them, each a text alone on its row.
  for (let up = 1; up < lines && r > 0 && textsOf(sheet, r - 1).length === 1; up++) r--;
  return r;
}

/**
 * The form's own header just above it ('Section | Detail', 'Field | Response'): a short word or two over the labels and
 * over the values, nothing else. The form's labels are its header; that row says nothing more.
 */
function ownHeader(sheet: SheetView, top: number, labelColumn: number, valueColumn: number): number | null {
  let r = top - 1;
  while (r >= 0 && textsOf(sheet, r).length === 0) r--;
  if (r < 0) return null;
  const texts = textsOf(sheet, r);
  const at = new Set(texts.map((t) => t.c));
  const short = texts.every((t) => t.text.split(' ').length <= 3 && !/[.:;]$/.test(t.text));
  return texts.length === 2 && at.has(labelColumn) && at.has(valueColumn) && short ? r : null;
}

function textsOf(sheet: SheetView, r: number): { c: number; text: string }[] {
  const out: { c: number; text: string }[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const m = sheet.merge(r, c);
    if (m && (m.top !== r || m.left !== c)) continue;
    const text = collapse(sheet.text(r, c));
    if (text) out.push({ c, text });
  }
  return out;
}

type LabelCell = FormLine & { text: string; right: number };

/**
 * Labels written on two rows or more name the action and two more fields, by the header vocabulary: the words of a
 * form's blocks.
 */
function namesAFormsFields(labels: Iterable<Label>, least: number): boolean {
  const vocabulary = repeatedLabels(labels);
  const named = new Set([...vocabulary.values()].map(fieldOfLabel));
  named.delete(null);
  return named.has('action') && named.size >= least;
}

/** Per row, the label cell in column c (short, no value inside it) and its key; its value is looked for later. */
function labelsDown(sheet: SheetView, c: number): Map<number, LabelCell> {
  const out = new Map<number, LabelCell>();
  for (let r = 0; r < sheet.height; r++) {
    const label = labelAt(sheet, r, c);
    if (!label) continue;
    const m = sheet.merge(r, c);
    out.set(r, { row: r, key: label.key, text: label.text, valueColumn: -1, through: m ? m.bottom : r, right: m ? m.right : c });
  }
  return out;
}

/** The labels down column c, as `labelsDown` finds them, with nothing built per row (each label is shared by its text). */
function labelTextsDown(sheet: SheetView, c: number): Label[] {
  const out: Label[] = [];
  for (let r = 0; r < sheet.height; r++) {
    const label = labelAt(sheet, r, c);
    if (label) out.push(label);
  }
  return out;
}

/** The label in the cell at row r, column c, or null. */
function labelAt(sheet: SheetView, r: number, c: number): Label | null {
  // Most cells are empty, values or sentences: only a short text can be a label. A text value reads as its own text, so
  // an empty or long text rules the cell out before its value is looked up (its merge, its '(blank)').
  const text = sheet.text(r, c);
  if (text === '' || text.length > MAX_LABEL_LENGTH) return null;
  const raw = sheet.value(r, c);
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_LABEL_LENGTH) return null;
  const m = sheet.merge(r, c);
  // A label merged down ('Action 3' over its block) is read once, on its first row.
  if (m && (m.top !== r || m.left !== c)) return null;
  return labelOf(raw);
}

/** A label's text as first written ('Owner:' → 'Owner') and its key. */
type Label = { text: string; key: string };

/**
 * A cell's text as a label and its key, or null: a few words naming something, not a sentence, not 'Lead: Head of OD'
 * (a value with its label). Short texts repeat down a plan, so each is read once.
 */
const labelOf = memoiseText((raw: string): Label | null => {
  const text = collapse(raw).replace(/\s*:$/, '');
  if (!/^[A-Za-z]/.test(text) || /[:.;?!]\s|[.;]$/.test(text) || text.split(' ').length > MAX_LABEL_WORDS) return null;
  const key = labelKey(text);
  return key ? { text, key } : null;
});

const labelKey = (text: string) => headerKey(text).replace(NUMBER_AT_END, '');

/** Labels written on two rows or more, each with its text as first written. */
function repeatedLabels(labels: Iterable<Label>): Map<string, string> {
  const count = new Map<string, number>();
  const text = new Map<string, string>();
  for (const l of labels) {
    count.set(l.key, (count.get(l.key) ?? 0) + 1);
    if (!text.has(l.key)) text.set(l.key, l.text.replace(NUMBER_WRITTEN, '').trim() || l.text);
  }
  return new Map([...text].filter(([k]) => count.get(k)! >= 2));
}

function fieldOfLabel(text: string): PlanField | null {
  const best = scoreHeaderWords(text)[0];
  return best && best.score >= NAMES_FIELD ? best.field : null;
}

/** Runs of the form's label rows: a blank or other row ends one, and so does a label the run already has. */
function blocksOf(sheet: SheetView, c: number, labelled: Map<number, LabelCell>, vocabulary: Map<string, string>): FormLine[][] {
  const runs: FormLine[][] = [];
  let run: FormLine[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let r = 0; r < sheet.height; r++) {
    const l = labelled.get(r);
    // Rows under a label merged down are that label's (a value running onto a second row).
    if (run.length > 0 && run[run.length - 1].through >= r) continue;
    if (!l || !vocabulary.has(l.key)) {
      close();
      continue;
    }
    if (run.some((o) => o.key === l.key)) close();
    run.push({ row: l.row, key: l.key, valueColumn: l.valueColumn, through: l.through });
  }
  close();
  return runs;
}

/** The first filled cell right of column c on row r, or -1. */
function valueBeside(sheet: SheetView, r: number, c: number): number {
  for (let v = c + 1; v < sheet.width; v++) {
    const m = sheet.merge(r, v);
    if (m && (m.top !== r || m.left !== v)) continue;
    if (sheet.text(r, v).trim() !== '') return v;
  }
  return -1;
}

/**
 * The action's number: written in its label ('Action 1.1'), or in a cell left of the labels merged down over the
 * block, or at its top ('Action 3', '3').
 */
function refOf(sheet: SheetView, c: number, run: FormLine[], action: FormLine): string {
  const label = collapse(sheet.text(action.row, c)).replace(/\s*:$/, '');
  const own = label.includes(' ') ? NUMBER_WRITTEN.exec(label)?.[1] : undefined;
  if (own) return own;
  for (let left = 0; left < c; left++) {
    const marker = collapse(sheet.text(run[0].row, left));
    const n = NUMBER_WRITTEN.exec(marker)?.[1];
    if (n && marker.split(' ').length <= 3) return n;
  }
  return '';
}

/** Each label in the order the blocks write it, a label only some blocks have in its place among the others. */
function labelsInOrder(blocks: FormBlock[], vocabulary: Map<string, string>): { key: string; text: string }[] {
  const order: string[] = [];
  for (const b of blocks) {
    b.lines.forEach((l, i) => {
      if (order.includes(l.key)) return;
      const after = b.lines.slice(0, i).reverse().find((o) => order.includes(o.key));
      order.splice(after ? order.indexOf(after.key) + 1 : 0, 0, l.key);
    });
  }
  return order.map((key) => ({ key, text: vocabulary.get(key)! }));
}

function mostCommon(values: number[]): number {
  const count = new Map<number, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
}

/** What an unlabelled line holds, by what most blocks write on it: a date or timescale is the due, a sentence the progress. */
const UNLABELLED_TEXT: { field: PlanField; text: string; kinds: CellKind[] }[] = [
  { field: 'due', text: 'Timescale', kinds: ['date', 'timescale', 'ongoing'] },
  { field: 'progress', text: 'Progress', kinds: ['narrative'] },
];

/**
 * Values written under a block's labelled rows with no label of their own (a web page's progress paragraph, then its
 * timescale, under 'Action 1' and 'Expected outcome'): rows holding one text, right of the empty label cell, straight
 * after the block. They are the block's fields by POSITION when every block writes as many of them, and each position
 * names a field by what most blocks write there ('31 July 2022', 'Quarterly from October 2022': a timescale; a sentence of
 * what was done: the progress). Adds each as a line of its block (key '#1', '#2' …) and to the vocabulary under the
 * field's header word; returns the fields so named (none when blocks write different numbers of such rows, or a
 * position holds neither a date nor a sentence in most blocks).
 */
function addUnlabelledLines(sheet: SheetView, c: number, blocks: FormBlock[], labelled: Map<number, LabelCell>, vocabulary: Map<string, string>): PlanField[] {
  const tails = blocks.map((b) => {
    const rows: { row: number; c: number }[] = [];
    for (let r = b.last + 1; r < sheet.height && !labelled.has(r); r++) {
      const texts = textsOf(sheet, r);
      if (texts.length !== 1 || texts[0].c <= c) break;
      rows.push({ row: r, c: texts[0].c });
    }
    return rows;
  });
  const n = tails[0].length;
  if (n === 0 || tails.some((t) => t.length !== n)) return [];
  const named: { field: PlanField; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const kinds = tails.map((t) => cellKind(sheet.value(t[i].row, t[i].c)));
    const fits = UNLABELLED_TEXT.find((u) => kinds.filter((k) => u.kinds.includes(k)).length * 2 > kinds.length);
    if (!fits || named.some((f) => f.field === fits.field)) return [];
    named.push(fits);
  }
  // The header word says what the row holds and that no label says so ('Timescale (unlabelled row 2 under the labels)').
  named.forEach((f, i) => vocabulary.set(`#${i + 1}`, `${f.text} (unlabelled row ${i + 1} under the labels)`));
  blocks.forEach((b, j) => {
    for (const [i, t] of tails[j].entries()) b.lines.push({ row: t.row, key: `#${i + 1}`, valueColumn: t.c, through: t.row });
    b.last = tails[j][n - 1].row;
  });
  return named.map((f) => f.field);
}

/**
 * A block whose action label holds no text ('Action 3' alone, as a web page leaves it under its heading 'Name a board
 * lead'): the heading just above the block, a text alone on its row, names what the action is, so it is the action and
 * its row the action's row. A block with no heading above it keeps its empty action (read as no action).
 */
function headingAsAction(sheet: SheetView, b: FormBlock, actionKey: string, otherLines: Set<number>): void {
  const i = b.lines.findIndex((l) => l.key === actionKey);
  if (b.lines[i].valueColumn >= 0) return;
  let r = b.first - 1;
  while (r >= 0 && textsOf(sheet, r).length === 0) r--;
  const texts = r >= 0 && !otherLines.has(r) ? textsOf(sheet, r) : [];
  if (texts.length !== 1) return;
  b.lines[i] = { row: r, key: actionKey, valueColumn: texts[0].c, through: r };
  b.first = r;
  b.actionRow = r;
}
