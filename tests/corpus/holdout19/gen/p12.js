// holdout19-wdes-2026-27-northvale: ORDINARY new-year WDES plan of an AMBULANCE SERVICE – merged trust + title, approval
// line, intro; header 'WDES metric | Action | Executive lead | Lead | Start | Finish | Measure of success' (lead = Lead,
// due = Finish); 'WDES 4a/4b'; 'mmm yyyy'; NO status column; sign-off line.
import { Book, Plan, C, D, shown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wdes-2026-27-northvale', sheet: 'WDES 2026-27', standard: 'WDES', period: '2026-27', trust: 'Northvale Ambulance Service NHS Trust', widths: [14, 54, 24, 28, 11, 11, 38] });
  p.line(['Northvale Ambulance Service NHS Trust'], { merge: ['A', 'G'], style: { bold: true, color: C.nhs, font: { size: 15 } } });
  p.line(['Workforce Disability Equality Standard: action plan 2026/27'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by the People Committee on 21 May 2026. Progress will be reported from Q2.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Our 2026 WDES data show improvement in declaration rates but a widening gap for disabled staff in our emergency operations centres (EOC) and in harassment from the public. This plan focuses on those areas.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.header(['WDES metric', 'Action', 'Executive lead', 'Lead', 'Start', 'Finish', 'Measure of success'], { style: { fill: C.nhs, color: C.white } });
  const F = 'mmm yyyy';
  const data = [
    ['WDES 1', ['1'], 'Ask every new starter about disability at induction and again at their first appraisal.', 'Director of People', 'Workforce Information Manager', D(2026, 6, 1), D(2026, 12, 1), 'ESR declaration at 10%.'],
    ['WDES 2', ['2'], 'Offer adjusted driving assessments and EOC call-handling tests to disabled applicants.', 'Director of People', 'Head of Recruitment', D(2026, 7, 1), D(2027, 1, 1), 'Relative likelihood of appointment at 1.0–1.1.'],
    ['WDES 3', ['3'], 'Require an adjustments review before any formal capability stage in EOC.', 'Director of People', 'Head of Employee Relations', D(2026, 6, 1), D(2026, 9, 1), 'No formal capability case without a review.'],
    ['WDES 4a/4b', ['4a', '4b'], 'Launch a campaign with the police on abuse of crews by the public, covering disability-related abuse.', 'Director of Operations', 'Head of Security and Violence Reduction', D(2026, 9, 1), D(2027, 3, 1), 'Fewer disabled staff report abuse from the public.'],
    ['WDES 4b', ['4b'], 'Train EOC team leaders to recognise and act on bullying of neurodivergent call handlers.', 'Director of Operations', 'EOC Training Manager', D(2026, 7, 1), D(2026, 12, 1), 'All EOC team leaders trained.'],
    ['WDES 5', ['5'], 'Reserve places on the paramedic and team leader development pathways for disabled staff.', 'Director of Paramedicine', 'Head of Education', D(2026, 9, 1), D(2027, 3, 1), 'Disabled staff take a fair share of places.'],
    ['WDES 6', ['6'], 'Change the attendance policy triggers for staff with disability-related absence.', 'Director of People', 'Head of HR Policy', D(2026, 6, 1), D(2026, 10, 1), 'New triggers agreed with unions.'],
    ['WDES 8', ['8'], 'Fit adapted equipment in EOC and on vehicles within 28 days of a request.', 'Director of Operations', 'Fleet and Estates Manager', D(2026, 6, 1), D(2027, 3, 1), 'Average turnaround under 28 days.'],
    ['WDES 9a', ['9a'], 'Hold listening events at every hub with the Enable network.', 'Chief Executive', 'Enable Network Chair', D(2026, 10, 1), D(2027, 2, 1), 'Engagement score gap narrows.'],
    ['WDES 10', ['10'], 'Ask Board members to share their disability status and report it publicly.', 'Chair', 'Trust Secretary', D(2026, 6, 1), D(2026, 9, 1), 'Board data published.'],
    ['WDES 1–10', ALL_WDES21, 'Publish the WDES report and this plan and report progress to the People Committee each quarter.', 'Director of People', 'EDI Manager', D(2026, 6, 1), D(2027, 3, 1), 'Four progress reports.'],
  ];
  for (const [m, inds, action, exec, lead, start, due, out] of data)
    p.action([m, action, exec, lead, start, due, out], { indicators: inds, action, lead, due: shown(due, F), outcome: out }, { styles: [{}, {}, {}, {}, { numFmt: F }, { numFmt: F }] });
  p.blank();
  p.line(['Signed off: Director of People, 21 May 2026. Next review: September 2026.'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year WDES plan of an AMBULANCE SERVICE: merged trust (NHS blue), merged title, an italic approval line, a merged intro paragraph on the 2026 data, a blank row, then an NHS-blue header 'WDES metric | Action | Executive lead | Lead | Start | Finish | Measure of success' (row 6). Metrics 'WDES N', 'WDES 4a/4b', 'WDES 4b', 'WDES 9a', 'WDES 1–10' (= all twelve 2021+ metrics, 4a/4b and 9a/9b included). Two person columns – gold lead = Lead (operational), not Executive lead. Start and Finish are real first-of-month dates shown 'mmm yyyy'; due = Finish. NO status column (status '', rag null). Measure of success = outcome. Sign-off line below. Judgement calls: due = Finish, not Start; lead = Lead; 'WDES 1–10' on the 2021+ set = all twelve metrics.");
}
