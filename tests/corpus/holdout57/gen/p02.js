// holdout57-wdes-2019-20-tarnhallow: a mental health trust's first WDES plan kept as a TWO-COLUMN narrative – the metric with what the
// data shows merged down on the left, and on the right one paragraph per action in which the LEAD AND THE DATE ARE WRITTEN INTO THE
// SENTENCES ('The Head of Wellbeing will lead this …', '… by the end of January 2020'). ASSUMED layout, like plans written in Word first.
import { Book, Plan, C, mergeDown } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Tarnhallow Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout57-wdes-2019-20-tarnhallow', sheet: 'WDES 2019', standard: 'WDES', period: '2019-20', trust, widths: [46, 96], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Workforce Disability Equality Standard: what the data tells us and what we will do (2019/20)`], { merge: ['A', 'B'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['This is our first WDES report. 5.1% of our staff have told us through ESR that they have a disability, while 19.4% said so in the 2018 staff survey. We have written our plan with the Disability and Wellbeing Network; where a metric does not appear below we have no separate action for it this year.'], { merge: ['A', 'B'], height: 52 });
  p.header(['WDES metric and what the data shows', 'What we will do'], { style: { fill: C.purple, color: C.white } });
  const groups = [
    ['Metric 1 – Workforce representation\nDisabled staff are 4.8% of clinical staff at Bands 1–7 and 2.1% at Band 8a and above. 14.6% of staff have not told us their status.', ['1'], [
      ['We will run a "Count me in" campaign asking every member of staff to check and update their disability status on ESR self-service, explaining why the information matters and how it is kept confidential. The Workforce Information Manager will lead this and we expect the first campaign to be finished by the end of November 2019.', 'Workforce Information Manager', 'the end of November 2019'],
      ['We will add a short section on disability declaration to the corporate induction programme so that new starters hear about it on their first day, with the network invited to speak at each session.', '', ''],
    ]],
    ['Metric 2 – Appointment from shortlisting\nNon-disabled applicants are 1.31 times more likely to be appointed from shortlisting than disabled applicants.', ['2'], [
      ['Our Head of Recruitment will review how the guaranteed interview scheme is applied on TRAC and will report to the People and Culture Committee by February 2020 on whether every eligible disabled applicant was shortlisted.', 'Head of Recruitment', 'February 2020'],
    ]],
    ['Metric 4 – Harassment, bullying or abuse\n32.7% of disabled staff experienced harassment, bullying or abuse from patients or service users, against 26.0% of non-disabled staff. Only 41.2% of disabled staff reported their most recent experience.', ['4'], [
      ['We will make it easier to report harassment from service users on our inpatient wards by adding a one-page form to the ward incident folders and by talking about reporting at every ward\'s monthly community meeting. The Deputy Director of Nursing has agreed to lead this, and we want it in place on all wards by the end of January 2020.', 'Deputy Director of Nursing', 'the end of January 2020'],
      ['Freedom to Speak Up Guardians will hold drop-in sessions for disabled staff at each of the three main sites during the year, and the Guardian service will report the themes it hears to the network.', 'Freedom to Speak Up Guardians', ''],
    ]],
    ['Metric 7 – Feeling valued\n31.5% of disabled staff feel the organisation values their work, against 42.9% of non-disabled staff.', ['7'], [
      ['We will bring in a reasonable adjustments passport so that disabled colleagues do not have to explain their needs again each time they change manager or role. The Head of Wellbeing will lead the work with the network and we aim to launch the passport in March 2020.', 'Head of Wellbeing', 'March 2020'],
    ]],
    ['Metric 9 – Engagement and the staff voice\nThe engagement score is 6.6 for disabled staff and 7.0 for non-disabled staff.', ['9'], [
      ['Give the Disability and Wellbeing Network protected time for its chair (one day a month) and an executive sponsor, and ask the network to lead a listening event in each locality before the 2019 staff survey closes. The Director of People will act as sponsor and will agree the protected time with the chair\'s manager.', 'Director of People', ''],
    ]],
  ];
  for (const [m, inds, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, lead, due], i) => { p.action([i === 0 ? m : undefined, a], { indicators: inds, action: a, lead, due, dueSource: due ? 'action text' : null }, { styles: [{ italic: false }] }); });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Figures: ESR at 31 March 2019; NHS Staff Survey 2018. Approved by the Trust Board on 25 July 2019.'], { merge: ['A', 'B'], style: { italic: true, font: { size: 9 } } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a mental health trust) – a first WDES plan kept as a TWO-COLUMN narrative: a purple title naming the trust and 2019/20, an intro paragraph with declaration figures, one header 'WDES metric and what the data shows | What we will do' (row 3), then seven action paragraphs in column B, with the metric and its data sentence merged down beside them in column A (metrics 1, 2, 4, 7 and 9, the 2019 codes), and a source / approval line at the foot. There is NO lead or date column: each paragraph writes its lead and its date in the sentences ('The Workforce Information Manager will lead this and we expect the first campaign to be finished by the end of November 2019'; 'Our Head of Recruitment will review … by February 2020'; 'The Deputy Director of Nursing has agreed to lead this … by the end of January 2020'). Judgement calls: the action is the whole paragraph; lead = the role the sentence gives the work to ('Freedom to Speak Up Guardians' who hold the drop-ins; the Director of People who 'will act as sponsor' and agree the time), '' for the induction paragraph that names no one (never borrowed from the row above); due = the deadline phrase as written ('the end of November 2019', 'February 2020', 'March 2020' from 'aim to launch … in March 2020'), dueSource 'action text'; 'during the year' and 'before the 2019 staff survey closes' give no date a reader can hold to, so those dues are '' (dueSource null); indicators = the metric number the merged cell opens with (['4'] – the 2019 metric 4); the data sentences' percentages and ratios are findings, not indicators or outcomes; the intro, the figures and approval line are not actions; theme null (the merged metric cell is context); no status (rag null).", { indFrom: { from: 'col', col: 'A' }, actionCol: 'B', forbidden: ['25 July 2019'], sentenceCol: 'B' });
}
