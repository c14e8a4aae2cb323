import type { PlanField } from '../types';
import { headerKey } from './cell-text';
import type { HeaderWordScore } from './header-words';
import type { ColumnContents } from './read-column-contents';

/** A header about when work starts ("Start", "Start date", "Date commenced"), with nothing about when it ends. */
const START = /\b(start|starts|started|starting|begin|begins|commence|commences|commenced|commencement)\b/;
const END = /\b(end|ends|finish|target|deadline|due|complete|completed|completion|by)\b/;
/**
 * A log's date for when each entry was put on it ('Opened', 'Date raised', 'Logged on', 'Date added', 'Identified'): the
 * entry's first day, as a start is the work's; the log's 'Target' or 'Due' beside it says when the action is due.
 */
const RAISED = /^(?:date (?:opened|raised|logged|added|identified|entered)|(?:opened|raised|logged|added|identified|entered)(?: (?:date|on))?)$/;
/**
 * A header naming a part of the trust: a service area, department, directorate, division, care group, site or team.
 * It says where an action sits in the organisation, not what it is about, so it is no theme ('areas?' names one).
 */
const ORGANISATIONAL_UNIT = /\b(?:service|business|clinical|operational) (?:areas?|units?|lines?)\b|\b(?:departments?|directorates?|divisions?|care groups?|clinical groups?|business units?|localit(?:y|ies)|sites?|hospital sites?|services?)\b/;
/**
 * The columns a list or task tracker keeps about its own items (SharePoint's 'Modified', 'Modified By', 'Item Type',
 * 'Path'; Planner's 'Created By', 'Created Date'), whatever the plan: who changed an item when, and where it is stored.
 */
const LIST_RECORD: readonly { re: RegExp; why: string }[] = [
  { re: /^(?:(?:app|last) )?(?:created|modified|updated|changed|edited) by$|^(?:editor|author)$/, why: 'it names who created or last changed the item in the list, not who leads the action' },
  { re: /^(?:last )?(?:created|modified|updated|changed|edited)(?: (?:date|on|at|time|date time))?$/, why: 'its dates say when the item was created or last changed in the list, not when the action is due' },
  { re: /^(?:item type|content type|path|attachments?|version|folder|file type|url path)$/, why: 'the list keeps it about its own items (their type, where they are stored), not part of the plan' },
];
/**
 * A pivot table's value field ('Count of Ref', 'Sum of Budget', 'Average of Score'): Excel names it by what it sums over
 * the rows of each group, so its cells are counts (1 on each action's row), never the field it was made from.
 */
const PIVOT_VALUE = /^(?:count|sum|average|max|min|product|countnums?) of \S/;
/**
 * A project plan's 'Outline Level' (Microsoft Project's field): how deep each task sits under its summary tasks (1, 2, 3),
 * read by `findSummaryTasks`. Its numbers repeat down the rows, so they name no task (a WBS code or an 'Outline Number',
 * 1.1.2, does, and may be the ref).
 */
const OUTLINE_LEVEL = /^outline(?: level)?$/;
/**
 * A header naming a grade ('Grade agreed', 'EDS2 grade', 'Current grade', 'Grading'): an assessment's grade of what the
 * row assesses (an EDS2 outcome graded Undeveloped, Developing, Achieving or Excelling at a grading event, its colour
 * the grade's), given beside the action that should improve it. It rates the outcome, not how far the action has got:
 * no status, and its colours no RAG (holdout56 sallowmere).
 */
const GRADE = /^(?:(?:eds ?2?|eds2|agreed|current|overall|self|baseline|latest) )?(?:grades?|grading|graded)(?: (?:agreed|awarded|given|achieved|\d{4}(?: \d{2,4})?))?$/;
/**
 * A header naming a year's figures: figures, data or results for, of or in a year ('Data for reporting year', 'Data for
 * previous year', 'Figures for 2014/15', 'Results 2019'), or the year's own ('2019 data', 'Previous year data'). The year
 * says whose figures they are, not when anything is due.
 */
const YEARS_FIGURES = /^(?:data|figures?|results?|findings?)\b.*\b(?:year|(?:19|20)\d\d)\b|\b(?:year|(?:19|20)\d\d)(?: \d{2,4})? (?:data|figures?|results?)$/;
/**
 * A header naming where each action came from: new this year or carried forward from last year's plan ('New / carried
 * forward', 'Carried forward', 'C/F from 2019-20?', 'Carried forward from 2022/23?', 'Came from'). Its cells ('New',
 * 'Carried forward', 'Yes') mark the action's origin, not how far it has got (holdout86 gaddingham, a draft with no
 * status column yet; holdout39 oxenhope; holdout65 tamsford). A column headed 'Status' holding 'New' or 'Continuing'
 * (holdout73 whinmoor) is named a status outright and stays one.
 */
const ORIGIN = /^(?:new (?:or |and |v |vs )?(?:carried forward|carried over|c f|continuing|existing|ongoing|rolled over)|(?:carried|brought|rolled) (?:forward|over)(?: from .*)?|c f(?: from .*)?|came from|origin(?: of (?:the )?action)?)$/;
/**
 * A header naming the figures' trend ('Trend', 'Trend arrow', 'Direction of travel', 'Movement'): its arrows ('▲', '▼',
 * '►') show how the figures beside it moved, on a dashboard whose figures share the plan's rows (holdout96 ravenstow),
 * not how far an action has got.
 */
const TREND = /^(?:trends?(?: arrows?)?|direction(?: of travel)?|movement)$/;
/** Fields a header may name outright over a column of priority levels; the plan's own word then wins. */
const NAMED_OUTRIGHT: readonly PlanField[] = ['status', 'lead', 'due', 'action', 'indicator', 'ref', 'progress', 'outcome'];

/**
 * Columns the reader recognises and reads as no field, with the reason the user is told: a pivot table's value
 * field ('Count of Ref'), a list's own record of its items (who changed one when, its type, its path), a project plan's
 * 'Outline Level' (how deep each task sits, no reference), a start date (when work begins; an action's timescale is when it
 * ends), a priority rating (High / Medium / Low, H / M / L), which is neither a theme nor a status, and an
 * organisational unit ('Service area', 'Directorate', 'Care group'), no theme. Such a column is kept and listed, never
 * read as another field from its cells alone.
 *
 * @example
 * setAsideColumn('Start', [], contents); // 'its dates say when work starts, not when the action is due'
 * setAsideColumn('Priority (H/M/L)', words, contents); // "its cells rate each action's priority (High, Medium, Low…): …"
 * setAsideColumn('Count of Ref', [], contents); // "it is a pivot table's value field: …"
 * setAsideColumn('Modified By', [], contents); // 'it names who created or last changed the item in the list, …'
 * setAsideColumn('Service area', words, contents); // 'it names the part of the trust each action sits in …'
 * setAsideColumn('New / carried forward', [], contents); // "it says whether each action is new or carried forward …"
 * setAsideColumn('Frequency', [], contents); // 'its cells say how often (Annual, Quarterly, Six-monthly…): …' (cells 'Annual', 'Quarterly')
 */
export function setAsideColumn(header: string, words: readonly HeaderWordScore[], content: ColumnContents): string | null {
  const key = headerKey(header);
  if (PIVOT_VALUE.test(key)) return "it is a pivot table's value field: a count or sum over each group's rows, not a field of the action";
  const record = LIST_RECORD.find((x) => x.re.test(key));
  if (record) return record.why;
  if (OUTLINE_LEVEL.test(key)) return "its numbers give each task's outline level in the project plan (how deep it sits under its summary tasks), not a reference or an indicator";
  const top = words[0];
  if (key && key.split(' ').length <= 4 && START.test(key) && !END.test(key) && (!top || top.field === 'due')) {
    return 'its dates say when work starts, not when the action is due';
  }
  if (RAISED.test(key)) return 'its dates say when each entry was opened on the log, not when the action is due';
  // "Directorate lead" names the lead outright: only a header whose strongest word names no other field is the unit's.
  if (key && key.split(' ').length <= 4 && ORGANISATIONAL_UNIT.test(key) && (!top || top.field === 'theme')) {
    return 'it names the part of the trust each action sits in (a service, department or directorate), not what the action is about, so it is no theme';
  }
  if (key && GRADE.test(key) && (!top || top.field !== 'status' || top.score < 0.9)) {
    return "it grades what the row assesses (an outcome's grade, as agreed at a grading event), not how far the action has got: no status, and its colours are the grade's, not a RAG";
  }
  if (key && ORIGIN.test(key) && (!top || top.field !== 'status' || top.score < 0.9)) {
    return "it says whether each action is new or carried forward from last year's plan (where it came from), not how far it has got: no status";
  }
  if (key && TREND.test(key) && (!top || top.field !== 'status' || top.score < 0.9)) {
    return 'its arrows show the trend of the figures beside it (up, down, little change), not how far an action has got: no status';
  }
  // A year's figures, its cells no dates ('BME: 17.4% of all staff …', 'n/a – first year'): data the plan reports.
  if (key && YEARS_FIGURES.test(key) && content.own >= 2 && content.kinds.date + content.kinds.timescale + content.kinds.ongoing < 0.25 * content.own) {
    return 'it gives the figures for a year (its cells are no dates), not when the action is due';
  }
  // Cells saying how often ('Annual', 'Quarterly', 'Six-monthly') under a header naming no field ('Frequency', beside
  // 'Reported to' under 'Monitoring'): how often progress is reported, never a status, nor when the action is due.
  if (!top && content.own >= 2 && content.recurring >= 0.8 * content.own) {
    return 'its cells say how often (Annual, Quarterly, Six-monthly…): how often progress is reported or the work recurs, not a status, nor when the action is due';
  }
  const outright = top !== undefined && top.score >= 0.9 && NAMED_OUTRIGHT.includes(top.field);
  if (!outright && content.own >= 2 && content.levels >= 0.8 * content.own) {
    return "its cells rate each action's priority (High, Medium, Low…), which is neither a theme nor a status";
  }
  return null;
}
