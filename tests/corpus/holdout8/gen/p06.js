// holdout8-wdes-2025-26-lindenhurst: numbered objective rows (not merged) carrying metric and HIA, sub-actions 1.1…;
// status words with no fill, keyed by a footnote line; footnotes and sign-off under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wdes-2025-26-lindenhurst', sheet: 'WDES 25-26', standard: 'WDES', period: '2025-26', trust: 'Lindenhurst University Hospitals NHS Foundation Trust', widths: [7, 56, 12, 8, 28, 13, 12, 40] });
  p.line(['Lindenhurst University Hospitals NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES Action Plan 2025/26 – aligned to the NHS EDI Improvement Plan'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Objective / action', 'WDES metric(s)', 'HIA', 'Responsible officer', 'Due', 'Status', 'Update (Q1)'], { style: { fill: C.nhs, color: C.white } });
  const W = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  let theme, oinds;
  const obj = (n, text, metric, inds, hia) => { theme = text; oinds = inds; p.line([n, text, metric, hia], { border: true, style: { bold: true, fill: C.paleblue } }); };
  const act = (ref, action, metric, inds, lead, due, status, progress) => p.action([ref, action, metric, '', lead, due, status, progress], { ref, indicators: inds || oinds, theme, action, lead, due, status, rag: W[status] ?? null, progress });
  obj('1', 'Objective 1: Disabled colleagues are recruited and progress fairly', 'M1, M2, M5', ['1', '2', '5'], 'HIA 2');
  act('1.1', 'Relaunch the "Count me in" ESR declaration campaign with the Disability and Neurodiversity Network, aiming for 8% declaration.', 'M1', ['1'], 'Head of Workforce Information', 'Sept 25', 'On track', 'Campaign materials agreed; launch 1 September.');
  act('1.2', 'Remove the requirement for disabled applicants to disclose a condition to use the guaranteed interview scheme, and audit shortlisting each quarter.', 'M2', ['2'], 'Head of Recruitment', 'Q2 25/26', 'At risk', 'Change needs a TRAC update; supplier date not yet confirmed.');
  act('1.3', 'Offer every disabled colleague at Bands 5–7 a career conversation with a trained coach.', '', null, 'Head of Leadership and Talent', 'by 31/03/26', 'Not yet due', '');
  obj('2', 'Objective 2: Reasonable adjustments are made quickly and consistently', 'M3, M8', ['3', '8'], 'HIA 6');
  act('2.1', 'Introduce a Trust-wide Reasonable Adjustments Passport and record adjustments in ESR.', 'M8', ['8'], 'Head of Occupational Health', 'Q3 25/26', 'On track', 'Passport approved by the Policy Group in June.');
  act('2.2', 'Set a 6-week standard for putting adjustments in place and report performance to the People Committee.', 'M8', ['8'], 'Deputy Director of People', 'Q3 25/26', 'Off track', 'No central data yet; options paper in August.');
  act('2.3', 'Review every formal capability case for whether reasonable adjustments were considered first.', 'M3', ['3'], 'Head of Employee Relations', 'Ongoing', 'On track', 'Reviews in place for all new cases since April.');
  act('2.4', 'Publish a neurodiversity toolkit for managers.', '', null, 'Neurodiversity Lead', 'Dec 25', 'Complete', 'Toolkit published in May, ahead of plan.');
  obj('3', 'Objective 3: Disabled colleagues feel safe, valued and heard', 'M4a, M4b, M6, M7, M9b', ['4a', '4b', '6', '7', '9b'], 'HIA 6');
  act('3.1', 'Report harassment and abuse of disabled colleagues from patients and the public through Datix, and make reporting easier from the staff app.', 'M4a, M4b', ['4a', '4b'], 'Head of Health, Safety and Security', 'Q4 25/26', 'Not yet due', '');
  act('3.2', 'Train line managers in wellbeing conversations that cover long-term conditions and pressure to attend work when unwell.', 'M6', ['6'], 'Head of Wellbeing', 'Annually', 'On track', '312 managers trained in Q1.');
  act('3.3', 'Agree a funded deputy chair role and executive sponsor for the Disability and Neurodiversity Network¹.', 'M9b', ['9b'], 'Chief People Officer', 'June 25', 'Complete', 'Deputy chair appointed; sponsor is the Chief Nurse.');
  act('3.4', 'Set each Board member a personal objective on disability inclusion and review it at appraisal.', 'M10', ['10'], 'Chair / Chief Executive', 'Q4 25/26', 'Not yet due', '');
  p.blank();
  p.line(['Status: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not yet due (no rating)'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['¹ Metric 9b asks whether the organisation has facilities for disabled staff voices to be heard (yes/no); it is not scored.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['HIA = high impact action of the NHS EDI Improvement Plan (June 2023).'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.line(['Signed off: Executive Director of People and OD, 14 May 2025'], { merge: ['A', 'E'] });
  p.line(['Approved by the People and Culture Committee, 22 May 2025'], { merge: ['A', 'E'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary 2025 WDES plan mapped to the EDI Improvement Plan. Two merged title rows, a blank row, the header on row 4 (white on NHS blue): 'Ref | Objective / action | WDES metric(s) | HIA | Responsible officer | Due | Status | Update (Q1)'. Three OBJECTIVE ROWS (bold, pale blue, NOT merged): ref '1' in A, 'Objective 1: …' in B, the objective's metrics in C ('M1, M2, M5') and its HIA in D ('HIA 2'); no lead, due or status – non-action rows, gold theme = the objective text in B. Sub-actions '1.1' … '3.4' (text refs) sit under them with their own metric ('M4a, M4b' → ['4a','4b']); two sub-actions (1.3 and 2.4) have an EMPTY metric cell and inherit the objective's metrics (['1','2','5'] and ['3','8']). The HIA column is filled only on the objective rows (no gold field). Lead = 'Responsible officer' (one joint 'Chair / Chief Executive'). Due is text: 'Sept 25', 'Q2 25/26', 'by 31/03/26', 'Q3 25/26', 'Ongoing', 'Dec 25', 'Q4 25/26', 'Annually', 'June 25'. Status words are plain text with no fill; the key is a footnote line under the table ('Status: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not yet due (no rating)'), so rag follows it and 'Not yet due' has rag null. Action 3.3 carries a footnote marker '¹' kept in the action text. After a blank row: the status key, two footnotes, a blank row and two sign-off lines – all non-action rows.",
    { ragCol: 'G', mode: 'word', words: { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' } });
}
