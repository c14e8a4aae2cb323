// holdout20-wdes-2019-20-orrelbank: ORDINARY first WDES plan of a LEARNING DISABILITY AND AUTISM trust – title, intro
// paragraph, question header 'Metric | What our data says | What we will do | Easy read | Who | When | How we will know';
// an EASY READ column restating each action in plain words (not the action); 'Metric N' (whole 4 and 9); text timescales;
// no status.
import { Book, Plan, C, ALL_WDES } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Arial', size: 11 };
  const p = new Plan(book, { name: 'holdout20-wdes-2019-20-orrelbank', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust: 'Orrelbank Learning Disability and Autism NHS Trust', widths: [12, 32, 50, 32, 26, 18, 34], font });
  p.line(['Orrelbank Learning Disability and Autism NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { ...font, size: 16 }, color: 'FF00703C' } });
  p.line(['Our first Workforce Disability Equality Standard (WDES) action plan – 2019/20'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['This plan was written with members of our disabled staff group and with people who use our services. Each action also has an easy read version so that everyone can follow it.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.header(['Metric', 'What our data says', 'What we will do', 'Easy read', 'Who', 'When', 'How we will know'], { style: { fill: 'FFC5E0B4' } });
  const data = [
    ['Metric 1', ['1'], 'Only 2.8% of staff have told us they are disabled.', 'Run a campaign to encourage staff to update their disability status on ESR, with easy read guidance.', 'We will ask staff to tell us if they are disabled.', 'Workforce Information Manager', 'By October 2019', 'Declaration rate above 6%.'],
    ['Metric 2', ['2'], 'Disabled applicants are less likely to be appointed (1.42).', 'Sign up to Disability Confident Leader and guarantee interviews to disabled applicants who meet the criteria.', 'We will make sure disabled people get a fair chance of a job.', 'Head of Recruitment', 'By March 2020', 'Disability Confident Leader status gained.'],
    ['Metric 2', ['2'], 'Some support worker applicants need help with online forms.', 'Offer support to complete applications, including paper and easy read forms.', 'We will help people fill in job forms.', 'Recruitment Team', 'From September 2019', 'Support used by at least 20 applicants.'],
    ['Metric 3', ['3'], 'Numbers are small but disabled staff are more likely to go through capability.', 'Check that reasonable adjustments have been considered before any capability meeting.', 'We will check people have the support they need before a formal meeting.', 'Head of HR', 'By December 2019', 'Every capability case has an adjustments check.'],
    ['Metric 4', ['4'], '32% of disabled staff report harassment from people who use our services.', 'Train staff in positive behaviour support and in reporting abuse, and offer a debrief after every incident.', 'We will help staff stay safe and talk after something bad happens.', 'Head of Positive Behaviour Support', 'By March 2020', 'More incidents reported; fewer staff say they were harmed.'],
    ['Metric 5', ['5'], 'Disabled staff feel less able to progress.', 'Include disabled staff stories in our leadership programme.', 'We will help disabled staff get promoted.', 'Learning and Development Lead', 'By March 2020', 'Three stories used.'],
    ['Metric 6', ['6'], '30% of disabled staff felt pressure to come to work when unwell.', 'Review the attendance policy with the disabled staff group.', 'We will change the sickness rules so they are fair.', 'HR Policy Lead', 'By January 2020', 'New policy agreed.'],
    ['Metric 7', ['7'], 'Disabled staff feel less valued.', 'Hold a celebration event in Learning Disability Week with disabled staff and experts by experience.', 'We will have a party to celebrate our disabled staff.', 'Head of Communications', 'June 2019', 'Event held.'],
    ['Metric 8', ['8'], '71% say their adjustments are adequate.', 'Introduce a "My Adjustments" passport.', 'We will write down the support each person needs.', 'Occupational Health Lead', 'By December 2019', '80% say adjustments are adequate.'],
    ['Metric 9', ['9'], 'Engagement score lower for disabled staff.', 'Give the disabled staff group protected time and a budget.', 'The disabled staff group will have time to meet.', 'Director of Workforce', 'By September 2019', 'Group meets every month.'],
    ['Metric 10', ['10'], 'No Board members have declared a disability.', 'Invite Board members to a development session led by experts by experience.', 'Our Board will learn from disabled people.', 'Trust Secretary', 'By March 2020', 'Session held.'],
    ['All metrics', ALL_WDES, '', 'Report progress to the Workforce Committee every six months.', 'We will tell our managers how we are doing.', 'EDI Lead', 'Every six months', 'Two reports received.'],
  ];
  for (const [m, inds, data2, action, easy, lead, due, how] of data)
    p.action([m, data2 || null, action, easy, lead, due, how], { indicators: inds, action, lead, due, outcome: how }, { styles: [{}, {}, {}, { italic: true, fill: 'FFF2F9EC' }] });
  p.blank();
  p.line(['Approved by the Workforce Committee, 17 July 2019.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan of a LEARNING DISABILITY AND AUTISM trust, Arial 11: merged green trust title, merged plan title, merged intro paragraph (written with disabled staff and people who use services; 'each action also has an easy read version'), a blank row, then a pale-green question header 'Metric | What our data says | What we will do | Easy read | Who | When | How we will know' (row 5). Metrics 'Metric N' from the 2019 set (whole 4 and 9) and 'All metrics' (= all ten); two actions for metric 2. 'What our data says' = context (empty on the last row). An EASY READ column (italic, pale green) restates each action in plain words. Who = job titles or a team. When = text ('By October 2019', 'From September 2019', 'June 2019', 'Every six months'). 'How we will know' = outcome. NO status column (status '', rag null). Approval line below. Judgement calls: the action is 'What we will do', not its easy read restatement, which is another wording of the same action and no field of the gold; the data column is context; text timescales kept as written ('By October 2019').", { notFrom: ['B', 'D'] });
}
