// holdout12-wres-2021-22-aldwick: LARGE ACUTE TRUST – 22 actions in five priority sections (theme), a HIDDEN template
// example row under the header, 'Lead' + 'Executive lead', dd-mmm-yy dates, RAG letters, a COUNTIF totals table below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wres-2021-22-aldwick', sheet: 'WRES Plan', standard: 'WRES', period: '2021-22', trust: 'Aldwick Teaching Hospitals NHS Trust', widths: [6, 12, 52, 34, 26, 22, 11, 7, 36], font: { name: 'Arial', size: 9 } });
  p.line(['Aldwick Teaching Hospitals NHS Trust – WRES Action Plan 2021/22'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, fill: C.nhs, color: C.white } });
  p.line(['RAG: B = complete; G = on track; A = some delay, recoverable; R = off track. Position at 28 February 2022.'], { merge: ['A', 'I'], style: { italic: true } });
  p.header(['No.', 'WRES indicator', 'Action', 'Measure of success', 'Lead', 'Executive lead', 'Due date', 'RAG', 'Comments'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.line(['e.g.', '2', 'Example: describe the action in one or two sentences (delete this row before publishing)', 'How we will know it has worked', 'Named post holder', 'Executive director', 'dd-mmm-yy', 'G', ''], { border: true, hidden: true, style: { italic: true, color: 'FF808080' } });
  const K = { B: [C.blue, 'blue', C.white], G: [C.green, 'green', C.white], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  let theme = null; let n = 0;
  const sec = (t) => { theme = t; p.line([t], { merge: ['A', 'I'], border: true, style: { bold: true, fill: C.paleblue } }); };
  const act = (ind, inds, action, measure, lead, exec, due, s, com = '') => { n++; const d = due instanceof Date;
    return p.action([n, ind, action, measure, lead, exec, due, s, com], { ref: String(n), indicators: inds, theme, action, lead, due: d ? shown(due, 'dd-mmm-yy') : due, status: s, rag: K[s][1], progress: com, outcome: measure },
      { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, d ? { numFmt: 'dd-mmm-yy' } : {}, { fill: K[s][0], bold: true, alignment: { horizontal: 'center' }, ...(K[s][2] ? { color: K[s][2] } : {}) }] }); };
  sec('Priority 1 – A representative workforce at every level (Model Employer)');
  act('1', ['1'], 'Set BME representation targets for Bands 8a–9 and VSM for each clinical division and corporate directorate.', 'Targets agreed and in divisional performance reviews', 'Deputy Director of Workforce', 'Chief People Officer', D(2021, 9, 30), 'B', 'Agreed at Workforce Committee.');
  act('1', ['1'], 'Report progress against the targets in the monthly divisional performance reviews.', 'Standing item in every review', 'Divisional HR Business Partners', 'Chief Operating Officer', 'Monthly', 'G');
  act('1', ['1'], 'Reduce ethnicity "not stated" on ESR to below 3%.', '"Not stated" below 3%', 'Workforce Information Manager', 'Chief People Officer', D(2021, 12, 31), 'B', 'Now 2.4%.');
  act('1, 9', ['1', '9'], 'Create a shadow board programme for BME staff at Bands 7–8b.', 'Eight participants; evaluation published', 'Head of Leadership', 'Chief Executive', D(2022, 3, 31), 'A', 'Launch moved to March.');
  sec('Priority 2 – Fair recruitment and promotion');
  act('2', ['2'], 'Require a trained Inclusion Ambassador on every interview panel for Band 8a and above.', '100% of 8a+ panels', 'Head of Recruitment', 'Chief People Officer', D(2021, 10, 31), 'G', '91% in Q3.');
  act('2', ['2'], 'Use de-personalised shortlisting on TRAC for all non-medical posts.', 'Live for all non-medical posts', 'Head of Recruitment', 'Chief People Officer', D(2022, 1, 31), 'R', 'TRAC upgrade delayed by supplier.');
  act('2', ['2'], 'Publish appointment-from-shortlisting ratios by division every quarter.', 'Quarterly dashboard', 'Workforce Information Manager', 'Chief People Officer', 'Quarterly', 'G');
  act('2, 7', ['2', '7'], 'Give every unsuccessful internal BME candidate for a Band 7+ post a structured feedback conversation.', 'Feedback offered in 100% of cases', 'Recruiting managers', 'Divisional Directors', 'From Aug-21', 'A', 'Not yet recorded consistently.');
  act('7', ['7'], 'Offer secondments and acting-up posts through an open expression-of-interest process.', 'All secondments advertised', 'Head of Workforce Planning', 'Chief People Officer', D(2021, 11, 30), 'G');
  sec('Priority 3 – Fair and just employee relations');
  act('3', ['3'], 'Apply the just culture decision tool, signed off by an HR Business Partner, before any formal investigation.', 'Relative likelihood below 1.25', 'Head of Employee Relations', 'Chief People Officer', D(2021, 7, 31), 'B', 'In place since July.');
  act('3', ['3'], 'Train 30 investigating officers in fair and inclusive investigations.', '30 officers trained', 'Head of Employee Relations', 'Chief People Officer', D(2021, 12, 31), 'G', '22 trained.');
  act('3', ['3'], 'Review all suspensions of BME staff within 72 hours with an executive director.', 'Every suspension reviewed', 'Head of Employee Relations', 'Chief Nurse', 'Ongoing', 'G');
  act('4', ['4'], 'Publish access to CPD funding and study leave by ethnicity and staff group.', 'Annual report to Education Committee', 'Head of Education', 'Medical Director', D(2022, 3, 31), 'A', 'Medical data not yet split by ethnicity.');
  sec('Priority 4 – Freedom from bullying, harassment and discrimination');
  act('5', ['5'], 'Launch a zero tolerance campaign on racist abuse from patients and visitors, with warning letters signed by the Chief Executive.', 'Warning letter issued in 100% of reported cases', 'Head of Security', 'Chief Operating Officer', D(2021, 9, 30), 'B');
  act('5', ['5'], 'Provide conflict resolution training to reception and Emergency Department staff.', '85% of ED and reception staff trained', 'Head of Security', 'Chief Operating Officer', D(2022, 3, 31), 'R', 'Training capacity lost to Omicron wave.');
  act('6, 8', ['6', '8'], 'Deliver the Active Bystander programme to every ward manager and matron.', 'All ward managers and matrons trained', 'Head of OD', 'Chief Nurse', D(2022, 3, 31), 'A', '64% trained.');
  act('6, 8', ['6', '8'], 'Appoint 20 Freedom to Speak Up champions from BME staff.', '20 champions in post', 'FTSU Guardian', 'Chief Executive', D(2021, 12, 31), 'G', '17 in post.');
  act('8', ['8'], 'Introduce a race discrimination reporting route on the intranet with a named HR contact.', 'Route live; cases reported quarterly', 'Head of Employee Relations', 'Chief People Officer', D(2021, 11, 30), 'B');
  sec('Priority 5 – Leadership, accountability and voice');
  act('9', ['9'], 'Set a race equality objective for every executive director and non-executive director.', 'Objectives in all Board appraisals', 'Company Secretary', 'Chair', D(2021, 6, 30), 'B');
  act('All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Give the BME Staff Network chair and vice-chair protected time and a budget of £10,000.', 'Protected time agreed', 'EDI Lead', 'Chief People Officer', D(2021, 5, 31), 'B');
  act('7, 9', ['7', '9'], 'Run a second cohort of reverse mentoring for the Board and senior leaders.', '16 pairs completed', 'EDI Lead', 'Chief Executive', D(2022, 2, 28), 'G', 'Cohort 2 mid-way.');
  act('All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report on this plan to the Workforce Committee quarterly and publish the year-end position.', 'Reports on time', 'EDI Lead', 'Chief People Officer', 'Quarterly', 'G');
  p.blank();
  p.line(['', 'Summary'], { style: { bold: true } });
  p.header(['', 'RAG', 'Number of actions'], { border: true, style: { fill: C.grey } });
  const first = 6; const last = p.r - 3;
  const counts = { B: 7, G: 9, A: 4, R: 2 };
  for (const [k, v] of Object.entries(counts)) { const r = p.line(['', k, null], { border: true, styles: [{}, { fill: K[k][0], bold: true, ...(K[k][2] ? { color: K[k][2] } : {}) }] }); p.ws.getRow(r).getCell(3).value = { formula: `COUNTIF($H$${first}:$H$${last},B${r})`, result: v }; }
  const tr = p.line(['', 'Total', null], { border: true, style: { bold: true } }); p.ws.getRow(tr).getCell(3).value = { formula: `SUM(C${tr - 4}:C${tr - 1})`, result: 22 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a LARGE ACUTE TRUST plan with 22 actions: title (white on NHS blue), an italic key/position line ('RAG: B = complete; G = on track; A = some delay, recoverable; R = off track …'), the header 'No. | WRES indicator | Action | Measure of success | Lead | Executive lead | Due date | RAG | Comments' (frozen, Arial 9). Directly under the header a HIDDEN TEMPLATE ROW ('e.g.' … 'Example: describe the action … (delete this row before publishing)' in grey italics) left from the template – a non-action row. Five pale-blue merged priority rows ('Priority 1 – A representative workforce at every level (Model Employer)' …) give the gold theme. Actions numbered 1–22 continuously (numbers). Indicators as bare numbers ('1', '1, 9', '6, 8', 'All' → all nine). Two person columns: gold lead = 'Lead', not 'Executive lead'. Due dates are real dates shown dd-mmm-yy ('30-Sep-21') plus text 'Monthly', 'Quarterly', 'Ongoing', 'From Aug-21'. RAG letters filled (B blue, G green, A amber, R red). Measure of success = gold outcome; Comments = progress. Under the plan a 'Summary' caption and a small TOTALS TABLE ('RAG | Number of actions', filled letters with COUNTIF formulas, 'Total' =SUM) – its letter rows look like RAG cells but are not actions.", { ragCol: 'H', mode: 'fill' });
}
