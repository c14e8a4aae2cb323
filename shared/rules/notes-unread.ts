import type { Rule } from '../types';
import { columnOf, isBlank } from './describe';

/**
 * Some plans keep an action's lead or timescale in the note on its cell, with no column for it. An Excel before
 * ExcelApi 1.18 cannot give the add-in cells' notes (only threaded comments, or nothing): where actions lack a lead or
 * timescale that has no column, the user is told that one kept in a note is not read there, rather than left to think
 * the plan names none. Nothing where notes were read, or every such field was found.
 *
 * @example
 * notesUnread.check({ ...context, notesUnread: 'none' })
 * // [{ row: null, column: null, message: "This Excel cannot give the add-in the cells' notes (that needs ExcelApi 1.18): a lead kept in a note is not read here — check the plan in Excel on the web or a current Excel" }]
 */
export const notesUnread: Rule = {
  id: 'notes-unread',
  severity: 'info',
  description: "A lead or timescale kept in a cell's note is read (an Excel before ExcelApi 1.18 cannot give the add-in notes).",
  check({ actions, notesUnread: unread }) {
    if (!unread) return [];
    const lacking = [
      actions.some((a) => !columnOf(a, 'lead') && isBlank(a.lead)) ? 'lead' : '',
      actions.some((a) => !columnOf(a, 'due') && isBlank(a.due?.text)) ? 'timescale' : '',
    ].filter(Boolean);
    if (lacking.length === 0) return [];
    const which = unread === 'comments' ? "gives the add-in the cells' threaded comments, read instead, but not their notes" : "cannot give the add-in the cells' notes";
    return [{ row: null, column: null, message: `This Excel ${which} (that needs ExcelApi 1.18): a ${lacking.join(' or ')} kept in a note is not read here — check the plan in Excel on the web or a current Excel` }];
  },
};
