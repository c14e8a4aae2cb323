import { collapse, isBlankText, isWhitespace } from './cell-text';
import { cellKind } from './cell-kind';
import type { Table } from './find-tables';
import { readLogKind } from './find-row-type-column';
import type { SheetView } from './view-sheet';
import { memoiseText } from '../memoise-text';

/** A label names what its row holds in a few words ('2018-19 data', 'What this tells us', 'Actions'). */
const LABEL_WORDS = 6;
/** Labels naming the rows that hold the actions, besides a log's own words ('Actions', 'Action points'). */
const ACTIONS_LABEL = /^(?:what we (?:will|plan to|are going to) do(?: next| about it)?|our actions|next steps|planned actions)$/i;

/** A column labelling what each row of a block holds, block after block, and the label of the rows that are actions. */
export interface BlockLabels {
  c: number;
  /** The label of the actions' rows, as first written ('Actions'). */
  actionLabel: string;
  /** The labels of one block in order, as first written, and how many blocks repeat them. */
  cycle: string[];
  blocks: number;
}

/**
 * A column whose cells label what each row of a block holds — the year's data, what it tells us, the actions — with
 * the same labels in the same order block after block ('2018-19 data' | 'What this tells us' | 'Actions', four times):
 * a record laid out in labelled rows, where only the rows labelled as actions are actions and the others are the
 * block's findings. The evidence is the repetition: labels met once (a block's own heading, 'Metric 2') are left out,
 * and the rest must form one cycle, two blocks at least, holding a label of actions and another; and the rows labelled
 * otherwise must name no one and no date in `doneBy` (the lead's and timescale's columns), as findings do. A 'Type'
 * column of kinds of work (Training / Action / Policy, each row with its lead) labels no findings. Null when no column does.
 *
 * @example
 * // A: 'Metric 2', '2018-19 data', 'What this tells us', 'Actions', '', 'Metric 4', '2018-19 data', … ×4:
 * findBlockLabels(sheet, table, 1, [2, 3]); // { c: 0, actionLabel: 'Actions', cycle: ['2018-19 data', 'What this tells us', 'Actions'], blocks: 4 }
 */
export function findBlockLabels(sheet: SheetView, table: Table, actionColumn: number, doneBy: readonly number[]): BlockLabels | null {
  for (let c = table.left; c <= table.right; c++) {
    if (c === actionColumn || doneBy.includes(c)) continue;
    // The cycle holds a label of actions: a column with no cell that could be one (a status's, a ref's, a sentence's) is
    // ruled out before its labels are gathered and counted.
    if (!holdsActionsLabel(sheet, table, c)) continue;
    const found = cycleOf(labelsDown(sheet, table, c));
    if (found && findingsNameNoOne(sheet, table, { c, ...found }, doneBy)) return { c, ...found };
  }
  return null;
}

/**
 * Whether every row labelled otherwise than as actions leaves who and when blank: findings name no lead and no date,
 * while a column of kinds of work (Training / Action / Policy, even in a fixed order) labels rows each with its lead.
 */
function findingsNameNoOne(sheet: SheetView, table: Table, labels: BlockLabels, doneBy: readonly number[]): boolean {
  for (let r = table.top; r <= table.bottom; r++) {
    if (!labelOfCycle(sheet, r, labels) || namesActions(collapse(sheet.text(r, labels.c)))) continue;
    if (doneBy.some((c) => collapse(sheet.text(r, c)) !== '')) return false;
  }
  return true;
}

/** Whether the row's cell in the label column is one of the cycle's labels. */
function labelOfCycle(sheet: SheetView, r: number, labels: BlockLabels): boolean {
  const text = collapse(sheet.text(r, labels.c)).toLowerCase();
  return text !== '' && labels.cycle.some((l) => l.toLowerCase() === text);
}

/** The column's label cells top to bottom, as written: short texts, no sentence, no date or figure. */
function labelsDown(sheet: SheetView, table: Table, c: number): string[] {
  const labels: string[] = [];
  for (let r = table.top; r <= table.bottom; r++) {
    // Asked of every cell of every column of the table once: the cheap tests first, and no text tidied or split that is
    // no label (an action's sentence stops being counted at its seventh word).
    const value = sheet.value(r, c);
    if (typeof value !== 'string') continue;
    const raw = sheet.text(r, c);
    if (isBlankText(raw) || hasMoreWords(raw, LABEL_WORDS)) continue;
    const kind = cellKind(value);
    if (kind === 'narrative' || kind === 'date') continue;
    labels.push(collapse(raw));
  }
  return labels;
}

/**
 * Whether a cell of the column, read as `labelsDown` reads a label (a string of a few words, tidied), names the rows
 * holding the actions: a test every label of a cycle that holds one passes, so a column failing it holds no cycle.
 */
function holdsActionsLabel(sheet: SheetView, table: Table, c: number): boolean {
  for (let r = table.top; r <= table.bottom; r++) {
    // (The text's memoised test first: the cell's value is looked up only for the rare text that passes.)
    if (namesActionsCell(sheet.text(r, c)) && typeof sheet.value(r, c) === 'string') return true;
  }
  return false;
}

/** A cell's text is a label of a few words naming the rows holding the actions: once per distinct text (a column repeats its statuses). */
const namesActionsCell = memoiseText((raw: string): boolean => !isBlankText(raw) && !hasMoreWords(raw, LABEL_WORDS) && namesActions(collapse(raw)));

/** Whether the text holds more than `n` words parted by whitespace (as `collapse(text).split(' ')` counts them), counted up to n + 1. */
function hasMoreWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inWord && ++words > n) return true;
    inWord = !space;
  }
  return false;
}

/** The labels repeated block after block in one order, with the actions' label among them; null when they form no such cycle. */
function cycleOf(labels: string[]): Omit<BlockLabels, 'c'> | null {
  // Every column of the table is asked, down all its rows: each label is lower-cased once, not once per test.
  const lower = labels.map((l) => l.toLowerCase());
  const counts = new Map<string, number>();
  for (const l of lower) counts.set(l, (counts.get(l) ?? 0) + 1);
  const repeated: string[] = [];
  const repeatedLower: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (counts.get(lower[i])! < 2) continue;
    repeated.push(labels[i]);
    repeatedLower.push(lower[i]);
  }
  if (repeated.length < 4) return null;
  const first = repeatedLower[0];
  const size = repeatedLower.indexOf(first, 1);
  if (size < 2 || repeated.length % size !== 0) return null;
  const cycle = repeated.slice(0, size);
  // The cycle's own test (a few labels) before the walk down the column that checks every block repeats it: a column of
  // statuses or leads repeating in a fixed order holds no label of actions, and is ruled out without that walk.
  const actionLabel = cycle.find(namesActions);
  if (!actionLabel || cycle.every(namesActions)) return null;
  for (let i = size; i < repeatedLower.length; i++) if (repeatedLower[i] !== repeatedLower[i % size]) return null;
  return { actionLabel, cycle, blocks: repeated.length / size };
}

/** Whether a label names the rows holding the actions ('Actions', 'Action points', 'What we will do'). */
function namesActions(label: string): boolean {
  return readLogKind(label) === 'action' || ACTIONS_LABEL.test(label);
}

/**
 * Why a row labelled otherwise than as actions ('What this tells us') is no action, for the user; null for a row
 * labelled as actions, left unlabelled, or labelled with no label of the cycle.
 *
 * @example
 * whyNotActionLabel(sheet, 5, labels); // "it is labelled '2018-19 data' in A6, and column A labels what each row of a block holds ('2018-19 data', 'What this tells us', 'Actions', in 4 blocks): only the rows under 'Actions' are actions"
 */
export function whyNotActionLabel(sheet: SheetView, r: number, labels: BlockLabels): string | null {
  const text = collapse(sheet.text(r, labels.c));
  if (!text || namesActions(text) || !labels.cycle.some((l) => l.toLowerCase() === text.toLowerCase())) return null;
  const listed = labels.cycle.map((l) => `'${l}'`).join(', ');
  return `it is labelled '${text}' in ${sheet.address(r, labels.c)}, and column ${sheet.letter(labels.c)} labels what each row of a block holds (${listed}, in ${labels.blocks} blocks): only the rows under '${labels.actionLabel}' are actions`;
}
