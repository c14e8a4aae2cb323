// holdout85-wres-2025-26-rushwyke: acute trust, the plan as published with the WRES report: each indicator's last two years of data and
// the change beside it (merged down over its actions), then 'What we will do | Executive lead | Operational lead | Timescale | Measure of
// success'. Executive lead is the accountable director, never the lead; the data columns give no field.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Rushwyke and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2025-26-rushwyke', sheet: 'Action plan', standard: 'WRES', period: '2025-26', trust, widths: [24, 9, 9, 9, 50, 20, 24, 12, 34], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard 2025 – our action plan for 2025/26'], { merge: ['A', 'I'], style: { bold: true, font: { size: 11 } } });
  p.line(['Agreed by the People Committee on 17 September 2025 and the Trust Board on 2 October 2025.'], { merge: ['A', 'I'], style: { italic: true } });
  p.blank();
  p.header(['WRES indicator', 2024, 2025, 'Change', 'What we will do', 'Executive lead', 'Operational lead', 'Timescale', 'Measure of success'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 5 }];
  const P1 = { numFmt: '0.0%' }, R2 = { numFmt: '0.00' }, CH1 = { numFmt: '+0.0;-0.0;0.0' }, CH2 = { numFmt: '+0.00;-0.00;0.00' };
  const groups = [
    [['1'], '1 – BME staff at Band 8a and above', [0.092, P1], [0.108, P1], [1.6, CH1], [
      ['Set a target for BME representation at Band 8a and above for each clinical division, in line with the Model Employer goal, and review it at divisional performance meetings.', 'Chief People Officer', 'Head of Workforce Planning', 'Q2 2025/26', 'Band 8a+ BME representation at 12.0% by March 2026.'],
      ['Run a second cohort of the “Rising Leaders” programme for BME staff at Bands 6 and 7, with a senior sponsor for each participant.', 'Chief People Officer', 'Leadership and OD Manager', 'Q4 2025/26', '20 participants; half apply for a higher-band post within a year.'],
    ]],
    [['2'], '2 – Appointed from shortlisting', [1.71, R2], [1.48, R2], [-0.23, CH2], [
      ['Make a trained inclusion panel member part of every interview for Band 7 and above, and for all consultant appointments.', 'Chief Medical Officer', 'Medical Staffing Manager / Recruitment Manager', 'Q3 2025/26', 'Relative likelihood below 1.25 in the 2026 WRES.'],
    ]],
    [['3'], '3 – Entering formal disciplinary', [1.32, R2], [1.11, R2], [-0.21, CH2], [
      ['Keep the pre-formal decision panel for all proposed disciplinary investigations and publish its outcomes by ethnicity twice a year.', 'Chief People Officer', 'Head of Employee Relations', 'Ongoing', 'Relative likelihood stays between 0.8 and 1.25.'],
    ]],
    [['5', '6'], '5 & 6 – Harassment, bullying or abuse from the public and from staff', '5: 32.6% / 6: 28.1%', '5: 30.9% / 6: 27.4%', 'Both down', [
      ['Issue a sanction letter to any patient or visitor who racially abuses staff, and report the number of letters to the Health and Safety Committee.', 'Chief Nurse', 'Head of Security', 'Q1 2025/26', 'All racist incidents on Datix followed up within 5 working days.'],
      ['Train every ward and department manager in the Emergency Department, theatres and maternity in active bystander skills.', 'Chief Nurse', 'Deputy Chief Nurse', 'Q4 2025/26', '90% of managers in those areas trained.'],
    ]],
    [['7'], '7 – Equal opportunities for career progression', [0.451, P1], [0.478, P1], [2.7, CH1], [
      ['Introduce a talent conversation for every member of staff at appraisal, recorded on ESR, with a report by ethnicity to the People Committee.', 'Chief People Officer', 'Head of Learning and Development', 'Q3 2025/26', 'Talent conversations recorded for 80% of staff.'],
    ]],
    [['9'], '9 – Board voting membership', '-6.8%', '-4.2%', '+2.6', [
      ['Use a diverse shortlisting panel and a search firm with a record of BME appointments for the two non-executive vacancies.', 'Chair', 'Company Secretary', 'Q2 2025/26', 'At least one BME candidate on every final shortlist.'],
    ]],
  ];
  for (const [inds, label, d24, d25, ch, acts] of groups) {
    const first = p.r + 1;
    const val = (d) => (Array.isArray(d) ? d[0] : d), fmt = (d) => (Array.isArray(d) ? d[1] : {});
    acts.forEach(([act, exec, lead, when, meas], i) => {
      const head = i === 0 ? [label, val(d24), val(d25), val(ch)] : ['', '', '', ''];
      p.action([...head, act, exec, lead, when, meas], { indicators: inds, action: act, lead, due: when, outcome: meas }, { styles: [{ bold: true }, { ...fmt(d24), alignment: { horizontal: 'center' } }, { ...fmt(d25), alignment: { horizontal: 'center' } }, { ...fmt(ch), alignment: { horizontal: 'center' } }] });
    });
    for (const col of ['A', 'B', 'C', 'D']) mergeDown(p.ws, col, first, p.r);
  }
  p.blank();
  const foot = p.line(['Figures for indicators 1–4 are from ESR at 31 March; indicators 5–8 from the NHS Staff Survey; indicator 9 is the gap between Board voting members and the workforce (percentage points).'], { merge: ['A', 'I'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after published acute trust WRES plans that print the data beside the actions (fictional trust, every sentence and number new). Sheet 'Action plan': trust name, title, an italic approval line (People Committee 17 September 2025, Trust Board 2 October 2025), a blank row, the NHS-blue header 'WRES indicator | 2024 | 2025 | Change | What we will do | Executive lead | Operational lead | Timescale | Measure of success' (row 5, frozen with column A; the years are number cells). For each indicator the label ('2 – Appointed from shortlisting') and its 2024, 2025 and Change figures are MERGED DOWN over its actions; the figures are real numbers with % / 0.00 / +0.0 formats, or text ('5: 32.6% / 6: 27.4%', 'Both down'). A small italic source line under the table. Judgement calls: indicators from the merged label's number(s) ('5 & 6' → ['5','6']); theme null (no grouping beyond the indicator); lead = Operational lead as written ('Medical Staffing Manager / Recruitment Manager' kept whole), NEVER the Executive lead (the accountable director); due = Timescale as typed ('Q2 2025/26', 'Ongoing'); outcome = Measure of success; the data and change columns give no field (a figure is not a status or outcome); no status column, rag null; the approval dates are no dues; the source line is not an action.", { notFrom: ['B', 'C', 'D', 'F'], forbidden: ['17 September 2025', '2 October 2025'], dataRows: [foot] });
}
