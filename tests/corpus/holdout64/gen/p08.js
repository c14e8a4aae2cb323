// holdout64-wdes-2022-23-larkhill: follows NHS England's description of what each trust publishes – a 'Metrics Report and Action Plan'
// built from the WDES data spreadsheet and online form, developed with disabled staff (https://www.england.nhs.uk/about/equality/equality-hub/wdes/),
// with the declaration-rate work the WDES Technical Guidance describes (https://readkong.com/page/nhs-workforce-disability-equality-standard-6433979).
// The 'Read me' sheet and the plan sheet 'Issue identified | Action | Responsible | Deadline | Date completed | Evidence of completion' are ASSUMED.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Larkhill Children's Hospital NHS Foundation Trust";
  const s1 = book.wb.addWorksheet('Read me');
  s1.getColumn(1).width = 100;
  [[`${trust}`, true], ['WDES Metrics Report and Action Plan 2022-23', true], [''], ['Sheet "Action plan" lists the actions agreed with the Disabled Staff Forum in September 2022.'], ['"Date completed" is filled in only when the Forum has seen the evidence in the last column.'], ['Contact: equality@larkhill.example.nhs.uk']].forEach(([t, b], i) => { const c = s1.getCell(`A${i + 1}`); c.value = t || null; c.font = { name: 'Arial', size: 10, bold: !!b }; });
  const p = new Plan(book, { name: 'holdout64-wdes-2022-23-larkhill', sheet: 'Action plan', standard: 'WDES', period: '2022-23', trust, widths: [6, 34, 50, 26, 22, 14, 36] });
  p.line(['WDES Action Plan 2022-23'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, fill: C.lilac } });
  p.header(['No.', 'Issue identified', 'Action', 'Responsible', 'Deadline', 'Date completed', 'Evidence of completion'], { style: { fill: C.purple, color: C.white } });
  const A = [
    ['Metric 1: 6% of staff have a disability recorded on ESR but 23% say so in the staff survey.', 'Ask every new starter to complete the disability question during onboarding, with an explanation written by the Disabled Staff Forum.', 'Workforce Information Lead', 'Mar-23', D(2023, 2, 28), 'Onboarding form changed; declaration among starters 14%.', ['1']],
    ['Metric 2: non-disabled applicants are 1.19 times more likely to be appointed from shortlisting.', 'Publish the adjustments available at interview in every job advert and information pack.', 'Recruitment Team Leader', 'Dec-22', D(2022, 12, 12), 'Wording added to the advert template.', ['2']],
    ['Metric 4a: 14% of disabled staff report harassment from managers (non-disabled 8%).', 'Include a session on disability and unconscious bias in the middle managers\' development programme.', 'Head of Leadership Development', 'Jun-23', null, '', ['4a']],
    ['Metric 4b: fewer than half of disabled staff reported their last experience.', 'Make the Speak Up and incident reporting routes available in easy read and British Sign Language.', 'Freedom to Speak Up Guardian', 'Jan-23', D(2023, 1, 20), 'Easy read and BSL versions on the intranet.', ['4b']],
    ['Metric 6: 29% felt pressure from their manager to come to work when unwell.', 'Train managers to hold a supportive conversation before any attendance review meeting.', 'Senior HR Business Partner', 'Sep-23', null, '', ['6']],
    ['Metric 8: 74% say adequate adjustments have been made.', 'Set up a central budget and a six-week target for workplace adjustments, with quarterly reporting to the People Committee.', 'Deputy Director of Workforce', 'Apr-23', null, '', ['8']],
    ['Metric 9b: the forum has no protected time.', 'Agree two hours a month of protected time for forum members and a budget for the forum\'s events.', 'Chief People Officer', 'Nov-22', D(2022, 11, 30), 'Agreed by the Executive Team on 29 November 2022.', ['9b']],
  ];
  A.forEach(([iss, a, resp, dl, done, ev, inds], i) => {
    const due = dl;
    const completed = done ? `${String(done.getUTCDate()).padStart(2, '0')}/${String(done.getUTCMonth() + 1).padStart(2, '0')}/${done.getUTCFullYear()}` : '';
    p.action([i + 1, iss, a, resp, dl, done, ev], { ref: String(i + 1), indicators: inds, action: a, lead: resp, due, completed, outcome: ev }, { styles: [{}, {}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
  });
  p.blank();
  p.line(['Approved by the People Committee, 18 October 2022. Next review April 2023.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's hospital) following NHS England's description of the WDES 'Metrics Report and Action Plan' each trust publishes (and the Technical Guidance's declaration-rate work): TWO SHEETS – 'Read me' (trust, report title, a note that 'Date completed' is filled only once the evidence is seen, a contact) and 'Action plan' (this gold's sheet): a filled title band, 'No. | Issue identified | Action | Responsible | Deadline | Date completed | Evidence of completion' (row 2), seven actions and an approval line. What is hard: the ISSUE cell starts with the metric ('Metric 4a: …') followed by a finding – indicators come from that prefix, the finding is context; REVISED DEADLINES written 'Jun-23' – due is the NEW date ('Jun-23'), as the Read me explains; 'Date completed' is a real date (dd/mm/yyyy) on done actions and empty on open ones. Judgement calls: ref = No.; lead = Responsible; completed = Date completed as shown; outcome = Evidence of completion where filled (what shows the action is done); no status column and the plan writes no status word – status '' and rag null (a completion date is not turned into a status); the trust is named on the Read me sheet only; the approval line's dates are not fields.", { notFrom: ['B'], forbidden: ['18 October 2022', 'April 2023'] });
}
