import type { Rule } from '../types';
import { quote } from './describe';
import { finding } from './finding';

const READ_AS = { objective: 'an objective', summary: 'a summary', 'summary-task': "a project plan's summary task", note: 'a note', 'sign-off': 'a sign-off', continuation: 'the rest of the action above', update: "an update of an action's progress", table: 'a row of another table', example: "a template's example", guidance: "the template's guidance", key: "an entry of the plan's key", withdrawn: 'a withdrawn action hidden in the workbook', 'no-action': 'a requirement already met that needs no action', 'log-record': 'a record of the log', archived: 'an item the export archived', instructions: 'instructions for using the sheet', 'national-date': "a national body's date shown for timing", finding: "one of its block's findings", part: 'part of the action above', 'earlier-year': "last year's action", placeholder: 'a place kept for an action not yet written', dropped: 'an action the plan has dropped', copy: 'a second copy of another action' } as const;

/**
 * Tells the user which rows with text in the action column were not read as actions, and why: an objective written
 * over its numbered actions (its text becomes their theme), a count under the plan ("Total actions | 13"), a note or
 * a row of another table kept beside the plan ('5.0%' in the action column), a row of the plan's sign-off table
 * ("Prepared by | A. Boateng | EDI Lead | 01/07/2025"), a row of a small table under the plan ('Version | Date |
 * Author | Changes' and the rows under it), the rest of the action above — a further paragraph of its progress, the
 * rest of its sentence or an item of its list, as a Word table pasted into Excel leaves them ('Bands 5 to 7.' under
 * '…starting with staff in'), its cells wrapped line by line as a PDF converted to Excel leaves them ('Band 8a and
 * above…' under '…BME representation at'), or its progress written under it behind a label ('Update: …') — one of
 * the dated updates a progress log writes on rows of their own under each action ('Q2 (13/10/22): procurement under
 * way.'), or a template's example row left in ('e.g.' | 'Example: describe the action…' | 'dd-mmm-yy', or a worked example
 * labelled 'EXAMPLE:' in grey), or its guidance row of prompts ('(What will you do? Make it SMART)'), or an action hidden by hand that
 * the plan marks withdrawn ('Withdrawn', 'Superseded by action 4'), or a project plan's summary task (a heading over the
 * tasks indented deeper under it, its dates spanning theirs), or a gap analysis's requirement rated as met whose action
 * cell says none is needed ('Compliant' | 'No further action required.'), or a row a log types as no action (a RAID
 * log's or a committee action log's 'Type' column: 'Decision', 'Risk', 'For information' beside 'Action'), or part of the action above — a step, a
 * milestone or a task it is broken into on the rows under it ('– agree the template' | '' | 'Jun-17'), never an action
 * of its own (`grid/find-action-parts.ts`).
 *
 * @example
 * rowSetAside.check(context) // [{ rule: 'row-set-aside', severity: 'info', row: 6, column: null, message: `Row 6: "Objective 1 – Representation…" is read as an objective, not an action — its number '1' heads …` }]
 */
export const rowSetAside: Rule = {
  id: 'row-set-aside',
  severity: 'info',
  description: 'Rows with text in the action column that are objectives, counts, notes, rows of another table or sign-offs, not actions, rows read as the rest of the action above (its text, progress or lead carried on onto rows below it), template example and guidance rows, withdrawn actions hidden by hand, and rows a log types as no action (Decision, Risk), are named with why.',
  check({ rowsSetAside }) {
    return (rowsSetAside ?? [])
      .filter((s) => s && Number.isInteger(s.row) && s.kind in READ_AS)
      .map((s) => finding(rowSetAside, s.row, null, `Row ${s.row}: ${quote(s.text, 60)} is read as ${READ_AS[s.kind]}, not an action — ${s.why}`));
  },
};
