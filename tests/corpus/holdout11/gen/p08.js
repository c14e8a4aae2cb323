// holdout11-wdes-2025-26-ashenford: 2025 plan; the KEY IS INSIDE THE LONG RAG HEADER; HIA as WORDS; leads 'Name, role';
// month-year text deadlines; colour words filled; a 12-row METRIC DEFINITIONS table under the plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wdes-2025-26-ashenford', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust: 'Ashenford Teaching Hospitals NHS Foundation Trust', widths: [7, 14, 22, 52, 30, 12, 22, 40] });
  p.line(['Ashenford Teaching Hospitals NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2025/26 (mid-year review, October 2025)'], { merge: ['A', 'H'], style: { bold: true, font: { size: 11 } } });
  p.blank();
  p.header(['Ref', 'WDES metric(s)', 'High Impact Action', 'Action', 'Lead (name, role)', 'Deadline', 'Progress RAG\n(Blue – complete; Green – on track; Amber – some risk; Red – off track)', 'Update'], { style: { fill: C.paleblue }, height: 66 });
  const FILL = { Blue: C.blue, Green: C.green, Amber: C.amber, Red: C.red };
  const act = (ref, m, inds, hia, action, lead, due, st, upd) => p.action([ref, m, hia, action, lead, due, st, upd], { ref, indicators: inds, action, lead, due, status: st, rag: st ? st.toLowerCase() : null, progress: upd },
    { styles: [{}, {}, {}, {}, {}, {}, st ? { fill: FILL[st], alignment: { horizontal: 'center' }, ...(st === 'Blue' || st === 'Red' ? { color: C.white } : {}) } : {}] });
  act('D25-01', '1', ['1'], 'Measurable objectives', 'Set a target for disabled staff at Band 8a and above in each care group and report it in the quarterly integrated performance report.', 'Priya Natarajan, Head of Workforce Intelligence', 'Jun 2025', 'Blue', 'Targets set and in the Q1 report.');
  act('D25-02', '2', ['2'], 'Recruitment', 'Offer adjustments at every stage of recruitment and ask all candidates about them in the invitation to interview.', 'Tom Ellery, Head of Resourcing', 'Sep 2025', 'Green', 'Template letters changed; audit in Q3.');
  act('D25-03', '2', ['2'], 'Recruitment', 'Review the use of psychometric and timed tests for Band 7+ posts with the Disability Network.', 'Tom Ellery, Head of Resourcing', 'End Q3', 'Amber', 'Review started late; Network workshop in November.');
  act('D25-04', '3', ['3'], 'Bullying & harassment', 'Ask an OH adviser to confirm adjustments have been considered before any capability hearing.', 'Lorna Fitch, Head of Employee Relations', 'Jul 2025', 'Blue', 'In the capability procedure from July.');
  act('D25-05', '4a, 4b', ['4a', '4b'], 'Bullying & harassment', 'Train all Band 7+ managers in the Trust\'s Respect and Civility standard, including disability and neurodiversity.', 'Sam Okoye, Head of OD', 'Mar 2026', 'Green', '612 of 1,480 managers trained.');
  act('D25-06', '4a', ['4a'], 'Bullying & harassment', 'Publish how the Trust acts on abuse of disabled staff by patients, with a named senior contact on each site.', 'Sam Okoye, Head of OD', 'Dec 2025', 'Red', 'Not started – waiting for the violence reduction strategy.');
  act('D25-07', '5', ['5'], 'Talent', 'Include disabled staff in the Trust\'s talent pool and track their promotion rate.', 'Grace Huang, Head of Leadership', 'Mar 2026', 'Green', 'First talent panels in October.');
  act('D25-08', '6, 8', ['6', '8'], 'Health & wellbeing', 'Move the Health Passport onto ESR so it follows staff when they move post.', 'Dr Imran Qureshi, Director of Occupational Health', 'Nov 2025', 'Amber', 'ESR module ordered; go-live at risk.');
  act('D25-09', '7, 9a', ['7', '9a'], 'Induction & voice', 'Hold "Ask the Exec" sessions with the Disability Network twice a year.', 'Helen Barr, Chief People Officer', 'Oct 2025 / Mar 2026', 'Green', 'First session held 2 October 2025.');
  act('D25-10', '9b', ['9b'], 'Induction & voice', 'Agree the Disability Network\'s annual priorities with the Executive Team and give it a budget.', 'Helen Barr, Chief People Officer', 'May 2025', 'Blue', 'Budget of £6,000 agreed.');
  act('D25-11', '10', ['10'], 'Measurable objectives', 'Invite all Board members to declare a disability in confidence and report the result anonymously.', 'Julian Marsh, Company Secretary', 'Jun 2025', 'Blue', 'Done; 2 of 14 members declared.');
  p.blank();
  p.line(['Metric definitions'], { style: { bold: true } });
  p.line(['', 'Metric', 'What it measures'], { merge: ['C', 'D'], border: true, style: { bold: true } });
  const defs = [
    ['1', 'Disabled staff in each pay band and cluster compared with the overall workforce'],
    ['2', 'Relative likelihood of non-disabled staff being appointed from shortlisting compared with disabled staff'],
    ['3', 'Relative likelihood of disabled staff entering the formal capability process'],
    ['4a', 'Harassment, bullying or abuse from patients/public, managers or other colleagues'],
    ['4b', 'Last experience of harassment, bullying or abuse reported'],
    ['5', 'Believe the trust provides equal opportunities for career progression or promotion'],
    ['6', 'Felt pressure from their manager to come to work when not feeling well enough'],
    ['7', 'Satisfied with the extent to which the organisation values their work'],
    ['8', 'Employer has made adequate adjustments to enable them to carry out their work'],
    ['9a', 'Staff engagement score for disabled and non-disabled staff'],
    ['9b', 'Has the trust taken action to facilitate the voices of disabled staff to be heard?'],
    ['10', 'Board membership compared with the overall workforce'],
  ];
  for (const [m, d] of defs) p.line(['', m, d], { merge: ['C', 'D'], border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary 2025 WDES mid-year review. Two merged title rows, a blank row, one header on row 4: 'Ref | WDES metric(s) | High Impact Action | Action | Lead (name, role) | Deadline | Progress RAG\\n(Blue – complete; Green – on track; Amber – some risk; Red – off track) | Update' – the KEY IS INSIDE THE LONG RAG HEADER. Refs 'D25-01'…'D25-11'. Metrics are bare numbers/sub-metrics as text ('4a, 4b', '6, 8', '7, 9a', '9b'). The 'High Impact Action' column holds SHORT WORDS ('Measurable objectives', 'Recruitment', 'Bullying & harassment', 'Induction & voice'), a mapping, not a theme → theme null. Leads 'Name, role' (gold = the whole cell). Deadlines are month-year TEXT ('Jun 2025', 'End Q3', 'Oct 2025 / Mar 2026'). Status is the colour WORD ('Blue', 'Green', 'Amber', 'Red') filled in that colour; rag = the word. 'Update' is gold progress. Under the plan, a bold 'Metric definitions' row and a 13-row bordered table (its own 'Metric | What it measures' header and one row per metric 1…10 incl. 4a/4b/9a/9b) – all non-action rows even though each row has a number and a sentence.", { ragCol: 'G', mode: 'fill' });
}
