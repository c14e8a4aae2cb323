// holdout54-wres-2017-18-brindlecombe: large teaching hospitals trust, the year-end review of its 2017-18 plan. Invented layout in the
// style of a Word table pasted into Excel: the full wording of each of the nine WRES indicators MERGED DOWN column A beside its actions,
// a 'What our 2017 data showed' cell merged down beside them too, refs 1.1 … 9.2, status words in coloured FONT (no fills), a typed
// summary line and a sign-off block under the table.
import { Book, Plan, C, mergeDown } from './lib.js';
const ST = { Complete: C.green, Ongoing: C.orange, 'Not started': C.red, 'Carried forward': C.blue };
const RAGW = { Complete: 'green', Ongoing: 'amber', 'Not started': 'red', 'Carried forward': 'blue' };
export async function build() {
  const book = new Book();
  const trust = 'Brindlecombe Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout54-wres-2017-18-brindlecombe', sheet: 'Sheet1', standard: 'WRES', period: '2017-18', trust,
    widths: [30, 6, 30, 48, 22, 13, 40, 14], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, alignment: { horizontal: 'center' } } });
  p.line(['WORKFORCE RACE EQUALITY STANDARD – ACTION PLAN 2017/18 – YEAR END REVIEW (MARCH 2018)'], { merge: ['A', 'H'], style: { bold: true, alignment: { horizontal: 'center' } } });
  p.blank();
  p.header(['WRES Indicator', 'Ref', 'What our 2017 data showed', 'Action', 'Lead', 'By when', 'Progress at March 2018', 'Status'], { style: { fill: C.grey } });
  const inds = [
    ['1. Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce', 'BME staff are 19.4% of the workforce but 7.1% of staff at Band 8a and above.', [
      ['1.1', 'Set an aspiration for BME representation at Band 8a and above of 12% by 2021 and report against it twice a year.', 'Director of Workforce', 'June 2017', 'Aspiration agreed by the Board in June; first report in October.', 'Complete'],
      ['1.2', 'Launch a positive action development programme for BME nurses and AHPs at Bands 5 and 6.', 'Head of Organisational Development', 'October 2017', 'First cohort of 18 started in November.', 'Complete'],
      ['1.3', 'Check ESR ethnicity records against the staff survey and close the "not stated" gap.', 'Workforce Information Manager', 'December 2017', 'Not stated fell from 9.8% to 6.2%; work continues into 2018/19.', 'Carried forward'],
    ]],
    ['2. Relative likelihood of staff being appointed from shortlisting across all posts', 'White applicants were 1.64 times more likely to be appointed from shortlisting.', [
      ['2.1', 'Require at least one BME panel member for every interview at Band 7 and above.', 'Head of Recruitment', 'September 2017', 'In place for 86% of panels audited in Q4.', 'Ongoing'],
      ['2.2', 'Take personal details off application forms at shortlisting.', 'Head of Recruitment', 'January 2018', 'Agreed with NHS Jobs; switched on in February.', 'Complete'],
      ['2.3', 'Train 150 recruiting managers in fair recruitment and unconscious bias.', 'Head of Learning and Development', 'March 2018', '97 managers trained.', 'Ongoing'],
    ]],
    ['3. Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation', 'BME staff were 2.1 times more likely to enter a formal disciplinary process.', [
      ['3.1', 'Introduce a decision tree for managers to use before starting a formal investigation.', 'Head of HR Operations', 'August 2017', 'Decision tree in use since August; HR advisers check it is completed.', 'Complete'],
      ['3.2', 'Have an HR business partner review every case involving a BME member of staff before a formal letter goes out.', 'Head of HR Operations', 'Ongoing', 'All cases reviewed since September; likelihood 1.52 at Q4.', 'Ongoing'],
      ['3.3', 'Commission an independent review of the last three years\' disciplinary cases by ethnicity.', 'Director of Workforce', 'March 2018', 'Tender not issued; funding not yet agreed.', 'Not started'],
    ]],
    ['4. Relative likelihood of staff accessing non-mandatory training and CPD', 'BME staff were slightly more likely to access CPD (0.94); no action needed beyond monitoring.', [
      ['4.1', 'Monitor access to non-mandatory training by ethnicity every six months and report to the Education Board.', 'Head of Learning and Development', 'Six-monthly', 'Reported October and March; ratio 0.97.', 'Complete'],
    ]],
    ['5. Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months', '31% of BME staff, against 27% of white staff.', [
      ['5.1', 'Display posters in every clinical area saying the Trust will not tolerate abuse of staff, and act on every report.', 'Director of Nursing', 'July 2017', 'Posters in all areas; 3 patients issued with warning letters.', 'Complete'],
      ['5.2', 'Provide a debrief and support offer to staff who experience racist abuse from patients.', 'Head of Staff Health and Wellbeing', 'November 2017', 'Support offer launched; 11 referrals.', 'Complete'],
    ]],
    ['6. Percentage of staff experiencing harassment, bullying or abuse from staff in last 12 months', '29% of BME staff, against 24% of white staff.', [
      ['6.1', 'Relaunch the Dignity at Work policy with a clear informal resolution route and trained contacts.', 'Head of HR Operations', 'December 2017', 'Policy relaunched in January; 22 Dignity at Work contacts trained.', 'Complete'],
      ['6.2', 'Hold facilitated team conversations in the five departments with the highest bullying scores.', 'Head of Organisational Development', 'March 2018', 'Two departments completed; three to follow in 2018/19.', 'Carried forward'],
    ]],
    ['7. Percentage believing that the trust provides equal opportunities for career progression or promotion', '71% of BME staff, against 88% of white staff.', [
      ['7.1', 'Advertise every secondment and acting-up opportunity internally.', 'Head of Recruitment', 'June 2017', 'Done; spot checks show compliance.', 'Complete'],
      ['7.2', 'Set up a reverse mentoring scheme between BME staff and the senior leadership team.', 'Chief Executive', 'January 2018', '10 pairs matched in February.', 'Ongoing'],
      ['7.3', 'Hold career clinics for BME staff at each of the three hospital sites.', 'Head of Organisational Development', 'February 2018', 'Clinics held at two sites; Northgate site postponed.', 'Ongoing'],
    ]],
    ['8. In the last 12 months have you personally experienced discrimination at work from any of the following: manager / team leader or other colleagues', '15% of BME staff, against 6% of white staff.', [
      ['8.1', 'Include race equality in the mandatory equality and diversity training refresh, using case studies from the Trust.', 'Head of Learning and Development', 'October 2017', 'New module live since October; 74% completion.', 'Complete'],
      ['8.2', 'Set up a BME staff network with an executive sponsor and an annual budget.', 'Director of Workforce', 'September 2017', 'Network launched in September; 140 members.', 'Complete'],
      ['8.3', 'Create a confidential route for BME staff to raise concerns about discrimination outside their line management.', 'Freedom to Speak Up Guardian', 'December 2017', 'Route agreed; publicity delayed.', 'Ongoing'],
    ]],
    ['9. Percentage difference between the organisation\'s Board voting membership and its overall workforce', 'No BME voting Board members (workforce 19.4% BME).', [
      ['9.1', 'Work with NHS Improvement on the next non-executive appointment to reach a more diverse field.', 'Chair', 'March 2018', 'Two BME candidates shortlisted; appointment not yet made.', 'Ongoing'],
      ['9.2', 'Offer Board shadowing places to BME staff at Band 8a and above.', 'Trust Secretary', 'March 2018', 'Not started; to be taken forward in 2018/19.', 'Not started'],
    ]],
  ];
  for (const [ind, found, acts] of inds) {
    const first = p.r + 1; const n = ind.match(/^\d+/)[0];
    acts.forEach(([ref, a, lead, due, prog, st], i) => {
      p.action([i ? '' : ind, ref, i ? '' : found, a, lead, due, prog, st], { ref, indicators: [n], action: a, lead, due, status: st, rag: RAGW[st], progress: prog },
        { styles: [{ bold: true }, {}, { italic: true }, {}, {}, {}, {}, { color: ST[st], bold: true }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'C', first, p.r);
  }
  const all = inds.flatMap(([, , a]) => a); const c = (s) => all.filter((x) => x[5] === s).length;
  p.blank();
  const sum = p.line([`Summary at 31 March 2018: ${all.length} actions – ${c('Complete')} complete, ${c('Ongoing')} ongoing, ${c('Not started')} not started, ${c('Carried forward')} carried forward to the 2018/19 plan.`], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Status key: Complete (green) / Ongoing (amber) / Not started (red) / Carried forward to 2018/19 (blue)'], { merge: ['A', 'H'] });
  p.blank();
  p.line(['Prepared by:', '', 'Equality and Diversity Manager'], { merge: ['A', 'B'] });
  p.line(['Reviewed by:', '', 'Workforce Committee, 12 April 2018'], { merge: ['A', 'B'] });
  p.line(['Approved by:', '', 'Trust Board, 26 April 2018'], { merge: ['A', 'B'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large teaching hospitals trust), the plan's YEAR-END REVIEW, pasted from a Word table into 'Sheet1' (Arial 9): two centred title rows (the trust name, then the plan title in capitals), one grey header 'WRES Indicator | Ref | What our 2017 data showed | Action | Lead | By when | Progress at March 2018 | Status' (row 4), then the actions grouped by indicator with the FULL WORDING of each of the nine WRES indicators ('1. Percentage of staff in each of the AfC Bands …') MERGED DOWN column A and the indicator's 2017 finding MERGED DOWN column C beside them; 22 actions 1.1–9.2; a typed summary line (counts), a status key line and a three-row sign-off block (Prepared / Reviewed / Approved). Judgement calls: indicators = the number the merged indicator wording starts with, the same for every action beside it (4 has one action); the merged indicator wording and finding are context, not themes (theme null) and not progress; status = the word, rag = its FONT colour per the key line (Complete green, Ongoing amber, Not started red, 'Carried forward' blue – the plan's word for an open action moved to 2018/19); due as written ('June 2017', 'Ongoing', 'Six-monthly'); progress = 'Progress at March 2018'; no outcome column; the summary, key and sign-off rows are not actions – 'Trust Board, 26 April 2018' is not a due and 'Equality and Diversity Manager' is not a lead.", { mode: 'font', ragCol: 'H', notFrom: ['A', 'C'], dataRows: [sum], forbidden: ['Equality and Diversity Manager', 'Trust Board, 26 April 2018', 'Workforce Committee, 12 April 2018'] });
}
