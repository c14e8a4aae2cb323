import type { Rule } from '../types';
import { columnOf, isBlank } from './describe';
import { finding } from './finding';

/**
 * Some plans keep an action's lead or timescale in the note on its cell, with no column for it, or the plan's status key
 * in the note on its status header. An Excel before ExcelApi 1.18 cannot give the add-in cells' notes (only threaded
 * comments, or nothing): where actions lack a lead or timescale that has no column, or the statuses were read with the
 * usual words for want of a key, the user is told that one kept in a note is not read there, rather than left to think
 * the plan names none. Nothing where notes were read, or every such field and the key were found.
 *
 * @example
 * notesUnread.check({ ...context, notesUnread: 'none' })
 * // [{ row: null, column: null, message: "This Excel cannot give the add-in the cells' notes (that needs ExcelApi 1.18): a lead or status key kept in a note is not read here — check the plan in Excel on the web or a current Excel" }]
 */
export const notesUnread: Rule = {
  id: 'notes-unread',
  severity: 'info',
  description: "A lead, timescale or status key kept in a cell's note is read (an Excel before ExcelApi 1.18 cannot give the add-in notes).",
  check({ actions, ragKey, notesUnread: unread }) {
    if (!unread) return [];
    const lacking = [
      actions.some((a) => !columnOf(a, 'lead') && isBlank(a.lead)) ? 'lead' : '',
      actions.some((a) => !columnOf(a, 'due') && isBlank(a.due?.text)) ? 'timescale' : '',
      ragKey?.source === 'default' && actions.some((a) => !isBlank(a.status)) ? 'status key' : '',
    ].filter(Boolean);
    if (lacking.length === 0) return [];
    const which = unread === 'comments' ? "gives the add-in the cells' threaded comments, read instead, but not their notes" : "cannot give the add-in the cells' notes";
    return [finding(notesUnread, null, null, `This Excel ${which} (that needs ExcelApi 1.18): a ${[lacking.slice(0, -1).join(', '), lacking[lacking.length - 1]].filter(Boolean).join(' or ')} kept in a note is not read here — check the plan in Excel on the web or a current Excel`)];
  },
};
