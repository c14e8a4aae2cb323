// holdout79-wres-2024-25-saltmere: acute trust WRES narrative report with the actions in shaded 'Action A1 …' boxes between the numbered
// paragraphs; lead and date inside each box's sentence; the Q2 position written beside each box on a fill. A 'We will keep …'
// paragraph that says no new action is needed, and findings that name indicators too.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltmere Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout79-wres-2024-25-saltmere', sheet: 'WRES 2024 report', standard: 'WRES', period: '2024-25', trust, widths: [11, 86, 13], font: { name: 'Segoe UI', size: 10 } });
  p.ws.views = [{ showGridLines: false }];
  p.line([trust], { merge: ['A', 'C'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard 2024 – narrative report and action plan'], { merge: ['A', 'C'], style: { bold: true } });
  p.line(['Each action is shown in a shaded box. The position at Q2 (October 2024) has been added beside each box.'], { merge: ['A', 'C'], style: { italic: true } });
  p.blank();
  const secs = []; let theme = null;
  const H = (t, list = true) => { const r = p.line([t], { merge: ['A', 'C'], style: { bold: true, font: { size: 11 }, color: 'FF1F3864' } }); if (list) { secs.push(r); theme = t; } return r; };
  const data = [];
  const P = (no, t) => { const r = p.line([no, t]); data.push(r); return r; };
  const F = { Green: 'FF00B050', Amber: 'FFFFC000', Red: 'FFFF0000', Complete: 'FF9BC2E6' };
  const RG = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const A = (ref, t, lead, due, inds, st) => p.action([`Action ${ref}`, t, st], { ref, action: t, theme, indicators: inds, lead, due, dueSource: 'labelled', status: st, rag: RG[st] }, { height: 30, styles: [{ fill: 'FFDDEBF7', bold: true }, { fill: 'FFDDEBF7' }, { fill: F[st], bold: true, alignment: { horizontal: 'center', vertical: 'middle' } }] });
  H('1 Introduction', false);
  P('1.1', 'This report describes our 2024 WRES results, what we heard at the Race Equality Network\'s listening sessions in June, and the actions we are taking.');
  p.blank();
  H('2 Recruitment and progression');
  P('2.1', 'BME staff are 31% of our workforce and 14% of staff at Band 8a and above (indicator 1).');
  P('2.2', 'We have used diverse panels for posts at Band 8a and above since 2022, and the appointment ratio has fallen to 1.19 (indicator 2).');
  P('2.3', 'The gap is now widest in moving from Band 6 to Band 7 in theatres and critical care.');
  A('A1', 'The Head of Resourcing will extend diverse panels to Band 6 and 7 posts in theatres and critical care by December 2024 (indicator 2).', 'Head of Resourcing', 'December 2024', ['2'], 'Green');
  A('A2', 'The Associate Director of Nursing (Workforce) will launch a Band 6 to 7 development programme for 24 BME nurses and ODPs by March 2025 (indicator 1).', 'Associate Director of Nursing (Workforce)', 'March 2025', ['1'], 'Amber');
  p.blank();
  H('3 Formal disciplinary process', false);
  P('3.1', 'The relative likelihood of BME staff entering the formal disciplinary process is 1.09, inside the range the national WRES team treats as no difference (indicator 3).');
  const keep = P('3.2', 'We will keep the pre-investigation panel in place; it needs no new action this year.');
  p.blank();
  H('4 Staff experience');
  P('4.1', '32% of BME staff reported harassment from patients or the public (indicator 5), and 18% reported discrimination from a manager or colleague (indicator 8).');
  A('A3', 'The Director of Nursing and AHPs will roll out the \'No excuse for racism\' pathway in the Emergency Department, including support after every incident, by November 2024 (indicator 5).', 'Director of Nursing and AHPs', 'November 2024', ['5'], 'Complete');
  A('A4', 'Every line manager will complete the Inclusive Leadership module; the Head of Learning and Development will track completion to 90% by March 2025 (indicators 6 and 8).', 'Head of Learning and Development', 'March 2025', ['6', '8'], 'Red');
  A('A5', 'The Race Equality Network will run a \'Calling it out\' bystander session in each division by January 2025, supported by the Head of EDI (indicator 6).', 'Race Equality Network', 'January 2025', ['6'], 'Amber');
  A('A6', 'The Freedom to Speak Up Guardian will publish a themed report on race-related concerns every quarter, the first by February 2025 (indicator 8).', 'Freedom to Speak Up Guardian', 'February 2025', ['8'], 'Green');
  p.blank();
  H('5 Board');
  P('5.1', 'Two of our twelve voting Board members are from BME backgrounds (indicator 9).');
  A('A7', 'The Company Secretary will make sure the search for a new Vice Chair, to be appointed by June 2025, produces a shortlist that includes BME candidates (indicator 9).', 'Company Secretary', 'June 2025', ['9'], 'Green');
  p.blank();
  H('6 Governance', false);
  P('6.1', 'The Workforce and Education Committee oversees this plan; the position of every box is reported to it each quarter.');
  const key = p.line(['', 'Q2 position:  Green – on track   Amber – at risk   Red – off track   Complete – delivered (blue)'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute FT). Sheet 'WRES 2024 report', gridlines off, Segoe UI 10: trust, title, an italic line saying each action is in a shaded box with its Q2 (October 2024) position beside it, then headings merged A:C ('1 Introduction', '2 Recruitment and progression', '3 Formal disciplinary process', '4 Staff experience', '5 Board', '6 Governance') over numbered narrative paragraphs (number in A, text in B) and, between them, pale-blue ACTION BOXES: 'Action A1' in A, one sentence in B, the Q2 position word in C on a coloured fill. No header row; a key line at the end. Judgement calls: the actions are the seven boxes; the numbered paragraphs are findings (2.1, 2.3, 3.1, 4.1, 5.1, with indicator numbers in brackets too), a 'We have …' statement of what was done (2.2), context (1.1) and governance (6.1). 3.2 'We will keep the pre-investigation panel in place; it needs no new action this year' is NOT an action – the plan itself says nothing new is to be done. Action = the box sentence (column B) as written; ref = the box number ('A1', from 'Action A1'); lead = the post or group the sentence names as doing it ('The Race Equality Network will run …' → 'Race Equality Network'; the Head of EDI only supports; in A4 'Every line manager will complete …' names the staff who take the module, the lead is 'Head of Learning and Development', who tracks it); due = the 'by …' date inside the sentence ('December 2024'; dueSource 'labelled'); A6's 'every quarter' is a frequency, its due is the first report 'February 2025'; A7's due is the appointment date 'June 2025'; indicators = the box's own bracket; theme = the heading above (heading 3 holds no action); status = the Q2 word in C, rag from its fill (Complete on light blue → blue). The key line is not an action.", { mode: 'fill', ragCol: 3, sections: secs, prose: { leadInText: true }, dataRows: [...data, keep, key], forbidden: ['Workforce and Education Committee', 'Head of EDI', 'every quarter', 'October 2024'] });
}
