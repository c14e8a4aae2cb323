// holdout54-wdes-2020-21-hollinsway: large university teaching FT, year-end. Invented layout: a 'Dashboard' sheet first (the only place
// naming the trust: a COUNTIFS grid of workstream × status) and the 'Action Plan' sheet whose HEADER IS ROW 1 (frozen, autofilter), a
// WORKSTREAM COLUMN filled on every row (no section rows), refs 1.1 / 1.1a (sub-actions with their own fields), 'CF1'… for actions
// carried forward from 2019-20, a DATE COMPLETED column beside the target date, one 'Latest update' and 'Update date' pair.
import { Book, Plan, C, D, shown } from './lib.js';
const ST = { Complete: [C.goodG, 'green'], 'In progress': [C.neutralA, 'amber'], Overdue: [C.badR, 'red'], 'Not yet due': [null, null] };
export async function build() {
  const book = new Book();
  const trust = 'Hollinsway University Teaching Hospitals NHS Foundation Trust';
  const dash = book.wb.addWorksheet('Dashboard');
  const p = new Plan(book, { name: 'holdout54-wdes-2020-21-hollinsway', sheet: 'Action Plan', standard: 'WDES', period: '2020-21', trust,
    widths: [24, 8, 52, 10, 24, 12, 12, 42, 11, 12, 34], font: { name: 'Calibri', size: 11 } });
  p.header(['Workstream', 'Action No.', 'Action', 'WDES Metric', 'Responsible Lead', 'Target Date', 'Date Completed', 'Latest Update', 'Update Date', 'Status', 'Measure of Success'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  const W1 = 'Data and declaration', W2 = 'Recruitment and careers', W3 = 'Adjustments and health', W4 = 'Culture and safety', W5 = 'Voice and governance';
  const rows = [
    [W1, '1.1', 'Run a staff declaration campaign through the payslip, the intranet and team briefs.', '1', 'Workforce Information Manager', D(2020, 9, 30), D(2020, 10, 16), 'Campaign delayed by the first Covid-19 wave; ran in October. Declared rate 4.1% → 5.6%.', D(2021, 3, 29), 'Complete', 'ESR declaration above 5%'],
    [W1, '1.2', 'Explain what "disability" covers (including long-term conditions and neurodivergence) on all equality monitoring forms.', '1', 'Workforce Information Manager', D(2020, 12, 31), D(2020, 12, 11), 'Forms updated on ESR and TRAC.', D(2021, 3, 29), 'Complete', 'Wording live on all forms'],
    [W1, '1.3', 'Bring disability data into the monthly divisional workforce reports.', '1', 'Head of Workforce Planning', D(2021, 3, 31), null, 'Built for 3 of 7 divisions; analyst redeployed to Covid-19 reporting Jan–Feb.', D(2021, 3, 29), 'Overdue', 'All divisions see their disability profile'],
    [W1, 'CF1', 'Validate the 2019 WDES figures for metric 3 against the case management system.', '3', 'Head of Employee Relations', D(2020, 6, 30), D(2020, 7, 24), 'Validated; three cases corrected.', D(2020, 7, 24), 'Complete', 'Figures agreed for the 2020 return'],
    [W2, '2.1', 'Sign up to Disability Confident Level 3 (Leader).', '2', 'Head of Recruitment', D(2021, 3, 31), null, 'Self-assessment done; external validation booked for May 2021.', D(2021, 3, 29), 'In progress', 'Level 3 achieved'],
    [W2, '2.1a', 'Make the guaranteed interview scheme visible on every advert and on the careers site.', '2', 'Head of Recruitment', D(2020, 8, 31), D(2020, 8, 28), 'Done.', D(2020, 8, 28), 'Complete', 'On 100% of adverts'],
    [W2, '2.1b', 'Audit a quarter\'s shortlisting decisions for disabled applicants who met the essential criteria.', '2', 'Recruitment Team Leader', D(2020, 12, 31), D(2021, 2, 5), 'Audit of 212 applications; 4 missed guaranteed interviews followed up with managers.', D(2021, 2, 5), 'Complete', 'Audit report'],
    [W2, '2.2', 'Open the Trust\'s internal leadership programme to disabled staff with adjustments offered at application.', '5', 'Head of Leadership Development', D(2021, 1, 31), null, 'Programme moved online; adjustments form added. Cohort starts April.', D(2021, 3, 29), 'In progress', '10% of places taken by disabled staff'],
    [W2, '2.3', 'Offer career coaching to disabled staff returning from long-term absence.', '5', 'Head of Leadership Development', D(2021, 6, 30), null, '', null, 'Not yet due', 'Coaching offer used by 20 staff'],
    [W3, '3.1', 'Write and launch a reasonable adjustments policy with a 4-week target from request to adjustment.', '7', 'Head of HR Policy', D(2020, 10, 31), null, 'Policy consulted on; approval at JNCC postponed twice.', D(2021, 3, 11), 'Overdue', 'Policy approved; 4-week target met in 80% of cases'],
    [W3, '3.1a', 'Create a reasonable adjustments passport template to go with the policy.', '7', 'Head of Occupational Health', D(2020, 10, 31), D(2020, 11, 20), 'Template agreed with the Disabled Staff Network.', D(2020, 11, 20), 'Complete', 'Template in use'],
    [W3, '3.1b', 'Record adjustments in ESR so that they follow staff between departments.', '7', 'ESR Systems Lead', D(2021, 3, 31), null, 'Test field set up; data protection check under way.', D(2021, 3, 29), 'In progress', 'Field live'],
    [W3, '3.2', 'Add the risk of working from home without the right equipment to the home-working risk assessment.', '7', 'Head of Health and Safety', D(2020, 7, 31), D(2020, 7, 15), 'Risk assessment updated for the shift to home working.', D(2020, 7, 15), 'Complete', 'Updated assessment'],
    [W3, '3.3', 'Give clinically extremely vulnerable staff a named contact and a welfare call every fortnight while shielding.', '6', 'Head of Staff Wellbeing', D(2020, 6, 30), D(2020, 5, 29), 'In place for 318 shielding staff.', D(2020, 5, 29), 'Complete', 'Every shielding member of staff contacted'],
    [W3, 'CF2', 'Fund an assistive technology library that departments can borrow from.', '7', 'Head of IT Service Delivery', D(2020, 9, 30), null, 'Budget bid not approved in 2020/21 capital round.', D(2021, 1, 14), 'Overdue', 'Library available'],
    [W4, '4.1', 'Run disability awareness sessions in the divisions with the highest harassment scores in the 2019 survey.', '4', 'Equality and Inclusion Lead', D(2021, 3, 31), null, 'Four sessions held online (Surgery, Estates); Medicine rescheduled.', D(2021, 3, 29), 'In progress', 'Sessions in 4 divisions'],
    [W4, '4.2', 'Encourage disabled staff to report harassment by promoting the Freedom to Speak Up routes through the network.', '4', 'Freedom to Speak Up Guardian', D(2020, 12, 31), D(2020, 12, 18), 'Network session held; FTSU guide issued in accessible formats.', D(2020, 12, 18), 'Complete', 'Reporting rate of disabled staff up'],
    [W4, '4.3', 'Include the impact of presenteeism on disabled staff in the attendance management training for managers.', '6', 'Head of HR Operations', D(2021, 2, 28), null, 'Training content updated; delivery paused during wave two.', D(2021, 3, 29), 'Overdue', 'Managers trained'],
    [W4, '4.4', 'Show disabled staff\'s stories in the Trust\'s "Our People" series.', '7', 'Head of Communications', D(2020, 12, 31), D(2020, 12, 3), 'Five stories published around International Day of Persons with Disabilities.', D(2020, 12, 3), 'Complete', 'Five stories'],
    [W4, 'CF3', 'Review capability cases for disabled staff to check reasonable adjustments were made first.', '3', 'Head of Employee Relations', D(2020, 9, 30), null, 'Review of 2019-20 cases half done.', D(2021, 2, 22), 'In progress', 'Review report to People Committee'],
    [W5, '5.1', 'Relaunch the Disabled Staff Network with an executive sponsor and protected time for its chair.', '9', 'Chief People Officer', D(2020, 9, 30), D(2020, 9, 14), 'Relaunched with the Chief Operating Officer as sponsor.', D(2020, 9, 14), 'Complete', 'Network meeting monthly'],
    [W5, '5.2', 'Ask the network to review the WDES data and agree the actions for 2021-22.', '9', 'Equality and Inclusion Lead', D(2021, 3, 31), D(2021, 3, 24), 'Workshop held 24 March.', D(2021, 3, 24), 'Complete', '2021-22 plan co-produced'],
    [W5, '5.3', 'Report the Board\'s disability profile and invite Board members to share their own stories.', '10', 'Company Secretary', D(2020, 8, 31), D(2020, 8, 27), 'Board profile reported in the WDES return.', D(2020, 8, 27), 'Complete', 'Board data published'],
    [W5, '5.4', 'Report progress on this plan to the People Committee every quarter.', '', 'Equality and Inclusion Lead', 'Quarterly', null, 'Reported in July, October, January and April.', D(2021, 3, 29), 'In progress', 'Four reports'],
  ];
  const fmt = 'dd-mmm-yy';
  for (const [wsn, ref, a, m, lead, due, done, upd, ud, st, out] of rows) {
    p.action([wsn, ref, a, m, lead, due, done, upd, ud, st, out], { ref, indicators: m ? [m] : [], theme: wsn, action: a, lead, due: due instanceof Date ? shown(due, fmt) : due, status: st, rag: ST[st][1], progress: upd, outcome: out, completed: done ? shown(done, fmt) : '' },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: fmt }, { numFmt: fmt }, {}, { numFmt: fmt }, ST[st][0] ? { fill: ST[st][0] } : {}] });
  }
  p.ws.autoFilter = `A1:K${p.r}`;
  // dashboard
  dash.getColumn(1).width = 28; for (let c = 2; c <= 6; c++) dash.getColumn(c).width = 13;
  const dv = (r, c, v, st = {}) => { const cell = dash.getCell(r, c); cell.value = v; cell.font = { name: 'Calibri', size: 11, ...st }; };
  dv(1, 1, trust, { bold: true, size: 14 }); dv(2, 1, 'Workforce Disability Equality Standard – Action Plan 2020-21', { bold: true, size: 12 }); dv(3, 1, 'Position at 31 March 2021 (year end)', { italic: true });
  const sts = Object.keys(ST); ['Workstream', ...sts, 'Total'].forEach((h, i) => dv(5, i + 1, h, { bold: true }));
  [W1, W2, W3, W4, W5, 'All'].forEach((w, i) => {
    const r = 6 + i; dv(r, 1, w, w === 'All' ? { bold: true } : {});
    sts.forEach((s, j) => { const n = rows.filter((x) => (w === 'All' || x[0] === w) && x[9] === s).length; dash.getCell(r, j + 2).value = { formula: w === 'All' ? `SUM(${String.fromCharCode(66 + j)}6:${String.fromCharCode(66 + j)}10)` : `COUNTIFS('Action Plan'!$A:$A,$A${r},'Action Plan'!$J:$J,${String.fromCharCode(66 + j)}$5)`, result: n }; });
    dash.getCell(r, 6).value = { formula: `SUM(B${r}:E${r})`, result: rows.filter((x) => w === 'All' || x[0] === w).length };
  });
  dv(13, 1, 'CF = carried forward from the 2019-20 WDES action plan. Sub-actions (e.g. 2.1a) are tracked as separate lines.', { italic: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large university teaching foundation trust), year-end position of its second WDES plan. Two sheets: 'Dashboard' first (the trust name – only here –, the plan title, 'Position at 31 March 2021', a COUNTIFS grid Workstream × Complete / In progress / Overdue / Not yet due / Total, a note that 'CF' marks actions carried forward from 2019-20 and sub-actions are tracked as separate lines) and 'Action Plan', the gold sheet, whose HEADER IS ROW 1 (frozen, autofilter): 'Workstream | Action No. | Action | WDES Metric | Responsible Lead | Target Date | Date Completed | Latest Update | Update Date | Status | Measure of Success', then 24 action rows and nothing else – no title, no section rows. Judgement calls: theme = the WORKSTREAM COLUMN of the row (filled on every row; there are no section rows); refs as written – '1.1', SUB-ACTIONS '2.1a', '2.1b', '3.1a', '3.1b' (each its own action with its own fields, under a parent that is an action too) and 'CF1'–'CF3' for carried-forward actions; indicators from 'WDES Metric' in the 2020 numbering (whole metrics '4', '9'; blank → []); due = Target Date as shown (dd-mmm-yy) or 'Quarterly'; completed = 'Date Completed' as shown ('' when empty); status = the word, rag = its fill (Complete green, In progress amber, Overdue red), 'Not yet due' unfilled (rag null); progress = 'Latest Update' ('' where empty), the Update Date is not a due or completion date; outcome = 'Measure of Success'; nothing from the Dashboard but the trust name.", { mode: 'fill', ragCol: 'J', themeCol: 'A', notFrom: ['I'] });
}
