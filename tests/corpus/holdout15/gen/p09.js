// holdout15-wdes-2023-24-skelbrook: ORDINARY post-2023 WDES plan – 'ID | High impact action | WDES metric | Action | Lead |
// Delivery by | Measure of success | Status'; HIA written as '2 – Recruitment' (a column, not a theme); metrics 'WDES 4a',
// 'WDES 9a & 9b'; 'Delivery by' real dates shown 'mmm-yyyy' + quarters; status from a DROPDOWN, filled (Complete blue,
// In progress green, Overdue red) and 'Not started' UNFILLED (rag null); key line above; frozen at E5; definitions below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wdes-2023-24-skelbrook', sheet: 'WDES plan', standard: 'WDES', period: '2023-24', trust: 'Skelbrook Ambulance Service NHS Trust', widths: [7, 22, 15, 56, 28, 13, 36, 14], font: { name: 'Arial', size: 10 } });
  p.line(['Skelbrook Ambulance Service NHS Trust – Workforce Disability Equality Standard action plan 2023/24'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['Aligned to the six high impact actions of the NHS EDI Improvement Plan (June 2023).'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Status: Complete = blue, In progress = green, Overdue = red; Not started actions are left unshaded.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  const h = p.header(['ID', 'High impact action', 'WDES metric', 'Action', 'Lead', 'Delivery by', 'Measure of success', 'Status'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', xSplit: 4, ySplit: h }];
  const S = { Complete: [C.blue, 'blue', C.white], 'In progress': [C.green, 'green'], Overdue: [C.red, 'red', C.white], 'Not started': [null, null] };
  const F = 'mmm-yyyy';
  const data = [
    ['SK01', '1 – Measurable objectives', 'WDES 10', ['10'], 'Agree an EDI objective for every Board member, including one on disability, and review it at appraisal.', 'Director of Corporate Affairs', D(2023, 9, 30), 'Objectives in 100% of Board appraisals', 'Complete'],
    ['SK02', '2 – Recruitment', 'WDES 2', ['2'], 'Offer reasonable adjustments at every stage of recruitment for paramedic and call-handler roles, including the driving assessment.', 'Head of Recruitment', D(2023, 12, 31), 'Relative likelihood of appointment below 1.10', 'In progress'],
    ['SK03', '2 – Recruitment', 'WDES 1', ['1'], 'Run a declaration campaign in every operational area so that staff feel safe to share a disability or long-term condition.', 'Workforce Information Manager', 'Q2 2023/24', 'Declaration on ESR above 6%', 'Complete'],
    ['SK04', '3 – Pay gaps', 'WDES 1', ['1'], 'Analyse pay by disability status for the first time and publish the findings.', 'Head of Reward', D(2024, 3, 31), 'Disability pay gap published', 'Not started'],
    ['SK05', '4 – Health inequalities', 'WDES 8', ['8'], 'Introduce the Health and Wellbeing Passport for disabled staff, with adjustments agreed within 28 days.', 'Head of Occupational Health and Wellbeing', D(2023, 11, 30), '80% of adjustments agreed within 28 days', 'In progress'],
    ['SK06', '4 – Health inequalities', 'WDES 6', ['6'], 'Change the attendance procedure so disability-related absence is recorded separately.', 'Head of Employee Relations', D(2023, 10, 31), 'Fewer disabled staff reporting pressure to work when unwell', 'Overdue'],
    ['SK07', '5 – Induction', 'WDES 4b', ['4b'], 'Add a session on reporting bullying and harassment, with the disability network, to the corporate induction.', 'Head of Education', 'Q3 2023/24', 'Session in every induction from January', 'In progress'],
    ['SK08', '6 – Bullying & harassment', 'WDES 4a', ['4a'], 'Issue body-worn cameras to frontline crews in the two areas with the highest reported abuse of staff.', 'Head of Security', D(2024, 1, 31), 'Reports of abuse from patients down 10%', 'In progress'],
    ['SK09', '6 – Bullying & harassment', 'WDES 4a, 4b', ['4a', '4b'], 'Train Freedom to Speak Up champions in every station and control room in supporting disabled colleagues.', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'A champion in every station', 'Not started'],
    ['SK10', '6 – Bullying & harassment', 'WDES 9a & 9b', ['9a', '9b'], 'Give the Disability and Neurodiversity Network a seat on the People Committee and protected time for its chair.', 'Chief People Officer', 'Q1 2023/24', 'Network chair attends every People Committee', 'Complete'],
    ['SK11', '2 – Recruitment', 'WDES 5', ['5'], 'Open a neurodiversity-friendly route into the Emergency Operations Centre with adapted assessments.', 'Head of EOC', D(2024, 3, 31), 'Ten staff recruited through the route', 'Overdue'],
  ];
  for (const [id, hia, m, inds, action, lead, due, meas, st] of data) {
    const isDate = due instanceof Date;
    const r = p.action([id, hia, m, action, lead, due, meas, st], { ref: id, indicators: inds, action, lead, due: isDate ? shown(due, F) : due, status: st, rag: S[st][1], outcome: meas }, { styles: [{}, {}, {}, {}, {}, isDate ? { numFmt: F } : {}, {}, S[st][0] ? { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) } : {}] });
    p.ws.getCell(`H${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Overdue"'] };
  }
  p.blank();
  p.line(['WDES 4a: harassment, bullying or abuse from (i) patients or the public, (ii) managers, (iii) other colleagues; 4b: last incident reported. WDES 9a: staff engagement score; 9b: action to make the voices of disabled staff heard.'], { merge: ['A', 'H'], style: { font: { size: 9 } }, height: 26 });
  p.line(['Owner: Head of Equality, Diversity and Inclusion · Reviewed by the People Committee every quarter.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) imitating an ORDINARY post-2023 WDES plan: dark-blue title with the trust (merged A:H), an italic line on the EDI Improvement Plan, a small italic key line ('Complete = blue, In progress = green, Overdue = red; Not started … unshaded'), then directly the pale-blue header 'ID | High impact action | WDES metric | Action | Lead | Delivery by | Measure of success | Status' (row 4, frozen at E5). IDs 'SK01'…'SK11' (SK11 added later, so its HIA is out of order). The HIA is a column written '2 – Recruitment' etc. – not a theme. Metrics 'WDES 4a', 'WDES 4a, 4b', 'WDES 9a & 9b' (2021+ set). 'Delivery by' mixes real dates shown 'mmm-yyyy' ('Sep-2023') and quarters ('Q2 2023/24'). 'Measure of success' = outcome. Status from a DROPDOWN list, words filled: Complete blue, In progress GREEN (the key's colour), Overdue red; 'Not started' UNFILLED → rag null. No progress column. Below: a small metric-definitions note and an owner line. Judgement calls: In progress is green because the key says so; the HIA column is not a theme; 'Measure of success' is the outcome, not the due.", { ragCol: 'H', mode: 'fill' });
}
