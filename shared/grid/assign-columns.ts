import { headerNamesLeadAndDue } from './split-lead-and-due';
import { namesWhoInDates } from './names-who-in-dates';
import { findWrittenOnce, type WrittenOnce } from './find-written-once';
import { findStatusOpenings } from './find-status-openings';
import { codesOfKey } from '../rag/codes-of-key';
import { readColourPairs } from '../rag/read-colour-pairs';
import type { ColumnChoice, ColumnEvidence, PlanField } from '../types';
import { PLAN_FIELDS, ROW_ID_HEADER } from '../types';
import { collapse } from './cell-text';
import { findIndicatorWordingColumn } from './find-indicator-wording-column';
import { headerBandText } from './header-band-text';
import { asksIfDone } from './asks-if-done';
import { describeContents, FIELD_LABEL } from './describe-evidence';
import { takeMeasureColumn } from './take-measure-column';
import type { Table } from './find-tables';
import { findIndicatorMatrix, type IndicatorMatrix } from './find-indicator-matrix';
import { findStatusMarks, type StatusMarks } from './find-status-marks';
import { findResponsibilityMatrix, type ResponsibilityMatrix } from './find-responsibility-matrix';
import { findMoreIndicatorColumns } from './find-more-indicator-columns';
import { findGroupIndicatorColumn, type GroupIndicatorColumn } from './find-group-indicator-column';
import { findTimetable, type Timetable } from './find-timetable';
import { findYearMilestones } from './find-year-milestones';
import { findDatesWithinYears } from './find-dates-within-years';
import { findRoadmap, type Roadmap } from './find-roadmap';
import { findSplitTimescale } from './find-split-timescale';
import { findRevisedDate } from './find-revised-date';
import { readDueColumns, type DueColumns } from './read-due-columns';
import { findTrackers, type Tracker } from './find-trackers';
import { periodOfHeader } from './period-of-header';
import { scoreHeaderWords, type HeaderWordScore } from './header-words';
import { findArchiveColumn, type ArchiveColumn } from './find-archive-column';
import { findWithheldColumn } from './find-withheld-column';
import { findRagWords } from './find-rag-words';
import { readBoardName, type BoardName } from './read-board-name';
import { NO_CODES, readColumnContents, type ColumnContents } from './read-column-contents';
import { countFindings } from './count-findings';
import { findTopicOnEveryRow } from './find-topic-on-every-row';
import { namesOtherPlan } from './names-other-plan';
import { objectiveNamesTheme } from './objective-names-theme';
import { readHiaGroups } from './read-hia-groups';
import { readLabelledValues } from './read-labelled-values';
import { resolveColumnChoice, type ChosenColumn } from './resolve-column-choice';
import { findLookBackColumns, type GroupLabel } from './find-look-back-columns';
import { findEmailBesideName } from './find-email-beside-name';
import { findPlanYearColumn, type PlanYearColumn } from './find-plan-year-column';
import { findStandardColumn } from './find-standard-column';
import { setAsideMilestones } from './set-aside-milestones';
import { listsMilestones } from './read-last-milestone';
import { setAsideColumn } from './set-aside-column';
import { findRagCells } from './find-rag-cells';
import { findRatingColumn } from './find-rating-column';
import { findUnitRatings, type UnitRatings } from './find-unit-ratings';
import { findRecordOwner } from './find-record-owner';
import { findRowTypeColumn, type RowTypeColumn } from './find-row-type-column';
import { findPercentColumns, type PercentColumn } from './find-percent-complete';
import type { SheetView } from './view-sheet';

/** Column index (0-based, grid coordinates) of each field under one header row. */
export type ColumnMap = Partial<Record<PlanField | 'id', number>>;

/** One header's columns: the map, why each field got its column, and the header cells left unused. */
export interface ColumnAssignment {
  map: ColumnMap;
  evidence: ColumnEvidence[];
  /** Header cells left unused, with why when the reader knows ("its dates say when work starts…"). */
  unmapped: { c: number; text: string; why?: string }[];
  /** Per field, the columns that could hold it, best first (for asking the user). */
  candidates: Partial<Record<PlanField, number[]>>;
  /** The indicator column names an indicator on (nearly) every row, rather than once per block. */
  indicatorOnEveryRow: boolean;
  /**
   * A column other than status whose header spells out the plan's key ("Date achieved/progress Red = …"), or whose
   * cells are the codes the plan's key gives a status ('Progress %' over 50%, 100% under '50% = in progress (amber)').
   */
  keyColumn: number | undefined;
  /** Where each action's status colour is: the status column, else the keyed column, else a column most of whose cells are RAG-coloured. */
  fillColumn: number | undefined;
  /**
   * The status column's colours are its text's, not its fill's: no status cell is filled and their texts come in two
   * RAG colours or more ('On track' in green, 'At risk' in orange). Each action's status colour is then its text's.
   */
  statusInFont: boolean;
  /**
   * A column headed as the RAG whose cells hold no text, only RAG fills, beside the status column of unfilled words
   * (`findRagCells`): each action's RAG is the colour painted in its cell there, and the word stays its status.
   */
  ragCells: number | undefined;
  /** `ragCells` names each action's colour in words ('Blue', 'Yellow'), not by its fill. */
  ragWords: boolean;
  /**
   * A gap analysis's rating column ('Our position': Compliant / Partially compliant / Not compliant, `findRatingColumn`):
   * a row rated as meeting its requirement whose action cell says no action is needed is no action.
   */
  rating?: number;
  /**
   * A log's column typing each row ('Type': Action / Decision / Risk, `findRowTypeColumn`): a row typed as anything but an
   * action is a record the log keeps, no action.
   */
  rowTypes?: RowTypeColumn;
  /** An export's column flagging the items it archived or deleted ('Archived' TRUE / FALSE): those rows are no actions. */
  archived?: ArchiveColumn;
  /** A column of years saying which year's plan each row belongs to ('Plan year'): rows of a year before the plan's are no actions. */
  planYear?: PlanYearColumn;
  /** A joint plan's column naming each row's standard ('Standard': WRES / WDES / Both): a row's bare numbers are its standard's. */
  standardColumn?: number;
  /** An export's column naming the board every item sits on ('Board Name'), the same on every row: the plan's title. */
  boardName?: BoardName;
  /**
   * The status column, or with none the progress column, whose cells open with each action's status in its own colour
   * ('ON TRACK – …' in green): each action's RAG is read from the colour of those opening words, and from an update its
   * status too.
   */
  statusOpenings: number | undefined;
  /** The statuses `statusOpenings` opens with are plain words, not set apart in a colour: read as any status is. */
  statusOpeningsPlain?: boolean;
  /** The updates `statusOpenings` opens are a tracker's, one column per period: each action's latest filled one is read. */
  statusOpeningsTracked?: boolean;
  /** The words after the status `statusOpenings` opens with are remarks, different after the same status: how each action went. */
  statusOpeningsRemarks?: boolean;
  /** Some cells under this header hold labelled values ("LEAD: Head of OD"): worth looking for on each row. */
  labelled: boolean;
  /**
   * The objective column's short entries are each written once over a block of actions: 'theme' when they name
   * subjects (the actions' theme too), 'context' when they state objectives (each action's objective only); null
   * otherwise, or where a theme column is read. Either way an action left blank below its block's entry has its objective.
   */
  objectiveBlocks: 'theme' | 'context' | null;
  /**
   * The lead column is written once per group of actions and left blank below (a pivot table's row label, an outline
   * typed by hand): an action left blank takes the lead above it in its group (`findWrittenOnce`).
   */
  leadWrittenOnce?: boolean;
  /** The theme column is written once per group of actions, blank below (an area on its group's first row only). */
  themeWrittenOnce?: boolean;
  /** Status or progress kept one column per period (Q1…Q4): each action's is its latest filled period. */
  trackers: Tracker[];
  /**
   * The status column when it gives how far each action is as a percentage ('% Complete' over 0.5, 1, '75%'): each
   * status is read as the cell shows it ('50%'), its number written as a percentage where the sheet gives no shown text.
   */
  percentStatus?: PercentColumn;
  /** With no timescale column, the delivery timetable (a Gantt chart) each action's timescale is read from. */
  timetable: Timetable | undefined;
  /**
   * With no action or timescale column, the roadmap whose period columns hold the actions themselves, each written
   * under the period it is delivered in: its text is the action, that period's header its timescale.
   */
  roadmap?: Roadmap;
  /** Columns each headed by one indicator, marked ('✓', '●') under the indicators an action serves. */
  indicatorMatrix: IndicatorMatrix['columns'];
  /** Columns that add indicators to the indicator column's ("Also contributes to": "9", "2, 7"). */
  moreIndicatorColumns: number[];
  /** Columns each headed by a colour ('R | A | G'), the status a mark under one of them: read when no column holds the status. */
  statusMarks: StatusMarks['columns'];
  /** The HIA column groups the actions under each high impact action's title ('HIA 2 – Fair recruitment'): their theme. */
  hiaIsTheme: boolean;
  /** Columns each headed by a role ('Head of OD'), 'R' under the lead's: read when no column holds the lead. */
  leadMatrix: ResponsibilityMatrix['columns'];
  /**
   * The timescale written over several columns, read together on each row: in parts ('Qtr' | 'Year') or as dates set
   * again beside the original ('Original date' | 'Revised date'). Absent when one column holds it.
   */
  dueColumns?: DueColumns;
  /**
   * The timescale column lists each action's milestones, one dated step a line ('- Q2: …' / '- Q3: …', `listsMilestones`):
   * each action's timescale is its last milestone's date.
   */
  dueMilestones?: boolean;
  /**
   * With no timescale column, the lead column's header names who and when ('Who / when', 'Lead and timescale'): each
   * cell holds both ('KM – end Q2'), and each action's timescale is split from its lead (`splitLeadAndDue`).
   */
  leadWithDue?: boolean;
  /**
   * With no timescale column, the measure column's header names when too ('Measures and timescales'): each measure's
   * sentence holds the deadline ('… complete the programme by March 2022, and …'), read from it (`findDueInText`).
   */
  outcomeWithDue?: boolean;
}

/**
 * How much the cells alone can say about a field. Dates say "timescale" and status words say "status"
 * whatever the header; long text could be an action, progress, an outcome or an objective, so it says little.
 */
const CONTENT_SAYS: Record<PlanField, number> = {
  due: 1, status: 1, lead: 0.9, ref: 0.8, indicator: 1, hia: 0, completed: 0.3, action: 0.35, progress: 0.15, outcome: 0.15, objective: 0.1, theme: 0.1,
};
/** Below this a column is not given a field. */
const MIN_SCORE = 0.22;

/**
 * A progress column carries the plan's key when its header spells the key out, or when its cells (most of them) are the
 * key's codes: with no status column, its text states each action's status.
 */
function carriesKey(header: string, content: ColumnContents | undefined): boolean {
  if (content && content.coded >= 2 && content.coded >= 0.75 * content.own) return true;
  return readColourPairs(header).entries.length > 0;
}

/**
 * A header spelling out its colour key ('Progress Green = On Track Amber = Slippage Likely Red = Critical') says its
 * cells' colours rate each action, even where every action so far has the same colour: a block of a few actions all on
 * track is as much a status column as one of mixed colours, which is how its fills are otherwise told from a highlight
 * (`readColumnContents`). Its colours count as ratings.
 *
 * @example
 * ratedByHeaderKey('Progress Green = On Track Amber = Slippage Likely', contents).ratedFills; // contents.ragFills
 */
function ratedByHeaderKey(header: string, content: ColumnContents): ColumnContents {
  const unrated = content.ragFills - content.ratedFills;
  // A key over decisions ('Board response Green = accepted …' over 'Accepted' on green) keys the board's answer, not progress.
  if (unrated <= 0 || content.decided || readColourPairs(header).entries.length < 2) return content;
  const status = Math.min(1, content.fit.status + unrated / Math.max(1, content.filled));
  return { ...content, ratedFills: content.ragFills, fit: { ...content.fit, status } };
}

/** Under a header asking whether each action is done, cells that (nearly) all answer it: yes, no, partly, a tick or a cross. */
function answersIfDone(header: string, content: ColumnContents): boolean {
  return content.answers >= 2 && content.answers >= 0.75 * content.own && asksIfDone(header);
}

/** A progress column holding the key's codes says its codes state each action's status, read through the key. */
function sayCodesState(evidence: ColumnEvidence[], content: ColumnContents): void {
  const said = evidence.find((e) => e.field === 'progress');
  const codes = describeContents('status', content, '');
  if (said && content.coded > content.kinds.status && codes) said.reason += ` — ${codes} as each action's status`;
}

/** The codes a header's own key gives a status ('Score (1=Red, 2=Amber, 3=Green)'); none for a header with no digit. */
function headerCodes(text: string): ReadonlySet<string> {
  return /\d\s*[=:–—-]/.test(text) ? codesOfKey(readColourPairs(text).entries) : NO_CODES;
}

/**
 * Gives each column of one header its field, from the header's words and the cells below it. Each
 * field goes to one column and each column to one field, best evidence first (ties to the left). A
 * header cell left blank keeps the meaning it had under the header above, when its cells still fit.
 * The user's choice, when given, wins over both. `codes` are the numbers the plan's key gives a status ('4 = Complete'):
 * a column holding them holds statuses.
 *
 * @example
 * assignColumns(sheet, table, [3], [4, 5, 6], {}, null).evidence[0].reason; // "Lead: header 'Responsibility for action'"
 * // A header over two rows (a group label above the field names) is passed as both rows: [3, 4].
 */
export function assignColumns(sheet: SheetView, table: Table, header: readonly number[], rows: readonly number[], choice: ColumnChoice, previous: ColumnMap | null, codes: ReadonlySet<string> = NO_CODES): ColumnAssignment {
  const headers = new Map<number, string>();
  const words = new Map<number, readonly HeaderWordScore[]>();
  const contents = new Map<number, ColumnContents>();
  const map: ColumnMap = {};
  // A tick matrix's columns are read together as the action's indicators, never one by one as fields.
  const matrix = !choice.indicator ? findIndicatorMatrix(sheet, table, header, rows) : null;
  // So are a status band's ('R | A | G' with a '✓' under one): together they are the status, no column alone is a field.
  const marks = choice.status === undefined ? findStatusMarks(sheet, table, header, rows) : null;
  // And a responsibility matrix's ('R' under one role column, 'S' under others): together they are the lead.
  const roles = choice.lead === undefined ? findResponsibilityMatrix(sheet, table, header, rows) : null;
  const inMatrix = new Set([...(matrix?.columns.map((m) => m.c) ?? []), ...(marks?.columns.map((m) => m.c) ?? []), ...(roles?.columns.map((m) => m.c) ?? [])]);
  for (let c = table.left; c <= table.right; c++) {
    if (inMatrix.has(c)) continue;
    const head = headerWordsOf(sheet, header, c);
    headers.set(c, head.text);
    // The add-in heads its id column once, above the first header; under each header below it the column is
    // blank-headed but still the ids (a plan repeating its header per section): missed, every check re-ids those rows.
    if (head.text === ROW_ID_HEADER || (!head.text && previous?.id === c)) {
      map.id = c;
      continue;
    }
    const own = headerCodes(head.text);
    const content = ratedByHeaderKey(head.text, readColumnContents(sheet, c, rows, own.size ? new Set([...codes, ...own]) : codes));
    // A header spelling out the key of the codes its cells hold ('Score (1=Red, 2=Amber, 3=Green)' over 3, 2, 1) names
    // the status column, whatever its name: the key is about those cells.
    const keyed = own.size > 0 && content.coded >= 2 && content.coded >= 0.5 * content.own;
    // A header asking whether each action is done ('Done?', 'Completed?') over cells answering it ('Y', 'No', 'Partly')
    // names the status, a little below a header naming it outright: beside a 'Status' column, that stays the status.
    const answered = !keyed && answersIfDone(head.text, content);
    words.set(c, keyed || answered ? [{ field: 'status', score: keyed ? 1 : 0.9, phrase: collapse(head.text).toLowerCase() }, ...head.words.filter((w) => w.field !== 'status')] : head.words);
    contents.set(c, answered ? { ...content, fit: { ...content.fit, status: content.answers / content.own } } : content);
  }
  // A delivery timetable's period columns hold marks, not fields of their own: they are read together, as the timescale.
  const timetable = choice.due === undefined ? findTimetable(sheet, table, header, rows) : null;
  // Set aside before anything else reads the columns' contents: a timetable's shading is no status, nor a tracker's.
  if (timetable) for (const c of [...timetable.columns, timetable.ongoing]) if (c !== undefined) contents.delete(c);
  // A roadmap's period columns hold the actions themselves, each under its delivery period: read together, never as a tracker.
  const roadmap = !timetable && choice.action === undefined && choice.due === undefined ? findRoadmap(sheet, table, header, rows, words, contents) : null;
  if (roadmap) for (const c of roadmap.columns) contents.delete(c);
  // A multi-year plan's milestones by year with no completion column ('Year 1 – by March 2020 | Year 2 – by March 2021')
  // are read together as the timescale: never a tracker's progress, nor one year's column alone the timescale.
  const yearMilestones = !timetable && !roadmap && choice.due === undefined ? findYearMilestones(sheet, table, header, rows, words) : null;
  if (yearMilestones) for (const c of yearMilestones.columns) contents.delete(c);
  const found = findTrackers(sheet, header, rows, contents);
  const trackers = trackersToRead(found, headers, words, choice, contents);
  // A tracker's period columns are its own, read or not: where a column of its own is the status, they are its history.
  const inTracker = new Set(found.flatMap((t) => t.columns));
  const chosen = resolveColumnChoice(sheet, headers, choice);
  // A percentage complete is how far each action is: never scored as another field its numbers could pass for (a
  // timetable's, a roadmap's or a matrix's columns are theirs, not looked at), nor a timescale beside milestones.
  const percentsAll = findPercentColumns(sheet, headers, rows, new Set([...inTracker, ...[...headers.keys()].filter((c) => !contents.has(c))]));
  const asides = setAside(sheet, header, rows, headers, words, contents, new Set([...chosen.values()].map((x) => x.c)), new Set(percentsAll.map((p) => p.c)));
  // A gap analysis rates each requirement ('Compliant', 'Partially compliant'): beside the plan's own status column that
  // rating is context, never the status nor its colour the RAG (a 'Not compliant' requirement can carry a 'Complete' action).
  const rating = choice.status === undefined ? findRatingColumn(sheet, rows, headers, words, contents) : null;
  if (rating?.besideStatus !== undefined && !asides.has(rating.c)) asides.set(rating.c, `it rates how far the trust meets each requirement ('${short(rating.example)}'), not how far the action has got: the status is ${columnNamed(sheet, rating.besideStatus, headers)}`);
  // A roll-out matrix rates each action unit by unit ('Medicine | Surgery | …') beside its own status ('Overall'): the
  // units' ratings are context, never the status nor its colour the RAG.
  const rollOut = choice.status === undefined ? findUnitRatings(sheet, header, headers, contents, new Set([...inTracker, ...[...chosen.values()].map((x) => x.c)])) : null;
  if (rollOut) for (const c of rollOut.units) asides.set(c, `it rates the action in one unit of ${rollOut.units.length} (${unitsNamed(sheet, rollOut)}), not the action as a whole: the status is ${columnNamed(sheet, rollOut.overall, headers)}`);
  // A log typing each row (Action / Decision / Risk) keeps records beside its actions: the type is no field (never a theme).
  const picked = new Set([...chosen.values()].map((x) => x.c));
  const unpicked = new Map([...headers].filter(([c]) => contents.has(c) && !picked.has(c)));
  const rowTypes = findRowTypeColumn(sheet, rows, unpicked);
  if (rowTypes) asides.set(rowTypes.c, rowTypes.says);
  // An export's flag of the items it archived ('Archived' TRUE / FALSE) is no field: its set rows are no actions.
  const archived = findArchiveColumn(sheet, rows, unpicked);
  if (archived) asides.set(archived.c, archived.says);
  // So is its column naming the board every item sits on ('Board Name'): the plan's title, read for who the plan is.
  const boardName = readBoardName(sheet, rows, unpicked);
  if (boardName) asides.set(boardName.c, boardName.says);
  // A column headed as who leads whose every cell says the name was withheld ('Redacted') names no one: no lead.
  const withheld = choice.lead === undefined ? findWithheldColumn(sheet, rows, unpicked, (c) => words.get(c)?.[0]?.field === 'lead') : null;
  if (withheld) asides.set(withheld.c, withheld.says);
  // An export keeping each person twice, by name and by email address ('OwnerName' | 'OwnerEmail'): the name is the lead.
  const addresses = choice.lead === undefined ? findEmailBesideName(sheet, rows, unpicked, (c) => words.get(c)?.[0]?.field === 'lead' && !asides.has(c)) : null;
  if (addresses) asides.set(addresses.c, addresses.says);
  // Of two columns naming indicators on each row, one for groups of rows ('Bucket Name'), each row's own ('Labels') wins.
  const grouped = choice.indicator === undefined ? setAsideGroupIndicators(sheet, rows, headers, words, contents, asides, inTracker) : null;
  // A colour-only RAG column beside a status of words is read with the status, never as a field of its own.
  const painted = findRagCells(words, contents, new Set([...inTracker, ...asides.keys(), ...[...chosen.values()].map((x) => x.c)]));
  // (A column set aside since — a rating, a unit's, a record's type — is read as that.)
  const percents = percentsAll.filter((p) => !asides.has(p.c));
  const isPercent = new Set(percents.map((p) => p.c));
  const scoredAll = [...contents].filter(([c]) => !inTracker.has(c) && !asides.has(c) && c !== painted && !isPercent.has(c)).flatMap(([c, content]) => scoreColumn(c, words.get(c)!, content))
    // A column under a responsibility matrix's label ('Budget' under 'Responsibility') takes no lead from that label.
    .filter((s) => !(s.field === 'lead' && roles?.alsoUnderLabel.includes(s.c)));
  // An export's record owner (one person on every row) beside the lead each action names is no field.
  const owner = choice.lead === undefined ? findRecordOwner(sheet, rows, scoredAll) : null;
  if (owner) asides.set(owner.c, owner.says);
  const scored = owner ? scoredAll.filter((s) => s.c !== owner.c) : scoredAll;
  const answering = rankWhoAnswers(scored, words, headers);
  // Of two columns that fit a field equally, the one filled on more of the plan's rows is the plan's: a summary block
  // beside it on the same rows ('Status | Count': 'Not started | 2' on five rows of ten) is not.
  scored.sort((a, b) => b.score - a.score || contents.get(b.c)!.filled - contents.get(a.c)!.filled || a.c - b.c);
  const candidates: ColumnAssignment['candidates'] = {};
  for (const s of scored) (candidates[s.field] ??= []).push(s.c);
  const evidence: ColumnEvidence[] = [];
  const taken = new Set<number>(inMatrix);
  applyChoice(sheet, chosen, map, taken, headers, evidence);
  for (const c of inTracker) taken.add(c);
  for (const t of trackers) {
    map[t.field] = t.current;
    evidence.push({ field: t.field, column: sheet.letter(t.current), header: headers.get(t.current) ?? '', confidence: 0.9, reason: `${FIELD_LABEL[t.field]}: ${t.says}`, source: 'header' });
  }
  if (rollOut) takeWholeStatus(sheet, rollOut, map, taken, headers, evidence);
  for (const s of scored) {
    if (s.score < MIN_SCORE || map[s.field] !== undefined || taken.has(s.c) || (choice[s.field] !== undefined)) continue;
    map[s.field] = s.c;
    taken.add(s.c);
    evidence.push(explain(sheet, s, headers.get(s.c) ?? '', contents.get(s.c)!));
  }
  sayWhoAnswers(sheet, answering, map, headers, evidence);
  const percentStatus = takePercentColumns(sheet, percents, map, taken, asides, headers, evidence, choice.status === undefined && !marks?.columns.length);
  const timetableDue = timetable ? takeTimetable(sheet, timetable, map, taken, headers, evidence) : undefined;
  if (roadmap) takeRoadmap(sheet, roadmap, map, taken, headers, evidence);
  inheritBlankHeaders(sheet, map, taken, headers, contents, previous, evidence);
  if (map.action === undefined && choice.action === undefined && !roadmap) guessActionColumn(sheet, map, taken, headers, contents, evidence);
  if (choice.outcome === undefined) takeMeasureColumn(sheet, rows, map, taken, asides, headers, evidence);
  if (choice.due === undefined && choice.lead === undefined) takeWhoWhenFromDue(sheet, map, rows, headers, evidence);
  // A row's year beside the date it is due by ('Year' | 'By'): the date says when, the year which year of the plan.
  if (choice.due === undefined && !timetableDue && !roadmap && !yearMilestones) takeDatesWithinYears(sheet, rows, map, taken, asides, headers, candidates.due ?? [], evidence);
  const dueColumns = choice.due === undefined && !timetableDue && !roadmap ? takeDueColumns(sheet, header, rows, map, taken, asides, headers, candidates.due ?? [], evidence, yearMilestones) : undefined;
  const dueMilestones = !dueColumns && !timetableDue && !roadmap && sayMilestones(sheet, map, rows, headers, evidence);
  const leadWithDue = !dueColumns && !timetableDue && !roadmap && sayLeadWithDue(sheet, map, headers, evidence);
  const outcomeWithDue = !dueColumns && !timetableDue && !roadmap && !leadWithDue && sayOutcomeWithDue(sheet, map, taken, headers, contents, evidence);
  const findingsSaid = choice.theme === undefined && takeFindingsAsContext(sheet, map, rows, headers, choice, evidence, taken, asides);
  const topic = choice.theme === undefined ? keepTopicAsContext(sheet, map, rows, headers, evidence, taken, asides) : undefined;
  if (choice.indicator === undefined) takeIndicatorWording(sheet, rows, map, taken, headers, contents, evidence, asides, topic);
  // (A tracker's status is its latest period's cell, coloured there: no RAG column beside it is read.)
  const ragCells = trackers.some((t) => t.field === 'status') ? undefined : readRagCells(sheet, painted, map, headers, contents, evidence, taken);
  const ragWords = ragCells === undefined && choice.status === undefined && !trackers.some((t) => t.field === 'status') ? takeRagWords(sheet, rows, map, headers, contents, evidence, taken) : undefined;
  if (marks && map.status === undefined) evidence.push(marks.evidence);
  if (roles && map.lead === undefined) evidence.push(roles.evidence);
  const hiaGroups = readHiaGroups(sheet, map, rows);
  if (hiaGroups) evidence.push({ ...hiaGroups, header: headers.get(map.hia!) ?? '' });
  // Last year's rows kept among this year's, told apart by a column of years beside the timescale ('Plan year'): no field.
  const planYear = findPlanYearColumn(sheet, rows, new Map([...headers].filter(([c]) => contents.has(c) && !taken.has(c) && !asides.has(c))), map.due);
  if (planYear) asides.set(planYear.c, planYear.says);
  // A joint plan's column naming each row's standard ('Standard': WRES / WDES / Both) says what its bare numbers are.
  const standardColumn = map.indicator === undefined ? null : findStandardColumn(sheet, rows, new Map([...headers].filter(([c]) => contents.has(c) && !taken.has(c) && !asides.has(c))));
  if (standardColumn) asides.set(standardColumn.c, standardColumn.says);
  const more = takeMoreIndicators(sheet, matrix, listUnmapped(headers, taken, map, () => undefined), rows, map, taken, evidence);
  const unmapped = listUnmapped(headers, taken, map, (c) => asides.get(c) ?? readElsewhere(sheet, words.get(c) ?? [], map, headers));
  const indicator = map.indicator === undefined ? undefined : contents.get(map.indicator);
  const leadOnce = readGroups(sheet, map, 'lead', rows, evidence);
  const themeOnce = readGroups(sheet, map, 'theme', rows, evidence);
  // A pivot's row labels are all written once per group: its metric column, blank under a repeated metric, carries down too.
  const indicatorOnEveryRow = indicator !== undefined && indicator.rows >= 3 && !leadOnce?.bySubtotals && (indicator.own >= 0.75 * indicator.rows || writtenAgain(sheet, rows, map.indicator!));
  const keyColumn = map.status === undefined && map.progress !== undefined && carriesKey(headers.get(map.progress) ?? '', contents.get(map.progress)) ? map.progress : undefined;
  if (keyColumn !== undefined) sayCodesState(evidence, contents.get(keyColumn)!);
  // (A column highlighted in one tint down its words is no such column: `ratedFills`.)
  const coloured = [...contents].filter(([, x]) => x.ratedFills >= 2 && x.ratedFills >= 0.6 * x.rows).map(([c]) => c);
  // A column shown as traffic lights by an icon set (its cells 3/2/1) gives the colour when nothing else does.
  const lit = [...contents].filter(([, x]) => x.lights >= 2 && x.lights >= 0.6 * x.rows).map(([c]) => c);
  const fillColumn = map.status ?? keyColumn ?? coloured[0] ?? lit[0];
  const statusInFont = colouredByText(map, contents, evidence, trackers);
  const openings = keyColumn === undefined && !marks?.columns.length ? openingStatuses(sheet, map, rows, evidence, trackers) : undefined;
  const statusOpenings = openings?.c;
  if (grouped && map.indicator === grouped.own) sayRowsOwn(sheet, grouped, headers, evidence);
  return { map, evidence, statusInFont, ragCells: ragCells ?? ragWords, ragWords: ragWords !== undefined, statusOpenings, ...(openings?.plain ? { statusOpeningsPlain: true } : {}), ...(openings?.tracked ? { statusOpeningsTracked: true } : {}), ...(openings?.remarks ? { statusOpeningsRemarks: true } : {}), unmapped, candidates, indicatorOnEveryRow, keyColumn, fillColumn, labelled: hasLabels(sheet, table, rows), trackers, timetable: timetableDue, indicatorMatrix: matrix?.columns ?? [], moreIndicatorColumns: more, statusMarks: map.status === undefined ? marks?.columns ?? [] : [], hiaIsTheme: hiaGroups !== null, leadMatrix: map.lead === undefined ? roles?.columns ?? [] : [], objectiveBlocks: readObjectiveBlocks(sheet, map, rows, headers, evidence, findingsSaid), leadWrittenOnce: leadOnce !== null, themeWrittenOnce: themeOnce !== null, ...(dueColumns ? { dueColumns } : {}), ...(dueMilestones ? { dueMilestones } : {}), ...(leadWithDue ? { leadWithDue } : {}), ...(outcomeWithDue ? { outcomeWithDue } : {}), ...(roadmap ? { roadmap } : {}), ...(percentStatus ? { percentStatus } : {}), ...(rating ? { rating: rating.c } : {}), ...(rowTypes ? { rowTypes } : {}), ...(archived ? { archived } : {}), ...(planYear ? { planYear } : {}), ...(standardColumn ? { standardColumn: standardColumn.c } : {}), ...(boardName ? { boardName } : {}) };
}

/**
 * The columns giving how far each action is as a percentage (`findPercentColumns`). With no status column (nor a band of
 * status marks, nor the user's choice), the first is the status and its evidence says how it is read: 100 % is complete,
 * 0 % not started, between in progress. Beside a status column the percentage is context, kept and listed with why.
 * Returns the status column when it is one of them (the user's choice included), so its cells are read as percentages.
 */
function takePercentColumns(sheet: SheetView, percents: readonly PercentColumn[], map: ColumnMap, taken: Set<number>, asides: Map<number, string>, headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[], mayBeStatus: boolean): PercentColumn | undefined {
  const chosen = percents.find((p) => p.c === map.status);
  if (chosen) return chosen;
  const first = map.status === undefined && mayBeStatus ? percents.find((p) => !taken.has(p.c)) : undefined;
  if (first) {
    map.status = first.c;
    taken.add(first.c);
    const header = short(headers.get(first.c) ?? '');
    evidence.push({ field: 'status', column: sheet.letter(first.c), header, confidence: 0.9, reason: `${FIELD_LABEL.status}: from '${header}' (100% = complete, 0% = not started, between = in progress) — the plan has no status column, and its percentages (row ${first.example.row}: '${first.example.text}') say how far each action is`, source: 'header' });
  }
  for (const p of percents) {
    if (taken.has(p.c)) continue;
    const where = map.status !== undefined ? `column ${sheet.letter(map.status)} ('${short(headers.get(map.status) ?? '')}')` : 'the columns marked under each colour';
    asides.set(p.c, `it gives how far each action is as a percentage (row ${p.example.row}: '${p.example.text}'); the status is read from ${where}, so the percentage is kept as context`);
  }
  return first;
}

/**
 * Where the timescale column gives each row's year ('Year': '2025/26') and another timescale column a date within that
 * year on every row giving both ('By': '31 Dec 25'), the date is the timescale (`findDatesWithinYears`); the year column
 * is left for `findPlanYearColumn`, which says which year of the plan each row is for.
 */
function takeDatesWithinYears(sheet: SheetView, rows: readonly number[], map: ColumnMap, taken: Set<number>, asides: Map<number, string>, headers: ReadonlyMap<number, string>, candidates: readonly number[], evidence: ColumnEvidence[]): void {
  const years = map.due;
  if (years === undefined) return;
  const found = findDatesWithinYears(sheet, rows, years, candidates.filter((c) => !taken.has(c) && !asides.has(c) && map.id !== c));
  if (!found) return;
  taken.delete(years);
  taken.add(found.c);
  map.due = found.c;
  const reason = `${FIELD_LABEL.due}: header '${short(headers.get(found.c) ?? '')}' — its dates fall within the year column ${sheet.letter(years)} ('${short(headers.get(years) ?? '')}') gives on each row (${found.example}): the date says when, the year which year of the plan`;
  const entry: ColumnEvidence = { field: 'due', column: sheet.letter(found.c), header: headers.get(found.c) ?? '', confidence: 0.9, reason, source: 'header' };
  const said = evidence.find((e) => e.field === 'due');
  if (said) Object.assign(said, entry);
  else evidence.push(entry);
  // Milestones set aside as checkpoints on the way to the year column (`setAsideMilestones`) are on the way to the date.
  const was = `is in '${(headers.get(years) ?? '').trim()}'`;
  for (const [c, why] of asides) if (why.endsWith(was)) asides.set(c, `${why.slice(0, -was.length)}is in '${(headers.get(found.c) ?? '').trim()}'`);
}

/**
 * A timescale written over several columns (`findSplitTimescale`: 'Qtr' | 'Year'; else `findRevisedDate`: 'Original
 * date' | 'Revised date'): the columns are the timescale's, read together on each row (`readDueColumns`), never
 * listed as unused; the timescale's evidence says how they are read. The timescale column stays the plan's own (the
 * year, the original date), so a row giving nothing is asked to fill it in there.
 */
function takeDueColumns(sheet: SheetView, band: readonly number[], rows: readonly number[], map: ColumnMap, taken: Set<number>, asides: ReadonlyMap<number, string>, headers: ReadonlyMap<number, string>, candidates: readonly number[], evidence: ColumnEvidence[], years: DueColumns | null): DueColumns | undefined {
  // A column may be read so when it is the timescale's own or no field took it (nor was it set aside: a start date).
  const free = (c: number) => c === map.due || (!taken.has(c) && !asides.has(c) && map.id !== c);
  const found = years ?? findSplitTimescale(sheet, headers, rows, map.due, free) ?? findRevisedDate(sheet, headers, band, rows, map.due, candidates, free);
  if (!found) return undefined;
  // A multi-year plan's own timescale column is its last year's; a split or revised timescale's, its last column read.
  const own = found.join === 'years' ? found.columns[0] : found.columns[found.columns.length - 1];
  const reason = `${FIELD_LABEL.due}: ${sayDueColumns(sheet, found, rows, headers)}`;
  const said = evidence.find((e) => e.field === 'due');
  map.due = own;
  for (const c of found.columns) taken.add(c);
  const entry: ColumnEvidence = { field: 'due', column: sheet.letter(own), header: headers.get(own) ?? '', confidence: Math.max(0.9, said?.confidence ?? 0), reason, source: 'header' };
  if (said) Object.assign(said, entry);
  else evidence.push(entry);
  return found;
}

/**
 * How a timescale over several columns is read, with the first row it changes as the example: "columns F ('Qtr') and
 * E ('Year') are read together as one timescale, the quarter first (row 7: 'Q2' + '2021/22' → 'Q2 2021/22') …".
 */
function sayDueColumns(sheet: SheetView, found: DueColumns, rows: readonly number[], headers: ReadonlyMap<number, string>): string {
  const named = (c: number) => `${sheet.letter(c)} ('${short(headers.get(c) ?? '')}')`;
  if (found.join === 'years') return `columns ${[...found.columns].reverse().map(named).join(', ')} give each year's milestone and no column says when the whole action is done, so each action is due by the last year it has a milestone in, as the header says it (${[...found.names].reverse().map((n) => `'${n}'`).join(', ')}); '—' or blank is none that year`;
  const own = found.columns[found.columns.length - 1];
  const r = rows.find((x) => { const read = readDueColumns(sheet, x, found).text; return read !== '' && read !== sheet.text(x, own).trim(); });
  const cells = r === undefined ? [] : found.columns.map((c) => sheet.text(r, c).trim());
  if (found.join === 'parts') {
    const example = r === undefined ? '' : ` (row ${sheet.sheetRow(r)}: ${cells.map((t) => `'${t}'`).join(' + ')} → '${readDueColumns(sheet, r, found).text}')`;
    return `columns ${found.columns.map(named).join(' and ')} are read together as one timescale, the ${found.names[0]} first${example}; a row with one of them filled gives it as written`;
  }
  const example = r === undefined ? '' : ` (row ${sheet.sheetRow(r)}: '${readDueColumns(sheet, r, found).text}', not '${sheet.text(r, own).trim()}')`;
  return `column ${found.columns.slice(0, -1).map(named).join(', then ')} where a row gives a revised date, else column ${named(own)} — a revised date replaces the one first set${example}`;
}

/**
 * Whether the lead or theme column is written once per group of actions (see `findWrittenOnce`): an area named on its
 * group's first row only, blank below ('Commitment and collaboration' over three actions); its evidence then says so.
 */
function readGroups(sheet: SheetView, map: ColumnMap, field: 'lead' | 'theme', rows: readonly number[], evidence: ColumnEvidence[]): WrittenOnce | null {
  const c = map[field];
  if (c === undefined) return null;
  // A theme labels a group of actions wherever its column is; a lead with gaps is a plan with leads missing unless it is an outline's first column.
  const once = findWrittenOnce(sheet, c, rows, field === 'theme' ? 'groups' : 'any field');
  const said = once ? evidence.find((e) => e.field === field) : undefined;
  if (said && once) said.reason += ` — ${once.reason}`;
  return once;
}

/**
 * Whether the status column is coloured by its text rather than its fill (no status cell filled, its texts in two RAG
 * colours or more): the status evidence then says so, since the colour is what each action's RAG is read from.
 */
function colouredByText(map: ColumnMap, contents: ReadonlyMap<number, ColumnContents>, evidence: ColumnEvidence[], trackers: readonly Tracker[]): boolean {
  const status = map.status === undefined || trackers.some((t) => t.field === 'status') ? undefined : contents.get(map.status);
  if (!status || status.ragFills > 0 || status.ragFonts < 2) return false;
  const said = evidence.find((e) => e.field === 'status');
  if (said) said.reason += ` — ${status.ragFonts} of them coloured by their text, not their fill: each status's colour is its text's`;
  return true;
}

/**
 * The colour-only RAG column found beside the status (`findRagCells`), when the status column read is a column of words
 * left unfilled: it is taken, and the status evidence says each action's RAG is painted there. Undefined otherwise.
 */
function readRagCells(sheet: SheetView, painted: number | undefined, map: ColumnMap, headers: ReadonlyMap<number, string>, contents: ReadonlyMap<number, ColumnContents>, evidence: ColumnEvidence[], taken: Set<number>): number | undefined {
  const status = map.status === undefined ? undefined : contents.get(map.status);
  const cells = painted === undefined ? undefined : contents.get(painted);
  if (painted === undefined || !status || !cells || status.ragFills > 0) return undefined;
  taken.add(painted);
  const said = evidence.find((e) => e.field === 'status');
  if (said) said.reason += ` — each action's RAG is the colour painted in column ${sheet.letter(painted)} ('${short(headers.get(painted) ?? '')}'), whose cells hold no text, only RAG fills (${cells.ragFills} of ${cells.rows}); the word stays the status, and a RAG cell left blank leaves the RAG to the word`;
  return painted;
}

/**
 * Whether the indicator column writes an entry again on the next row, in a cell of its own ('Metric 8' on two rows
 * running, holdout56 fenbridge's calendar; a cell merged down is written once): the plan writes each row's metrics on
 * the row, never once over a group, so a blank cell there says the row serves none (a group's label written once is
 * blank below it, not repeated).
 */
function writtenAgain(sheet: SheetView, rows: readonly number[], c: number): boolean {
  for (let k = 1; k < rows.length; k++) {
    const [p, r] = [rows[k - 1], rows[k]];
    if (r !== p + 1 || sheet.merge(p, c) || sheet.merge(r, c)) continue;
    const a = sheet.text(p, c).trim();
    if (a && a === sheet.text(r, c).trim()) return true;
  }
  return false;
}

/**
 * A column naming each action's colour in words beside the status words (Smartsheet's 'Health': Blue / Yellow / Gray):
 * read with the status as its RAG (`findRagWords`), never a field of its own; the status's evidence says so.
 */
function takeRagWords(sheet: SheetView, rows: readonly number[], map: ColumnMap, headers: ReadonlyMap<number, string>, contents: ReadonlyMap<number, ColumnContents>, evidence: ColumnEvidence[], taken: Set<number>): number | undefined {
  const c = findRagWords(sheet, rows, contents, map.status, taken);
  if (c === undefined) return undefined;
  taken.add(c);
  const said = evidence.find((e) => e.field === 'status');
  if (said) said.reason += ` — each action's RAG is the colour named in column ${sheet.letter(c)} ('${short(headers.get(c) ?? '')}'; yellow reads as amber, grey as no RAG colour); the word stays the status`;
  return c;
}

/**
 * The status column, or with none the progress column, when its cells open with each action's status in its own colour
 * ('Complete – …' with 'Complete' in blue): its evidence then says so, since each action's RAG (and, from an update, its
 * status) is read from those words.
 */
function openingStatuses(sheet: SheetView, map: ColumnMap, rows: readonly number[], evidence: ColumnEvidence[], trackers: readonly Tracker[]): { c: number; plain: boolean; tracked: boolean; remarks: boolean } | undefined {
  const field = map.status !== undefined ? 'status' : 'progress';
  const c = map[field];
  if (c === undefined || trackers.some((t) => t.field === 'status')) return undefined;
  // A tracker's updates, one column per period ('GREEN – template agreed' in Q1's box): each action's status opens its
  // latest filled update, as each period's updates show.
  const tracker = trackers.find((t) => t.field === field);
  const found = tracker ? firstFound(tracker.columns, (k) => findStatusOpenings(sheet, rows, k)) : findStatusOpenings(sheet, rows, c);
  if (!found) return undefined;
  const said = evidence.find((e) => e.field === field);
  if (said) said.reason += ` — ${found.why}`;
  return { c, plain: found.plain, tracked: tracker !== undefined, remarks: found.remarks };
}

/** The first answer `find` gives over the columns, or null. */
function firstFound<T>(columns: readonly number[], find: (c: number) => T | null): T | null {
  for (const c of columns) {
    const found = find(c);
    if (found) return found;
  }
  return null;
}

/**
 * Columns whose cells name indicators on nearly every row, none headed as the indicator ('Bucket Name', 'Labels',
 * 'Tags'): when one names them for groups of rows and another each row's own (`findGroupIndicatorColumn`), the group's
 * is set aside with why — its indicators restate the group's, and its text is no theme — so the row's own is read.
 */
function setAsideGroupIndicators(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>, words: ReadonlyMap<number, readonly HeaderWordScore[]>, contents: ReadonlyMap<number, ColumnContents>, asides: Map<number, string>, inTracker: ReadonlySet<number>): GroupIndicatorColumn | null {
  const naming = [...contents]
    .filter(([c, x]) => !asides.has(c) && !inTracker.has(c) && x.rows >= 3 && x.own >= 0.75 * x.rows && x.fit.indicator >= 0.75)
    .filter(([c]) => !(words.get(c) ?? []).some((w) => w.field === 'indicator' && w.score >= 0.4))
    .map(([c]) => c);
  const found = findGroupIndicatorColumn(sheet, rows, naming);
  if (!found) return null;
  const { row, own, group } = found.example;
  asides.set(found.group, `its cells name indicators for groups of rows; each row's own are read from ${columnNamed(sheet, found.own, headers)}, which tells apart rows of one group (row ${row}: '${short(own)}' in '${short(group)}')`);
  return found;
}

/** The indicator evidence says its column is each row's own, over the column naming them for groups of rows. */
function sayRowsOwn(sheet: SheetView, grouped: GroupIndicatorColumn, headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): void {
  const said = evidence.find((e) => e.field === 'indicator' && e.column === sheet.letter(grouped.own));
  const { row, own, group } = grouped.example;
  if (said) said.reason += ` — each row's own, over ${columnNamed(sheet, grouped.group, headers)}, which names them for groups of rows (row ${row}: '${short(own)}' in '${short(group)}')`;
}

/**
 * A roll-out matrix's whole column is the status (unless a tracker or the user's choice gave one), and its evidence says
 * why, naming the unit columns kept as context: "Status: column K ('Overall') — the action's own status (its header says
 * it rates the whole); columns F–J ('Medicine' … 'Clinical Support', under 'Roll-out by division') rate it unit by unit".
 */
function takeWholeStatus(sheet: SheetView, rollOut: UnitRatings, map: ColumnMap, taken: Set<number>, headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): void {
  if (map.status !== undefined || taken.has(rollOut.overall)) return;
  map.status = rollOut.overall;
  taken.add(rollOut.overall);
  const header = short(headers.get(rollOut.overall) ?? '');
  const reason = `${FIELD_LABEL.status}: ${columnNamed(sheet, rollOut.overall, headers)} — the action's own status (${rollOut.because}); ${unitsNamed(sheet, rollOut)} rate it unit by unit and are kept as context`;
  evidence.push({ field: 'status', column: sheet.letter(rollOut.overall), header, confidence: 0.9, reason, source: 'header' });
}

/** "columns F–J ('Medicine' … 'Clinical Support', under 'Roll-out by division')": a roll-out matrix's unit columns. */
function unitsNamed(sheet: SheetView, rollOut: UnitRatings): string {
  const [first, last] = [rollOut.units[0], rollOut.units[rollOut.units.length - 1]];
  const [a, b] = [short(rollOut.names[0]), short(rollOut.names[rollOut.names.length - 1])];
  const names = rollOut.units.length === 2 ? `'${a}', '${b}'` : `'${a}' … '${b}'`;
  return `columns ${sheet.letter(first)}–${sheet.letter(last)} (${names}${rollOut.label ? `, under '${short(rollOut.label)}'` : ''})`;
}

/** "column C ('Bucket Name')", or "column C" when it has no header. */
function columnNamed(sheet: SheetView, c: number, headers: ReadonlyMap<number, string>): string {
  const header = headers.get(c) ?? '';
  return header ? `column ${sheet.letter(c)} ('${short(header)}')` : `column ${sheet.letter(c)}`;
}

/** Column c is not the theme after all: the map forgets it, and so does the evidence that said it was. */
function dropTheme(sheet: SheetView, map: ColumnMap, c: number, evidence: ColumnEvidence[]): void {
  delete map.theme;
  const said = evidence.findIndex((e) => e.field === 'theme' && e.column === sheet.letter(c));
  if (said >= 0) evidence.splice(said, 1);
}

/**
 * A theme column whose entries mostly state findings ('Area of concern': "White applicants are 1.8 times more likely to be
 * appointed…", "The Board has no BME voting members.") holds the concern its actions answer, whatever its header says:
 * context, not their theme. It is read as the objective where no column holds one (so a block's entry is each of its
 * actions' objective, as an objective column's is), else kept and listed with why. Subjects ('Recruitment') stay the theme.
 * Returns whether it was read as the objective.
 */
function takeFindingsAsContext(sheet: SheetView, map: ColumnMap, rows: readonly number[], headers: ReadonlyMap<number, string>, choice: ColumnChoice, evidence: ColumnEvidence[], taken: Set<number>, asides: Map<number, string>): boolean {
  const c = map.theme;
  if (c === undefined) return false;
  const found = countFindings(sheet, c, rows);
  if (!found.most || !found.example) return false;
  const header = headers.get(c) ?? '';
  const why = `${found.findings} of ${found.entries} entries state findings (row ${found.example.row}: '${short(found.example.text)}'): the concern its actions answer, kept as context, not their theme${header ? ` (header '${short(header)}')` : ''}`;
  dropTheme(sheet, map, c, evidence);
  if (map.objective === undefined && choice.objective === undefined) {
    map.objective = c;
    evidence.push({ field: 'objective', column: sheet.letter(c), header, confidence: 0.6, reason: `Objective: ${why}`, source: 'contents' });
    return true;
  }
  taken.delete(c);
  asides.set(c, why);
  return false;
}

/**
 * A theme column written on every action row and not headed as themes ('Area': 'Recruitment' beside each recruitment
 * action) describes each action, not a group of them (`findTopicOnEveryRow`): it is kept and listed with why, not read
 * as the theme. A column written once over each block of actions, or headed 'Theme', stays the theme. One whose header
 * names another plan ('Inclusivity Plan priority area', `namesOtherPlan`) is no theme however written: it places each
 * action in that plan.
 */
function keepTopicAsContext(sheet: SheetView, map: ColumnMap, rows: readonly number[], headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[], taken: Set<number>, asides: Map<number, string>): number | undefined {
  const c = map.theme;
  if (c === undefined || map.action === undefined) return undefined;
  // A column placing each action in another plan ('Inclusivity Plan priority area') is that plan's, however written.
  const other = namesOtherPlan(headers.get(c) ?? '');
  if (other) {
    dropTheme(sheet, map, c, evidence);
    taken.delete(c);
    asides.set(c, `it places each action in another plan (the ${other}), a cross-reference to that plan, not a group of this plan's actions: kept as context, not their theme`);
    return undefined;
  }
  const found = findTopicOnEveryRow(sheet, c, map.action, rows, headers.get(c) ?? '');
  if (!found) return undefined;
  dropTheme(sheet, map, c, evidence);
  taken.delete(c);
  asides.set(c, `it is written on every action row (${found.rows} of ${found.rows}; row ${found.example.row}: '${short(found.example.text)}'), so it describes each action, not a group of them: kept as context, not their theme (a theme column is headed 'Theme', or written once over each block of actions)`);
  return c;
}

/**
 * With no theme column, whether the objective column's short entries, one over each block, are the theme too (they
 * name subjects) or context only (they state objectives or findings); the evidence says which and why — once, where
 * it already says the column's findings are no theme.
 */
function readObjectiveBlocks(sheet: SheetView, map: ColumnMap, rows: readonly number[], headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[], findingsSaid: boolean): ColumnAssignment['objectiveBlocks'] {
  if (map.theme !== undefined || map.objective === undefined) return null;
  const header = headers.get(map.objective) ?? '';
  const blocks = objectiveNamesTheme(sheet, map.objective, rows, header, map.ref);
  if (!blocks) return null;
  if (blocks.isTheme) {
    evidence.push({ field: 'theme', column: sheet.letter(map.objective), header, confidence: 0.6, reason: blocks.reason, source: 'contents' });
    return 'theme';
  }
  const said = evidence.find((e) => e.field === 'objective');
  if (said) said.reason += ` — ${findingsSaid ? 'written once over each block of actions' : blocks.reason}`;
  return 'context';
}

/** Below this, the indicator column was taken on weak evidence (a header word such as 'WDES 2022', or codes no indicator has). */
const WEAK_INDICATOR = 0.5;

/**
 * A column whose cells name the indicators in words though its header does not say so (`findIndicatorWordingColumn`:
 * 'Area of focus', 'What we are addressing', 'What we are measuring') is the indicator column — a column of topics on
 * every row kept as context (`keepTopicAsContext`) included: its topics are the measures — where none was found, or
 * the one found rests on weak evidence (figures under 'Where we are (WDES 2022)', survey key-finding codes 'KF25'), whose
 * cells then name no indicator and are kept as context, with why.
 */
function takeIndicatorWording(sheet: SheetView, rows: readonly number[], map: ColumnMap, taken: Set<number>, headers: ReadonlyMap<number, string>, contents: ReadonlyMap<number, ColumnContents>, evidence: ColumnEvidence[], asides: Map<number, string>, topic: number | undefined): void {
  const before = map.indicator === undefined ? undefined : evidence.find((e) => e.field === 'indicator');
  if (map.indicator !== undefined && (before?.confidence ?? 1) >= WEAK_INDICATOR) return;
  // (A column of topics written on every row, kept as context rather than the theme, may be these words: 'Area of focus'.)
  const free = [...headers.keys()].filter((c) => contents.has(c) && !taken.has(c) && (!asides.has(c) || c === topic));
  const found = free.length ? findIndicatorWordingColumn(sheet, rows, free) : null;
  if (!found) return;
  const header = headers.get(found.c) ?? '';
  if (map.indicator !== undefined && before) {
    evidence.splice(evidence.indexOf(before), 1);
    taken.delete(map.indicator);
    asides.set(map.indicator, `its cells name no indicator: ${sheet.letter(found.c)}${header ? ` ('${short(header)}')` : ''} names each action's in words`);
  }
  map.indicator = found.c;
  taken.add(found.c);
  asides.delete(found.c);
  evidence.push({ field: 'indicator', column: sheet.letter(found.c), header, confidence: 0.6, source: 'contents', reason: `Indicator: ${found.naming} of ${found.filled} cells name ${found.distinct} different indicators in words (row ${found.example.row}: '${short(found.example.text)}', ${found.example.why})${header ? ` (header '${short(header)}')` : ''}` });
}

/**
 * Indicators beyond the indicator column: a tick matrix's (set aside before the fields were scored) and a column that
 * says it adds to the indicator column ("Also contributes to"), taken from the columns no field took. Returns the latter.
 */
function takeMoreIndicators(sheet: SheetView, matrix: IndicatorMatrix | null, unmapped: ColumnAssignment['unmapped'], rows: readonly number[], map: ColumnMap, taken: Set<number>, evidence: ColumnEvidence[]): number[] {
  if (matrix) evidence.push(matrix.evidence);
  const more = findMoreIndicatorColumns(sheet, unmapped, rows, map.indicator !== undefined, evidence.find((e) => e.field === 'indicator')?.header ?? '', map.action);
  for (const c of more.columns) taken.add(c);
  evidence.push(...more.evidence);
  return more.columns;
}

type Scored = { c: number; field: PlanField; score: number; head: number; fit: number };

/** A start date, a priority rating or a milestone beside the whole action's timescale (or last year's review beside this year's action): columns the reader knows and reads as no field (unless the user chose them), with why. */
function setAside(sheet: SheetView, header: readonly number[], rows: readonly number[], headers: ReadonlyMap<number, string>, words: ReadonlyMap<number, readonly HeaderWordScore[]>, contents: ReadonlyMap<number, ColumnContents>, chosen: ReadonlySet<number>, percents: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [c, content] of contents) {
    const why = chosen.has(c) ? null : setAsideColumn(headers.get(c) ?? '', words.get(c) ?? [], content);
    if (why) out.set(c, why);
  }
  for (const [c, why] of setAsideMilestones(headers, words, percents)) if (!chosen.has(c) && contents.has(c)) out.set(c, why);
  // Last year's review kept on each row beside this year's action ('What we said (2018/19) | … | What we will do next
  // (2019/20)'): its columns are last year's, no field of this plan's.
  const lookBack = findLookBackColumns(sheet, rows, headers, words, groupLabels(sheet, header));
  for (const c of lookBack?.columns ?? []) if (!chosen.has(c) && contents.has(c) && !out.has(c)) out.set(c, lookBack!.why);
  return out;
}

/** The labels of a header band's upper rows, each over the columns the sheet merges it across ('2020/21 – LOOKING BACK' over B–D). */
function groupLabels(sheet: SheetView, band: readonly number[]): GroupLabel[] {
  const out: GroupLabel[] = [];
  for (const r of band.slice(0, -1)) {
    for (let c = 0; c < sheet.width; c++) {
      const text = sheet.text(r, c);
      if (!text) continue;
      const m = sheet.merge(r, c);
      out.push({ text, left: c, right: m && m.top === r ? m.right : c });
    }
  }
  return out;
}

/** How well one column fits each field, from its header words as far as its cells bear them out, and its cells. */
function scoreColumn(c: number, words: readonly HeaderWordScore[], content: ColumnContents): Scored[] {
  // "Most cells fit" is as good as "all cells fit": a few odd cells must not move a field between columns.
  // Cells are evidence in proportion to how many there are: with few, how well they fit leans to "unknown".
  const weight = Math.min(1, content.filled / 3);
  const fitOf = (field: PlanField) => weight * Math.min(1, content.fit[field] / 0.75) + (1 - weight) * 0.5;
  // What the header claims, as far as the cells bear it out: a clear, borne-out header leaves the cells
  // nothing to add; a header the cells contradict ("Item" over "Metric 2", "Metric 8") lets them speak.
  const claim = words.reduce((m, w) => Math.max(m, w.score * fitOf(w.field)), 0);
  const out: Scored[] = [];
  for (const field of PLAN_FIELDS) {
    const head = words.find((w) => w.field === field)?.score ?? 0;
    const fit = Math.min(1, content.fit[field] / 0.75);
    const score = content.filled === 0
      ? head * 0.65
      : head * (0.3 + 0.7 * fitOf(field)) + (1 - claim) * 0.5 * fit * CONTENT_SAYS[field] * weight;
    if (score > 0.05) out.push({ c, field, score, head, fit });
  }
  return out;
}

/**
 * A delivery timetable's columns are the timetable's, never unmapped headers; with no timescale column it is
 * where each action's timescale is read, and says so ("Timescale: last marked of 7 monthly columns (Sep-19 … Mar-20)").
 */
/**
 * A lead header naming organisations, not people ('Lead organisation(s)', 'Lead partner agency', 'Lead body'): an ICB's
 * or a partnership's plan names the bodies that do the work (holdout53's lunemouth), beside any director answering for it.
 */
const LEAD_BODIES = /\b(?:organi[sz]ations?|agenc(?:y|ies)|bod(?:y|ies)|partners?|providers?)\b/i;

/** Whether a column's header names who answers for the action ('Accountable director', 'Exec sponsor', 'SRO'). */
const answersFor = (words: readonly HeaderWordScore[] | undefined) => words?.find((w) => w.field === 'lead')?.answers === true;

/**
 * Of two columns both headed as people and both naming people, the one who does the work ('Responsible manager',
 * 'Delivery lead', 'Lead officer') is the lead, whatever the scores: the one who answers for it ('Accountable
 * director', 'Exec sponsor', 'SRO') ranks after it, left as the context it is. With no such column beside it, a column
 * of who answers is still the lead (a plan with only 'Executive lead'). Returns the columns ranked after.
 */
function rankWhoAnswers(scored: Scored[], words: ReadonlyMap<number, readonly HeaderWordScore[]>, headers: ReadonlyMap<number, string>): number[] {
  // Headed as people: a header naming the lead outright ('Lead(s)', 'Responsible manager') needs no cells to agree (a
  // block of one row, its one lead a long title); a weaker one needs cells a lead could be ('J. Okafor, Head of …'),
  // or to name the bodies that lead ('Lead organisation(s)'): a system plan's lead is an organisation, no person's role.
  const namesPeople = (s: Scored) => s.field === 'lead' && s.head >= 0.4 && (s.fit >= 0.4 || s.head >= 0.9 || LEAD_BODIES.test(headers.get(s.c) ?? ''));
  const doers = scored.filter((s) => namesPeople(s) && s.score >= MIN_SCORE && !answersFor(words.get(s.c)));
  if (doers.length === 0) return [];
  const best = Math.max(...doers.map((s) => s.score));
  const answering = scored.filter((s) => s.field === 'lead' && s.head >= 0.4 && answersFor(words.get(s.c)));
  for (const s of answering) s.score = Math.min(s.score, best * 0.99);
  return answering.map((s) => s.c);
}

/** The lead's reason names the columns of who answers for the action left beside it, so the user sees why. */
function sayWhoAnswers(sheet: SheetView, answering: readonly number[], map: ColumnMap, headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): void {
  const left = answering.filter((c) => !Object.values(map).includes(c));
  const said = evidence.find((e) => e.field === 'lead');
  if (left.length === 0 || !said || map.lead === undefined || answering.includes(map.lead)) return;
  const others = left.map((c) => `'${short(headers.get(c) ?? '')}' (${sheet.letter(c)})`).join(', ');
  const why = `the one who does the work, while ${others} answer${left.length === 1 ? 's' : ''} for it`;
  said.reason += said.reason.includes(' — ') ? `; ${why}` : ` — ${why}`;
}

function takeTimetable(sheet: SheetView, timetable: Timetable, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, evidence: ColumnEvidence[]): Timetable | undefined {
  for (const c of timetable.columns) taken.add(c);
  if (timetable.ongoing !== undefined) taken.add(timetable.ongoing);
  if (map.due !== undefined) return undefined;
  const first = timetable.columns[0];
  evidence.push({ field: 'due', column: sheet.letter(first), header: headers.get(first) ?? '', confidence: 0.9, reason: `${FIELD_LABEL.due}: ${timetable.says}`, source: 'header' });
  return timetable;
}

/**
 * A roadmap's period columns are its own, never unmapped headers nor fields one by one: the action is read from the
 * one each row writes in, and (with no timescale column) its timescale from that column's header. Both reasons say so.
 */
function takeRoadmap(sheet: SheetView, roadmap: Roadmap, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, evidence: ColumnEvidence[]): void {
  for (const c of roadmap.columns) taken.add(c);
  const first = roadmap.columns[0];
  const where = `${sheet.letter(first)}–${sheet.letter(roadmap.columns[roadmap.columns.length - 1])}`;
  const entry = { column: sheet.letter(first), header: headers.get(first) ?? '', confidence: 0.9, source: 'header' as const };
  evidence.push({ ...entry, field: 'action', reason: `${FIELD_LABEL.action}: written in ${roadmap.says}, each action under the period it is delivered in` });
  if (map.due === undefined) evidence.push({ ...entry, field: 'due', reason: `${FIELD_LABEL.due}: the header of the column the action sits in (${where}); for a bar merged across periods, the last it covers` });
}

/**
 * The trackers whose field each action takes from its latest period: not where the user chose a column for the
 * field, nor where a column of its own, for no one period, names it ("Overall status" beside "RAG Q1…Q4"): that wins.
 */
function trackersToRead(trackers: Tracker[], headers: ReadonlyMap<number, string>, words: ReadonlyMap<number, readonly HeaderWordScore[]>, choice: ColumnChoice, contents: ReadonlyMap<number, ColumnContents>): Tracker[] {
  const members = new Set(trackers.flatMap((t) => t.columns));
  // An empty column so headed is no rival: nothing is written in it yet (the year-end 'RAG' of a quarterly pair).
  const named = (field: PlanField) => [...words].some(([c, w]) => !members.has(c) && w[0]?.field === field && w[0].score >= 0.5 && !periodOfHeader(headers.get(c) ?? '') && contents.get(c)?.filled !== 0);
  return trackers.filter((t) => choice[t.field] === undefined && !named(t.field));
}

/**
 * A column's header words. Under a two-row header the field name on the last row speaks for itself ("RAG"
 * under "Progress"); where it names no field ("End" under "Timescale") the group label above it is read with it.
 */
function headerWordsOf(sheet: SheetView, band: readonly number[], c: number) {
  const own = collapse(sheet.text(band[band.length - 1], c));
  const ownWords = own ? scoreHeaderWords(own) : [];
  if (band.length === 1 || (ownWords[0]?.score ?? 0) >= 0.4) return { text: own, words: ownWords };
  const combined = headerBandText(sheet, band, c);
  const combinedWords = combined ? scoreHeaderWords(combined) : [];
  return (combinedWords[0]?.score ?? 0) > (ownWords[0]?.score ?? 0) ? { text: combined, words: combinedWords } : { text: own, words: ownWords };
}

/** Header cells no field was given, each with why when the reader knows. */
function listUnmapped(headers: Map<number, string>, taken: Set<number>, map: ColumnMap, whyOf: (c: number) => string | undefined): ColumnAssignment['unmapped'] {
  return [...headers].filter(([c, text]) => text && !taken.has(c) && map.id !== c).map(([c, text]) => {
    const why = whyOf(c);
    return why ? { c, text, why } : { c, text };
  });
}

/**
 * Why a header that names a field was not read as it: another column holds that field ("the lead is read from
 * column F ('Operational lead')"), after the phrase's own note when it names the field only weakly ("Exec lead").
 */
function readElsewhere(sheet: SheetView, words: readonly HeaderWordScore[], map: ColumnMap, headers: Map<number, string>): string | undefined {
  const top = words[0];
  const held = top && top.score >= 0.4 ? map[top.field] : undefined;
  if (!top || held === undefined) return undefined;
  const where = `the ${FIELD_LABEL[top.field].toLowerCase()} is read from column ${sheet.letter(held)} ('${short(headers.get(held) ?? '')}')`;
  return top.note ? `${top.note}; ${where}` : where;
}

/** Whether any of the first rows under a header writes a lead, timescale or status behind a label. */
function hasLabels(sheet: SheetView, table: Table, rows: readonly number[]): boolean {
  for (const r of rows.slice(0, 60)) {
    for (let c = table.left; c <= table.right; c++) {
      const v = readLabelledValues(sheet.text(r, c));
      if (v.lead || v.due || v.status) return true;
    }
  }
  return false;
}

function applyChoice(sheet: SheetView, chosen: ReadonlyMap<PlanField, ChosenColumn>, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, evidence: ColumnEvidence[]) {
  for (const [field, { c, label }] of chosen) {
    if (taken.has(c)) continue;
    map[field] = c;
    taken.add(c);
    // A form's label rows have no letter of their own (the view's columns there share the values' letter): named by label.
    const where = label !== undefined ? `the ${sheet.columnOf(sheet.letter(c)) === c ? 'column headed' : 'rows labelled'} '${label}'` : `column ${sheet.letter(c)}`;
    evidence.push({ field, column: sheet.letter(c), header: headers.get(c) ?? '', confidence: 1, reason: `${FIELD_LABEL[field]}: ${where}, as you chose`, source: 'user' });
  }
}

/** PDF-to-Excel copies drop header words but not the column under them: keep the meaning from the header above. */
function inheritBlankHeaders(sheet: SheetView, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, contents: Map<number, ColumnContents>, previous: ColumnMap | null, evidence: ColumnEvidence[]) {
  if (!previous) return;
  for (const [field, c] of Object.entries(previous) as [PlanField | 'id', number][]) {
    if (field === 'id' || map[field] !== undefined || taken.has(c) || headers.get(c)) continue;
    map[field] = c;
    taken.add(c);
    const content = contents.get(c);
    evidence.push({ field, column: sheet.letter(c), header: '', confidence: 0.6, reason: `${FIELD_LABEL[field]}: no header here; the same column as under the header above${content ? describeContents(field, content, ' — ') : ''}`, source: 'contents' });
  }
}

/**
 * A plan always has its actions somewhere: when no header names them ("Title" in a list export), the column
 * with the most sentences among those left is the best guess — offered with low confidence, so the user is asked.
 */
function guessActionColumn(sheet: SheetView, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, contents: Map<number, ColumnContents>, evidence: ColumnEvidence[]) {
  let best: { c: number; sentences: number } | null = null;
  for (const [c, content] of contents) {
    const sentences = content.kinds.narrative;
    if (taken.has(c) || sentences < 2 || sentences < 0.5 * (content.filled || 1)) continue;
    if (!best || sentences > best.sentences) best = { c, sentences };
  }
  if (best && takeSentencesBesideRefs(sheet, best.c, map, taken, headers, contents, evidence)) return;
  if (takeNamedActionColumn(sheet, map, taken, headers, evidence)) return;
  if (!best) {
    takeGoalAsAction(sheet, map, headers, contents, evidence);
    return;
  }
  map.action = best.c;
  taken.add(best.c);
  const header = headers.get(best.c) ?? '';
  const content = contents.get(best.c)!;
  evidence.push({ field: 'action', column: sheet.letter(best.c), header, confidence: 0.35, reason: `Action: no header names it; ${describeContents('action', content, '')}${header ? ` (header '${short(header)}')` : ''}`, source: 'contents' });
}

/**
 * An outcome-style plan ('Goal | Milestones | Lead', 'Outcome | By when | Owner') heads no column as the action: its goals
 * or outcomes, each a sentence on its own row, are the only column saying what will be done, so they are the actions.
 * Taken only when no other column is left to be the action and the column is written on each row (sentences for most
 * of its cells, not a short objective written once over a block of actions, which stays context or theme).
 */
function takeGoalAsAction(sheet: SheetView, map: ColumnMap, headers: ReadonlyMap<number, string>, contents: ReadonlyMap<number, ColumnContents>, evidence: ColumnEvidence[]) {
  for (const field of ['objective', 'outcome'] as const) {
    const c = map[field];
    const content = c === undefined ? undefined : contents.get(c);
    if (c === undefined || !content) continue;
    const sentences = content.kinds.narrative;
    if (sentences < 2 || sentences < 0.75 * content.filled || content.own < 0.75 * content.rows) continue;
    delete map[field];
    map.action = c;
    const header = headers.get(c) ?? '';
    const said = evidence.findIndex((e) => e.field === field && e.column === sheet.letter(c));
    if (said >= 0) evidence.splice(said, 1);
    evidence.push({ field: 'action', column: sheet.letter(c), header, confidence: 0.5, reason: `Action: no column is headed as the action; ${header ? `'${short(header)}'` : `column ${sheet.letter(c)}`} is the only column of sentences saying what will be done (${sentences} of ${content.filled} cells)`, source: 'header' });
    return;
  }
}

/**
 * A timescale column listing each action's milestones ('- Q2: We will train 30 panel members' / '- Q3: …',
 * `listsMilestones`): each action's timescale is its last milestone, and the column's evidence says so.
 */
function sayMilestones(sheet: SheetView, map: ColumnMap, rows: readonly number[], headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): boolean {
  if (map.due === undefined) return false;
  const found = listsMilestones(sheet, map.due, rows, headers.get(map.due) ?? '');
  const said = evidence.find((e) => e.field === 'due');
  if (!found) return false;
  if (said) said.reason += ` — its cells list dated milestones (row ${sheet.sheetRow(found.r)}: '${short(collapse(found.text))}'): each action's timescale is its last milestone`;
  return true;
}

/**
 * With no lead column, a column taken as the timescale because its cells read as dates, but headed for who and when and
 * naming someone beside each timing ('Lead and date': 'Head of Resourcing – December 2020'; `namesWhoInDates`), is the
 * lead column headed for both: moved to the lead, so `sayLeadWithDue` reads each cell's timescale as the due and the rest
 * as the lead, and its evidence says why.
 */
function takeWhoWhenFromDue(sheet: SheetView, map: ColumnMap, rows: readonly number[], headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): void {
  if (map.lead !== undefined || map.due === undefined) return;
  const c = map.due;
  const header = headers.get(c) ?? '';
  const why = namesWhoInDates(sheet, c, rows, header);
  if (!why) return;
  map.lead = c;
  delete map.due;
  const said = evidence.find((e) => e.field === 'due' && e.column === sheet.letter(c));
  const entry: ColumnEvidence = { field: 'lead', column: sheet.letter(c), header, confidence: said?.confidence ?? 0.7, reason: `${FIELD_LABEL.lead}: header '${short(header)}' — ${why}`, source: 'header' };
  if (said) Object.assign(said, entry);
  else evidence.push(entry);
}

/**
 * With no timescale column, a lead column headed for who and when ('Who / when') holds each action's timescale too:
 * said in the lead's reason, so the user sees why the due comes from the lead's cell.
 */
function sayLeadWithDue(sheet: SheetView, map: ColumnMap, headers: ReadonlyMap<number, string>, evidence: ColumnEvidence[]): boolean {
  if (map.lead === undefined || map.due !== undefined || !headerNamesLeadAndDue(headers.get(map.lead) ?? '')) return false;
  const said = evidence.find((e) => e.field === 'lead');
  if (said) said.reason += ' — its header names when too, and no other column does: each cell\'s timescale is read as the action\'s due';
  return true;
}

/**
 * With no timescale column, a measure column headed for when too ('Measures and timescales', 'Outcome and timescale'):
 * each measure's sentence gives the action's deadline. Said in the measure's reason.
 */
function sayOutcomeWithDue(sheet: SheetView, map: ColumnMap, taken: Set<number>, headers: ReadonlyMap<number, string>, contents: ReadonlyMap<number, ColumnContents>, evidence: ColumnEvidence[]): boolean {
  if (map.due !== undefined) return false;
  const namesWhen = (c: number) => scoreHeaderWords(headers.get(c) ?? '').some((s) => s.field === 'due' && s.score >= 0.3);
  if (map.outcome === undefined) {
    // A column headed for when whose cells are sentences ('Measures and timescales': '… complete the programme by March
    // 2022, and …') states each measure with its deadline inside: the measure, its deadline read from it.
    const c = [...headers.keys()].find((k) => !taken.has(k) && !Object.values(map).includes(k) && namesWhen(k) && sentences(contents.get(k)));
    if (c === undefined) return false;
    map.outcome = c;
    taken.add(c);
    evidence.push({ field: 'outcome', column: sheet.letter(c), header: headers.get(c) ?? '', confidence: 0.6, reason: `Measure: header '${short(headers.get(c) ?? '')}' names when, but its cells are sentences stating a measure: the deadline in each is read as the action's due`, source: 'contents' });
    return true;
  }
  if (!namesWhen(map.outcome)) return false;
  const said = evidence.find((e) => e.field === 'outcome');
  if (said) said.reason += " — its header names when too, and no other column does: the deadline in each measure's sentence is read as the action's due";
  return true;
}

/** Most of a column's filled cells are sentences. */
function sentences(content: ColumnContents | undefined): boolean {
  return content !== undefined && content.filled >= 2 && content.kinds.narrative >= 0.8 * content.filled;
}

/**
 * A column headed as the action ('Action', 'Action no.') whose cells are (nearly) all references ('P1', '2.3', 'WD-04')
 * numbers the actions rather than stating them: with a column of sentences left beside it ('Description', 'Detail'),
 * those sentences are the actions and the references each action's ref. Said in both reasons, so the user sees why the
 * column named 'Action' is not read as the action. False (nothing taken) when the headed column holds words or no
 * column of sentences is left: then the header's word stands (`takeNamedActionColumn`).
 */
function takeSentencesBesideRefs(sheet: SheetView, sentences: number, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, contents: Map<number, ColumnContents>, evidence: ColumnEvidence[]): boolean {
  for (const [c, header] of headers) {
    const top = header ? scoreHeaderWords(header)[0] : undefined;
    const content = contents.get(c);
    if (!top || top.field !== 'action' || top.score < 0.9 || !content || c === sentences) continue;
    if (content.kinds.ref < 2 || content.kinds.ref < 0.9 * content.own) return false;
    const held = evidence.findIndex((e) => e.column === sheet.letter(c));
    if (held >= 0 && !(evidence[held].field === 'ref' && evidence[held].source === 'contents')) return false;
    const refs = `header '${short(header)}', but its cells hold only references (${content.kinds.ref} of ${content.own} cells), not what will be done: the actions are ${sheet.letter(sentences)}'s sentences`;
    if (held >= 0) evidence[held].reason = `Ref: ${refs}`;
    else if (map.ref === undefined) {
      map.ref = c;
      taken.add(c);
      evidence.push({ field: 'ref', column: sheet.letter(c), header, confidence: 0.8, reason: `Ref: ${refs}`, source: 'header' });
    }
    map.action = sentences;
    taken.add(sentences);
    const beside = headers.get(sentences) ?? '';
    evidence.push({ field: 'action', column: sheet.letter(sentences), header: beside, confidence: 0.6, reason: `Action: ${beside ? `'${short(beside)}'` : `column ${sheet.letter(sentences)}`} — ${contents.get(sentences)!.kinds.narrative} of ${contents.get(sentences)!.filled} cells are sentences saying what will be done, while the column headed '${short(header)}' (${sheet.letter(c)}) holds only their references`, source: 'contents' });
    return true;
  }
  return false;
}

/**
 * A column the header names outright as the action ("Action") is the action column when nothing else is, even
 * where a few short cells under it ('9a', '0') gave it another field from their contents alone: the plan's own
 * word for its actions outweighs a guess from cells that are not sentences either way.
 */
function takeNamedActionColumn(sheet: SheetView, map: ColumnMap, taken: Set<number>, headers: Map<number, string>, evidence: ColumnEvidence[]): boolean {
  for (const [c, header] of headers) {
    const top = header ? scoreHeaderWords(header)[0] : undefined;
    if (!top || top.field !== 'action' || top.score < 0.9) continue;
    const held = evidence.findIndex((e) => e.column === sheet.letter(c));
    if (held >= 0 && evidence[held].source !== 'contents') continue;
    if (held >= 0) {
      delete map[evidence[held].field];
      evidence.splice(held, 1);
    }
    map.action = c;
    taken.add(c);
    evidence.push({ field: 'action', column: sheet.letter(c), header, confidence: 0.5, reason: `Action: header '${short(header)}' (its cells are not sentences)`, source: 'header' });
    return true;
  }
  return false;
}

function explain(sheet: SheetView, s: { c: number; field: PlanField; score: number; head: number; fit: number }, header: string, content: ColumnContents): ColumnEvidence {
  const label = FIELD_LABEL[s.field];
  const says = describeContents(s.field, content, '');
  const reason = s.head >= 0.4
    ? `${label}: header '${short(header)}'${s.fit >= 0.6 && says ? ` — ${says}` : ''}`
    : `${label}: ${says || 'what its cells hold'}${header ? ` (header '${short(header)}')` : ' (no header)'}`;
  return { field: s.field, column: sheet.letter(s.c), header, confidence: Math.min(1, Math.round(s.score * 100) / 100 + (s.head >= 0.9 ? 0.1 : 0)), reason, source: s.head >= 0.4 ? 'header' : 'contents' };
}

const short = (s: string) => (s.length > 50 ? `${s.slice(0, 49)}…` : s);
