// holdout14-wdes-2021-22-orrington: ORDINARY PLAN WITH NO TITLE – header on ROW 1 (frozen, autofilter), trust named only
// in a footer line under the table; 'Issue identified' column; real dd.mm.yy deadlines; 'Comments' holding completion
// dates; status words with yellow / orange / green fills and an unfilled 'Not yet started'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wdes-2021-22-orrington', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust: 'Orrington Healthcare NHS Trust', widths: [10, 38, 56, 28, 11, 15, 36] });
  p.ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  p.header(['Metric', 'Issue identified', 'Action', 'Responsible lead', 'Deadline', 'Status', 'Comments'], { style: { fill: 'FF4472C4', color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.autoFilter = 'A1:G1';
  const S = { Complete: [C.green, 'green'], Ongoing: [C.yellow, 'amber'], Delayed: [C.orange, 'amber'], 'Not yet started': [null, null] };
  const ALL12 = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
  const data = [
    ['1', ['1'], '28% of staff have no disability recorded on ESR.', 'Run a "Your data, your say" campaign with the Disability Network to improve ESR self-declaration.', 'Workforce Intelligence Lead', D(2021, 12, 31), 'Complete', 'Completed 14.01.22 – unknowns now 19%.', '14.01.22'],
    ['2', ['2'], 'Disabled applicants are less likely to be appointed from shortlisting (1.31).', 'Add the guaranteed interview scheme wording to every advert and audit one month of shortlisting.', 'Recruitment Manager', D(2021, 11, 30), 'Ongoing', 'Adverts updated; audit in February.'],
    ['3', ['3'], 'Disabled staff are 1.9 times more likely to enter the formal capability process.', 'Require an occupational health referral and a reasonable adjustments review before any formal capability meeting.', 'Head of Employee Relations', D(2022, 1, 31), 'Delayed', 'Policy change waiting for JNCC on 10.03.22.'],
    ['4a & 4b', ['4a', '4b'], 'Higher harassment from patients and from managers and colleagues.', 'Include disability in the Civility Saves Lives programme and the new manager induction.', 'Head of Organisational Development', D(2022, 3, 31), 'Ongoing'],
    ['4b', ['4b'], 'Only 38% of disabled staff who experienced harassment reported it.', 'Publicise the reporting routes, including the Freedom to Speak Up Guardian, in the Disability History Month campaign.', 'Freedom to Speak Up Guardian', D(2021, 12, 10), 'Complete', 'Completed 10.12.21.', '10.12.21'],
    ['5', ['5'], 'Disabled staff less confident of equal career progression.', 'Offer career coaching to members of the Disability Network.', 'Head of Organisational Development', D(2022, 3, 31), 'Not yet started'],
    ['6', ['6'], 'Presenteeism higher for disabled staff.', 'Train managers in supportive absence conversations, using the Network\'s lived-experience video.', 'Health and Wellbeing Manager', D(2022, 2, 28), 'Ongoing'],
    ['7', ['7'], 'Disabled staff feel less valued.', 'Hold a listening event with the Chief Executive and share the "you said, we did" results.', 'Chief People Officer', D(2021, 10, 31), 'Complete', 'Completed 21.10.21.', '21.10.21'],
    ['8', ['8'], 'Adjustments take too long to agree.', 'Introduce a Reasonable Adjustments Passport and a central adjustments budget.', 'Health and Wellbeing Manager', D(2022, 3, 31), 'Delayed', 'Budget bid to be resubmitted in the 2022/23 plan.'],
    ['9a, 10', ['9a', '10'], 'Engagement score lower; no Board member has declared a disability.', 'Appoint an executive sponsor for the Disability Network and ask Board members to update their equality details.', 'Company Secretary', D(2021, 12, 31), 'Complete', 'Completed 02.12.21.', '02.12.21'],
    ['All', ALL12, 'Plan progress not visible to staff.', 'Publish a quarterly WDES progress update on the intranet.', 'Inclusion Lead', D(2022, 3, 31), 'Ongoing'],
  ];
  for (const [mt, inds, issue, action, lead, due, st, comment = '', done = ''] of data)
    p.action([mt, issue, action, lead, due, st, comment], { indicators: inds, action, lead, due: shown(due, 'dd.mm.yy'), status: st, rag: S[st][1], progress: comment, completed: done }, { styles: [{}, {}, {}, {}, { numFmt: 'dd.mm.yy' }, S[st][0] ? { fill: S[st][0] } : {}] });
  p.blank();
  p.line(['Orrington Healthcare NHS Trust – WDES action plan 2021/22 – approved by the People Committee on 14 October 2021 – owner: Inclusion Lead'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan WITH NO TITLE: the blue header 'Metric | Issue identified | Action | Responsible lead | Deadline | Status | Comments' is on ROW 1 (frozen, autofilter), and the trust, standard and year are named only in a small italic FOOTER LINE under the table (and in the sheet name 'WDES 21-22'). Metric cells are text in the 2021 set: '4a & 4b', '4b', '9a, 10', 'All' (= all twelve codes). Deadline is a real date shown dd.mm.yy. Status words: Complete green, Ongoing YELLOW (= amber), Delayed ORANGE (= amber), 'Not yet started' unfilled (rag null; no key anywhere). Judgement calls: 'Issue identified' is context, not the action; 'Responsible lead' is the lead; four Comments say 'Completed dd.mm.yy …' – gold completed = that date text, progress = the whole comment; one comment names a later meeting date ('JNCC on 10.03.22') which is not the due; due stays the Deadline. Theme null, no refs.", { ragCol: 'F', mode: 'fill' });
}
