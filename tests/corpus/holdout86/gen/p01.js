// holdout86-wdes-2019-20-pickerdale: mental health trust's first-year WDES plan laid out the way BSMHFT's published plan is: the metric's
// full wording MERGED DOWN in column A beside its actions, action numbers written into the action text ('4a.', '4b.' – numbering, not
// metric letters), 'Date' mixing real mmm-yy dates with a typed '2019' and 'Ongoing', a 'Completed' date column, status words keyed in a line.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pickerdale Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2019-20-pickerdale', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [40, 44, 24, 10, 13, 46, 34, 11], font: { name: 'Arial', size: 9 } });
  p.line(['WDES ACTION PLAN 2019/2020'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line([`${trust} has published its first Workforce Disability Equality Standard data this year. We know there is no quick fix; this plan will be delivered alongside our Workforce Strategy and reviewed by the Equality & Inclusion Group every quarter.`], { merge: ['A', 'H'], height: 38 });
  p.line(['Status key: Not Started = Red, In Progress = Amber, Completed = Green'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['Metric', 'Action(s)', 'Lead', 'Date', 'Status', 'Progress', 'Anticipated Outcome', 'Completed'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const RAG = { 'Not Started': 'red', 'In Progress': 'amber', Completed: 'green' };
  const M = {
    1: '1. Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.',
    2: '2. Relative likelihood of disabled staff compared to non-disabled staff being appointed from shortlisting across all posts.',
    4: '4. Percentage of disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from: i) patients / service users, their relatives or other members of the public; ii) managers; iii) other colleagues – and saying that the last time it happened they or a colleague reported it.',
    8: '8. Percentage of disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.',
    '9a': '9a. The staff engagement score for disabled staff, compared to non-disabled staff and the overall engagement score for the organisation.',
  };
  const groups = [
    [1, [
      ['1a', '1a. "Your record, your say" campaign on every ward and community team so staff can update their disability status on ESR self-service.', 'Workforce Information Manager', D(2019, 11, 1), 'In Progress', 'Campaign ran in November on inpatient sites; community teams in January. Not stated has fallen from 31% to 26%.', 'Fewer "not stated" records so that metric 1 can be trusted.', null],
      ['1b', '1b. Add a disability question to the new starter form and exit questionnaire.', 'HR Operations Manager', D(2019, 9, 1), 'Completed', 'Both forms updated and live.', 'Every new starter asked at the point of joining.', D(2019, 10, 1)],
    ]],
    [2, [
      ['2a', '2a. Sign up to Disability Confident Level 2 and guarantee an interview to disabled applicants who meet the essential criteria.', 'Head of Recruitment', D(2019, 12, 1), 'Completed', 'Level 2 awarded in December; TRAC adverts show the logo.', 'More disabled candidates shortlisted and appointed.', D(2019, 12, 1)],
      ['2b', '2b. Recruiting manager training to include a session on adjustments at interview, co-delivered by a member of the Disability & Wellbeing Network.', 'Learning & Development Lead / Disability & Wellbeing Network Chair', '2019', 'In Progress', 'Two sessions delivered; network member now part of the standard slide set.', 'Managers confident to offer adjustments without being asked twice.', null],
    ]],
    [4, [
      ['4a', '4a. Publish a zero-tolerance statement for service users and carers and show it in every inpatient unit and community base.', 'Head of Security & Violence Reduction', D(2020, 1, 1), 'In Progress', 'Posters printed; awaiting sign-off of the easy-read version.', 'Staff feel supported when they are abused by service users or visitors.', null],
      ['4b', '4b. Promote the Freedom to Speak Up Guardians and add "disability" as a reason in the Datix incident category for staff abuse.', 'Freedom to Speak Up Guardian', D(2020, 3, 1), 'Not Started', 'Datix change queued with the Risk team for the April release.', 'Reporting rate for disabled staff rises toward that of non-disabled staff.', null],
      ['4c', '4c. Bullying and harassment advisors recruited from the network to offer a first, informal conversation.', 'Head of Organisational Development', 'Ongoing', 'In Progress', 'Six advisors trained; rota published on the intranet.', 'Issues raised earlier and resolved informally where staff want that.', null],
    ]],
    [8, [
      ['8a', '8a. Introduce a Reasonable Adjustments Passport that moves with the member of staff when they change team or manager.', 'Occupational Health Manager', D(2019, 10, 1), 'Completed', 'Passport launched in Disability History Month; 48 passports agreed so far.', 'Adjustments agreed once, not re-argued with every new manager.', D(2020, 2, 1)],
      ['8b', '8b. Hold adjustment costs in one central budget so that no team pays for equipment out of its own pay budget.', 'Deputy Director of Finance', D(2020, 3, 1), 'Not Started', 'Paper to go to the Finance & Performance Committee in March.', 'No adjustment delayed because of cost.', null],
    ]],
    ['9a', [
      ['9a', '9a. Run listening events with the Disability & Wellbeing Network and feed the themes into next year\'s staff survey action plans.', 'Equality & Inclusion Lead', D(2020, 2, 1), 'In Progress', 'First event held in January with 35 staff; themes shared with the Chief Executive.', 'Engagement gap between disabled and non-disabled staff narrows.', null],
    ]],
  ];
  for (const [m, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([ref, act, lead, date, st, prog, out, done], i) => {
      const dateShown = date instanceof Date ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()]}-${String(date.getUTCFullYear()).slice(2)}` : date;
      const doneShown = done ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][done.getUTCMonth()]}-${String(done.getUTCFullYear()).slice(2)}` : '';
      p.action([i === 0 ? M[m] : '', act, lead, date, st, prog, out, done || ''], { ref, indicators: [String(m)], action: act, lead, due: dateShown, status: st, rag: RAG[st], progress: prog, outcome: out, completed: doneShown }, { styles: [{}, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: 'mmm-yy' }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
    p.ws.getCell(`A${first}`).font = { name: 'Arial', size: 9, bold: true };
  }
  p.blank();
  p.line(['Metrics 3, 5, 6, 7 and 10 are picked up through the Workforce Strategy and the Board development programme and will have their own actions in 2020/21.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Plan agreed by the Equality & Inclusion Group on 14 August 2019.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust), laid out the way the published BSMHFT WDES plan is. Sheet 'WDES 2019-20': title, an intro naming the trust, an italic status key line ('Not Started = Red, In Progress = Amber, Completed = Green'), the blue header 'Metric | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed' (row 4, frozen), five metric groups whose FULL METRIC WORDING is merged down in column A beside the actions, and two italic closing lines. Date and Completed are real dates shown mmm-yy ('Nov-19'), but one Date is typed '2019' and one 'Ongoing'. Judgement calls: ref = the number each action starts with ('1a', '4b', '9a'); the action text keeps its number as written; in the metric-4 group the refs '4a', '4b', '4c' are the trust's action numbering, NOT metric 4a / 4b – the merged metric cell is the 2019 single metric 4, so all three get indicator '4'; the 9a group's metric cell says 9a, so '9a'; indicators come from the merged metric cell, theme null (a column, not a section row); lead = Lead as written (2b keeps both roles); due = Date as shown ('2019' and 'Ongoing' kept); status as written, rag through the key line's words (statuses are not coloured); progress = Progress; outcome = Anticipated Outcome; completed = the Completed column as shown ('Oct-19'), '' where blank; the closing lines (other metrics deferred, the agreement date) are not actions and give no due.", { mode: 'word', ragCol: 5, words: RAG, forbidden: ['14 August 2019', 'Aug-19'] });
}
