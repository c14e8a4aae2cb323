import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { indicatorsMentioned } from '../indicators/indicators-mentioned';
import { blockCodeOf } from './numbers-block';
import { scoreHeaderWords } from './header-words';
import type { PlanField } from '../types';
import { readActionsLeadIn } from './actions-lead-in';
import { readCommitmentHeading } from './commitment-heading';
import { isNote } from './is-note';
import { isRunningHead } from './is-running-head';
import { readActionFields } from './read-action-fields';
import { labelOpening, readLabelledValues } from './read-labelled-values';
import { readProgressLabel } from './read-labelled-sub-row';
import { startsWithBullet } from './starts-with-bullet';
import { startsWithVerb } from './starts-with-verb';
import { introducesActions } from './introduces-actions';
import { closingTimescale } from './closing-timescale';
import { statesFinding } from './states-finding';
import { promisesWork } from './promises-work';
import { describesPaper } from './describes-paper';
import { describesItself } from './describes-itself';
import { proseLead } from './prose-lead';
import { statesWorkDone } from './states-work-done';
import { readActionBox, type ActionBox } from './action-box';
import { shortenHeading } from './shorten-heading';
import { namesNoSubject, subjectOverList } from './subject-over-list';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';

/** One action read from a plan kept as a document, with why it is read as one. */
export interface DocumentItem {
  action: RawAction;
  /** "Row 23: a bullet under 'Key next steps' (row 22), a heading that introduces actions". */
  why: string;
}


/**
 * A heading over the plan's OBJECTIVES as a list ('WDES objectives 2024-27', 'Our equality objectives', 'PSED objectives
 * for 2024/25'): a public body's equality objectives are what it commits to do, each a line of the list. Plural, and
 * qualified by the standard, the duty or the plan's years only: 'Objective 1' numbers a block, 'Objectives of this
 * report' says what a document is for.
 */
const OBJECTIVES = /^(?:(?:our|the|wres|wdes|psed|equality|race|disability|workforce|staff|edi|diversity|inclusion|and|&)\s+){1,4}objectives(?:\s+(?:for\s+)?(?:20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?(?:\s+to\s+20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?)?))?(?:\s+are)?\s*:?$/i;

/**
 * A label numbering the plan's actions at the start of a paragraph: 'Target 1:', 'Action 2 –', 'Commitment 3:', 'Pledge
 * 4.' (the number may restart under each objective). 'Objective 1', 'Step 1', 'Priority 1' head or order other things.
 */
const LABEL = /^(target|action|commitment|pledge)\s+(\d{1,2}[a-z]?)\s*(?::|\.|–|—|-)\s+\S/i;

/**
 * The same label on a row of its own ('Action 3', 'Commitment 2:'), its paragraph on the row below: a web page's list of
 * actions pasted into one column, each action under a bold 'Action n' line. The label numbers the paragraph; it heads nothing.
 */
const BARE_LABEL = /^(target|action|commitment|pledge)\s+(\d{1,2}[a-z]?)\s*[:.]?$/i;

/**
 * A heading that COUNTS the commitments under it by their numbers: 'Promises 1 to 4', 'Pledges 5–8', 'Commitments 13 and
 * 14', 'Actions 9-12:' — a web page or board paper grouping its numbered promises, each group under such a label. The
 * label names the noun and the numbers; the items' own numbers must be those (or restart at 1) for it to count them.
 */
const COUNTS = /^(?:our\s+)?(promises|pledges|commitments|actions)\s+(\d{1,3})\s*(?:to|–|—|-|and|&)\s*(\d{1,3})\s*:?$/i;

/** Says a page carries on from the one before: '(continued)', '– continued', 'cont.'. */
const CONTINUED = /\b(?:continued|cont'?d?\.?|contd)\s*\)?\s*$/i;

/**
 * A number an item opens with: in its own cell ('1.', '2)', '(3)', '4', or numbered within its section, '6.1') before
 * the item's text, or at the head of the item's cell ('1. We will …', '2) Review …', '6.2 Publish …').
 */
const OWN_NUMBER = /^\(?(\d{1,2}(?:\.\d{1,2})?)[.)]?$/;
/** A bullet in a cell of its own ('•' in column A, the item's text in column B: a web page's list pasted into a sheet). */
const OWN_BULLET = /^\s*(?:[•▪◦·●○■□➢►✓]|[-–—])\s*$/;
/**
 * A line numbered at its head: '1. ', '2) ', '(3) ', '6.1 ', or lettered as Word letters a list's items ('a) ', '(b) ',
 * 'c. ', 'ii) ') — lower case only: 'A. Recruitment' heads a part of the document.
 */
const NUMBERED = /^\(?(\d{1,2}[.)]|\d{1,2}\.\d{1,2}[.:]?|(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)[.)])\s+\S/;

/** A document's table of contents: 'Contents', 'Table of contents'. Its lines name the sections below; none is an item. */
const CONTENTS = /^(?:table\s+of\s+)?contents\s*:?$/i;

/**
 * The section a number sits in: '6' for '6.1', '' for a plain '3'. A list numbered within a section ('6.1', '6.2')
 * goes on only with numbers of that section: the next section's heading ('7 | Data table') ends it.
 */
const sectionOf = (n: string): string => n.split('.').slice(0, -1).join('.');

/** A row's line: its text and column, whether it is the row's one text, and the number it carries (with its column). */
interface Line {
  c: number;
  text: string;
  alone: boolean;
  num: { n: string; c: number } | null;
  /** The row's bullet sits in a cell of its own beside the item's text. */
  bullet?: boolean;
  /** The row is an action box: its label ('Action A1') in a cell of its own, a status word perhaps beside (`readActionBox`). */
  box?: ActionBox;
}

/**
 * A row's line: its one text, or — on a row of several — the text that opens with a bullet, a number or an action's
 * label, else its longest that writes no value behind a label ('who: HR Advisor' beside it is the item's field; a value
 * kept beside it, '£5,000', leaves it the item), with its column; `alone` says the row holds no
 * other text. A number in a cell of its own numbers the row's longest other text ('1.' | 'We will …', or after it, a
 * value kept beside it or not): the row is that one item. Null for a blank row.
 */
function lineOf(sheet: SheetView, r: number): Line | null {
  const texts: { c: number; text: string }[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c).trim();
    if (text) texts.push({ c, text });
  }
  if (texts.length === 0) return null;
  // An action box ('Action A1' | the action's sentence | 'Green'): the sentence is the row's item, labelled by the box.
  const box = readActionBox(texts);
  if (box) return { ...box.item, alone: false, num: null, box };
  // A number in a cell of its own numbers the row's text — before it or after it (a sheet whose columns were put in
  // another order), a value kept beside it ('£5,000') or not: the longest other text is the item.
  const numbers = texts.filter((t) => OWN_NUMBER.test(t.text));
  // A cell writing a value behind its label ('Owner: Director of Workforce') is the item's field, not its words.
  const words = texts.length >= 2 ? texts.filter((t) => !labelOpening(t.text)) : texts;
  if (numbers.length === 1 && texts.length >= 2) {
    const item = longest(words.filter((t) => t !== numbers[0])) ?? longest(texts.filter((t) => t !== numbers[0]))!;
    return { ...item, alone: texts.length === 2, num: { n: OWN_NUMBER.exec(numbers[0].text)![1], c: numbers[0].c } };
  }
  // A bullet in a cell of its own marks the row's longest other text as a list's item, as a number there numbers it.
  const bullets = texts.filter((t) => OWN_BULLET.test(t.text));
  if (bullets.length === 1 && numbers.length === 0 && texts.length >= 2) {
    const item = longest(words.filter((t) => t !== bullets[0])) ?? longest(texts.filter((t) => t !== bullets[0]))!;
    return { ...item, alone: texts.length === 2, num: null, bullet: true };
  }
  const line = texts.find((t) => startsWithBullet(t.text) || NUMBERED.test(t.text) || LABEL.test(t.text)) ?? longest(words) ?? texts[0];
  const numbered = NUMBERED.exec(line.text);
  return { ...line, alone: texts.length === 1, num: numbered ? { n: numbered[1].replace(/[.):]$/, ''), c: line.c } : null };
}

/** The longest of a row's texts (an action's words beside a value kept with it, '£5,000'), or undefined for none. */
const longest = (texts: readonly { c: number; text: string }[]) => (texts.length ? texts.reduce((a, b) => (b.text.length > a.text.length ? b : a)) : undefined);

/** How a list marks its items: by bullets, by numbers, or not at all (one sentence a row). */
type Mark = 'bullet' | 'number' | null;
const markOf = (line: Line): Mark => (line.bullet || startsWithBullet(line.text) ? 'bullet' : line.num ? 'number' : null);

/** A line that heads what follows: short, not a sentence (no closing full stop), not a list item. */
function isHeading(text: string): boolean {
  return text.length <= 80 && !/[.;!?]$/.test(text) && !startsWithBullet(text) && !LABEL.test(text);
}

/**
 * A line that may head a block: a heading's shape, or a line opening with an indicator's name, however long, that is no
 * sentence ('Indicator 5: percentage of staff experiencing harassment, bullying or abuse from patients … in last 12 months').
 */
function heads(text: string): boolean {
  return isHeading(text) || (text.length <= 200 && NAMES_INDICATOR.test(text) && !/[.;!?]$/.test(text));
}

/** A list being read: its introducing heading, how it marks its items, and the theme its items take. */
interface List {
  r: number;
  text: string;
  items: number;
  marker: Mark;
  /** The section its first item's number sits in ('6' for '6.1', '' for '1'; `sectionOf`), or null before a numbered item. */
  section: string | null;
  /** A subject heading straight under the introducing one ('Recruitment' under 'Our actions'), or over the items' group. */
  sub: string;
  /** The subject heading's row, -1 for none. */
  subRow: number;
  /** The introducing heading's own subject ('We commit to using our role as commissioners …:'), or ''. */
  theme: string;
  /** What introduces the list, in the why's words. */
  how: string;
  /** A heading above the introducing one and what it gives (`subjectOverList`), or null. */
  above: { theme: string; why: string } | null;
  /** The numbers a counting heading gives its items ('Promises 1 to 4' → 1 and 4; `COUNTS`), or null. */
  counts?: { from: number; to: number };
  /** The one line between a counting heading and its first item that says what the group is for, or null. */
  goal?: { text: string; r: number };
}

/**
 * Reads a sheet with no header row as a plan kept as a document — an annual report's section or a web page of objectives
 * pasted into Excel, one text a row (in column A or merged across; a value kept beside an item leaves it one). Only two
 * things are actions: the items of a list under a heading that introduces actions ('Key next steps', 'What we will do in
 * 2022/23') or commitments in the plan's own voice ('We commit to …:', 'The Board commits to:'), bulleted or numbered
 * (blank rows may space them; a number may sit in a cell of its own) or one a row, up to the table row or unmarked line
 * (or, unmarked, the blank row) that ends the list; and paragraphs labelled as numbered actions ('Target 1:', 'Action 2
 * –', 'Commitment 3:'), whose theme is the heading over them ('Equality objective 4 [WRES: representation]'). A list's
 * theme is its subject heading, the commitment's own words, or a heading above the introducing one whose block the lines
 * between describe ('Indicator 2: …' / 'Baseline measure: …' / 'Actions'; `subjectOverList`). Items under any other
 * heading (achievements, findings, guidance) are not. Fewer than two such items is no plan: a notes sheet's one 'Action
 * 1: check the figures' stays a note. Each item says why it is read ("Row 23: a bullet under 'Key next steps' (row 22),
 * a heading that introduces actions").
 *
 * @example
 * readDocumentPlan(viewSheet({ values: [['Next steps'], ['• Publish the pay gap.'], ['• Run listening events.']] }))?.map((i) => i.why);
 * // ["Row 2: a bullet under 'Next steps' (row 1), a heading that introduces actions", "Row 3: …"]
 */
export function readDocumentPlan(sheet: SheetView): DocumentItem[] {
  const out: DocumentItem[] = [];
  let heading: { r: number; text: string } | null = null;
  let list: List | null = null;
  let contents = false;
  let block: Block | null = null;
  // A bare label ('Action 3') waiting for the paragraph under it.
  let bare: { r: number; label: RegExpExecArray } | null = null;
  for (let r = 0; r < sheet.height; r++) {
    const line = lineOf(sheet, r);
    // A table of contents ('Contents' over '6. Recommendations', '7. Data table') names the sections below, up to the
    // blank row that ends it: its lines neither head nor open a list (the section itself does, where it begins).
    if (line && line.alone && CONTENTS.test(line.text)) {
      list = null;
      contents = true;
      continue;
    }
    if (contents && line) continue;
    contents = false;
    // A blank row ends a list written without bullets or numbers once it has items (one may stand between the heading
    // and its first item); marked items spaced by blank rows go on. A row of a table (several texts, none an item) ends any list.
    if (line === null) {
      if (list && list.items > 0 && !list.marker) list = null;
      continue;
    }
    // A printed page's running head or number ('… – continued', 'Page 3 of 6') between items neither ends a list nor heads.
    // (A heading over the plan's objectives names the standard and its years as a running head does: it opens the list.)
    if (isPageHead(line)) continue;
    // A note or footnote under the items ('Note: …', '* Indicator 3 is …', '¹ …') ends the list and is none of them.
    if (isNote(line.text)) {
      list = null;
      continue;
    }
    // A label on a row of its own ('Action 3') numbers the paragraph under it: that paragraph is the action, the
    // heading over both its theme.
    const bareLabel = line.alone ? BARE_LABEL.exec(line.text) : null;
    if (bareLabel && paragraphFollows(sheet, r)) {
      list = null;
      bare = { r, label: bareLabel };
      continue;
    }
    if (bare) {
      out.push(labelled(sheet, r, line, bare.label, heading, bare.r));
      bare = null;
      continue;
    }
    const mark = markOf(line);
    const label = mark ? null : line.box ? boxLabel(line.box) : LABEL.exec(line.text);
    // A line that writes who does it behind a label ('… - owner Sam Petrakis - by end Oct', or 'who: HR Advisor' |
    // 'when: Sept 2017' beside it) is an action wherever it sits, as a labelled target is; a list's own item stays the list's.
    const own = label || (list && listGoesOn(list, line, mark)) ? null : writesOwnLead(sheet, r, line);
    if (own) {
      list = null;
      // A heading naming the plan, its year, the organisation or the standard is the document's title: no theme.
      const over = heading && !namesNoSubject(heading.text) ? heading : null;
      const item = itemOf(sheet, r, line, { ref: line.num?.n ?? '', refCol: line.num?.c, theme: over?.text ?? '' }, ownWhy(sheet, r, line, own, over), own.fields);
      if (own.progress && !item.action.fields.progress) item.action.fields.progress = own.progress;
      out.push(item);
      // The rows under it that carried its labels are its own, read: none of them heads or is an item.
      r += own.under;
      continue;
    }
    if (!line.alone && !mark && !label) {
      list = null;
      continue;
    }
    // A paper's numbered list of what it will do may report work already done among its promises ('3.6 The Trust has
    // already joined the regional programme …'): a report, no item; the list goes on past it.
    if (list && mark === 'number' && list.items > 0 && listGoesOn(list, line, mark) && reportsDoneAmongPromises(sheet, line)) continue;
    if (label) {
      out.push(line.box ? boxed(sheet, r, line, line.box, heading) : labelled(sheet, r, line, label, heading));
      continue;
    }
    // A heading straight under the introducing one ('Our actions' over 'Recruitment', or '1. Recruitment' over bullets)
    // names the subject of the items under it; a numbered line with no bullets under it is an item.
    // (A line saying what is done, with no marked item under it, is the first item of a list written with no marks.)
    if (list && list.items === 0 && line.alone && isHeading(line.text) && !introducesActions(line.text) && (!line.num || bulletFollows(sheet, r)) && !(saysWhatIsDone(line.text) && markFollows(sheet, r) === null)) {
      list.sub = line.text;
      list.subRow = r;
      continue;
    }
    // A list grouped under subject headings ('WDES objectives' / 'Data and representation' / bullets) goes on under
    // the next subject heading when its items follow, marked as before ('Experience at work' / bullets).
    if (list && list.items > 0 && list.sub && list.marker && line.alone && isHeading(line.text) && !introducesActions(line.text) && !COUNTS.test(line.text) && markFollows(sheet, r) === list.marker) {
      list.sub = line.text;
      list.subRow = r;
      continue;
    }
    // Under a counting heading ('Promises 1 to 4'), a sentence before the first numbered item is the group's goal: its theme.
    if (list?.counts && list.items === 0 && !list.goal && !list.sub && line.alone && !mark && markFollows(sheet, r) === 'number') {
      list.goal = { text: line.text, r };
      continue;
    }
    // The section's words about itself before the list's first item ('This section sets out the Trust's actions for the
    // year under each WRES indicator.') are no item, and they stand where the list's items would begin: a list opened by
    // the heading over them ends there, so the numbered paragraphs after them are read as the section's own (findings
    // among them set aside), not as the list's items. A line of them that leads in to a list ('… sets out our actions:')
    // opens its own.
    if (list && list.items === 0 && !mark && line.alone && describesItself(line.text)) {
      list = openList(sheet, r, line.text);
      continue;
    }
    if (list && listGoesOn(list, line, mark)) {
      if (list.items === 0) list.marker = mark;
      if (list.items === 0 && line.num) list.section = sectionOf(line.num.n);
      list.items++;
      out.push(listItem(sheet, r, line, list));
      continue;
    }
    list = null;
    // Under a heading numbering its block ('Aim 1 - …'), items numbered within it ('1.1: …') are the plan's actions,
    // a value kept beside one ('£5,000') or not.
    if (block && blockGoesOn(block, line)) {
      block.items++;
      out.push(blockItem(sheet, r, line, block, heading));
      continue;
    }
    // Bullets under a subject heading that each close on their own timescale ('• Diverse panels for Band 7 posts (Q2)')
    // are steps the plan will take by then, though no heading calls them actions (an annual report's workstreams).
    list = mark === 'bullet' && heading ? datedList(sheet, r, heading) : null;
    if (list) {
      list.items++;
      out.push(listItem(sheet, r, line, list));
      continue;
    }
    if (!line.alone) continue;
    block = numberedBlock(r, line) ?? block;
    if (block && block.items === 0 && block.r !== r && LINKS.test(line.text)) block.indicators = indicatorsMentioned(line.text, null);
    list = openList(sheet, r, line.text);
    if (!list && heads(line.text)) heading = { r, text: line.text };
  }
  return out.length >= 2 ? out : [];
}

/**
 * A list opened by a line that introduces actions ('Key next steps', 'Our actions for 2021/22', at most 60 characters),
 * commitments in the plan's own voice ('We commit to …:', `readCommitmentHeading`) or leads in to its actions ('The
 * immediate action we will take includes:', 'Actions with regards to the workforce:-', `readActionsLeadIn`), with what the heading above it
 * gives its items (`subjectOverList`); null for any other line.
 */
function openList(sheet: SheetView, r: number, text: string): List | null {
  const introduces = text.length <= 60 && (introducesActions(text) || OBJECTIVES.test(text));
  const counting = introduces ? null : countsOf(text);
  const commitment = introduces || counting ? null : readCommitmentHeading(text);
  const leadIn = introduces || counting || commitment ? null : readActionsLeadIn(text);
  if (!introduces && !counting && !commitment && !leadIn) return null;
  const how = counting
    ? `a heading that counts the ${counting.noun} under it by their numbers (${counting.from} to ${counting.to})`
    : commitment
    ? 'a commitment the plan makes in its own voice, which introduces the items under it'
    : leadIn?.theme
      ? 'a heading naming the actions on its subject'
      : leadIn
        ? 'a line leading in to the actions the plan will take'
        : OBJECTIVES.test(text)
          ? "a heading over the plan's objectives, each an action"
          : 'a heading that introduces actions';
  const above = subjectOverList(linesAbove(sheet, r));
  return { r, text, items: 0, marker: null, section: null, sub: '', subRow: -1, theme: commitment?.theme ?? leadIn?.theme ?? '', how, above, ...(counting ? { counts: counting } : {}) };
}

/**
 * What a heading reports on, not what is to be done: achievements, highlights, progress, findings, the data, an update
 * ('Key achievements', 'What we did in 2021/22', 'Highlights of the year', 'Our data'). Bullets under it that close on
 * a date give when something happened or was measured.
 */
const REPORTS_ON = /\b(?:achiev\w*|highlights?|successes|progress|done|did|delivered|completed?|findings?|found|results?|data|figures|shows?|updates?|so\s+far|to\s+date|last\s+year|looking\s+back|in\s+review)\b/i;

/**
 * An item opening with what was done, in the past tense ('• Launched the network (April 2022)', '• Held listening
 * events (Q3)'): a report of work finished. 'Embed', 'Need' and 'Exceed' end so and are no past tense.
 */
const DONE_OPENING = /^\s*(?:[•▪◦·●○■□➢►✓]|[-–—])?\s*(?:(?!(?:embed|need|exceed|proceed|succeed|feed|speed|seed)\b)\p{L}+ed|held|ran|began|took|gave|made|won|met|grew|wrote|built|brought|sent|set\s+up)\b/iu;

/** At least this many bullets must close on their own timescale, under one heading, for them to be read as steps. */
const MIN_DATED = 2;

/**
 * A list opened under a subject heading (row `heading.r`, the nearest line above the bullet on row `r`) whose bullets —
 * every one up to the first line that is no bullet — close on a timescale of their own ('(Q2)', '(by March 2023)',
 * `closingTimescale`), none stating a finding or opening with what was done, and at least MIN_DATED of them: the plan's
 * steps, each due by its bracket, the heading their theme (none where it names only the plan, its year or the
 * organisation). Null otherwise, or under a heading reporting achievements, progress or findings (`REPORTS_ON`).
 */
function datedList(sheet: SheetView, r: number, heading: { r: number; text: string }): List | null {
  if (REPORTS_ON.test(heading.text) || introducesActions(heading.text)) return null;
  // A page's bare number or running head between the lines is passed over, as a list's items pass it.
  const passed = (line: Line | null) => line === null || isPageHead(line) || !/\p{L}/u.test(line.text);
  for (let k = heading.r + 1; k < r; k++) if (!passed(lineOf(sheet, k))) return null;
  let items = 0;
  let first = '';
  for (let k = r; k < sheet.height; k++) {
    const line = lineOf(sheet, k);
    if (passed(line)) continue;
    if (markOf(line!) !== 'bullet') break;
    const due = closingTimescale(line!.text);
    if (!due || statesFinding(line!.text) || DONE_OPENING.test(line!.text)) return null;
    first ||= due;
    items++;
  }
  if (items < MIN_DATED) return null;
  const how = `a heading over bullets that each close on a timescale of their own ('(${first})'), so each is a step the plan will take by then`;
  return { r: heading.r, text: heading.text, items: 0, marker: 'bullet', section: null, sub: '', subRow: -1, theme: namesNoSubject(heading.text) ? '' : heading.text, how, above: null };
}

/** What a counting heading counts and the numbers it gives ('Promises 1 to 4' → promises, 1, 4), or null (`COUNTS`; the first below the last). */
function countsOf(text: string): { noun: string; from: number; to: number } | null {
  const m = COUNTS.exec(text);
  if (!m || Number(m[2]) >= Number(m[3])) return null;
  return { noun: m[1].toLowerCase(), from: Number(m[2]), to: Number(m[3]) };
}

/**
 * The lines above row `r`, nearest first, blank rows left out, each with its sheet row, whether it may head a block,
 * whether it is a row of figures and whether a row of short labels, as a small table's header (read as asked).
 */
function* linesAbove(sheet: SheetView, r: number): Generator<{ row: number; text: string; heads: boolean; figures: boolean; labels: boolean }> {
  for (let k = r - 1; k >= 0; k--) {
    const line = lineOf(sheet, k);
    if (line) yield { row: sheet.sheetRow(k), text: line.text, heads: line.alone && heads(line.text), figures: !line.alone && rowOfFigures(sheet, k), labels: !line.alone && rowOfLabels(sheet, k) };
  }
}

/** A small table's header: two to six short texts ('Year' | 'BME' | 'White'), none a sentence. */
function rowOfLabels(sheet: SheetView, r: number): boolean {
  let n = 0;
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    if (++n > 6 || text.length > 30 || /[.;!?]$/.test(text)) return false;
  }
  return n >= 2;
}

/** A figure, a year or a change ('5.2%', '1.27', '-0.75', '+1.2', '2023', '2023/24'): a value of a table of data. */
const FIGURE_CELL = /^[-+−]?\d[\d,]*(?:\.\d+)?\s*%?$|^(?:19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?$/;

/**
 * A row of a small table of the block's figures ('' | '2023' | '2024' | 'Change', 'Disabled colleagues (ESR)' | '5.2%' |
 * '6.4%' | '+1.2'): two figures or more, and at most two other texts (its label, a column's name). Asked only of the lines
 * between a list's introducing heading and the heading above it.
 */
function rowOfFigures(sheet: SheetView, r: number): boolean {
  let figures = 0;
  let other = 0;
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    if (FIGURE_CELL.test(text)) figures++;
    else if (++other > 2) return false;
  }
  return figures >= 2;
}

/** Paragraphs of a section that must promise work before one reporting work done is taken for a report among them. */
const MIN_PROMISING = 2;

/**
 * Whether a numbered paragraph reports work already done (`statesWorkDone`: 'The Trust has already joined …', 'We have
 * trained …', no future in it) in a section where MIN_PROMISING paragraphs or more promise work (`promisesWork`): a report
 * among the actions, as a careful reader of a board paper's 'What we will do' takes it.
 */
function reportsDoneAmongPromises(sheet: SheetView, line: Line): boolean {
  if (!line.num || !line.num.n.includes('.') || statesWorkDone(numberedWords(line.text)) === null) return false;
  const section = sectionOf(line.num.n);
  let promising = 0;
  for (let k = 0; k < sheet.height && promising < MIN_PROMISING; k++) {
    const other = lineOf(sheet, k);
    if (other?.num && other.num.n.includes('.') && sectionOf(other.num.n) === section && promisesWork(numberedWords(other.text))) promising++;
  }
  return promising >= MIN_PROMISING;
}

/** A numbered line's words without the number at their head ('3.6 The Trust has …' → 'The Trust has …'). */
const numberedWords = (text: string): string => text.replace(/^\(?\d{1,2}(?:\.\d{1,2})?[.):]?\s+/, '');

/** Whether the next line after row `r` with any text opens with a bullet. */
function bulletFollows(sheet: SheetView, r: number): boolean {
  for (let k = r + 1; k < sheet.height; k++) {
    const line = lineOf(sheet, k);
    if (line) return markOf(line) === 'bullet';
  }
  return false;
}

/** How the next line after row `r` with any text, a printed page's running head passed over, is marked (`markOf`), null when unmarked or none. */
function markFollows(sheet: SheetView, r: number): Mark {
  for (let k = r + 1; k < sheet.height; k++) {
    const line = lineOf(sheet, k);
    if (line && !isPageHead(line)) return markOf(line);
  }
  return null;
}

/** A printed page's running head or number between a list's lines ('… – continued', 'Page 3 of 6'), which neither heads nor ends it. */
function isPageHead(line: Line): boolean {
  return line.alone && isHeading(line.text) && (isRunningHead(line.text) || CONTINUED.test(line.text)) && !OBJECTIVES.test(line.text);
}

/**
 * Whether a line is the list's next item: a bullet or a numbered line — the first, or one marked as the first was — or,
 * in a list written with neither, a sentence (a line short of one, 'Recruitment', heads what follows). In a marked list
 * an unmarked line ends it, and in a list numbered within a section ('6.1', '6.2') a number of another section ('7').
 */
function listGoesOn(list: List, line: Line, mark: Mark): boolean {
  if (list.counts) return mark === 'number' && countedBy(list.counts, line.num!.n);
  if (mark && list.section !== null && line.num && sectionOf(line.num.n) !== list.section) return false;
  if (mark) return list.items === 0 || list.marker === mark;
  return line.alone && !(list.items > 0 && list.marker) && (!isHeading(line.text) || saysWhatIsDone(line.text));
}

/**
 * Whether an item's number is one its counting heading names ('Promises 5 to 8' over '5.' … '8.'), or the group's own
 * count restarting at 1 ('1.' … '4.'): the evidence that the heading counts these items.
 */
function countedBy(counts: { from: number; to: number }, n: string): boolean {
  const k = Number(n);
  return (k >= counts.from && k <= counts.to) || (k >= 1 && k <= counts.to - counts.from + 1);
}

/**
 * A short line with no full stop that starts with what to do ('Review the shortlisting process'): in a list written
 * with neither bullets nor numbers, an item as a sentence is, not a heading ('Recruitment' heads what follows).
 */
function saysWhatIsDone(text: string): boolean {
  return startsWithVerb(text) && text.split(/\s+/).length >= 3;
}

/**
 * A list's item: its number (in its own cell or at the head of its text) its ref; its theme the subject heading under the
 * introducing one, else the commitment's own words, else the heading above whose block it is (and the why says which).
 */
function listItem(sheet: SheetView, r: number, line: Line, list: List): DocumentItem {
  const kind = markOf(line) === 'bullet' ? 'a bullet' : line.num ? `item ${line.num.n}` : 'an item';
  const fromAbove = !list.sub && !list.goal && !list.theme && list.above;
  const theme = list.sub || list.goal?.text || list.theme || (fromAbove ? fromAbove.theme : '');
  const sub = list.sub
    ? `; its subject is '${shortenHeading(list.sub)}' (row ${sheet.sheetRow(list.subRow)}), the heading over its group`
    : list.goal
      ? `; its goal is '${shortenHeading(list.goal.text)}' (row ${sheet.sheetRow(list.goal.r)}), the line under the heading`
      : '';
  const why = `${kind} under '${shortenHeading(list.text)}' (row ${sheet.sheetRow(list.r)}), ${list.how}${sub}${fromAbove ? `; ${fromAbove.why}` : ''}`;
  return itemOf(sheet, r, line, { ref: line.num?.n ?? '', refCol: line.num?.c, theme }, why);
}

/**
 * A paragraph labelled as a numbered action ('Target 1: …', or 'Action 3' on the row above it, `labelRow`): its label
 * its ref, the heading over it its theme.
 */
function labelled(sheet: SheetView, r: number, line: Line, label: RegExpExecArray, heading: { r: number; text: string } | null, labelRow?: number): DocumentItem {
  const ref = `${label[1][0].toUpperCase()}${label[1].slice(1).toLowerCase()} ${label[2]}`;
  const under = heading ? ` under '${heading.text}' (row ${sheet.sheetRow(heading.r)})` : '';
  const above = labelRow === undefined ? '' : ` (its label '${ref}' on row ${sheet.sheetRow(labelRow)} above it, a line of its own)`;
  return itemOf(sheet, r, line, { ref, theme: heading?.text ?? '' }, `'${ref}' numbers the plan's ${label[1].toLowerCase()}s${above}${under}`);
}

/** A box's label as a labelled paragraph's ('Action A1' → word 'Action', number 'A1'). */
function boxLabel(box: ActionBox): RegExpExecArray {
  return Object.assign([`${box.word} ${box.code}`, box.word, box.code], { index: 0, input: `${box.word} ${box.code}` }) as unknown as RegExpExecArray;
}

/**
 * An action box's action: the sentence beside its label, the label's lettered number its ref ('Action A1' → 'A1': a code
 * of its own, as a user calls it; 'Action 3' stays 'Action 3'), the heading over it its theme, and the short word beside
 * it, on its fill, its status ('Green', 'Complete').
 */
function boxed(sheet: SheetView, r: number, line: Line, box: ActionBox, heading: { r: number; text: string } | null): DocumentItem {
  const item = labelled(sheet, r, line, boxLabel(box), heading);
  if (/^[a-z]\d/i.test(box.code)) item.action.fields.ref = box.code.toUpperCase();
  if (box.status) {
    item.action.fields.status = box.status.text;
    item.action.statusFill = sheet.fill(r, box.status.c);
    item.action.cells.status = sheet.letter(box.status.c);
    item.action.sources.status = { kind: 'column', cell: sheet.address(r, box.status.c), why: `Status: '${box.status.text}', the word beside the action's box on ${sheet.address(r, box.status.c)}` };
  }
  item.why = `${item.why}; its label sits in a cell of its own beside it, an action box between the report's paragraphs${box.status ? `, its position '${box.status.text}' beside it` : ''}`;
  return item;
}

/**
 * Whether the next line after a bare label (row `r`) is its paragraph: one text on its row (a value kept beside it or
 * not), a sentence (a full stop, or longer than a heading), neither a label nor a list's item; a page's running head may
 * stand between. A heading or a table's row under it leaves the label a heading.
 */
function paragraphFollows(sheet: SheetView, r: number): boolean {
  for (let k = r + 1; k < sheet.height; k++) {
    const line = lineOf(sheet, k);
    // A printed page's running head between the label and its paragraph ('… (continued)') is the page's, as in the list.
    if (line && isPageHead(line)) continue;
    if (line) return (line.alone || valuesBeside(sheet, k, line)) && !isHeading(line.text) && !LABEL.test(line.text) && !BARE_LABEL.test(line.text) && markOf(line) === null;
  }
  return false;
}

/** A value kept beside a paragraph is short and no sentence ('£5,000', 'Within existing budget'), never a second paragraph. */
const MAX_VALUE = 40;

/**
 * Whether the row's other texts beside its line are values kept with it ('£5,000', 'Nil', 'Within existing budget' in a
 * column a trust added): short, no sentence. The paragraph under a label is still that row's one paragraph.
 */
function valuesBeside(sheet: SheetView, r: number, line: Line): boolean {
  for (let c = 0; c < sheet.width; c++) {
    const text = c === line.c ? '' : sheet.text(r, c).trim();
    if (text && (text.length > MAX_VALUE || /[.;!?]$/.test(text))) return false;
  }
  return true;
}

/** A block numbered by its heading ('Aim 1 - …'): the heading, its code, the indicators a line under it links it to, its items so far. */
interface Block {
  r: number;
  text: string;
  code: string;
  /** Numbered as a document's section ('1. Recruitment'), not by a word the plan groups its work by ('Aim 1'). */
  section: boolean;
  indicators: string[];
  items: number;
}

/**
 * A line linking its block to the standard's indicators ('Links to WRES indicators 1 and 2, NSS data, NHS EDI
 * Improvement Plan (High Impact Action 2)', 'Linked to WRES indicator 9'): the indicators it names are its block's.
 */
const LINKS = /^(?:links?|linked|linking|relates?|relating|related)\s+to\b/i;

/** A short heading numbered as a document's section: '1. Recruitment and progression', '2) Culture', '3 Leadership'. */
const SECTION_HEADING = /^(\d{1,2})[.)]?\s+\p{Lu}/u;

/**
 * The block a line heads by its own numbering ('Aim 1 - …', 'Objective 2:', 'Priority 3 –'; `blockCodeOf`), or as a
 * document's numbered section with a heading's shape ('1. Recruitment and progression'), or null.
 */
function numberedBlock(r: number, line: Line): Block | null {
  const text = line.text;
  const coded = blockCodeOf(text);
  // The section's number may sit in a cell of its own ('2' | 'Appointment from shortlisting (indicator 2)').
  const own = line.num && line.num.c !== line.c && /^\d{1,2}$/.test(line.num.n) ? line.num.n : undefined;
  const code = coded ?? (isHeading(text) ? (SECTION_HEADING.exec(text)?.[1] ?? own) : undefined);
  return code ? { r, text, code, section: coded === null, indicators: [], items: 0 } : null;
}

/**
 * Whether a line is the block's next item: numbered within the block's code ('1.1:', '1.2' under 'Aim 1'), and what
 * to do, not a sub-heading (a sentence or more than a heading's 80 characters: '1.1 Background' heads a section).
 * Under a document's numbered section ('1. Recruitment') only a line starting with what to do ('1.1 Publish …') or
 * promising work in the paper's own voice ('2.3 We will put …', '4.1 The Head of Talent Acquisition will …'; `promisesWork`):
 * a policy's numbered paragraphs ('1.1 This strategy sets out …'), findings ('2.1 BME staff are 36% …'), what was done
 * ('We have …'), 'We will not …' and the plan's monitoring ('Progress will be reported …') are its text.
 */
function blockGoesOn(block: Block, line: Line): boolean {
  if (!line.num || !line.num.n.includes('.') || sectionOf(line.num.n).toUpperCase() !== block.code) return false;
  const words = numberedWords(line.text);
  return startsWithVerb(words) || (!block.section && !isHeading(words)) || (block.section && promisesWork(words) !== null);
}

/**
 * An item numbered within its block: the number its ref, the block's heading its theme, the block's linked indicators its
 * own. A heading that only says the section holds the actions gives no theme: a subject heading under it, over the item
 * ('4. What we will do in 2016/17' / 'Indicator 1 – BME representation by pay band' / '4.2 We will …'), gives it.
 */
function blockItem(sheet: SheetView, r: number, line: Line, block: Block, heading: { r: number; text: string } | null): DocumentItem {
  const links = block.indicators.length ? `, which a line under it links to indicators ${block.indicators.join(', ')}` : '';
  const words = numberedWords(line.text);
  const promise = block.section && !startsWithVerb(words) ? promisesWork(words) : null;
  const why = `item ${line.num!.n} numbered within '${shortenHeading(block.text)}' (row ${sheet.sheetRow(block.r)}), the block its number carries${links}${promise ? `; ${promise}` : ''}`;
  // A section heading saying its paragraphs are the actions ('4. Actions for 2022/23') is the paper's structure, no subject.
  const structure = introducesActions(block.text.replace(NUMBERED_HEAD, ''));
  const subject = structure && heading && heading.r > block.r && !namesNoSubject(heading.text) ? heading : null;
  const theme = subject ? subject.text : structure ? '' : block.text;
  const said = subject ? `; its heading says what the section holds, so its theme is the subject heading under it, '${shortenHeading(subject.text)}' (row ${sheet.sheetRow(subject.r)})` : structure ? `; its heading says what the section holds, so it gives no theme` : '';
  const item = itemOf(sheet, r, line, { ref: line.num!.n, refCol: line.num!.c, theme }, `${why}${said}`);
  item.action.blockIndicators = block.indicators;
  return item;
}

/** A line's own action fields as a table's row with no such columns reads them (`readActionFields`). */
type OwnFields = ReturnType<typeof readActionFields>;

/** A label opening a cell ('Date:', 'Present:', 'Owner –'): a record's line about itself, not an action's words. */
const OPENS_WITH_LABEL = /^(\p{L}[\p{L}\s'’-]{0,30}?)\s*(?::|–|—|\s-\s)/u;

/**
 * Whether a line's words open with a label other than its action's own ('Action:', 'Task:', 'What:', 'What we will do:'
 * label the words that follow as the action): 'Date: 9 Sept 2021', 'Chair: Dev Patel', 'Owner: Lorna (notes)' are a
 * record's lines about itself.
 */
function opensWithOtherLabel(text: string): boolean {
  const label = OPENS_WITH_LABEL.exec(text)?.[1].trim();
  if (label === undefined) return false;
  return !/^what$/i.test(label) && !scoreHeaderWords(label).some((w) => w.field === 'action' && w.score >= 0.8);
}

/**
 * The row's own fields when its line writes who does it behind a label — in its own cell after the action's words ('… -
 * owner Sam Petrakis - by end Oct', 'Action: … ↵Owner: HR ↵Deadline: March 2023'), in a cell beside it ('who: HR
 * Advisor'), or on the rows right under a line of one text, each holding one labelled value ('Owner: Head of
 * Resourcing' / 'Deadline: March 2024' / 'Update: …') — and its words open with no label but the action's own (a
 * meeting record's 'Chair: Dev Patel' or 'Owner: Lorna' is a line about the record); else null. `under` counts the
 * rows under it read so.
 */
function writesOwnLead(sheet: SheetView, r: number, line: Line): { fields: OwnFields; under: number; progress: string } | null {
  if (opensWithOtherLabel(line.text.replace(NUMBERED_HEAD, ''))) return null;
  // A board paper's cover line ('Paper for the Trust Board, 2 April 2026. Sponsor: Chief People Officer.') names who
  // brings the paper, not who does any work.
  if (describesPaper(line.text)) return null;
  const own = readActionFields(sheet, r, { action: line.c }, { action: sheet.letter(line.c) });
  if (own.sources.lead?.kind === 'label' && own.fields.lead) return { fields: own, under: 0, progress: '' };
  // A title naming the plan or its year over its owner and review date ('WRES action plan 2023/24' / 'Owner: Director of
  // People') is the document's own record, not an action.
  return line.alone && !namesNoSubject(line.text) ? labelledUnder(sheet, r, own) : null;
}

/** At most this many rows of labelled values under one line are its own: a lead, a timescale, a status, an update or two. */
const MAX_LABEL_ROWS = 6;

/**
 * A line's fields with those the rows right under it write, each row one labelled value ('Owner: Head of Resourcing',
 * 'Deadline: March 2024', 'Update: …'), up to the first row that is not; null when they name no lead (a note's lines).
 */
function labelledUnder(sheet: SheetView, r: number, own: OwnFields): { fields: OwnFields; under: number; progress: string } | null {
  const fields = { ...own.fields };
  const sources = { ...own.sources };
  let cells = own.cells;
  let dueValue = own.dueValue;
  let progress = '';
  let k = r + 1;
  for (; k < sheet.height && k <= r + MAX_LABEL_ROWS; k++) {
    const line = lineOf(sheet, k);
    const told = line?.alone && !labelOpening(line.text) ? readProgressLabel(line.text) : null;
    if (!line?.alone || (!labelOpening(line.text) && !told)) break;
    if (told?.field === 'progress') progress ||= told.value;
    const values = readLabelledValues(line.text);
    for (const f of ['lead', 'due', 'status'] as const) {
      if (fields[f] || !values[f]) continue;
      fields[f] = values[f]!;
      sources[f] = { kind: 'label', cell: sheet.address(k, line.c) };
      cells = { ...cells, [f]: sheet.letter(line.c) };
      if (f === 'due') dueValue = values[f]!;
    }
  }
  if (!(sources.lead?.kind === 'label' && fields.lead)) return null;
  return { fields: { ...own, fields, sources, cells, dueValue }, under: k - r - 1, progress };
}

/** The number a line opens with ('1. ', '2) '), left off when asking what its words open with. */
const NUMBERED_HEAD = /^\(?(?:\d{1,2}(?:\.\d{1,2})?[.)]?|(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)[.)])\s+/;

/** Why a line writing its own lead is an action: "Row 6: item 1 writes who does it ('Sam Petrakis') and by when ('end Oct') …". */
function ownWhy(sheet: SheetView, r: number, line: Line, own: { fields: OwnFields; under: number }, heading: { r: number; text: string } | null): string {
  const { fields, sources } = own.fields;
  const kind = line.num ? `item ${line.num.n}` : 'the line';
  const when = fields.due && sources.due?.kind === 'label' ? ` and by when ('${fields.due}')` : '';
  const rows = own.under ? ` on the row${own.under > 1 ? 's' : ''} under it (${own.under > 1 ? `rows ${sheet.sheetRow(r + 1)}–${sheet.sheetRow(r + own.under)}` : `row ${sheet.sheetRow(r + 1)}`})` : '';
  const under = heading ? `, under '${shortenHeading(heading.text)}' (row ${sheet.sheetRow(heading.r)})` : '';
  return `${kind} writes who does it ('${fields.lead}')${when} behind a label${rows}, so it is an action though no header or heading says so${under}`;
}

/**
 * The action of one line: its text as written (bullet and label kept), its label as its ref, the heading over it as its
 * theme. A document has no lead, timescale or status column, so an item that writes them behind a label ('Lead: Head of
 * OD', 'Timescale: Q3') or closes on a deadline ('…by March 2023') gives them as a table's row with no such column does:
 * the same reading (`readActionFields`), so a plan reads the same whether kept as a table or a list.
 */
function itemOf(sheet: SheetView, r: number, line: { c: number; text: string }, read: { ref: string; refCol?: number; theme: string }, why: string, known?: OwnFields): DocumentItem {
  const letter = sheet.letter(line.c);
  const own = known ?? readActionFields(sheet, r, { action: line.c }, { action: letter });
  const fields = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<PlanField, string>;
  fields.action = line.text;
  fields.ref = read.ref;
  fields.theme = read.theme;
  fields.lead = own.fields.lead;
  // With no label naming who, a paragraph written as prose names them in its sentence ('The Head of Recruitment will …',
  // '… led by the Health and Safety Manager', 'will be launched by the Chief People Officer').
  const prose = own.fields.lead ? null : proseLead(line.text);
  const sources = prose ? { ...own.sources, lead: { kind: 'action text' as const, cell: `${letter}${sheet.sheetRow(r)}`, why: `Lead: '${prose.lead}', ${prose.how}` } } : own.sources;
  if (prose) fields.lead = prose.lead;
  fields.due = own.fields.due;
  fields.status = own.fields.status;
  // A cell beside the item writing its progress or outcome behind a label ('update: 61 replies') gives it.
  const told = toldBeside(sheet, r, line.c);
  for (const f of ['progress', 'outcome'] as const) if (told[f]) fields[f] = told[f]!.value;
  const action: RawAction = {
    row: sheet.sheetRow(r), id: null, fields, dueValue: own.dueValue, dueShown: false, statusFill: null, statusLight: null, ragCell: null,
    keyedText: '', markedStatus: '', statusRun: null, textStatus: null, blockIndicator: null, blockIndicators: [], indicatorsWorded: false,
    indicatorInRow: false, numbered: null, refInText: null, refFrom: '', moreIndicators: [], sources,
    cells: { ...own.cells, action: letter, ...(read.ref ? { ref: sheet.letter(read.refCol ?? line.c) } : {}), ...(told.progress ? { progress: sheet.letter(told.progress.c) } : {}), ...(told.outcome ? { outcome: sheet.letter(told.outcome.c) } : {}) },
  };
  return { action, why: `Row ${sheet.sheetRow(r)}: ${why}` };
}

/** The progress and outcome the row's other cells write behind their labels ('update: …', 'Outcome: …'), first of each. */
function toldBeside(sheet: SheetView, r: number, c0: number): Partial<Record<'progress' | 'outcome', { value: string; c: number }>> {
  const out: Partial<Record<'progress' | 'outcome', { value: string; c: number }>> = {};
  for (let c = 0; c < sheet.width; c++) {
    const text = c === c0 ? '' : sheet.text(r, c).trim();
    const told = text ? readProgressLabel(text) : null;
    if (told && !out[told.field]) out[told.field] = { value: told.value, c };
  }
  return out;
}

const FIELDS: readonly PlanField[] = ['ref', 'indicator', 'hia', 'theme', 'objective', 'action', 'lead', 'due', 'status', 'progress', 'outcome', 'completed'];
