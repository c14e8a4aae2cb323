// holdout85-wdes-2022-23-pennacott: mental health FT, laid out like a published MH trust WDES plan: a bare title, an intro paragraph that
// is the only place the trust is named, 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed' with
// the metric's wording only on the first row of its group, actions lettered '1a.', '4b.' (the LETTER numbers the action, not a sub-metric),
// real dates shown mmm-yy, and a status key written into the Status header.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennacott Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout85-wdes-2022-23-pennacott', sheet: 'WDES 2022-23', standard: 'WDES', period: '2022-23', trust, widths: [34, 40, 24, 9, 12, 48, 32, 11], font: { name: 'Calibri', size: 10 } });
  p.line(['WDES ACTION PLAN 2022/2023'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line([`At ${trust} (PMHFT) we recognise there is no quick fix to the long-standing inequalities our Disabled staff and staff with long-term conditions tell us about. This plan is managed alongside our People Plan and reported to the People and Culture Committee.`], { merge: ['A', 'H'], height: 40 });
  p.blank();
  p.header(['Indicator', 'Action(s)', 'Lead', 'Date', 'Status\n(Not Started = Red, In Progress = Amber, Completed = Green)', 'Progress', 'Anticipated Outcome', 'Completed'], { style: { fill: C.lilac }, height: 44 });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const SF = { 'Not Started': C.red, 'In Progress': C.amber, Completed: C.green };
  const SR = { 'Not Started': 'red', 'In Progress': 'amber', Completed: 'green' };
  const groups = [
    ['1', '1. Percentage of staff in AfC pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.', [
      ['1a. Run a “Count me in” campaign with the staff networks to raise the disability declaration rate on ESR above 6%.', 'Equality, Diversity and Inclusion Manager', D(2022, 9, 1), 'In Progress', 'Campaign launched at the July staff briefing; declaration rate has moved from 4.2% to 5.1%. A second push through team meetings is planned for January.', 'Fewer “not stated” records so that our data is reliable.', null],
      ['1b. Give each clinical directorate its own WDES data pack and ask for one local action.', 'Head of Workforce Intelligence', D(2022, 11, 1), 'Completed', 'Packs issued to all five directorates; each has agreed a local action.', 'Directorates own their figures.', D(2022, 11, 18)],
    ]],
    ['2', '2. Relative likelihood of non-disabled staff compared to Disabled staff being appointed from shortlisting across all posts.', [
      ['2a. Renew our Disability Confident Leader status and check every recruiting manager knows the guaranteed interview commitment.', 'Recruitment Lead', D(2022, 6, 1), 'Completed', 'Leader status renewed in June 2022 for three years.', 'Disabled applicants who meet the essential criteria are always interviewed.', D(2022, 6, 28)],
      ['2b. Offer reasonable adjustments at interview on every invitation letter and record what was asked for.', 'Recruitment Lead', 'Ongoing', 'In Progress', 'Wording added to letters; recording in TRAC still being set up.', 'Barriers at interview removed.', null],
    ]],
    ['4', '4. Percentage of Disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients / service users, their relatives or the public, from managers and from other colleagues, and saying that they or a colleague reported it.', [
      ['4a. Include disability in the Trust’s violence and aggression training for inpatient staff, with a focus on hidden disabilities.', 'Violence Reduction Lead', D(2023, 1, 1), 'Not Started', 'Training review is due to start in December.', 'Staff know how to respond to abuse that targets a disability.', null],
      ['4b. Promote the Freedom to Speak Up Guardians and the Disability Network’s listening service so that staff report bullying by managers and colleagues.', 'Freedom to Speak Up Guardian', D(2022, 10, 1), 'In Progress', 'Joint drop-in sessions held at Pennacott House and the Ridgeway Unit.', 'More Disabled staff report bullying and harassment.', null],
    ]],
    ['7', '7. Percentage of Disabled staff compared to non-disabled staff saying that they are satisfied with the extent to which their organisation values their work.', [
      ['7a. Include Disabled staff stories in the monthly Chief Executive’s blog and the annual staff awards.', 'Head of Communications', D(2023, 3, 1), 'In Progress', 'Two stories published; awards category agreed.', 'Disabled staff feel their contribution is seen.', null],
    ]],
    ['9a', '9a. The staff engagement score for Disabled staff, compared to non-disabled staff and the overall engagement score for the organisation.', [
      ['9a. Ask the Disability Network to co-design the Trust’s response to the 2022 staff survey engagement results.', 'Disability Network Chair', D(2023, 3, 1), 'Not Started', 'Survey results not out until February 2023.', 'Engagement gap narrows.', null],
    ]],
  ];
  for (const [ind, wording, acts] of groups) {
    acts.forEach(([act, lead, date, st, prog, out, done], i) => {
      const dueTxt = date instanceof Date ? shown(date, 'mmm-yy') : date;
      p.action([i === 0 ? wording : '', act, lead, date, st, prog, out, done || ''], { ref: act.split('.')[0], indicators: [ind], action: act, lead, due: dueTxt, status: st, rag: SR[st], progress: prog, outcome: out, completed: done ? shown(done, 'mmm-yy') : '' }, { styles: [{ font: { size: 9 } }, {}, {}, date instanceof Date ? { numFmt: 'mmm-yy' } : {}, { fill: SF[st] }, {}, {}, { numFmt: 'mmm-yy' }] });
    });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after a published mental health trust WDES action plan (fictional trust, every sentence new). Sheet 'WDES 2022-23': the title 'WDES ACTION PLAN 2022/2023', an intro paragraph – the ONLY place the trust is named ('At Pennacott Mental Health NHS Foundation Trust (PMHFT) …') – a blank row, the header 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed' (row 4, frozen) whose Status heading carries the key '(Not Started = Red, In Progress = Amber, Completed = Green)', then eight actions. The Indicator cell holds the metric's number and wording on the FIRST row of its group only and is blank below (not merged). Each action starts with its own number-and-letter ('1a.', '2b.', '4b.'): the letter numbers the action within the metric, it is not a sub-metric. Date and Completed are real dates shown mmm-yy; one Date is typed 'Ongoing'. Judgement calls: indicators from the Indicator cell at or above the row – metric 4 is written as one whole metric covering harassment and reporting, so its actions '4a.' and '4b.' get '4' (not 4a / 4b), while the '9a.' action sits under the metric written '9a.' and gets '9a'; ref = the number-and-letter the action starts with, the action text kept whole; theme null (no section rows); lead = Lead; due = Date as shown ('Sep-22', 'Ongoing'); status = the word, rag from its fill (which the header key confirms); progress = Progress; outcome = Anticipated Outcome; completed = the Completed date as shown, '' where blank; the intro's committee is not a lead.", { mode: 'fill', ragCol: 5, notFrom: ['A'] });
}
