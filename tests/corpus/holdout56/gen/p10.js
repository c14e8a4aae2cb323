// holdout56-wdes-2019-20-fellbeck: follows United Lincolnshire Hospitals NHS Trust's WDES page
// (https://www.ulh.nhs.uk/about/equality-diversity/nhs-workforce-disability-equality-standard-wdes/): 'The WDES is new in 2019, and our first
// WDES report and actions, based on our data from the financial year 2018-2019, is published below' – a first report in which each metric's
// 2018-19 data is followed by what it tells the trust and the actions for the year ahead. The page shows no table: the label column
// ('2018-19 data' / 'What this tells us' / 'Actions') and the metric blocks are assumed.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fellbeck Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout56-wdes-2019-20-fellbeck', sheet: 'WDES 2019', standard: 'WDES', period: '2019-20', trust, widths: [20, 70, 28, 12] });
  const W = ['A', 'D'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 13 }, color: C.darkred } });
  p.line(['Our first WDES report and actions – based on our data for 2018-19, with actions for 2019-20'], { merge: W, style: { bold: true } });
  p.blank();
  p.header(['Metric', 'Detail', 'Lead', 'By'], { style: { fill: C.tan } });
  const block = (code, name, data, tells, acts, inds) => {
    p.line([code, name], { border: true, style: { bold: true, fill: C.palegrey }, merge: ['B', 'D'] });
    p.line(['2018-19 data', data], { border: true, merge: ['B', 'D'], height: 28, styles: [{ italic: true }] });
    p.line(['What this tells us', tells], { border: true, merge: ['B', 'D'], styles: [{ italic: true }] });
    acts.forEach(([a, lead, by], i) => p.action([i ? '' : 'Actions', a, lead, by], { indicators: inds, action: a, lead, due: by }, { styles: [{ italic: true }] }));
  };
  block('Metric 2', 'Shortlisting to appointment', 'Non-disabled applicants were 1.34 times more likely than disabled applicants to be appointed from shortlisting.', 'The gap is widest for nursing posts.', [
    ['Add a disability-inclusive recruitment briefing to the training for recruiting managers.', 'Recruitment Manager', 'Dec 2019'],
    ['Review the nursing assessment day with two disabled nurses and change what disadvantages candidates.', 'Deputy Director of Nursing', 'Feb 2020']], ['2']);
  block('Metric 4', 'Harassment, bullying or abuse', 'Disabled staff reported more harassment from patients (29%) and from managers (16%) than non-disabled staff (22% and 9%).', 'Behaviour of managers is the largest difference.', [
    ['Add disability to the respect and civility workshop for team leaders.', 'Head of OD', 'Jan 2020'],
    ['Publicise how to report abuse from patients, including in outpatient and therapy areas.', 'Health and Safety Manager', 'Nov 2019']], ['4']);
  block('Metric 8', 'Reasonable adjustments', '68% of disabled staff said adequate adjustments had been made.', 'Staff do not know whom to ask, and equipment takes too long to arrive.', [
    ['Write a reasonable adjustments procedure with a named contact in HR.', 'HR Manager', 'Mar 2020'],
    ['Keep a small stock of common equipment (chairs, software licences) for quick loans.', 'Head of Procurement', 'Jan 2020']], ['8']);
  block('Metric 9', 'Engagement and the voice of disabled staff', 'Engagement score 6.6 for disabled staff against 7.0 for non-disabled staff; no disabled staff network yet.', 'Disabled staff have no collective voice in the Trust.', [
    ['Launch a disabled staff network with an executive sponsor.', 'Director of Workforce', 'Oct 2019'],
    ['Hold a listening event on the staff survey results with the new network.', 'Director of Workforce', 'Mar 2020']], ['9']);
  p.blank();
  p.line(['Metrics 1, 3, 5, 6, 7 and 10 are reported in the full WDES report; no separate actions are set for them this year.'], { merge: W, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust) following a real trust's 'first WDES report and actions, based on our data from the financial year 2018-2019' (the page shows no table; the block layout is assumed), kept as one sheet 'WDES 2019': trust name, title, a blank row, the header on row 4 'Metric | Detail | Lead | By', then a BLOCK per metric (2, 4, 8, 9): a grey metric row ('Metric 2' | 'Shortlisting to appointment'), a '2018-19 data' row with the figures, a 'What this tells us' row, then two action rows – the first labelled 'Actions' in column A, the second with column A empty – each with its lead and month; a closing line lists the metrics with no actions. Judgement calls: the label column is a record layout – only the rows under 'Actions' are actions; the data and 'What this tells us' rows are findings (non-action rows) whose figures give no field; the metric row gives the indicators of its block's actions ('Metric 4' → ['4'], the whole metric in 2019-20); theme null – the metric name is the metric itself, not a theme; lead and 'By' as written ('Dec 2019'); no status or RAG; ref ''; the closing line names metrics but is not an action.", { ind: 'above', notFrom: ['A'] });
}
