// holdout34-wdes-2021-22-larkspur: an AIRTABLE view downloaded as CSV and saved as .xlsx – primary field first, the linked 'Plan'
// record name on every row, multi-select metrics joined by bare commas, long-text notes carrying Airtable's markdown (**bold**,
// '- ' bullets) and line breaks, attachments as 'name (url)', checkbox 'checked', created/last-modified system fields, and an
// empty record at the end holding only its default values.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const PLAN = 'Larkspur Community Healthcare NHS Trust WDES 2021/22';
  const p = new Plan(book, { name: 'holdout34-wdes-2021-22-larkspur', sheet: 'Actions-Grid view', standard: 'WDES', period: '2021-22', trust: 'Larkspur Community Healthcare NHS Trust', widths: [60, 40, 20, 22, 12, 12, 50, 40, 8, 18, 22], font: { name: 'Calibri', size: 11 } });
  p.header(['Action', 'Plan', 'WDES metrics', 'Owner', 'Due', 'Status', 'Notes', 'Evidence', 'Done', 'Created', 'Last modified by'], { border: false, style: { bold: false } });
  const dd = { numFmt: 'dd/mm/yyyy' }; const dt = { numFmt: 'dd/mm/yyyy hh:mm' };
  const A = [
    ['Map the route for requesting a workplace adjustment and cut it to one form and one approver', 'Metric 8', 'Priya Raman', D(2021, 9, 30), 'Done', '**Sept:** new form live on the intranet.\n- approver is now the line manager only\n- 23 requests in first month', 'adjustments-route-v3.pdf (https://v5.airtableusercontent.com/v3/u/28/28/1632/a1b2)', 'checked', ['8']],
    ['Recruit two disabled staff as trained recruitment panel members for each locality', 'Metric 2', 'Jon Whitfield', D(2021, 12, 17), 'On track', '**Nov:** 5 of 8 trained.', '', '', ['2']],
    ['Report harassment of disabled staff by patients and relatives separately in the quarterly violence and aggression report', 'Metric 4a,Metric 4b', 'Health & Safety Manager', D(2022, 1, 31), 'At risk', '**Dec:** Datix does not hold disability – need the ESR link.', '', '', ['4a', '4b']],
    ['Ask the Board to set a target for disability declaration on ESR of 8% by March 2023', 'Metric 1', 'Director of Workforce', D(2021, 11, 25), 'Done', 'Agreed at November Board.', 'board-minutes-nov21.pdf (https://v5.airtableusercontent.com/v3/u/28/28/1632/c3d4)', 'checked', ['1']],
    ['Set up "Able Together" network drop-ins in the three community hubs with managers invited to the last half hour', 'Metric 9a,Metric 9b', 'Able Together chair', D(2022, 2, 28), 'On track', '**Jan:** Hub 1 and Hub 2 held.\n- Hub 3 date tbc', '', '', ['9a', '9b']],
    ['Add questions on presenteeism and feeling valued to the quarterly pulse survey so that the gap can be tracked between annual surveys', 'Metric 6,Metric 7', 'Staff Experience Lead', D(2022, 3, 31), 'Not started', '', '', '', ['6', '7']],
    ['Check that the capability policy tells managers to consider adjustments before the formal stage', 'Metric 3', 'Jon Whitfield', D(2021, 10, 29), 'Done', 'Policy updated and ratified by JNCC.', '', 'checked', ['3']],
    ['Write a short Board briefing on the WDES results with a disabled member of staff co-presenting', 'Metric 10', 'Director of Workforce', D(2022, 3, 24), 'Not started', '', '', '', ['10']],
  ];
  let k = 0;
  for (const [act, met, who, due, st, notes, ev, done, inds] of A) {
    k++;
    const d = [String(due.getUTCDate()).padStart(2, '0'), String(due.getUTCMonth() + 1).padStart(2, '0'), due.getUTCFullYear()].join('/');
    p.action([act, PLAN, met, who, due, st, notes, ev, done, D(2021, 6, 2 + k), 'Sophie Marr'], { ref: '', theme: null, indicators: inds, action: act, lead: who, due: d, status: st, progress: notes }, { border: false, styles: [{}, {}, {}, {}, dd, {}, {}, {}, {}, dt] });
  }
  p.line([null, PLAN, null, null, null, 'Not started', null, null, null, D(2022, 2, 14), 'Sophie Marr'], { styles: [{}, {}, {}, {}, {}, {}, {}, {}, {}, dt] });
  p.saveGold('An Airtable grid view downloaded as CSV and saved as .xlsx (a community trust). Sheet \'Actions-Grid view\' (Airtable\'s file name); row 1 is the plain field-name header \'Action | Plan | WDES metrics | Owner | Due | Status | Notes | Evidence | Done | Created | Last modified by\'; no title. Quirks of the route: the primary field (the action) comes first; the linked \'Plan\' record \'Larkspur Community Healthcare NHS Trust WDES 2021/22\' is repeated on every row (the only place trust and year are written); multi-select metrics are joined by bare commas (\'Metric 4a,Metric 4b\'); long-text Notes keep Airtable\'s markdown (\'**Nov:** …\', \'- \' bullets) and line breaks; attachments are \'file name (url)\'; the checkbox is \'checked\' or blank; Created (date-time) and Last modified by are system fields; the LAST row is an empty record someone added by mistake – no action, only the linked Plan, the default status \'Not started\' and the system fields. Judgement calls: the empty record is a non-action row; no ref (Airtable\'s record IDs are not exported); indicators from the metric list (2021-22, so 4a/4b and 9a/9b); lead = Owner; due = Due as shown (dd/mm/yyyy); status = the single-select word; rag null (no colour or colour word); progress = Notes as exported, markdown marks included, \'\' where empty; Evidence, Done, Created and Last modified by give no field; no theme.', { exact: { lead: 'D', due: 'E', status: 'F', progress: 'G', action: 'A' }, notFrom: ['B', 'H', 'I', 'J', 'K'] });
  await book.save('holdout34-wdes-2021-22-larkspur.xlsx');
}
