// holdout11-wdes-2021-22-tanwick: ordinary; METRIC HEADING ROWS above blocks (theme + indicators, no metric column), blank spacer
// rows between blocks; 'Milestones' column; two people as lead; BRAG letters filled, '*' key footnote; mmm-yy dates + text.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wdes-2021-22-tanwick', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust: 'Tanwick Mental Health NHS Foundation Trust', widths: [7, 52, 28, 13, 40, 9] });
  p.line(['Tanwick Mental Health NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['Workforce Disability Equality Standard Action Plan 2021–22'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Owner: Head of Equality, Diversity and Inclusion    |    Version 2.0    |    Updated 11 January 2022'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'Action', 'Lead(s)', 'By when', 'Milestones', 'BRAG*'], { style: { fill: C.paleblue } });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  let theme = null, inds = [];
  const head = (t, i, spacer = true) => { if (spacer) p.blank(); p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.palegrey } }); theme = t; inds = i; };
  const act = (no, action, lead, due, ms, st) => {
    const dueText = due instanceof Date ? shown(due, 'mmm-yy') : due;
    return p.action([no, action, lead, due, ms, st], { ref: no, indicators: inds, theme, action, lead, due: dueText, status: st, rag: RG[st] ?? null },
      { styles: [{}, {}, {}, due instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } } : {}, {}, { fill: F[st], alignment: { horizontal: 'center' }, bold: true }] });
  };
  head('Metric 1 – Disabled staff across pay bands', ['1'], false);
  act('1.1', 'Relaunch the "Tell us about you" self-declaration campaign with case studies from disabled colleagues.', 'Asha Shah & Robert Mensah', D(2021, 9, 30), 'Q2 – campaign materials signed off\nQ3 – ESR reminder to all staff', 'B');
  act('1.2', 'Publish disability declaration rates by care group in the quarterly workforce report.', 'Workforce Intelligence Team', 'Quarterly', 'First report Q2', 'G');
  head('Metric 2 – Appointment from shortlisting', ['2']);
  act('2.1', 'Check that the guaranteed interview scheme is applied to every vacancy on TRAC, and audit a sample each quarter.', 'Recruitment Manager', D(2021, 12, 31), 'Q3 – first audit of 50 campaigns', 'G');
  head('Metrics 4a and 4b – Harassment, bullying or abuse from managers and colleagues', ['4a', '4b']);
  act('4.1', 'Add a disability section to the Civility and Respect training for line managers.', 'Head of OD & Karen Doyle (Disability Network chair)', D(2021, 11, 30), 'Q2 – content co-written with the Network\nQ3 – first sessions', 'A');
  act('4.2', 'Set up a confidential reporting route for disabled staff through the Freedom to Speak Up Guardian.', 'Freedom to Speak Up Guardian', 'By March 2022', 'Q4 – route live and publicised', 'R');
  head('Metric 5 – Equal opportunities for career progression', ['5']);
  act('5.1', 'Ring-fence places for disabled staff on the Trust\'s Mary Seacole and Rosalind Franklin sponsorship.', 'Head of Leadership and Talent', D(2022, 1, 31), 'Q3 – nominations open', 'G');
  act('5.2', 'Offer career coaching to disabled staff at Bands 3–7 through the coaching network.', 'Head of Leadership and Talent', 'Ongoing', '10 coaching pairs by Q4', 'G');
  head('Metrics 6 and 8 – Presenteeism and reasonable adjustments', ['6', '8']);
  act('6.1', 'Replace local arrangements with a single Reasonable Adjustments Policy and a central adjustments budget.', 'Deputy Director of People & Head of Occupational Health', D(2022, 3, 31), 'Q3 – policy consultation\nQ4 – ratified', 'A');
  act('6.2', 'Introduce a Health and Wellbeing Passport that moves with staff when they change role.', 'Head of Occupational Health', 'Dec 2021', 'Q3 – launched on the intranet', 'B');
  head('Metrics 9a and 9b – Engagement and the disabled staff voice', ['9a', '9b']);
  act('9.1', 'Give the Disability Network chair and deputy one day a month protected time and a seat on the People Committee.', 'Director of People', D(2021, 7, 31), 'Q1 – agreed by Executive Team', 'B');
  act('9.2', 'Hold two "Big Conversation" events for disabled staff with the Chief Executive.', 'Chief Executive & Asha Shah', 'Oct 2021 and Mar 2022', 'Event 1 Oct, event 2 Mar', 'G');
  head('Metric 10 – Board membership', ['10']);
  act('10.1', 'Include the Board in the disability declaration campaign and publish the result.', 'Company Secretary', D(2022, 3, 31), '–', 'G');
  p.blank();
  p.line(['*BRAG: B – complete and embedded; G – on track; A – some slippage, recoverable; R – not started or off track.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Metrics 3 and 7 showed no adverse difference in 2021 and have no separate action this year; they are monitored through the quarterly workforce report.'], { merge: ['A', 'F'], style: { italic: true }, height: 26 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary 2021 WDES plan. Two merged title rows and an 'Owner | Version 2.0 | Updated' line, a blank row, then one header on row 5: 'No. | Action | Lead(s) | By when | Milestones | BRAG*'. There is NO metric column: each block sits under a grey METRIC HEADING ROW merged across A:F ('Metric 1 – Disabled staff across pay bands', 'Metrics 4a and 4b – Harassment, bullying or abuse from managers and colleagues', 'Metrics 6 and 8 – …', 'Metrics 9a and 9b – …'); gold theme = the heading text and indicators come from it (2021 set: ['4a','4b'], ['9a','9b']). A BLANK SPACER ROW sits above every heading after the first. Action numbers '1.1', '4.2' … are refs (strings), not sub-actions of a parent. Leads are roles, teams or TWO PEOPLE joined by '&' ('Asha Shah & Robert Mensah', 'Head of OD & Karen Doyle (Disability Network chair)'); gold lead = the whole cell. By when: real dates shown mmm-yy ('Sep-21') and text ('Quarterly', 'By March 2022', 'Dec 2021', 'Oct 2021 and Mar 2022', 'Ongoing'). 'Milestones' (quarter-by-quarter steps, on several lines) is not the due date and not progress. BRAG letters filled in their colours, keyed by the '*BRAG' footnote under the table (B = complete → blue). The footnote and a note that metrics 3 and 7 have no action are non-action rows.", { ragCol: 'F', mode: 'fill' });
}
