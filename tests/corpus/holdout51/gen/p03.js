// holdout51-wres-2023-24-mallowdene: an ordinary community trust WRES tracker. Quirks: SUB-HEADING ROWS inside the table (one merged
// shaded cell each) and the sheet FROZEN under the header with FILTER BUTTONS on it (no filter applied).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Mallowdene Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout51-wres-2023-24-mallowdene', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, widths: [60, 13, 28, 12, 14, 40] });
  p.line([`${trust}: WRES action plan 2023-24`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Actions agreed after the August 2023 WRES submission. Owners update the Status and Comments columns before each Inclusion Steering Group.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const h = p.header(['Action', 'WRES indicator', 'Owner', 'Deadline', 'Status', 'Comments'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 0, topLeftCell: `A${h + 1}` }];
  p.ws.autoFilter = `A${h}:F${h}`;
  const F = 'mmm-yy';
  const groups = [
    ['Recruitment and progression', [
      ['Publish the shortlisting-to-appointment ratio by ethnicity for each service line every quarter.', '2', 'Head of Resourcing', D(2023, 12, 31), 'Complete', 'First report to the October Steering Group.'],
      ['Require an independent panel member trained in inclusive recruitment for all Band 7+ interviews.', '2', 'Head of Resourcing', D(2024, 3, 31), 'In progress', 'Pool of 34 trained; need 50.'],
      ['Run a second cohort of the Aspire programme for ethnic minority staff at Bands 5 and 6.', '7', 'Head of OD', D(2024, 2, 29), 'In progress', ''],
    ]],
    ['Tackling bullying and harassment', [
      ['Introduce a zero-tolerance statement and poster for community clinics and patients\' homes.', '5', 'Head of Security and Health & Safety', D(2023, 11, 30), 'Complete', ''],
      ['Give district nursing teams a lone-worker app with a button for reporting abuse.', '5', 'Deputy Director of Nursing', D(2024, 1, 31), 'In progress', 'App procured; rollout from January.'],
      ['Train managers to handle complaints of racism from colleagues within 14 days.', '6', 'Head of Employee Relations', D(2024, 3, 31), 'Not started', ''],
    ]],
    ['Data and reporting', [
      ['Add ethnicity to the monthly workforce dashboard for each locality.', '1', 'Workforce Information Lead', D(2023, 10, 31), 'Complete', 'Live in Power BI.'],
      ['Audit disciplinary cases from the last two years for ethnicity, outcome and length of investigation.', '3', 'Head of Employee Relations', D(2024, 1, 31), 'In progress', ''],
    ]],
    ['Leadership and accountability', [
      ['Give every executive director a WRES objective and review it at mid-year.', '9', 'Chief Executive', D(2023, 9, 30), 'Complete', ''],
      ['Report progress against this plan to the Board twice a year.', 'All', 'Director of People', D(2024, 3, 31), 'In progress', 'First report to Board in November.'],
      ['Fund training for non-mandatory courses equally across staff groups and monitor take-up by ethnicity.', '4', 'Head of Education', D(2024, 3, 31), 'Not started', ''],
    ]],
  ];
  const subs = [];
  for (const [sec, acts] of groups) {
    subs.push(p.line([sec], { merge: ['A', 'F'], style: { bold: true, fill: C.paleblue }, border: true }));
    for (const [a, ind, lead, due, st, com] of acts) {
      p.action([a, ind, lead, due, st, com], { theme: sec, indicators: ind === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : [ind], action: a, lead, due: shown(due, F), status: st, progress: com }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { numFmt: F }] });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health services trust): an ordinary tracker. Title naming the trust (row 1), an italic line on how it is kept (row 2), a blank row, one navy header 'Action | WRES indicator | Owner | Deadline | Status | Comments' (row 4) with the SHEET FROZEN under it and AUTOFILTER BUTTONS on it (no filter applied, every row visible); four SUB-HEADING ROWS inside the table, each one merged pale-blue cell ('Recruitment and progression', 'Tackling bullying and harassment', 'Data and reporting', 'Leadership and accountability'), with 3, 3, 2 and 3 actions under them (eleven in all, rows 6–19). The indicator column holds a bare number or 'All'; deadlines are real dates shown mmm-yy ('Dec-23'); statuses are plain unfilled words (Complete / In progress / Not started) with no key. Judgement calls: the sub-heading rows are headings, not actions, and give the theme of the actions under them; the filter buttons and frozen pane change nothing; 'All' = all nine indicators; status = the word, rag null (no colour anywhere); progress = Comments where filled; no refs.", { sections: subs, subHeads: subs, frozen: { ySplit: h, filterRow: h } });
}
