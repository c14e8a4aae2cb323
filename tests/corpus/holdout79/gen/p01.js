// holdout79-wres-2016-17-ashwinter: acute trust, a Trust Board paper pasted into Excel – paragraph numbers in A, the paragraph text
// merged B:F, no borders. Findings (section 2), actions (section 3) with the lead and date written inside the sentence, a 'has already'
// paragraph, a monitoring paragraph and the recommendation. The actions are the 'will' paragraphs of section 3 only.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ashwinter Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout79-wres-2016-17-ashwinter', sheet: 'Board paper', standard: 'WRES', period: '2016-17', trust, widths: [7, 30, 22, 22, 22, 20], font: { name: 'Arial', size: 11 } });
  p.ws.views = [{ showGridLines: false }];
  const M = { merge: ['B', 'F'] };
  p.line([trust], { ...M, at: 2, style: { bold: true, font: { size: 14 } } });
  p.line(['Trust Board (Part 1) – 26 January 2017 – Agenda item 14'], { ...M, at: 2 });
  p.line(['Report title: Workforce Race Equality Standard – action plan 2016/17'], { ...M, at: 2, style: { bold: true } });
  p.line(['Executive lead: Director of Workforce and OD.  Author: Equality and Diversity Lead.'], { ...M, at: 2, style: { italic: true } });
  p.blank();
  const H = (no, t) => p.line([no, t], { merge: ['B', 'F'], style: { bold: true }, height: 18 });
  const P = (no, t, h = 32) => p.line([no, t], { merge: ['B', 'F'], height: h });
  const A = (no, t, g, h = 32) => p.action([no, t], { ref: no, action: t, dueSource: g.due ? 'labelled' : null, ...g }, { merge: ['B', 'F'], border: false, height: h });
  H('1.', 'Purpose');
  P('1.1', 'This paper sets out the Trust\'s response to its WRES return submitted on 1 July 2016, and the actions agreed by the Equality and Diversity Steering Group on 8 December 2016.');
  p.blank();
  H('2.', 'What the 2016 data shows');
  const f1 = P('2.1', 'BME staff make up 19% of our workforce but only 6% of staff at Band 8a and above; most of the gap is in nursing and midwifery (indicator 1).');
  const f2 = P('2.2', 'White applicants who were shortlisted were 1.71 times more likely to be appointed than BME applicants who were shortlisted (indicator 2).');
  const f3 = P('2.3', 'BME staff were 1.9 times more likely than White staff to enter the formal disciplinary process, a slight rise on 2015 (indicator 3).');
  const f4 = P('2.4', 'In the 2015 staff survey 29% of BME staff reported harassment, bullying or abuse from colleagues, against 23% of White staff (indicator 6).');
  p.blank();
  H('3.', 'What we will do');
  A('3.1', 'The Head of Recruitment will make sure every interview panel for posts at Band 7 and above includes a BME panel member by March 2017 (indicator 2).', { indicators: ['2'], lead: 'Head of Recruitment', due: 'March 2017' });
  A('3.2', 'The Deputy Director of Workforce will introduce a check by a second senior manager before any formal disciplinary investigation of a BME member of staff begins, starting from 1 February 2017 (indicator 3).', { indicators: ['3'], lead: 'Deputy Director of Workforce' }, 46);
  A('3.3', 'The Equality and Diversity Lead will set up a BME staff network, with terms of reference agreed and its first meeting held by April 2017.', { indicators: [], lead: 'Equality and Diversity Lead', due: 'April 2017' });
  A('3.4', 'The Workforce Information Manager will publish the WRES figures for each clinical division to its divisional board by June 2017, and twice a year after that (indicator 1).', { indicators: ['1'], lead: 'Workforce Information Manager', due: 'June 2017' });
  A('3.5', 'The Director of Nursing will sponsor a leadership course for BME nurses and midwives at Bands 5 and 6, with the first cohort of 15 starting by September 2017 (indicator 7).', { indicators: ['7'], lead: 'Director of Nursing', due: 'September 2017' });
  const done = P('3.6', 'The Trust has already joined the regional \'Ready Now\' programme, and two BME staff at Band 8a began it in November 2016.');
  A('3.7', 'The Associate Director of Communications will run a campaign against abuse of staff by patients and relatives in the Emergency Department and the acute medical unit by May 2017 (indicators 5 and 6).', { indicators: ['5', '6'], lead: 'Associate Director of Communications', due: 'May 2017' }, 46);
  A('3.8', 'The Trust Secretary will ask the Nominations Committee to seek a diverse field for the two non-executive director posts that fall vacant, with appointments made by December 2017 (indicator 9).', { indicators: ['9'], lead: 'Trust Secretary', due: 'December 2017' }, 46);
  p.blank();
  H('4.', 'Monitoring');
  const mon = P('4.1', 'The Equality and Diversity Steering Group will review progress against section 3 at each meeting and will report to the Workforce Committee in July 2017.');
  p.blank();
  H('5.', 'Recommendation');
  const rec = P('5.1', 'The Board is asked to approve the actions in section 3 and to note the findings in section 2.', 20);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust). Sheet 'Board paper', gridlines off, no borders: the Trust Board paper pasted into Excel – paragraph numbers in column A and each paragraph's text merged across B:F. Cover lines (trust, 'Trust Board (Part 1) – 26 January 2017 – Agenda item 14', report title, an italic 'Executive lead … Author …' line), then numbered headings '1. Purpose', '2. What the 2016 data shows', '3. What we will do', '4. Monitoring', '5. Recommendation', each followed by its numbered paragraphs. No table and no header row. Judgement calls, paragraph by paragraph: 1.1 is context (what the paper is); 2.1–2.4 are FINDINGS (figures, no owner, nothing to do) – not actions; in section 3 every paragraph in which a named post 'will' do something is an action (3.1–3.5, 3.7, 3.8) – action = the whole paragraph cell as written, ref = its paragraph number, lead = the post named as the subject of the sentence ('The Head of Recruitment will …' → 'Head of Recruitment'), due = the date inside the sentence as written ('March 2017', dueSource 'labelled'), indicators = the indicator(s) the paragraph names in brackets ('(indicators 5 and 6)' → both), [] when it names none (3.3); 3.2 gives only a START date ('starting from 1 February 2017') – a start is no due, so due '' (dueSource null); 3.4's 'twice a year after that' is the repeat, the due is the first publication 'June 2017'; 3.6 says what the Trust HAS ALREADY done ('has already joined … began it in November 2016') – a statement of what was done, not an action; 4.1 is an ASSURANCE statement (the steering group reviews and reports to the Workforce Committee in July 2017) – it monitors the plan and is not an action of it, and its committee and date give no field; 5.1 is the recommendation to the Board, not an action. The executive lead and author on the cover give no lead; the meeting date is no due. No status or RAG; theme null (the numbered headings are the paper's structure – purpose, data, actions, monitoring – not groupings of actions).", { prose: { leadInText: true }, dataRows: [f1, f2, f3, f4, done, mon, rec], forbidden: ['Director of Workforce and OD', 'Equality and Diversity Steering Group', 'Workforce Committee', 'July 2017', '26 January 2017', '1 February 2017', 'November 2016'] });
}
