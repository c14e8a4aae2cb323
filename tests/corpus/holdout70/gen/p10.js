// holdout70-wres-2018-19-meridian: national NHS arm's-length body (no wards – analysts, policy, regional teams), the plan as its
// Executive Leadership Team reviews it: numbered OBJECTIVE rows with a success measure, actions 1.1, 1.2 …, 'ELT sponsor' beside
// 'Lead', grades in the ALB's own pay scale, 'Position at Q4' words on fills, and a 'Glossary' tab.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'National Health Intelligence and Standards Agency';
  const p = new Plan(book, { name: 'holdout70-wres-2018-19-meridian', sheet: 'WRES plan 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [7, 52, 9, 20, 28, 13, 22], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard – our action plan for 2018/19 (arm’s-length bodies report the WRES to DHSC)'], { merge: ['A', 'G'] });
  p.line(['Version 3.2 – reviewed by ELT 23 April 2019 (year-end position)'], { merge: ['A', 'G'], style: { italic: true, color: 'FF7F7F7F' } });
  p.blank();
  p.header(['No.', 'Objective / action', 'WRES', 'ELT sponsor', 'Lead', 'Deadline', 'Position at Q4'], { style: { fill: C.darkblue, color: C.white } });
  const F = { Delivered: C.green, 'Partly delivered': C.amber, 'Not delivered': C.red, 'Carried forward to 2019/20': C.lightblue };
  const R = { Delivered: 'green', 'Partly delivered': 'amber', 'Not delivered': 'red', 'Carried forward to 2019/20': 'blue' };
  const rows = [
    ['1. Widen who applies and who is appointed', 'Success measure: relative likelihood of appointment below 1.3 by March 2019'],
    ['1.1', 'Advertise analyst and statistician roles through the Government Statistical Service diversity networks and two BAME graduate schemes.', '2', 'Chief Data Officer', 'Head of Resourcing', 'Sep 2018', 'Delivered'],
    ['1.2', 'Remove names, ages and university names from applications for all grades up to Grade 7.', '2', 'Director of People', 'Head of Resourcing', 'Dec 2018', 'Partly delivered'],
    ['1.3', 'Require a BAME panel member for every SCS and Grade 6 appointment.', '2, 9', 'Chief Executive', 'Head of Talent / Head of Resourcing', 'Jun 2018', 'Delivered'],
    ['2. Make progression fair', 'Success measure: BAME staff at Grade 7 and above up from 9% to 12%'],
    ['2.1', 'Publish the agency’s grade profile by ethnicity for each directorate and regional office.', '1', 'Director of People', 'HR Analytics Manager', 'Oct 2018', 'Delivered'],
    ['2.2', 'Open the Future Leaders scheme with half of the places for BAME staff at Grades 7 and 8.', '4, 7', 'Director of People', 'Head of Talent', 'Mar 2019', 'Carried forward to 2019/20'],
    ['3. Tackle bullying and build trust', 'Success measure: staff survey gap on bullying narrowed by half'],
    ['3.1', 'Appoint and train Fair Treatment Ambassadors in every regional office.', '6, 8', 'Director of Operations', 'Employee Relations Lead', 'Nov 2018', 'Partly delivered'],
    ['3.2', 'Review all grievance and disciplinary cases from 2016–2018 for patterns by ethnicity.', '3', 'Director of People', 'Employee Relations Lead', 'Jan 2019', 'Not delivered'],
    ['3.3', 'Hold a listening session with the BAME staff network at every ELT away day.', '7, 8', 'Chief Executive', 'Network Chair (with Head of Inclusion)', 'Quarterly', 'Delivered'],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 2) { secs.push(p.line([r[0], r[1]], { style: { bold: true, fill: C.paleblue }, merge: [['B', 'G']], styles: [{}, { italic: true }] })); theme = r[0]; continue; }
    const [no, act, ind, sp, lead, dl, pos] = r;
    p.action(r, { ref: no, indicators: ind.split(', '), theme, action: act, lead, due: dl, status: pos, rag: R[pos] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: F[pos] }] });
  }
  p.blank();
  p.line(['Objectives are set for three years (2018–2021); success measures are reviewed each March.'], { merge: ['A', 'G'], style: { italic: true } });
  const g = book.wb.addWorksheet('Glossary');
  g.getColumn(1).width = 12; g.getColumn(2).width = 60;
  [['Term', 'Meaning'], ['ALB', 'Arm’s-length body'], ['DHSC', 'Department of Health and Social Care'], ['ELT', 'Executive Leadership Team'], ['SCS', 'Senior Civil Service equivalent grades in the agency’s pay framework'], ['Grade 6 / 7 / 8', 'Agency pay grades (Grade 6 is the most senior below SCS)']].forEach((v, i) => { g.getRow(1 + i).values = v; g.getRow(1 + i).font = { name: 'Arial', size: 10, bold: i === 0 }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional national NHS arm's-length body). Two tabs: 'WRES plan 2018-19' (gold) and 'Glossary' (terms, not actions). The plan: agency name, title, a grey version line (ELT review 23 April 2019), a blank row, the navy header 'No. | Objective / action | WRES | ELT sponsor | Lead | Deadline | Position at Q4' (row 5), three OBJECTIVE rows ('1. Widen who applies and who is appointed' in A with an italic 'Success measure: …' merged across B–G) each followed by its numbered actions (eight in all), and a closing italic line. Judgement calls: theme = the objective row's title in column A (the success measure beside it is the objective's measure, not an outcome of any one action, so outcome ''); the objective rows are not actions; ref = the action number ('1.1'); lead = Lead, never the ELT sponsor, kept whole where it names two ('Head of Talent / Head of Resourcing', 'Network Chair (with Head of Inclusion)'); due = Deadline as typed ('Sep 2018', 'Quarterly' kept); status = the Q4 position word, rag from its fill ('Carried forward to 2019/20' on light blue → blue); indicators from WRES ('2, 9', '4, 7' → both); the ELT review date is no due.", { mode: 'fill', ragCol: 7, sections: secs, notFrom: ['D'], forbidden: ['23 April 2019'] });
}
