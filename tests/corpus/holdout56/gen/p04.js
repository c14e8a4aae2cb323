// holdout56-wdes-2020-21-wrenhallow: follows NHS Employers' case study 'Listening to the voices of staff with disabilities: University
// Hospitals of Morecambe Bay NHS Foundation Trust' (https://www.nhsemployers.org/case-studies/listening-voices-staff-disabilities, Nov 2020):
// 'What the organisation faced' → 'What the organisation did' → 'Key benefits and outcomes', a disability network, a colleague health passport,
// a disability leave policy and site access; closing tips. The trust's network-led plan takes those headings as its columns.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrenhallow Bay Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2020-21-wrenhallow', sheet: 'Action plan', standard: 'WDES', period: '2020-21', trust, widths: [40, 56, 30, 22, 34] });
  const W = ['A', 'E'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 13 } } });
  p.line(['Listening to disabled colleagues – WDES action plan 2020/21'], { merge: W, style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Developed with the Ability Staff Network, September 2020. Each row starts from what colleagues told us.'], { merge: W, style: { italic: true } });
  p.blank();
  p.header(['What we faced', 'What we will do', 'Who will do it', 'When', 'Key benefit we expect'], { style: { fill: C.paleblue } });
  const faced = (r1, r2) => mergeDown(p.ws, 'A', r1, r2);
  const act = (f, a, who, when, ben, inds) => p.action([f, a, who, when, ben], { indicators: inds, action: a, lead: who, due: when, outcome: ben });
  let r = act('Colleagues had to explain their condition again every time they changed manager or ward (WDES metric 8).', 'Introduce a colleague health passport that moves with the person and is reviewed at least once a year.', 'Ability Network chair and Head of HR', 'November 2020', 'Fewer repeat conversations; adjustments agreed faster', ['8']);
  act('', 'Train HR advisers to offer the passport at every sickness absence and return-to-work meeting.', 'HR Business Partners', 'January 2021', 'Passport offered in every case', ['8']); faced(r, r + 1);
  act('Disabled colleagues felt pushed to come in while unwell (WDES metric 6).', 'Bring in a disability leave policy, separate from the sickness absence policy.', 'Deputy Director of Workforce', 'March 2021', 'Planned disability-related leave no longer counts towards absence triggers', ['6']);
  r = act('Few disabled colleagues saw a route to promotion (WDES metrics 5 and 7).', 'Offer a development day for disabled staff in Bands 2–6, with coaching afterwards.', 'Learning and OD Manager', 'February 2021', 'At least 40 colleagues take part', ['5', '7']);
  act('', 'Publish short stories of disabled colleagues who have progressed, on the intranet and in the staff newsletter.', 'Communications Team', 'Quarterly from December 2020', 'Visible role models across the Trust', ['5', '7']); faced(r, r + 1);
  r = act('Parts of both hospital sites were hard to reach for wheelchair users and people with limited mobility.', 'Carry out an access audit of both main sites with network members who use mobility aids.', 'Head of Estates', 'December 2020', 'A costed, ranked list of fixes', []);
  act('', 'Add the five most urgent access fixes to the 2021/22 capital programme.', 'Director of Estates and Facilities', 'April 2021', 'Work scheduled and funded', []); faced(r, r + 1);
  act('Managers were unsure how to talk about disability (WDES metric 4a).', 'Run "confident conversations" workshops for line managers, co-delivered by network members.', 'Ability Network and Learning and OD', 'From October 2020', '200 managers attend in the first year', ['4a']);
  act('Disability declaration on ESR was far below the staff survey figure (WDES metric 1).', 'Hold a "safe to share" week and show colleagues how to update their record on ESR self-service.', 'Workforce Information Lead', 'November 2020', 'ESR declaration rate rises', ['1']);
  p.blank();
  p.line(['Top tips from our network'], { style: { bold: true } });
  p.line(['• Give the network chair protected time – two days a month worked for us.'], { merge: W });
  p.line(['• Let disabled colleagues co-deliver the training; it lands better.'], { merge: W });
  p.line(['• Agree the passport wording with staff side before launch.'], { merge: W });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust) following the structure of NHS Employers' case study of a trust's disability network (What the organisation faced / What the organisation did / Key benefits and outcomes / tips), kept as the network-led plan on one sheet 'Action plan': trust name, title, a line saying the plan was developed with the staff network, a blank row, the header on row 5 'What we faced | What we will do | Who will do it | When | Key benefit we expect', nine action rows, then 'Top tips from our network' with three '•' lines. The 'What we faced' cell (the problem colleagues described, ending with '(WDES metric 8)' etc.) is merged down beside the two actions that answer it in three places. Judgement calls: the action is 'What we will do'; the merged problem statement is context – it gives the indicators of the actions beside it ('(WDES metrics 5 and 7)' → ['5', '7'], '(WDES metric 4a)' → ['4a']; the access problem names none → []) but is not itself an action or theme; lead = 'Who will do it' as written (joint owners kept whole, teams allowed); due as written ('Quarterly from December 2020', 'From October 2020' kept); outcome = 'Key benefit we expect'; no status or RAG; the top tips are advice, not actions; theme null; ref ''.", { ind: 'A', notFrom: ['A'] });
}
