// holdout56-wdes-2019-20-sallowmere: follows Cambridgeshire Community Services NHS Trust's 'Diversity and inclusion' page
// (https://www.cambscommunityservices.nhs.uk/about-us/diversity-and-inclusion): each year the trust analyses its performance with staff,
// patients, carers and the public, AGREES GRADES WITH STAKEHOLDERS (EDS2) and agrees an EQUALITY IMPROVEMENT PLAN for the next year, which
// includes actions for carers. Here the 2019-20 improvement plan carries the trust's first WDES actions beside the service actions.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sallowmere Community Services NHS Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2019-20-sallowmere', sheet: 'Equality Improvement Plan', standard: 'WDES', period: '2019-20', trust, widths: [22, 30, 13, 54, 11, 26, 10], font: { name: 'Arial', size: 9 } });
  const W = ['A', 'G'];
  p.line([`${trust} – Equality Improvement Plan 2019-20 (including our first WDES actions)`], { merge: W, style: { bold: true, font: { size: 12 } } });
  p.line(['Grades were agreed with stakeholders at our EDS2 grading event on 12 June 2019: Undeveloped, Developing, Achieving, Excelling.'], { merge: W });
  p.blank();
  p.header(['EDS2 goal', 'Outcome', 'Grade agreed', 'Improvement action', 'WDES metric', 'Lead', 'By'], { style: { fill: C.green, color: C.white } });
  const G = { Undeveloped: C.badR, Developing: C.neutralA, Achieving: C.goodG, Excelling: C.lightblue };
  const act = (goal, out, grade, a, met, lead, by, inds) => p.action([goal, out, grade, a, met, lead, by], { indicators: inds, action: a, lead, due: by }, { styles: [{ bold: true }, {}, { fill: G[grade] }] });
  let r = act('Goal 2: Improved patient access and experience', '2.1 People, carers and communities can readily access services', 'Developing', "Put information about carers' support in every community clinic and on the website.", 'n/a', 'Patient Experience Lead', 'Dec 2019', []);
  act('', '2.4 Complaints are handled respectfully and efficiently', 'Achieving', 'Record the protected characteristics of complainants so that themes can be checked each quarter.', 'n/a', 'Head of Patient Experience', 'Mar 2020', []); mergeDown(p.ws, 'A', r, r + 1);
  r = act('Goal 3: A representative and supported workforce', '3.1 Fair recruitment and selection', 'Developing', 'Sign up to Disability Confident Employer (level 2) and use the guaranteed interview scheme.', '2', 'Recruitment Lead', 'Oct 2019', ['2']);
  act('', '3.3 Training and development are fairly accessed', 'Developing', 'Monitor who receives funded CPD by disability status and report it each year.', '5', 'Education Lead', 'Mar 2020', ['5']);
  act('', '3.4 Staff are free from abuse, harassment and bullying', 'Undeveloped', 'Set up a disabled staff network with a named executive sponsor.', '9', 'Director of Workforce', 'Nov 2019', ['9']);
  act('', '3.5 Flexible working options are available', 'Achieving', 'Add a reasonable adjustments section to the flexible working toolkit for managers.', '8', 'HR Manager', 'Jan 2020', ['8']);
  act('', '3.6 Staff report positive experiences', 'Developing', 'Hold listening events for disabled staff on the staff survey results.', '4, 7, 9', 'OD Lead', 'Feb 2020', ['4', '7', '9']); mergeDown(p.ws, 'A', r, r + 4);
  r = act('Goal 4: Inclusive leadership', '4.1 Board members and senior leaders demonstrate commitment', 'Developing', 'Ask each board member to declare their disability status confidentially, so that the metric 10 figure is complete.', '10', 'Trust Secretary', 'Sep 2019', ['10']);
  act('', '4.2 Papers identify equality-related impacts', 'Achieving', 'Refresh the equality impact section of the board paper cover sheet.', 'n/a', 'Trust Secretary', 'Dec 2019', []); mergeDown(p.ws, 'A', r, r + 1);
  p.blank();
  p.line(['Progress on this plan is reported to the Quality Committee and the Workforce Committee every quarter.'], { merge: W, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community services trust) following a community trust's published description of its annual equality cycle (grades agreed with stakeholders under EDS2, then an Equality Improvement Plan for the next year that includes carers), kept as one sheet 'Equality Improvement Plan' in 9-point Arial: a title naming the trust and the plan, a line listing the four EDS2 grades and the grading event date, a blank row, the green header on row 4 'EDS2 goal | Outcome | Grade agreed | Improvement action | WDES metric | Lead | By', nine rows, and a reporting line. The EDS2 goal is merged down beside its rows (Goals 2, 3 and 4); the grade cell is filled in a colour (red Undeveloped, yellow Developing, green Achieving). Judgement calls: every row is an action of the plan – the patient and carer actions under Goal 2 and the board-paper action under Goal 4 as well as the workforce ones (indicators [] where the WDES metric column says 'n/a'); the GRADE rates the EDS2 outcome, not the action – it is not a status and its colour is not a RAG (status '', rag null); the outcome numbers ('3.4', '4.1') and goal numbers are EDS2 codes, not WDES metrics; indicators from the 'WDES metric' column ('4, 7, 9' → ['4', '7', '9']); the goal is a merged column, not a section row, so theme null; lead and 'By' as written ('Dec 2019'); ref ''.", { ind: 'E', notFrom: ['A', 'B', 'C'], forbidden: ['Developing', 'Achieving', 'Undeveloped'] });
}
