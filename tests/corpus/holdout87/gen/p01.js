// holdout87-wres-2016-17-oxendale: acute trust, a TWO-YEAR WRES plan 2016–2018 kept as one grid: a milestone column for each year
// beside a 'Target completion' column, and the Year 1 position (March 2017) as a word on a fill. The year milestones are no dues.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Oxendale Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout87-wres-2016-17-oxendale', sheet: 'WRES plan 2016-18', standard: 'WRES', period: '2016-17', trust, widths: [6, 9, 44, 24, 30, 30, 12, 13], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard – two-year action plan 2016–2018'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Agreed by the Workforce Committee in September 2016 following our first full WRES return. Year 1 runs April 2016 to March 2017, Year 2 April 2017 to March 2018. Position column updated for the March 2017 committee.'], { merge: ['A', 'H'], height: 28, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Year 1 (2016/17) milestone', 'Year 2 (2017/18) milestone', 'Target completion', 'Position Mar 2017'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const F = { Complete: C.blue, 'On track': C.green, Slipped: C.amber, 'Not started': C.grey, 'At risk': C.red };
  const R = { Complete: 'blue', 'On track': 'green', Slipped: 'amber', 'Not started': null, 'At risk': 'red' };
  const rows = [
    ['OX1', '1', 'Publish the ethnic make-up of every pay band by division so each divisional board can see where BME staff are under-represented.', 'Head of Workforce Intelligence', 'First divisional reports issued (Q3)', 'Reports part of the quarterly divisional performance pack', 'Mar 2018', 'On track'],
    ['OX2', '2', 'Add an independent panel member from a BME background to all interviews for Band 7 nursing and midwifery posts.', 'Deputy Chief Nurse', 'Pool of 25 trained panel members', 'Extended to Band 8a and above in all staff groups', 'Mar 2018', 'Slipped'],
    ['OX3', '2', 'Remove names, ages and places of education from shortlisting packs in the recruitment system.', 'Recruitment Services Manager', 'Anonymised shortlisting switched on', '—', 'Dec 2016', 'Complete'],
    ['OX4', '3', 'Have an HR business partner check every case before a formal disciplinary investigation of a BME member of staff is opened.', 'Associate Director of HR', 'Pre-investigation check in place; first six months reviewed', 'Check written into the disciplinary policy at its review', 'Sep 2017', 'On track'],
    ['OX5', '4', 'Record who applies for, is offered and completes funded courses, so that CPD take-up can be compared by ethnicity.', 'Head of Education', 'Course booking form asks for ethnicity', 'First full year of data reported to the Workforce Committee', 'Mar 2018', 'Not started'],
    ['OX6', '5, 6', 'Give staff in the emergency department and the acute medical unit a simple way to report racist abuse from patients, with a named manager to follow each report up.', 'Clinical Director, Emergency Care', 'Reporting route launched in ED', 'Route extended to all inpatient wards', 'Mar 2018', 'At risk'],
    ['OX7', '7', 'Start a BME staff network with an executive sponsor and time off to attend its meetings.', 'Director of Workforce', 'Network launched; chair elected', 'Network leads on two of the actions in this plan', 'Jun 2017', 'On track'],
    ['OX8', '9', 'Ask the Council of Governors to set out how it will widen the field for the next non-executive appointments.', 'Trust Secretary', '—', 'Search brief agreed before the 2017 recruitment round', 'Oct 2017', 'Not started'],
  ];
  for (const [ref, ind, act, lead, y1, y2, due, pos] of rows) {
    p.action([ref, ind, act, lead, y1, y2, due, pos], { ref, indicators: ind.split(', '), action: act, lead, due, status: pos, rag: R[pos] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { color: 'FF595959' }, { color: 'FF595959' }, {}, { fill: F[pos], bold: true }] });
  }
  p.blank();
  p.line(['Position key: Complete (blue), On track (green), Slipped (amber), At risk (red), Not started (grey).'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Year 2 milestones will be reviewed at the September 2017 Workforce Committee once the 2017 WRES data is published.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT). A TWO-YEAR plan kept as one grid. Sheet 'WRES plan 2016-18': trust name, title 'two-year action plan 2016–2018', an italic line (agreed September 2016; Year 1 = April 2016 – March 2017, Year 2 = April 2017 – March 2018; position updated March 2017), a blank row, then the header 'Ref | WRES indicator | Action | Lead | Year 1 (2016/17) milestone | Year 2 (2017/18) milestone | Target completion | Position Mar 2017' (row 5, frozen), eight actions, a blank row, a position key line and a closing line about reviewing the Year 2 milestones. Judgement calls: the plan's period is its FIRST year as the workbook states it (2016–2018, Year 1 = 2016/17) → '2016-17'; due = Target completion as typed ('Mar 2018', 'Dec 2016'), never a year milestone column; the two milestone columns are the yearly steps of the action, not its progress or outcome, and give no field ('—' = no milestone that year); status = the Position word (the Year 1 position), rag from its fill (Complete on blue → blue; Not started on grey → null); ref = Ref; indicators from the WRES indicator column ('5, 6' → both). The key line and the closing line are not actions; 'September 2017' there is no due. Theme null.", { mode: 'fill', ragCol: 8, notFrom: ['E', 'F'], forbidden: ['September 2017'] });
}
