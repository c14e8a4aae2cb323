// holdout29-wres-2025-26-luneandwyre: an ICB's own-staff WRES plan with a pasted data block and a header rebuilt half way down (see the gold notes and README).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Lune and Wyre Integrated Care Board';
  const p = new Plan(book, { name: 'holdout29-wres-2025-26-luneandwyre', sheet: 'Plan', standard: 'WRES', period: '2025-26', trust, widths: [8, 50, 14, 24, 13, 12, 42], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard 2025/26 – action plan for ICB-employed staff'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator(s)', 'Owner', 'Deadline', 'Status', 'Notes'], { style: { fill: C.nhs, color: C.white } });
  const SF = { 'On track': C.goodG, Complete: C.lightblue, 'At risk': C.neutralA, 'Not started': C.badR };
  const SR = { 'On track': 'green', Complete: 'blue', 'At risk': 'amber', 'Not started': 'red' };
  p.line(['Priority 1 – Recruitment and careers'], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue } });
  const a1 = (ref, text, ind, inds, who, due, st, note) => p.action([ref, text, ind, who, due, st, note], { ref, indicators: inds, theme: 'Priority 1 – Recruitment and careers', action: text, lead: who, due: shown(due, 'dd/mm/yyyy'), status: st, rag: SR[st], progress: note, ragAt: { col: 'F', via: 'fill' } }, { styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: SF[st] }, {}] });
  a1('LW1', 'Publish the ICB’s ethnicity profile by band every six months on the staff intranet, with a short commentary.', '1', ['1'], 'Head of People Analytics', D(2025, 9, 30), 'Complete', 'First publication July 2025.');
  a1('LW2', 'Require a trained inclusive recruitment champion on every panel for Band 8a and above, and audit compliance quarterly.', '2', ['2'], 'Associate Director of People', D(2025, 12, 31), 'On track', '24 champions trained; Q1 audit 78% compliant.');
  a1('LW3', 'Create a secondment register so that opportunities across the ICS are advertised to all staff, not offered informally.', '7', ['7'], 'Head of Organisational Development', D(2026, 3, 31), 'At risk', 'Needs agreement from partner trusts – on ICS People Board agenda Oct.');
  p.line(['WRES data 2025 (pasted from the submission workbook by Workforce Analyst, 11/08/25) – for reference, delete before publishing'], { merge: ['A', 'G'], style: { italic: true, fill: C.tan } });
  p.line(['Ind.', 'Measure', '2024', '2025', 'Change'], { border: true, style: { bold: true, fill: C.tan } });
  const data = [
    ['1', 'Staff from ethnic minority backgrounds at Band 8a and above', 0.112, 0.127, '0.0%'],
    ['2', 'Relative likelihood of white applicants being appointed from shortlisting', 1.64, 1.41, '0.00'],
    ['5', 'Harassment, bullying or abuse from the public – ethnic minority staff', 0.094, 0.081, '0.0%'],
    ['6', 'Harassment, bullying or abuse from staff – ethnic minority staff', 0.238, 0.215, '0.0%'],
    ['7', 'Believe the organisation provides equal opportunities – ethnic minority staff', 0.512, 0.556, '0.0%'],
    ['8', 'Discrimination from a manager or colleague – ethnic minority staff', 0.171, 0.162, '0.0%'],
  ];
  for (const [i, m, a, b, f] of data) p.line([i, m, a, b, f === '0.00' ? 'improved' : (b - a > 0 ? 'up' : 'down')], { border: true, styles: [{}, {}, { numFmt: f }, { numFmt: f }, {}] });
  p.blank();
  p.line(['Priority 2 – Culture, belonging and speaking up'], { merge: ['A', 'G'], style: { bold: true, fill: C.paleblue } });
  p.header(['Ref', 'Action', 'Indicator', 'Lead officer', 'Target date', 'RAG', 'Progress (Q2)'], { style: { fill: C.teal, color: C.white } });
  const RW = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const a2 = (ref, text, ind, inds, who, due, rag, prog) => p.action([ref, text, ind, who, due, rag, prog], { ref, indicators: inds, theme: 'Priority 2 – Culture, belonging and speaking up', action: text, lead: who, due, status: rag, rag: rag.toLowerCase(), progress: prog, ragAt: { col: 'F', via: 'word' } }, { styles: [{}, {}, {}, {}, {}, { color: RW[rag], bold: true }, {}] });
  a2('LW4', 'Run a facilitated “race and belonging” conversation in every directorate team meeting, using the 2025 staff survey results.', '5, 6, 8', ['5', '6', '8'], 'EDI Lead', 'Sept 2025', 'Amber', 'Five of nine directorates done; Finance and Digital booked for November.');
  a2('LW5', 'Introduce a just and learning approach to employee relations cases, with a pre-formal check for every case involving an ethnic minority colleague.', '3', ['3'], 'Head of Employee Relations', 'Q4 25/26', 'Green', 'Checklist agreed with staff side; training for managers planned.');
  a2('LW6', 'Launch reverse mentoring between members of the Race Equality Network and the Executive Team.', '9', ['9'], 'Chief People Officer', 'Jul 2025', 'Blue', 'Eight pairs started in July.');
  a2('LW7', 'Add an anti-racism objective to every senior leader’s appraisal from the 2025 appraisal round.', '9', ['9'], 'Chief People Officer', 'June 2025', 'Red', 'Appraisal template not yet changed – system supplier delay.');
  a2('LW8', 'Give Race Equality Network leads two protected days a month and a seat on the ICB People Committee.', '8', ['8'], 'Director of Corporate Affairs', 'Ongoing', 'Green', 'Protected time agreed; network chair attended September committee.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board, its own staff) after a year of edits: the ICB's name, the plan title naming 2025/26, a blue header 'Ref | Action | WRES indicator(s) | Owner | Deadline | Status | Notes', a pale-blue 'Priority 1 – Recruitment and careers' row and three actions LW1–LW3 with real dd/mm/yyyy deadlines and status words on soft fills (Excel's 'Good / Neutral / Bad' style colours and light blue for Complete). Then an analyst PASTED A DATA BLOCK INTO THE MIDDLE of the table: a tan note row ('WRES data 2025 (pasted from the submission workbook …) – for reference, delete before publishing'), a mini-header 'Ind. | Measure | 2024 | 2025 | Change', six indicator rows with percentages and a relative likelihood ('1.64', '1.41'), in the same columns as the actions. Then a blank row, 'Priority 2 – Culture, belonging and speaking up', and the lower half REBUILT BY SOMEONE ELSE with a REPEATED BUT RENAMED header in teal ('Indicator', 'Lead officer', 'Target date', 'RAG', 'Progress (Q2)'), refs carrying on LW4–LW8, TYPED timescales ('Sept 2025', 'Q4 25/26', 'Ongoing') and the RAG as a colour WORD in a coloured bold font ('Amber'). Judgement calls: the pasted data rows are findings, not actions (their 'Ind.' numbers and measures are not actions or indicators of any action), and with their note and mini-header they are non-action rows; the renamed header means the same columns (Owner = Lead officer, Deadline = Target date, Status = RAG, Notes = Progress (Q2)); status = the word as written (on-fill words above, colour words below) and rag = fill above, the colour word below ('Blue' → blue); indicators in the order written ('5, 6, 8' → ['5','6','8']); theme = the Priority row above; lead and due as written in either half.", { forbidden: ['1.64', '1.41', 'improved', 'Workforce Analyst'] });
}
