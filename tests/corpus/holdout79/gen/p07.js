// holdout79-wdes-2023-24-rookhithe: community and mental health trust, WDES paper to its EDI Committee as numbered paragraphs with short
// Who / When cells. Two look-alike lists of sub-paragraphs: 'Since our last plan we have:' (done, past tense – with Who and When
// filled!) and 'Over the coming year we will:' (the actions). HIA numbers sit beside the metric numbers in the brackets.
import { Book, Plan, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Rookhithe Health NHS Trust';
  const p = new Plan(book, { name: 'holdout79-wdes-2023-24-rookhithe', sheet: 'WDES 2023', standard: 'WDES', period: '2023-24', trust, widths: [8, 84, 28, 11], font: { name: 'Calibri', size: 11 } });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.line([trust], { merge: ['A', 'D'], style: { bold: true, font: { size: 14 }, color: 'FF003087' } });
  p.line(['WDES 2023: report to the Equality, Diversity and Inclusion Committee and action plan for 2023/24 – October 2023'], { merge: ['A', 'D'], style: { italic: true } });
  p.header(['No.', 'Paragraph', 'Who', 'When'], { style: { fill: 'FFDDEBF7' } });
  const H = (t) => p.line([t], { merge: ['A', 'D'], style: { bold: true, color: 'FF003087' }, border: false });
  const data = []; const done = [];
  const P = (no, t, who = '', when = '') => { const r = p.write([no, t, who, when], { styles: [{}, {}, {}, { numFmt: 'mmm yyyy' }] }); p.nonActionRows.push(r); data.push(r); return r; };
  const A = (no, t, who, when, inds) => p.action([no, t, who, when], { ref: no, action: t, indicators: inds, lead: who, due: shown(when, 'mmm yyyy') }, { styles: [{}, {}, {}, { numFmt: 'mmm yyyy' }] });
  H('1. Purpose');
  P('1.1', 'This paper reports our 2023 WDES results and sets out the actions for 2023/24. The actions also deliver parts of High Impact Actions 3 and 6 of the NHS EDI Improvement Plan.');
  H('2. Results');
  P('2.1', 'Declaration on ESR has risen to 6.8% (2022: 5.2%) (metric 1).');
  P('2.2', '24.1% of disabled staff experienced harassment, bullying or abuse from patients, relatives or the public, against 17.9% of non-disabled staff (metric 4a).');
  P('2.3', 'The engagement score of disabled staff is 6.5, against 6.9 for non-disabled staff (metric 9a).');
  H('3. What we did in 2022/23');
  P('3.1', 'Since our last plan we have:');
  done.push(P('3.1.1', 'Launched the Health Passport for all staff, replacing the separate adjustment letters.', 'Wellbeing Team', D(2023, 3, 31)));
  done.push(P('3.1.2', 'Trained 210 managers in disability-confident conversations.', 'OD Team', D(2023, 1, 31)));
  done.push(P('3.1.3', 'Given the chair of the Enable Network a seat on the EDI Committee.', 'Chief People Officer', D(2022, 9, 30)));
  H('4. What we will do in 2023/24');
  P('4.1', 'Over the coming year we will:');
  A('4.1.1', 'Run a declaration drive with the Enable Network in every directorate, linked to annual appraisal conversations (metric 1).', 'Head of Workforce Information', D(2023, 12, 31), ['1']);
  A('4.1.2', 'Add disability to the shortlisting and appointment report each recruiting manager receives, and follow up any gap above 1.2 (metric 2).', 'Recruitment Lead', D(2023, 11, 30), ['2']);
  A('4.1.3', 'Ask an Employee Relations Advisor to check that adjustments are in place before every formal capability meeting (metric 3; HIA 6).', 'Head of Employee Relations', D(2024, 1, 31), ['3']);
  A('4.1.4', 'Publish guidance for community staff on lone working and abuse from the public, with a simple route to report it (metric 4a; HIA 6).', 'Health, Safety and Security Manager', D(2024, 3, 31), ['4a']);
  A('4.1.5', 'Make the Health Passport available in easy read and as a British Sign Language video (metric 8).', 'Wellbeing Lead', D(2024, 2, 29), ['8']);
  A('4.1.6', 'Hold two \'Ask the Board\' sessions with the Enable Network (metric 9b; HIA 3).', 'Director of Corporate Affairs', D(2024, 3, 31), ['9b']);
  A('4.1.7', 'Invite every Board member to a lived-experience session led by Enable Network members (metric 10).', 'Trust Secretary', D(2023, 12, 31), ['10']);
  H('5. Assurance');
  P('5.1', 'The EDI Committee will review progress in January and April 2024 and report to the People and Culture Committee.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust). Sheet 'WDES 2023': trust, an italic line (report to the EDI Committee, October 2023), the header 'No. | Paragraph | Who | When' (row 3, frozen), then headings merged A:D ('1. Purpose', '2. Results', '3. What we did in 2022/23', '4. What we will do in 2023/24', '5. Assurance') over numbered paragraphs and sub-paragraphs; Who and When are short cells beside some paragraphs; When holds real dates shown 'mmm yyyy'. Judgement calls: two lists look alike – each a lead-in paragraph and numbered sub-paragraphs with Who and When filled. 3.1 'Since our last plan we have:' introduces things ALREADY DONE (3.1.1–3.1.3, past tense 'Launched …', 'Trained …', 'Given …'); their Who and When say who did it and when it was done, so they are NOT actions. 4.1 'Over the coming year we will:' introduces the actions 4.1.1–4.1.7 (imperative, dates ahead). The two lead-in paragraphs are not actions; 1.1 is context, 2.1–2.3 are findings, 5.1 the assurance route. Action = the sub-paragraph cell as written; ref = its number ('4.1.3'); lead = Who; due = When as displayed ('Dec 2023'); indicators = the METRIC in the bracket only – the 'HIA 6' / 'HIA 3' beside it are EDI Improvement Plan High Impact Action numbers, not WDES metrics (4.1.3 → ['3'], never 6). No status or RAG; theme null (the headings are the paper's structure).", { dataRows: data, forbidden: ['EDI Committee', 'People and Culture Committee', 'Wellbeing Team', 'OD Team', 'Mar 2023', 'Sep 2022', 'Jan 2023'] });
}
