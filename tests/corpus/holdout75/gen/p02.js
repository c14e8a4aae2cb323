// holdout75-wdes-2019-20-quinthorpe: community trust, the first WDES tracker. The EDI action log is exported as a CSV with no header
// line and loaded through Power Query into the committee workbook, so the query table's columns are Column1 … Column8 and nobody
// renamed them. Two date columns: the target date and the time the latest note was written.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quinthorpe Community Health Services NHS Trust';
  const p = new Plan(book, { name: 'holdout75-wdes-2019-20-quinthorpe', sheet: 'WDES tracker', standard: 'WDES', period: '2019-20', trust, widths: [13, 58, 12, 18, 12, 10, 40, 17], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – WDES action tracker 2019/20 (Workforce Disability Equality Standard)`], { style: { bold: true, font: { size: 13 } } });
  p.line(['Loaded from the EDI action log export (CSV) – last refreshed 14/01/2020 09:12'], { style: { italic: true, color: 'FF7F7F7F' } });
  const cols = ['Column1', 'Column2', 'Column3', 'Column4', 'Column5', 'Column6', 'Column7', 'Column8'];
  const hr = p.header(cols, { border: false, style: { color: C.white } });
  const T = (y, m, d, h, mi) => new Date(Date.UTC(y, m - 1, d, h, mi));
  const stamp = (t) => `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()} ${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
  const rows = [
    ['WDES-19-01', 'Add a "tell us about your disability or long-term condition" prompt to the appraisal form used by district nurses, health visitors and therapists.', 'WDES M1', 'Hartley, Joanne', D(2019, 10, 31), 'Closed', 'Prompt on the form from 1 October.', T(2019, 10, 2, 10, 41)],
    ['WDES-19-02', 'Run ESR self-service drop-ins at community bases with help from the workforce information team.', 'WDES M1', 'Osei, Kwabena', D(2019, 12, 31), 'Overdue', 'Two of five bases visited; the rest rebooked for February.', T(2020, 1, 9, 16, 5)],
    ['WDES-19-03', 'Make sure shortlisting panels can see which applicants asked for a guaranteed interview under Disability Confident before they score.', 'WDES M2', 'Whitlock, Fiona', D(2019, 11, 30), 'Closed', 'TRAC setting changed for all vacancies.', T(2019, 11, 28, 9, 20)],
    ['WDES-19-04', 'Review two years of capability cases to find how many involved a disabled member of staff and whether adjustments were tried first.', 'WDES M3', 'Brennan, Paul', D(2020, 3, 31), 'Open', '', null],
    ['WDES-19-05', 'Add a tick box to the incident form to record that abuse from a patient or relative was about the member of staff’s disability.', 'WDES M4', 'Ahmed, Sana', D(2020, 1, 31), 'Open', 'Form change with the Datix team.', T(2020, 1, 6, 11, 52)],
    ['WDES-19-06', 'Hold a listening session for disabled staff in each locality and report back what will change.', 'WDES M5; WDES M7', 'Hartley, Joanne', D(2020, 2, 28), 'Open', 'North and East localities done.', T(2019, 12, 13, 14, 30)],
    ['WDES-19-07', 'Brief team leaders, using the survey result on presenteeism, that staff should not feel they have to come to work when unwell.', 'WDES M6', 'Ferris, Dominic', D(2020, 3, 31), 'On hold', 'Waiting for the new sickness absence policy.', T(2019, 11, 20, 8, 58)],
    ['WDES-19-08', 'Set up a central budget for reasonable adjustments so teams do not have to buy equipment from their own budgets.', 'WDES M8', 'Ahmed, Sana', D(2020, 3, 31), 'Open', '', null],
    ['WDES-19-09', 'Launch a disabled staff network with an executive sponsor and paid time to attend.', 'WDES M9', 'Osei, Kwabena', D(2019, 9, 30), 'Closed', 'Network launched 12 September with 23 members.', T(2019, 9, 18, 12, 15)],
    ['WDES-19-10', 'Ask Board members to declare any disability as part of the annual Board declarations.', 'WDES M10', 'Lund, Margaret', D(2019, 12, 31), 'Closed', 'All Board members asked; figures go into the 2020 return.', T(2019, 12, 17, 15, 47)],
  ];
  const tableRows = [];
  for (const r of rows) {
    const [ref, act, met, own, due, st, note, at] = r;
    const vals = [ref, act, met, own, due, st, note, at || ''];
    tableRows.push([ref, act, met, own, due, st, note || null, at]);
    p.action(vals, { ref, indicators: met.split('; ').map((m) => m.replace('WDES M', '')), action: act, lead: own, due: shown(due, 'dd/mm/yyyy'), status: st, progress: note }, { border: false, styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, {}, { numFmt: 'dd/mm/yyyy hh:mm' }] });
  }
  p.ws.addTable({ name: 'EDI_action_log', ref: `A${hr}`, headerRow: true, totalsRow: false, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: cols.map((name) => ({ name, filterButton: true })), rows: tableRows });
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  p.blank();
  p.line(['Produced for the Workforce Committee, 23 January 2020.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust), the first WDES tracker. Sheet 'WDES tracker': a bold title naming the trust and the standard (row 1), a grey italic 'Loaded from the EDI action log export (CSV) – last refreshed 14/01/2020 09:12' line (row 2), then a Power Query TABLE (TableStyleMedium2, filter buttons, frozen under its header) whose header row 3 reads 'Column1 | Column2 | … | Column8', ten actions, and after a blank row an italic 'Produced for the Workforce Committee, 23 January 2020.' line. Why the headers say little: the trust's action log exports a CSV with no header line, so Power Query named the columns Column1–Column8 and nobody renamed them. What the contents show: Column1 = the log's reference ('WDES-19-01'), Column2 = the action, Column3 = the metric ('WDES M4', 'WDES M5; WDES M7'), Column4 = the owner as the log stores names ('Hartley, Joanne'), Column5 = the target date (real date, dd/mm/yyyy), Column6 = the log status (Open / Closed / Overdue / On hold, no colour), Column7 = the latest note, Column8 = the DATE-TIME the note was written (dd/mm/yyyy hh:mm). Judgement calls: ref = Column1; indicators from Column3 ('WDES M5; WDES M7' → ['5','7']; pre-2021 whole metrics); lead = Column4 as written, surname first; due = Column5 as displayed ('31/10/2019'), NEVER the Column8 timestamp, which is when the note was typed and sits beside the note (blank where there is no note); status = Column6 as written, rag null (no colours; 'Overdue' is a word, not a colour); progress = Column7 where filled; theme null. The refresh time in row 2 and the committee date in the last line are not dues.", { fieldCols: { ref: 'A', action: 'B', lead: 'D', due: 'E', status: 'F', progress: 'G' }, headerSays: { A: 'Column1', B: 'Column2', C: 'Column3', D: 'Column4', E: 'Column5', F: 'Column6', G: 'Column7', H: 'Column8' }, notFrom: ['H'], forbidden: ['23 January 2020'] });
}
