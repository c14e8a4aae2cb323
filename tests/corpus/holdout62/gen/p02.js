// holdout62-wres-2024-25-fenmarsh: ambulance trust; the HIA is shown ONLY AS THE FILL COLOUR of the Ref cell, decoded by a colour key row above
// the header; WRES column; progress update text, no status column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenmarsh Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout62-wres-2024-25-fenmarsh', sheet: 'WRES 24-25', standard: 'WRES', period: '2024-25', trust, widths: [11, 58, 9, 28, 13, 50], font: { name: 'Arial', size: 10 } });
  const H = { 1: C.purple, 2: C.teal, 3: C.lilac, 4: C.tan, 5: C.paleblue, 6: C.palegrey };
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard action plan 2024/25'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Colour of the Ref cell shows the EDI Improvement Plan High Impact Action the action supports:'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['HIA 1 Board objectives', 'HIA 2 Recruitment & talent', 'HIA 3 Pay gaps', 'HIA 4 Health inequalities', 'HIA 5 International recruits', 'HIA 6 Bullying & harassment'], { border: true, styles: [1, 2, 3, 4, 5, 6].map((h) => ({ fill: H[h], font: { size: 8 }, ...(h <= 2 ? { color: C.white } : {}) })), height: 24 });
  p.blank();
  p.header(['Ref', 'Action', 'WRES', 'Lead', 'By', 'Progress update'], { style: { fill: C.darkblue, color: C.white } });
  const acts = [
    [2, 'FAS-01', 'Put every paramedic and EMT recruitment panel through de-biasing training before the September intake.', '2', 'Head of Recruitment', 'Sep 2024', 'Two of the three cohorts trained; the third booked for August.'],
    [2, 'FAS-02', 'Open a positive-action development route into Band 6 team leader posts for BME clinicians in control rooms and on the road.', '1', 'Head of Education', 'Mar 2025', 'Eight applicants accepted onto the first intake.'],
    [6, 'FAS-03', 'Fit body-worn cameras on every frontline shift and publicise that racist abuse of crews will be reported to the police.', '5', 'Head of Security Management', 'Dec 2024', 'Cameras issued in four of six operating areas.'],
    [6, 'FAS-04', 'Give station managers a checklist for handling complaints of racism from colleagues, with escalation to the Freedom to Speak Up Guardian.', '6', 'Director of Operations', 'Oct 2024', ''],
    [1, 'FAS-05', 'Build one race-equality objective into each executive director\'s appraisal and publish a summary in the annual report.', '9', 'Chief Executive', 'Jun 2024', 'Objectives agreed for all executives at the May Board development session.'],
    [6, 'FAS-06', 'Hold listening events at every hub on career progression and discrimination, and report themes to the People Committee.', '7, 8', 'EDI Manager', 'Nov 2024', 'Five of eleven hubs visited.'],
    [4, 'FAS-07', 'Review occupational health referrals by ethnicity and offer targeted health checks to staff groups with the highest sickness absence.', '—', 'Head of Health and Wellbeing', 'Jan 2025', 'Data request with the occupational health provider.'],
    [6, 'FAS-08', 'Track the ethnicity of staff entering formal capability and disciplinary processes monthly and challenge any disproportion at the Workforce Assurance Group.', '3', 'Deputy Director of People', 'Monthly', 'First monthly report presented in July.'],
  ];
  for (const [h, ref, a, ind, lead, due, prog] of acts) {
    const inds = ind === '—' ? [] : ind.split(/,\s*/);
    p.action([ref, a, ind, lead, due, prog], { ref, indicators: inds, action: a, lead, due, progress: prog }, { styles: [{ fill: H[h], bold: true, ...(h <= 2 ? { color: C.white } : {}) }, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Owner: Deputy Director of People. Version 1.2, reviewed at the Workforce Assurance Group on 3 July 2024.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust), WRES plan 2024/25 where the High Impact Action is given ONLY BY COLOUR: a trust line, a title, an italic line explaining that the colour of the Ref cell shows the HIA, a KEY ROW of six coloured cells ('HIA 1 Board objectives' purple … 'HIA 6 Bullying & harassment' grey), a blank row, one dark-blue header 'Ref | Action | WRES | Lead | By | Progress update' (row 6), eight actions whose Ref cells ('FAS-01' …) are filled in their HIA's colour, a blank row and an owner / version line. Judgement calls: the fills on the Ref cells are HIA mappings, NOT statuses – the plan has no status column, so status '' and rag null for every action; the key row is not an action or header; indicators from the WRES column only ('7, 8' → ['7','8']; '—' → []), never from the HIA colour/number; the HIA mapping (FAS-01/02 HIA 2, FAS-05 HIA 1, FAS-07 HIA 4, the rest HIA 6) is noted here only; progress = the update text ('' where blank); 'Monthly' kept as the due as written; theme null; the owner line (Deputy Director of People, 3 July 2024) gives no lead or due.", { indCol: 'C', forbidden: ['3 July 2024', 'HIA 6 Bullying & harassment', 'HIA 2 Recruitment & talent'] });
}
