// holdout93-wres-2025-26-kestleby: district general hospital, the 2025-26 WRES plan at YEAR END as it goes to the Workforce Committee:
// 'Original deadline' and 'Revised deadline' columns side by side (revised filled only where a date slipped), real dates mmm-yy, a
// 'Year-end position' narrative, status words on fills (carried-forward rows on lilac), and a count line under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestleby and District Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout93-wres-2025-26-kestleby', sheet: 'WRES 2025-26 year end', standard: 'WRES', period: '2025-26', trust, widths: [6, 10, 52, 26, 11, 11, 46, 16], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2025-26 – year-end position (April 2026)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Workforce Committee, 21 April 2026 – Agenda item 7.2'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Original deadline', 'Revised deadline', 'Year-end position', 'Status'], { style: { fill: C.paleblue } });
  const F = { Complete: C.green, 'Partially complete': C.amber, 'Not achieved': C.red, 'Carried forward to 2026/27': C.lilac };
  const R = { Complete: 'green', 'Partially complete': 'amber', 'Not achieved': 'red', 'Carried forward to 2026/27': null };
  const rows = [
    ['1', '1', 'Agree divisional targets for ethnic minority representation at Band 7, 8a and 8b, and review them at each performance review.', 'Director of Workforce', D(2025, 7, 31), null, 'Targets agreed for all four divisions and reviewed quarterly.', 'Complete'],
    ['2', '2', 'Put an inclusion adviser on every interview panel for Band 8a and above.', 'Head of Recruitment', D(2025, 9, 30), D(2025, 12, 31), 'Adviser pool of 24 in place from December; 70% of panels covered by March.', 'Partially complete'],
    ['3', '2', 'Remove the “previous NHS experience” criterion from Band 2 to 4 healthcare support worker adverts.', 'Head of Recruitment', D(2025, 6, 30), null, 'Done; applications from ethnic minority candidates up 18%.', 'Complete'],
    ['4', '3', 'Bring in a pre-investigation review by a senior HR partner and a matron or general manager from another division.', 'Head of Employee Relations', D(2025, 10, 31), D(2026, 1, 31), 'Review panel running since January; relative likelihood now 1.28.', 'Complete'],
    ['5', '4', 'Report CPD spending by ethnicity for nursing and AHPs to the Education Steering Group.', 'Head of Education & Training', D(2025, 12, 31), D(2026, 3, 31), 'ESR data could not be matched to course bookings; new booking form from April.', 'Carried forward to 2026/27'],
    ['6', '5', 'Introduce a yellow and red card scheme for racist behaviour by patients and visitors in the emergency department and assessment units.', 'Head of Nursing – Emergency Care', D(2025, 11, 30), null, 'Scheme agreed but not launched; security staffing shortfall.', 'Not achieved'],
    ['7', '6, 8', 'Train 150 managers in responding to reports of racism from staff.', 'Head of Organisational Development', D(2026, 3, 31), null, '112 managers trained; the rest booked for May and June.', 'Partially complete'],
    ['8', '7', 'Run a second cohort of the Shine development programme for ethnic minority staff at Bands 5 to 7, with sponsors from the senior team.', 'Head of Organisational Development', D(2026, 2, 28), null, 'Cohort of 22 completed in February; seven have since stepped up or been promoted.', 'Complete'],
    ['9', '9', 'Appoint an associate non-executive director through the NExT Director scheme.', 'Trust Chair', D(2025, 12, 31), D(2026, 6, 30), 'Recruitment reopened after the first round did not appoint.', 'Carried forward to 2026/27'],
  ];
  for (const [ref, ind, act, lead, od, rd, pos, st] of rows) {
    const due = shown(rd || od, 'mmm-yy');
    p.action([ref, ind, act, lead, od, rd, pos, st], { ref, indicators: ind.split(', '), action: act, lead, due, status: st, rag: R[st], progress: pos }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'mmm-yy' }, { numFmt: 'mmm-yy', color: C.red }, {}, { fill: F[st] }] });
  }
  p.blank();
  p.line(['Summary: 4 complete, 2 partially complete, 1 not achieved, 2 carried forward into the 2026/27 plan.'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Key: green = complete; amber = partially complete; red = not achieved; lilac = carried forward.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional district general hospital trust), the 2025-26 plan at year end. Sheet 'WRES 2025-26 year end': trust name, title, an italic committee line (21 April 2026, agenda item 7.2), a blank row, the header 'Ref | Indicator | Action | Lead | Original deadline | Revised deadline | Year-end position | Status' (row 5), nine actions, a blank row, a bold summary count line and a colour key line. Judgement calls: due = the Revised deadline where one is filled (red font, actions 2, 4, 5, 9), otherwise the Original deadline – as displayed (real dates in mmm-yy, 'Dec-25'); the original date of a slipped action is no longer its due; progress = Year-end position as written; status = the word, rag from its fill (Complete green, Partially complete amber, Not achieved red, 'Carried forward to 2026/27' on lilac → null: lilac is no RAG colour, the key gives it no rating); indicators from Indicator ('6, 8' → both); ref = Ref; lead = Lead. Period 2025-26 as the title states (the review is in April 2026). The summary and key lines are not actions; the committee date is no due. Theme null.", { mode: 'fill', ragCol: 8, dueFrom: ['F', 'E'], forbidden: ['21 April 2026'] });
}
