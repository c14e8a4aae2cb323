import type { PlanField } from '../types';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';
import { PAGE_MARK } from './is-running-head';
import { NOTE_LABEL } from './is-note';

/** One action read from a plan kept as a document, with why it is read as one. */
export interface DocumentItem {
  action: RawAction;
  /** "Row 23: a bullet under 'Key next steps' (row 22), a heading that introduces actions". */
  why: string;
}

/**
 * A heading that introduces the plan's actions: 'Next steps', 'Key next steps', 'Our actions', 'What we will do', 'Actions
 * for 2021/22', 'What we will do in 2022/23:', 'Proposed actions'. A heading naming anything else ('Key achievements',
 * 'Key findings', 'What the data shows', 'How to use this template') introduces no action.
 */
const INTRODUCES =
  /^(?:(?:key|our|agreed|proposed|planned|recommended|further|future|immediate|priority)\s+)*(?:next\s+steps|actions?|action\s+plan|commitments|what\s+we\s+(?:will|plan\s+to|are\s+going\s+to)\s+do(?:\s+next)?)(?:\s+(?:for|in|during|over)\s+[^.;]{1,30})?\s*:?$/i;

/**
 * A label numbering the plan's actions at the start of a paragraph: 'Target 1:', 'Action 2 –', 'Commitment 3:', 'Pledge
 * 4.' (the number may restart under each objective). 'Objective 1', 'Step 1', 'Priority 1' head or order other things.
 */
const LABEL = /^(target|action|commitment|pledge)\s+(\d{1,2}[a-z]?)\s*(?::|\.|–|—|-)\s+\S/i;

/** A bullet a list item opens with: '•', '▪', '◦', '·', '*', or a dash ('-', '–', '—') followed by a space. */
const BULLET = /^(?:[•▪◦·●○■□➢►✓*]|[-–—](?=\s))/;

/** The one text of a row and its column, or null for a blank row; 'table' for a row of several texts (a table's row). */
function lineOf(sheet: SheetView, r: number): { c: number; text: string } | null | 'table' {
  let found: { c: number; text: string } | null = null;
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    if (found) return 'table';
    found = { c, text };
  }
  return found;
}

/** A line that heads what follows: short, not a sentence (no closing full stop), not a list item. */
function isHeading(text: string): boolean {
  return text.length <= 80 && !/[.;!?]$/.test(text) && !BULLET.test(text) && !LABEL.test(text);
}

/**
 * Reads a sheet with no header row as a plan kept as a document — an annual report's section or a web page of objectives
 * pasted into Excel, one text a row (in column A or merged across). Only two things are actions: the items of a list
 * under a heading that introduces actions ('Key next steps', 'What we will do in 2022/23'), bulleted or one a row, up to
 * the blank row (in a bulleted list, blank rows may space its bullets), table or unbulleted line that ends the list; and paragraphs labelled as numbered actions ('Target 1:',
 * 'Action 2 –', 'Commitment 3:'), whose theme is the heading over them ('Equality objective 4 [WRES: representation]').
 * Bullets under any other heading (achievements, findings, guidance) are not. Fewer than two such items is no plan: a
 * notes sheet's one 'Action 1: check the figures' stays a note. Each item says why it is read ("Row 23: a bullet under
 * 'Key next steps' (row 22), a heading that introduces actions").
 *
 * @example
 * readDocumentPlan(viewSheet({ values: [['Next steps'], ['• Publish the pay gap.'], ['• Run listening events.']] }))?.map((i) => i.why);
 * // ["Row 2: a bullet under 'Next steps' (row 1), a heading that introduces actions", "Row 3: …"]
 */
export function readDocumentPlan(sheet: SheetView): DocumentItem[] {
  const out: DocumentItem[] = [];
  let heading: { r: number; text: string } | null = null;
  let list: List | null = null;
  // The items of lists written with no bullets.
  const plain = new Set<DocumentItem>();
  // A list ends: a list written with no bullets that gave one line only is a paragraph under its heading ('Future
  // actions' over 'All actions from 2020/21 have been carried into this plan.'), not a list of actions.
  const end = () => {
    if (list && !list.mark && list.items === 1) out.splice(list.first, 1);
    list = null;
  };
  for (let r = 0; r < sheet.height; r++) {
    const line = lineOf(sheet, r);
    // A printed page's number ('12', 'Page 2 of 5') left between two items by a print or PDF conversion parts nothing.
    if (line !== null && line !== 'table' && (PAGE_MARK.test(line.text) || /^\d{1,3}$/.test(line.text))) continue;
    // A blank row ends a list once it has items (one may stand between the heading and its first item), unless the
    // list is bulleted: blank rows spacing its bullets apart part no items, and the first line after them that is no
    // bullet of its kind ends it (listGoesOn). A table ends it.
    if (line === null || line === 'table') {
      if (line === 'table' || (list && list.items > 0 && !list.mark)) end();
      continue;
    }
    const label = LABEL.exec(line.text);
    if (label) {
      const ref = `${label[1][0].toUpperCase()}${label[1].slice(1).toLowerCase()} ${label[2]}`;
      const under = heading ? ` under '${heading.text}' (row ${sheet.sheetRow(heading.r)})` : '';
      out.push(itemOf(sheet, r, line, { ref, theme: heading?.text ?? '' }, `'${ref}' numbers the plan's ${label[1].toLowerCase()}s${under}`));
      continue;
    }
    // A heading straight under the introducing one ('Our actions' over 'Recruitment') names the subject of the items under it.
    if (list && list.items === 0 && isHeading(line.text) && !INTRODUCES.test(line.text) && !NOTHING.test(line.text)) {
      list.sub = line.text;
      continue;
    }
    if (list && listGoesOn(list, line.text)) {
      if (list.items === 0) [list.mark, list.first] = [markOf(line.text), out.length];
      list.items++;
      const kind = BULLET.test(line.text) ? 'a bullet' : 'an item';
      out.push(itemOf(sheet, r, line, { ref: '', theme: list.sub }, `${kind} under '${list.text}' (row ${sheet.sheetRow(list.r)}), a heading that introduces actions`));
      if (!list.mark) plain.add(out[out.length - 1]);
      continue;
    }
    end();
    if (line.text.length <= 60 && INTRODUCES.test(line.text)) list = { r, text: line.text, items: 0, mark: '', first: 0, sub: '' };
    else if (isHeading(line.text)) heading = { r, text: line.text };
  }
  end();
  // A document lists its actions one way: where some are bulleted or labelled, lines under a heading with neither are
  // prose ('Future actions' over 'All actions from 2020/21 have been carried into this plan.'), not more actions.
  const marked = out.filter((i) => !plain.has(i));
  const kept = marked.length > 0 ? marked : out;
  return kept.length >= 2 ? kept : [];
}

/** A list being read: its heading, how many items, the bullet its first item opens with ('' for none), where that item is in the output. */
interface List { r: number; text: string; items: number; mark: string; first: number; sub: string }

/** What a section with nothing in it says under its heading: 'None', '(none)', 'Nil', 'N/A'. */
const NOTHING = /^\(?\s*(?:none|nil|n\/a|not applicable)\s*\)?\.?$/i;

/** The bullet a line opens with, dashes ('-', '–', '—') as one: '' for none. */
function markOf(text: string): string {
  const m = BULLET.exec(text)?.[0] ?? '';
  return /^[-–—]$/.test(m) ? '-' : m;
}

/**
 * Whether a line is the list's next item: a bullet (of the kind its first item opens with: a '** footnote' under '•'
 * bullets is no item), or — in a list written with none — a sentence (a line short of one, 'Recruitment', heads what
 * follows). In a bulleted list an unbulleted line ends it; so does a note ('Note: …') in any list, and 'None' under the
 * heading (the section is empty).
 */
function listGoesOn(list: List, text: string): boolean {
  if (NOTE_LABEL.test(text) || (list.items === 0 && NOTHING.test(text))) return false;
  if (BULLET.test(text)) return list.items === 0 || markOf(text) === list.mark;
  return !(list.items > 0 && list.mark) && !isHeading(text);
}

/** The action of one line: its text as written (bullet and label kept), its label as its ref, the heading over it as its theme. */
function itemOf(sheet: SheetView, r: number, line: { c: number; text: string }, read: { ref: string; theme: string }, why: string): DocumentItem {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<PlanField, string>;
  fields.action = line.text;
  fields.ref = read.ref;
  fields.theme = read.theme;
  const letter = sheet.letter(line.c);
  const action: RawAction = {
    row: sheet.sheetRow(r), id: null, fields, dueValue: null, dueShown: false, statusFill: null, statusLight: null, ragCell: null,
    keyedText: '', markedStatus: '', statusRun: null, textStatus: null, blockIndicator: null, blockIndicators: [], indicatorsWorded: false,
    indicatorInRow: false, numbered: null, moreIndicators: [], cells: { action: letter, ...(read.ref ? { ref: letter } : {}) }, sources: {},
  };
  return { action, why: `Row ${sheet.sheetRow(r)}: ${why}` };
}

const FIELDS: readonly PlanField[] = ['ref', 'indicator', 'hia', 'theme', 'objective', 'action', 'lead', 'due', 'status', 'progress', 'outcome', 'completed'];
