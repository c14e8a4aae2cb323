// holdout20-wres-2026-27-tallowgate: ORDINARY new-year WRES plan of a tertiary acute trust with a MAJOR TRAUMA CENTRE – title,
// 'draft v0.4 for People Committee' line, intro; header 'Ref | HIA | WRES indicator | Problem statement | Action | Lead | Support
// | Target | Measure of success'; leads 'Dr/Ms Name, role'; a Support column (not the lead); dd.mm.yyyy + FY quarters; NO status.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout20-wres-2026-27-tallowgate', sheet: 'Draft WRES plan 26-27', standard: 'WRES', period: '2026-27', trust: 'Tallowgate Teaching Hospitals NHS Trust', widths: [9, 7, 12, 36, 52, 30, 26, 13, 34] });
  p.line(['Tallowgate Teaching Hospitals NHS Trust (incorporating the Tallowgate Major Trauma Centre)'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard action plan 2026/27 – DRAFT v0.4 for People Committee, 16 June 2026'], { merge: ['A', 'I'], style: { bold: true, color: C.darkred } });
  p.line(['Our 2026 WRES data show progress at Band 8a but a widening gap in appointment from shortlisting (indicator 2) and more BME staff in the emergency department reporting abuse from patients (indicator 5). This draft responds to those findings.'], { merge: ['A', 'I'], height: 30 });
  p.blank();
  p.header(['Ref', 'HIA', 'WRES indicator', 'Problem statement', 'Action', 'Lead', 'Support', 'Target', 'Measure of success'], { style: { fill: C.nhs, color: C.white } });
  const F = 'dd.mm.yyyy';
  const data = [
    ['2', 'WRES 2', ['2'], 'White applicants 1.58 times more likely to be appointed from shortlisting.', 'Use structured scoring with a calibration discussion on every shortlist for Band 6 and above.', 'Ms Priya Raman, Head of Resourcing', 'Recruitment team', D(2026, 12, 31), 'Relative likelihood below 1.3.'],
    ['2', 'WRES 2', ['2'], 'Panels for medical posts rarely include BME consultants.', 'Include a BME consultant or inclusion ambassador on every consultant appointment panel.', 'Dr Femi Adeyemi, Deputy Medical Director', 'Medical staffing', D(2026, 9, 30), 'All AAC panels compliant.'],
    ['3', 'WRES 3', ['3'], 'BME staff 1.4 times more likely to enter formal disciplinary.', 'Require a pre-formal review by a trained senior manager from outside the service.', 'Mr Owen Price, Head of Employee Relations', 'HR business partners', 'Q2 2026/27', 'Relative likelihood below 1.2.'],
    ['3', 'WRES 4', ['4'], 'Access to non-mandatory training is not recorded by ethnicity.', 'Record applications and approvals for CPD funding by ethnicity.', 'Ms Grace Liu, Head of Education', 'Learning systems', 'Q3 2026/27', 'Access ratio reported quarterly.'],
    ['6', 'WRES 5', ['5'], 'ED staff report rising abuse from patients and visitors.', 'Introduce body-worn cameras and a named security lead for the ED and major trauma wards.', 'Mr Dan Whitlock, Head of Security', 'ED matrons', D(2026, 11, 30), 'Fewer BME ED staff report abuse in the 2027 survey.'],
    ['6', 'WRES 6', ['6'], 'Harassment from colleagues is highest in theatres.', 'Run civility and respect workshops for theatre teams, led by the trauma surgeons.', 'Dr Hannah Osei, Clinical Director Theatres', 'OD team', D(2027, 3, 31), 'Theatre WRES 6 score improves by 3 points.'],
    ['6', 'WRES 8', ['8'], 'BME staff report discrimination from managers.', 'Add race equity to the line manager essentials course and the appraisal of every band 8a+ manager.', 'Ms Aisha Karim, Head of OD', 'Staff networks', D(2027, 3, 31), 'All 8a+ managers have a race equity objective.'],
    ['5', 'WRES 7', ['7'], 'BME staff less likely to believe progression is fair.', 'Launch a sponsorship programme pairing senior BME clinicians with executives.', 'Ms Aisha Karim, Head of OD', 'Race Equality Network', D(2026, 10, 31), '20 sponsor pairs in place.'],
    ['1', 'WRES 9', ['9'], 'Board does not reflect the workforce.', 'Use a diverse search firm and a community panel for the next two non-executive appointments.', 'Mr Simon Hale, Trust Secretary', 'Governors', 'Q4 2026/27', 'Diverse shortlists for both posts.'],
    ['1', 'WRES 1-9', ALL_WRES, 'Board needs assurance the plan is delivering.', 'Report progress to the People Committee every quarter and publish a year-end summary.', 'Ms Priya Raman, Head of Resourcing', 'EDI team', 'Quarterly', 'Four reports received.'],
  ];
  let n = 0;
  for (const [hia, ind, inds, prob, action, lead, sup, due, meas] of data) {
    const ref = `TG26-${String(++n).padStart(2, '0')}`;
    p.action([ref, hia, ind, prob, action, lead, sup, due, meas], { ref, indicators: inds, action, lead, due: due instanceof Date ? shown(due, F) : due, outcome: meas }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, {}, { numFmt: F }] });
  }
  p.blank();
  p.line(['HIA = high impact action of the NHS EDI Improvement Plan (1 Board objectives; 2 recruitment; 3 pay gaps; 4 health inequalities; 5 international recruitment/talent; 6 bullying and harassment).'], { merge: ['A', 'I'], height: 28, style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year DRAFT WRES plan of a tertiary TEACHING trust with a MAJOR TRAUMA CENTRE: merged NHS-blue trust title (naming the major trauma centre), a merged dark-red 'DRAFT v0.4 for People Committee, 16 June 2026' plan line, a merged intro paragraph citing indicators 2 and 5 (context, not actions), a blank row, then an NHS-blue header 'Ref | HIA | WRES indicator | Problem statement | Action | Lead | Support | Target | Measure of success' (row 5). Refs 'TG26-01'…; HIA as bare numbers 1–6 (column, explained by a footnote; not a theme); 'WRES N', 'WRES 1-9' (= all nine). 'Problem statement' = context. Lead = the named person with their role ('Ms Priya Raman, Head of Resourcing', kept whole); 'Support' names a team and is not the lead. Target real dates dd.mm.yyyy plus FY quarters ('Q2 2026/27') and 'Quarterly' as text. Measure of success = outcome. NO status column (a new plan: status '', rag null). HIA footnote below. Judgement calls: lead = Lead, not Support; the 'Name, role' cell is kept whole; the problem statement and intro paragraph are context; the HIA number is not a theme; a draft plan is still the plan for 2026-27.", { notFrom: ['D', 'G'] });
}
