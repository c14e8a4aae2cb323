// holdout11-wres-2024-25-marrowfield: NEW LAYOUT – ONE JOINT WORKFORCE EQUALITY PLAN with WRES and WDES actions in one sheet, told
// apart by a 'Standard' column (WRES / WDES / WRES & WDES); gold = the WRES reading: WRES and joint rows are actions,
// WDES-only rows are listed as ambiguous non-action rows.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wres-2024-25-marrowfield', sheet: 'Equality Action Plan', standard: 'WRES', period: '2024-25', trust: 'Marrowfield Integrated Care NHS Trust', widths: [6, 13, 22, 8, 52, 28, 12, 12, 40] });
  p.line(['Marrowfield Integrated Care NHS Trust'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Equality Action Plan 2024/25 – WRES and WDES'], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 } } });
  p.line(['One plan for both standards. Actions that address race and disability together are marked "WRES & WDES". RAG: Complete (blue), On track (green), At risk (amber), Off track (red).'], { merge: ['A', 'I'], height: 28, style: { italic: true } });
  p.blank();
  p.header(['No.', 'Standard', 'Indicator / metric', 'HIA', 'Action', 'Lead', 'Target date', 'RAG', 'Progress (Q3)'], { style: { fill: C.grey } });
  const F = 'mmm yyyy'; const FILL = { Complete: C.blue, 'On track': C.green, 'At risk': C.amber, 'Off track': C.red }; const RG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const row = (no, std, ind, inds, hia, action, lead, due, st, prog) => {
    const vals = [no, std, ind, hia, action, lead, due, st, prog];
    const opts = { styles: [{ alignment: { horizontal: 'center' } }, { bold: true }, {}, { alignment: { horizontal: 'center' } }, {}, {}, due instanceof Date ? { numFmt: F, alignment: { horizontal: 'left' } } : {}, { fill: FILL[st], ...(st === 'Complete' || st === 'Off track' ? { color: C.white } : {}) }] };
    if (std === 'WDES') return p.line(vals, { ...opts, border: true, ambiguous: true });
    return p.action(vals, { ref: String(no), indicators: inds, action, lead, due: due instanceof Date ? shown(due, F) : due, status: st, rag: RG[st], progress: prog }, opts);
  };
  row(1, 'WRES & WDES', 'WRES 1 / WDES 1', ['1'], 'HIA 1', 'Set measurable objectives on race and disability representation for every executive and non-executive director.', 'Chief Executive', D(2024, 6, 30), 'Complete', 'In all Board objectives for 2024/25.');
  row(2, 'WRES', 'WRES 1', ['1'], 'HIA 3', 'Agree a trajectory for BME staff at Bands 8a–VSM with each directorate and review it at performance meetings.', 'Director of People', D(2024, 9, 30), 'On track', 'Trajectories agreed in 5 of 6 directorates.');
  row(3, 'WDES', 'WDES 1', ['1'], 'HIA 3', 'Run a disability self-declaration campaign with the Disability and Neurodiversity Network.', 'Workforce Information Lead', D(2024, 10, 31), 'Complete', 'ESR declaration up from 4.1% to 6.3%.');
  row(4, 'WRES', 'WRES 2', ['2'], 'HIA 3', 'Introduce inclusive recruitment champions on all interview panels for Band 7 and above.', 'Head of Recruitment', D(2024, 12, 31), 'At risk', 'Only 19 champions trained against 40 needed.');
  row(5, 'WRES & WDES', 'WRES 2 / WDES 2', ['2'], 'HIA 3', 'Remove names, ages and disability information from applications at shortlisting for all posts.', 'Head of Recruitment', D(2024, 7, 31), 'Complete', 'Live on TRAC from July.');
  row(6, 'WRES', 'WRES 3', ['3'], 'HIA 6', 'Use a cultural ambassador in every disciplinary case involving a BME member of staff.', 'Head of Employee Relations', 'Ongoing', 'On track', '12 cases supported this year.');
  row(7, 'WDES', 'WDES 3', ['3'], 'HIA 6', 'Make sure Occupational Health advice on adjustments is considered before any formal capability stage.', 'Head of Employee Relations', D(2024, 9, 30), 'On track', 'Capability policy updated; awaiting JNCC.');
  row(8, 'WRES & WDES', 'WRES 5, 6 / WDES 4a, 4b', ['5', '6'], 'HIA 6', 'Roll out the Respect campaign and Active Bystander training to all teams, covering racism and disability discrimination.', 'Head of OD', D(2025, 3, 31), 'On track', '46 of 80 teams trained.');
  row(9, 'WRES', 'WRES 7', ['7'], 'HIA 2', 'Run the Inspire talent programme for BME staff at Bands 5–7 with executive sponsors.', 'Head of Leadership', D(2025, 1, 31), 'On track', 'Cohort of 24 started in October.');
  row(10, 'WDES', 'WDES 5', ['5'], 'HIA 2', 'Reserve places for disabled staff on the Trust\'s Leading Together programme.', 'Head of Leadership', D(2024, 11, 30), 'Off track', 'No places reserved yet – programme redesign.');
  row(11, 'WDES', 'WDES 8', ['8'], 'HIA 4', 'Launch a central reasonable adjustments fund and a Health Passport.', 'Head of Wellbeing', D(2024, 12, 31), 'At risk', 'Fund approved; passport design not started.');
  row(12, 'WRES', 'WRES 8', ['8'], 'HIA 6', 'Train managers to have conversations about race using the "Let\'s talk about race" toolkit.', 'EDI Lead', D(2025, 3, 31), 'Off track', 'Toolkit not yet commissioned.');
  row(13, 'WDES', 'WDES 9b', ['9b'], 'HIA 4', 'Give the Disability and Neurodiversity Network chair protected time and a seat on the People Committee.', 'Director of People', D(2024, 5, 31), 'Complete', 'In place from May.');
  row(14, 'WRES', 'WRES 9', ['9'], 'HIA 1', 'Use diverse interview panels and search agencies with a diversity commitment for all Board appointments.', 'Chair', 'As vacancies arise', 'On track', 'Used for two NED appointments.');
  row(15, 'WRES & WDES', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'HIA 1', 'Report progress on this plan to the People Committee quarterly and publish a year-end report.', 'EDI Lead', 'Quarterly', 'On track', 'Q1–Q3 reports received.');
  p.blank();
  p.line(['Approved by the People Committee on 16 May 2024. Owner: EDI Lead.'], { merge: ['A', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) that is ONE JOINT WORKFORCE EQUALITY PLAN for WRES and WDES in one sheet – a layout no earlier batch had. Two merged title rows and a merged intro that is also the key ('RAG: Complete (blue), On track (green), At risk (amber), Off track (red)'), a blank row, then one header on row 5: 'No. | Standard | Indicator / metric | HIA | Action | Lead | Target date | RAG | Progress (Q3)'. The 'Standard' column says WRES, WDES or 'WRES & WDES'. This gold is the WRES reading (the file name's standard): the 6 'WRES' rows and the 4 joint 'WRES & WDES' rows are the actions; the 5 'WDES'-only rows (8, 12, 15, 16, 18) are disability actions that belong to the WDES reading of the same sheet, so they are listed as non-action rows AND as AMBIGUOUS rows (a reader that reports them is not penalised; one that skips them is right). For joint rows the indicator cell names both ('WRES 5, 6 / WDES 4a, 4b'); gold indicators = the WRES ones only (['5','6']); 'All' on the joint row 20 → all nine. Refs are the row numbers 1–15 (only the WRES/joint ones in gold). HIA column is mapping, not theme → theme null. Target dates are REAL DATES shown mmm yyyy ('Jun 2024') with 'Ongoing', 'As vacancies arise', 'Quarterly' as text. RAG words filled in their colours per the intro key (Complete = blue). 'Progress (Q3)' is gold progress. The approval line under the table is a non-action row.", { ragCol: 'H', mode: 'fill' });
}
