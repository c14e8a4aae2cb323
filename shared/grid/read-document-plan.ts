import type { PlanField } from '../types';
import { isNote } from './is-note';
import { isRunningHead } from './is-running-head';
import { readActionFields } from './read-action-fields';
import { startsWithBullet } from './starts-with-bullet';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';

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
  /^(?:(?:key|our|agreed|proposed|planned|recommended|further|immediate|priority)\s+)*(?:next\s+steps|actions?|action\s+plan|commitments|what\s+we\s+(?:will|plan\s+to|are\s+going\s+to)\s+do(?:\s+next)?)(?:\s+(?:for|in|during|over)\s+[^.;]{1,30})?\s*:?$/i;

/**
 * A label numbering the plan's actions at the start of a paragraph: 'Target 1:', 'Action 2 –', 'Commitment 3:', 'Pledge
 * 4.' (the number may restart under each objective). 'Objective 1', 'Step 1', 'Priority 1' head or order other things.
 */
const LABEL = /^(target|action|commitment|pledge)\s+(\d{1,2}[a-z]?)\s*(?::|\.|–|—|-)\s+\S/i;

/** Says a page carries on from the one before: '(continued)', '– continued', 'cont.'. */
const CONTINUED = /\b(?:continued|cont'?d?\.?|contd)\s*\)?\s*$/i;

/**
 * A row's line: its one text, or — on a row of several — the text that opens with a bullet or an action's label (a value
 * kept beside an item, '£5,000', leaves it an item), with its column; `alone` says the row holds no other text. Null for
 * a blank row.
 */
function lineOf(sheet: SheetView, r: number): { c: number; text: string; alone: boolean } | null {
  let first: { c: number; text: string } | null = null;
  let item: { c: number; text: string } | null = null;
  let count = 0;
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    count++;
    first ??= { c, text };
    if (!item && (startsWithBullet(text) || LABEL.test(text))) item = { c, text };
  }
  const line = item ?? first;
  return line ? { ...line, alone: count === 1 } : null;
}

/** A line that heads what follows: short, not a sentence (no closing full stop), not a list item. */
function isHeading(text: string): boolean {
  return text.length <= 80 && !/[.;!?]$/.test(text) && !startsWithBullet(text) && !LABEL.test(text);
}

/**
 * Reads a sheet with no header row as a plan kept as a document — an annual report's section or a web page of objectives
 * pasted into Excel, one text a row (in column A or merged across; a value kept beside an item leaves it one). Only two things are actions: the items of a list
 * under a heading that introduces actions ('Key next steps', 'What we will do in 2022/23'), bulleted (blank rows may
 * space them) or one a row, up to the table row or unbulleted line (or, unbulleted, the blank row) that ends the list; and paragraphs labelled as numbered actions ('Target 1:',
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
  let list: { r: number; text: string; items: number; bulleted: boolean; sub: string } | null = null;
  for (let r = 0; r < sheet.height; r++) {
    const line = lineOf(sheet, r);
    // A blank row ends a list written without bullets once it has items (one may stand between the heading and its first
    // item); bullets spaced by blank rows go on. A row of a table (several texts, none an item) ends any list.
    if (line === null) {
      if (list && list.items > 0 && !list.bulleted) list = null;
      continue;
    }
    // A printed page's running head or number ('… – continued', 'Page 3 of 6') between items neither ends a list nor heads.
    if (line.alone && isHeading(line.text) && (isRunningHead(line.text) || CONTINUED.test(line.text))) continue;
    // A note or footnote under the items ('Note: …', '* Indicator 3 is …', '¹ …') ends the list and is none of them.
    if (isNote(line.text)) {
      list = null;
      continue;
    }
    if (!line.alone && !startsWithBullet(line.text) && !LABEL.test(line.text)) {
      list = null;
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
    if (list && list.items === 0 && line.alone && isHeading(line.text) && !INTRODUCES.test(line.text)) {
      list.sub = line.text;
      continue;
    }
    if (list && (line.alone || startsWithBullet(line.text)) && listGoesOn(list, line.text)) {
      list.bulleted ||= list.items === 0 && startsWithBullet(line.text);
      list.items++;
      const kind = startsWithBullet(line.text) ? 'a bullet' : 'an item';
      out.push(itemOf(sheet, r, line, { ref: '', theme: list.sub }, `${kind} under '${list.text}' (row ${sheet.sheetRow(list.r)}), a heading that introduces actions`));
      continue;
    }
    list = null;
    if (!line.alone) continue;
    if (line.text.length <= 60 && INTRODUCES.test(line.text)) list = { r, text: line.text, items: 0, bulleted: false, sub: '' };
    else if (isHeading(line.text)) heading = { r, text: line.text };
  }
  return out.length >= 2 ? out : [];
}

/**
 * Whether a line is the list's next item: a bullet, or — in a list written with none — a sentence (a line short of one,
 * 'Recruitment', heads what follows). In a bulleted list an unbulleted line ends it.
 */
function listGoesOn(list: { items: number; bulleted: boolean }, text: string): boolean {
  if (startsWithBullet(text)) return list.items === 0 || list.bulleted;
  return !(list.items > 0 && list.bulleted) && !isHeading(text);
}

/**
 * The action of one line: its text as written (bullet and label kept), its label as its ref, the heading over it as its
 * theme. A document has no lead, timescale or status column, so an item that writes them behind a label ('Lead: Head of
 * OD', 'Timescale: Q3') or closes on a deadline ('…by March 2023') gives them as a table's row with no such column does:
 * the same reading (`readActionFields`), so a plan reads the same whether kept as a table or a list.
 */
function itemOf(sheet: SheetView, r: number, line: { c: number; text: string }, read: { ref: string; theme: string }, why: string): DocumentItem {
  const letter = sheet.letter(line.c);
  const own = readActionFields(sheet, r, { action: line.c }, { action: letter });
  const fields = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<PlanField, string>;
  fields.action = line.text;
  fields.ref = read.ref;
  fields.theme = read.theme;
  fields.lead = own.fields.lead;
  fields.due = own.fields.due;
  fields.status = own.fields.status;
  const action: RawAction = {
    row: sheet.sheetRow(r), id: null, fields, dueValue: own.dueValue, dueShown: false, statusFill: null, statusLight: null, ragCell: null,
    keyedText: '', markedStatus: '', statusRun: null, textStatus: null, blockIndicator: null, blockIndicators: [], indicatorsWorded: false,
    indicatorInRow: false, numbered: null, moreIndicators: [], cells: { ...own.cells, action: letter, ...(read.ref ? { ref: letter } : {}) }, sources: own.sources,
  };
  return { action, why: `Row ${sheet.sheetRow(r)}: ${why}` };
}

const FIELDS: readonly PlanField[] = ['ref', 'indicator', 'hia', 'theme', 'objective', 'action', 'lead', 'due', 'status', 'progress', 'outcome', 'completed'];
