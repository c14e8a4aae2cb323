// holdout18-wdes-2025-26-tanfield: ORDINARY plan of a small RURAL DISTRICT GENERAL HOSPITAL trust on 'Sheet1' – title, trust,
// two background lines; plain header 'Action No | Action | WDES Metric | Owner | Target Date | Progress | % Complete'; metric
// AFTER the action as bare codes ('4a', '4a & 4b', '9b', '1 & 10', 'All'); owners 'initial. surname (role)'; abbreviated
// month text ('End Sept 25', 'Mar 26'); status only as a % COMPLETE number (no RAG, no colour); 'Next steps' lines below.
import { Book, Plan, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wdes-2025-26-tanfield', sheet: 'Sheet1', standard: 'WDES', period: '2025-26', trust: 'Tanfield and Coquet Valley Hospitals NHS Foundation Trust', widths: [10, 56, 12, 32, 14, 42, 11] });
  p.line(['WDES Action Plan 2025/26'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Tanfield and Coquet Valley Hospitals NHS Foundation Trust'], { style: { bold: true } });
  p.line(['Background: 4.8% of our staff have declared a disability on ESR, compared with 22% in the 2024 NHS Staff Survey. Our 2025 WDES report shows the biggest gaps in metrics 4a, 5 and 9a.'], { merge: ['A', 'G'], height: 28 });
  p.line(['This plan was agreed with the Disabled Staff Network on 4 September 2025.'], { merge: ['A', 'G'] });
  p.blank();
  p.header(['Action No', 'Action', 'WDES Metric', 'Owner', 'Target Date', 'Progress', '% Complete']);
  const data = [
    ['WD-1', 'Run a "Tell us once" campaign so staff can update disability information without repeating it to each manager.', '1 & 10', ['1', '10'], 'K. Robson (Workforce Information Manager)', 'End Sept 25', 'Campaign launched 15 September.', 1],
    ['WD-2', 'Guarantee an interview to disabled applicants who meet the essential criteria, and monitor the outcome each quarter.', '2', ['2'], 'L. Armstrong (Recruitment Lead)', 'Dec 25', 'Agreed; NHS Jobs settings changed.', 0.75],
    ['WD-3', 'Check every capability case at the informal stage for health or disability factors.', '3', ['3'], 'M. Tait (Employee Relations Manager)', 'Oct 25', 'Checklist in use.', 1],
    ['WD-4', 'Give staff in the emergency department and community hospitals a simple way to report abuse from patients.', '4a', ['4a'], 'D. Fenwick (Head of Nursing, Urgent Care)', 'Jan 26', 'Reporting card drafted.', 0.25],
    ['WD-5', 'Train managers to respond to reports of harassment within five working days and record the outcome.', '4a & 4b', ['4a', '4b'], 'M. Tait (Employee Relations Manager)', 'Mar 26', '', 0],
    ['WD-6', 'Offer disabled staff places on the ICS "Next Step" leadership programme.', '5', ['5'], 'S. Hall (Head of Education)', 'Nov 25', 'Three places offered.', 0.5],
    ['WD-7', 'Give managers a short guide on supporting staff with long-term conditions during winter pressures.', '6', ['6'], 'R. Charlton (Health and Wellbeing Lead)', 'Oct 25', 'Guide on the intranet.', 1],
    ['WD-8', 'Use the Access to Work scheme for every eligible adjustment request and track decision times.', '8', ['8'], 'R. Charlton (Health and Wellbeing Lead)', 'Mar 26', 'Tracker started in August.', 0.5],
    ['WD-9', 'Ask the Disabled Staff Network to co-design the staff survey action plan for disabled staff.', '9a', ['9a'], 'J. Pearce (Head of HR)', 'Feb 26', 'First workshop booked.', 0.25],
    ['WD-10', 'Give the network chair one day a month of protected time and an executive sponsor.', '9b', ['9b'], 'J. Pearce (Head of HR)', 'Sept 25', 'Protected time agreed; sponsor is the Chief Nurse.', 1],
    ['WD-11', 'Publish the WDES report and this plan, and report progress to the People Committee every quarter.', 'All', ALL_WDES21, 'J. Pearce (Head of HR)', 'Mar 26', 'Report published 30 September.', 0.5],
  ];
  for (const [ref, action, m, inds, owner, due, prog, pc] of data)
    p.action([ref, action, m, owner, due, prog, pc], { ref, indicators: inds, action, lead: owner, due, status: `${Math.round(pc * 100)}%`, progress: prog }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: '0%', alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.blank();
  p.line(['Next steps'], { style: { bold: true } });
  p.line(['- Progress will be reviewed at the People Committee in December 2025 and March 2026.'], { merge: ['A', 'G'] });
  p.line(['- Actions not complete by March 2026 will be carried into the 2026/27 plan.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan (2025-26, 2021+ metric set) of a small RURAL DISTRICT GENERAL HOSPITAL trust, on a sheet still called 'Sheet1', Arial 10 with borders and no fills: a bold title 'WDES Action Plan 2025/26' and the trust name in column A, a merged 'Background:' paragraph quoting the data, an agreement line, a blank row, then a plain bold header 'Action No | Action | WDES Metric | Owner | Target Date | Progress | % Complete' (row 6). Refs 'WD-1'…'WD-11'. The metric comes AFTER the action as bare codes ('1 & 10', '4a', '4a & 4b', '9a', '9b', 'All' = every 2021+ metric incl. 4a/4b and 9a/9b). Owners 'initial. surname (role)' (gold = whole cell). Target dates are abbreviated month TEXT ('End Sept 25', 'Dec 25', 'Mar 26'). The only status is '% Complete', a real number shown 0% / 25% / 50% / 75% / 100% – gold status = the percentage as shown, rag null (no colour and no key). Progress one empty. A bold 'Next steps' label with two dash lines below (non-action). Judgement calls: a percentage is a status without colour (rag null; 100% is not turned into 'blue'); 'All' = all twelve 2021+ metrics; the background paragraph is not an action.");
}
