// holdout79-wres-2018-19-cowlesby: community health trust, the annual WRES report kept as the action plan – numbered paragraphs in A / B,
// 'We have …' sentences (done) among 'We will …' sentences (to do), headings per indicator, the lead and date (when given) inside the
// sentence. One 'We will not …' sentence stops something and is no action.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cowlesby Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout79-wres-2018-19-cowlesby', sheet: 'WRES report 2018', standard: 'WRES', period: '2018-19', trust, widths: [6, 108], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 2, showGridLines: false }];
  p.line([`${trust} – Workforce Race Equality Standard report and plan 2018/19`], { merge: ['A', 'B'], style: { bold: true, color: 'FFFFFFFF', fill: 'FF005EB8', font: { size: 13 } }, height: 22 });
  p.line(['What we have done since our 2017 report, and what we will do this year'], { merge: ['A', 'B'], style: { italic: true } });
  p.blank();
  const secs = [];
  const H = (no, t) => { const r = p.line([no, t], { style: { bold: true, color: 'FF005EB8' } }); return r; };
  const P = (no, t) => p.line([no, t]);
  let theme = null, inds = [];
  const S = (no, t, i) => { const r = H(no, t); secs.push(r); theme = t; inds = i; return r; };
  const W = (no, t, g = {}) => p.action([no, t], { ref: no, action: t, theme, indicators: inds, dueSource: g.due ? 'labelled' : null, ...g }, { border: false });
  const data = [];
  H('1', 'Introduction');
  data.push(P('1.1', 'This report sets out what we have done since our 2017 WRES report and what we will do in 2018/19. It was written with the Cowlesby BAME Staff Network, whose members reviewed every paragraph.'));
  p.blank();
  S('2', 'Appointment from shortlisting (indicator 2)', ['2']);
  data.push(P('2.1', 'We have added ethnicity to the monthly recruitment dashboard, so that each service manager can see shortlisting and appointment rates for their own vacancies.'));
  data.push(P('2.2', 'We have trained 84 recruiting managers in fair selection since September 2017.'));
  W('2.3', 'We will put a trained BAME panel member on every interview for Band 7 and 8a posts in district nursing and therapies by December 2018; the Head of Recruitment will lead this.', { lead: 'Head of Recruitment', due: 'December 2018' });
  W('2.4', 'We will ask every recruiting manager to record the reason when a shortlisted BAME candidate is not appointed, and the Recruitment Team will audit a sample of these each quarter.', { lead: 'Recruitment Team' });
  p.blank();
  S('3', 'Formal disciplinary process (indicator 3)', ['3']);
  data.push(P('3.1', 'Our 2018 figure shows BAME staff are 1.42 times more likely than White staff to enter the formal disciplinary process, down from 2.05 in 2017.'));
  data.push(P('3.2', 'We have introduced a decision-making checklist that an HR Business Partner completes with the manager before any formal investigation starts.'));
  W('3.3', 'We will review every case since April 2017 in which the checklist was used, together with the BAME Staff Network chair, and report what we find to the People Committee by January 2019.', { due: 'January 2019' });
  p.blank();
  S('4', 'Harassment, bullying and abuse (indicators 5 and 6)', ['5', '6']);
  data.push(P('4.1', 'In the 2017 staff survey 31% of BAME staff who visit patients at home reported abuse from patients or relatives, compared with 24% of White staff.'));
  W('4.2', 'We will give every lone worker in community nursing a personal alarm and a clear route for reporting racist abuse by November 2018, led by the Health and Safety Manager.', { lead: 'Health and Safety Manager', due: 'November 2018' });
  const wn = P('4.3', 'We will not be repeating the 2017 online unconscious bias module; staff told us it made little difference to how they were treated.');
  W('4.4', 'We will run facilitated \'Let\'s talk about race\' sessions in each locality team, led by the Organisational Development Lead with the BAME Staff Network, by March 2019.', { lead: 'Organisational Development Lead', due: 'March 2019' });
  data.push(P('4.5', 'We have appointed four Freedom to Speak Up champions from BAME backgrounds, one in each locality.'));
  p.blank();
  S('5', 'Career progression (indicator 7)', ['7']);
  W('5.1', 'We will open the Aspiring Leaders programme to Band 4 and 5 staff for the first time, offering at least half of its 20 places to BAME staff, by February 2019.', { due: 'February 2019' });
  W('5.2', 'We will offer every BAME member of staff at Band 6 and above a mentor from the executive team or senior clinical leadership; the Director of Nursing will sponsor this.', { lead: 'Director of Nursing' });
  p.blank();
  H('6', 'Reporting progress');
  data.push(P('6.1', 'Progress will be reported to the People Committee in October 2018 and April 2019, and to the Board alongside the 2019 WRES return.'));
  p.blank();
  data.push(p.line(['', 'Approved by the People Committee, 19 July 2018.'], { style: { italic: true } }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust). Sheet 'WRES report 2018': a blue title bar and an italic subtitle (frozen above row 3), then the trust's WRES report written as numbered paragraphs – the number in A, one sentence or two in the wide column B, no table, no header row, no lead or date column. Headings '1 Introduction', '2 Appointment from shortlisting (indicator 2)', '3 Formal disciplinary process (indicator 3)', '4 Harassment, bullying and abuse (indicators 5 and 6)', '5 Career progression (indicator 7)', '6 Reporting progress'; an italic approval line at the end. Judgement calls: the actions are the 'We will …' paragraphs (2.3, 2.4, 3.3, 4.2, 4.4, 5.1, 5.2) – things still to be done; the 'We have …' paragraphs (2.1, 2.2, 3.2, 4.5) say what was ALREADY DONE and are not actions; 3.1 and 4.1 are findings; 1.1 is context; 4.3 'We will not be repeating …' starts like an action but stops something – nothing is to be done and nobody owns it – so it is NOT an action; 6.1 'Progress will be reported …' is the assurance route, not an action (its committee and dates give no field); the approval line is no action and its date no due. Action = the paragraph cell as written; ref = its paragraph number; theme = the heading it sits under; indicators = the indicator(s) that heading names ('(indicators 5 and 6)' → both). Lead = the post the sentence names as leading ('the Head of Recruitment will lead this', 'led by the Health and Safety Manager', 'the Director of Nursing will sponsor this'; 2.4's 'the Recruitment Team will audit') – '' where the sentence names nobody (3.3: the BAME Staff Network chair takes part but does not lead; 5.1). Due = the 'by …' date inside the sentence as written ('December 2018', dueSource 'labelled'), '' where none (2.4 'each quarter' is a frequency, 5.2). No status or RAG.", { prose: { weWill: 'B' }, dataRows: [...data, wn], forbidden: ['People Committee', 'BAME Staff Network chair', 'October 2018', '19 July 2018', 'each quarter', 'September 2017'] });
}
