// holdout42-wres-2016-17-kirkhavel: a mental health trust's WRES action plan 2016-17 written as a Word table and pasted into Excel:
// one header at the top, then per indicator a shaded 'Indicator n – …' heading row merged across, an 'Evidence' row (this year's figure
// against last year's) and the numbered actions; indicators 5 and 6 share one heading; indicator 4 has no action this year.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kirkhavel Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout42-wres-2016-17-kirkhavel', sheet: 'Action plan', standard: 'WRES', period: '2016-17', trust, widths: [7, 62, 26, 16, 50] });
  p.line([trust], { merge: [['A', 'E']], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016-17'], { merge: [['A', 'E']], style: { bold: true } });
  p.line(['Agreed by the Workforce and OD Committee on 14 September 2016. Progress column updated for the March 2017 committee.'], { merge: [['A', 'E']], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Lead', 'Timescale', 'Progress to date (March 2017)'], { style: { fill: C.grey } });
  const secs = []; const ev = []; let theme = null;
  const sec = (t) => { secs.push(p.line([t], { merge: [['A', 'E']], border: true, style: { bold: true, fill: C.lilac } })); theme = t; };
  const evidence = (t) => ev.push(p.line(['Evidence', t], { merge: [['B', 'E']], border: true, height: 30, styles: [{ bold: true, italic: true }, { italic: true }] }));
  const act = (ref, action, lead, due, progress, inds, h = 44) => p.action([ref, action, lead, due, progress], { ref, theme, indicators: inds, action, lead, due, progress }, { height: h });
  sec('Indicator 1 – Representation across AfC bands');
  evidence('2016: BME staff are 21.3% of the workforce, 9.8% of Bands 8a–9 and 4.2% of very senior managers (2015: 20.7%, 9.1% and 4.0%).');
  act('1.1', 'Set a target for BME representation at Band 8a and above for each care group, and report progress against it in the quarterly workforce dashboard.', 'Director of Workforce', 'Oct 2016', 'Targets agreed with care group directors in November; first dashboard report went to the January committee.', ['1']);
  act('1.2', 'Run a \'Stepping Forward\' development programme for BME staff in Bands 5 and 6, with a second cohort if the first is oversubscribed.', 'Head of Learning and Development', 'Jan 2017', 'Cohort 1 (18 staff) started 12 January; cohort 2 planned for June.', ['1']);
  sec('Indicator 2 – Appointment from shortlisting');
  evidence('2016: White applicants 1.59 times more likely to be appointed from shortlisting (2015: 1.47).');
  act('2.1', 'Make it a requirement that every interview panel for Band 7 and above includes a trained panel member from a BME background.', 'Head of Recruitment', 'Nov 2016', 'In place from 1 December for Band 8a+; Band 7 panels from April 2017 when enough members are trained.', ['2']);
  act('2.2', 'Audit the shortlisting and interview scores of 100 recent campaigns and share the findings with the BME Staff Network.', 'Workforce Information Manager', 'Feb 2017', '', ['2']);
  sec('Indicator 3 – Entry into the formal disciplinary process');
  evidence('2016: BME staff 1.84 times more likely to enter a formal disciplinary investigation (2015: 2.10).');
  act('3.1', 'Introduce a pre-investigation check by a senior HR business partner for every case involving a BME member of staff, to test whether an informal route would be fairer.', 'Deputy Director of Workforce', 'Sept 2016', 'Checks running since September: 14 cases reviewed, 5 resolved informally.', ['3']);
  sec('Indicator 4 – Access to non-mandatory training and CPD');
  evidence('2016: White staff 1.06 times more likely to access non-mandatory training (2015: 1.31).');
  const emptySec = secs[secs.length - 1]; const noAct = p.line(['', 'No new action for 2016-17: the gap has closed to within the range treated as equitable. Keep under review through the training report.'], { border: true, height: 30 });
  sec('Indicators 5 and 6 – Harassment, bullying or abuse');
  evidence('2016 staff survey: from patients, relatives or the public – BME 38%, White 33%; from staff – BME 30%, White 24%.');
  act('5.1', 'Give ward managers a short guide on supporting staff after racist abuse from patients, including when to involve the police and how to record it on Datix.', 'Associate Director of Nursing', 'Dec 2016', 'Guide drafted with the BME Staff Network; out for comment.', ['5', '6']);
  act('5.2', 'Train a group of Freedom to Speak Up champions that reflects the make-up of the workforce, and publicise them in every team base.', 'Freedom to Speak Up Guardian', 'Mar 2017', '12 champions trained, 5 of them BME.', ['5', '6']);
  sec('Indicator 7 – Equal opportunities for career progression');
  evidence('2016 staff survey: BME 71%, White 86% believe the Trust provides equal opportunities for career progression or promotion.');
  act('7.1', 'Advertise all secondments and acting-up opportunities on the intranet for at least one week, with no direct appointments except in an emergency.', 'Director of Workforce', 'Oct 2016', '', ['7']);
  sec('Indicator 8 – Discrimination from a manager, team leader or colleague');
  evidence('2016 staff survey: BME 15%, White 6% (2015: BME 13%, White 7%).');
  act('8.1', 'Reverse mentoring: pair each executive director with a member of the BME Staff Network for a year, and ask each pair to report back to the Board on what they learnt.', 'Chief Executive', 'Sept 2016 then annually', 'Six pairs meeting; first Board session held in February.', ['8']);
  sec('Indicator 9 – Board representation');
  evidence('2016: 1 of 12 voting Board members (8.3%) is BME, against 21.3% of the workforce.');
  act('9.1', 'Work with the Council of Governors to widen the search for the two non-executive director vacancies due in 2017, using search partners with a track record of diverse shortlists.', 'Company Secretary', 'Mar 2017', 'Search partner appointed; adverts in February.', ['9']);
  const owner = p.line(['Document owner: Workforce Equality Manager. Next full review: September 2017.'], { merge: [['A', 'E']], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health FT) written as a Word table and pasted into Excel on a sheet 'Action plan': trust name, title with the year 2016-17, an approval line (committee and date, progress column updated March 2017), then ONE grey header `Ref | Action | Lead | Timescale | Progress to date (March 2017)` at the top and, per indicator, a lilac heading row merged A:E ('Indicator 1 – Representation across AfC bands' … 'Indicator 9 – Board representation'; indicators 5 and 6 share one heading 'Indicators 5 and 6 – Harassment, bullying or abuse'), an 'Evidence' row (label in A, this year's figure against last year's merged B:E), then the numbered actions 1.1 … 9.1; a document-owner line at the end. Judgement calls: theme = the indicator heading row above and indicators = the number(s) it names (['5', '6'] for both actions under the shared heading, whose refs read '5.1' and '5.2'); the Evidence rows are data, not actions or progress, and their figures (1.59, 1.84, percentages) are not indicators; indicator 4 has NO action – its row says 'No new action for 2016-17 …' in the Action column with no ref, lead or timescale, so it is a non-action row; refs as written ('1.1'); lead and due from their columns as written ('Oct 2016', 'Sept 2016 then annually'); progress = the March 2017 column as written, '' where empty (2.2, 7.1); no status column (status '', rag null); the committee date, the March 2017 update month, the document owner and the review month are not leads or dues.", { sections: secs, indFrom: { section: true }, dataRows: [...ev, noAct], emptySections: [emptySec], leadCol: 'C', dueCol: 'D', forbidden: ['Workforce Equality Manager', '14 September 2016', 'September 2017', 'Evidence'] });
}
