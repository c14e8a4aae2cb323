// holdout53-wres-2016-17-harnleyvale: an acute trust's second WRES action plan (2016-17), an ordinary grid whose cells hold structure:
// each Action cell is the action, an Alt+Enter, then 'Why: …' (its rationale); the Lead(s) cell lists two roles on separate lines;
// 'How we will measure success' holds '- ' bullet lines; one 'By when' cell has a date and a note on a second line.
import { Book, Plan, C } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Harnley Vale Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout53-wres-2016-17-harnleyvale', sheet: 'WRES Action Plan 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 11, 58, 26, 16, 44] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – action plan following our July 2016 submission'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each action gives the reason we are taking it on the line beneath. BME = black and minority ethnic.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'WRES Indicator', 'Action\n(and why we are doing it)', 'Lead(s)', 'By when', 'How we will measure success'], { style: { fill: C.paleblue }, height: 30 });
  const rows = [
    ['1', '1', L('Publish a breakdown of our workforce by band and ethnicity on the intranet every six months.', 'Why: staff told us they could not see how under-represented BME colleagues are above Band 6.'), L('Director of Workforce', 'Workforce Information Manager'), 'October 2016', L('- First breakdown published', '- Second breakdown published by April 2017')],
    ['2', '2', L('Put a BME panel member on every interview panel for posts at Band 7 and above.', 'Why: white applicants were 1.74 times more likely than BME applicants to be appointed from shortlisting in 2016.'), L('Head of Recruitment', 'Divisional Directors of Operations'), 'December 2016', L('- Panel member on 90% of Band 7+ panels', '- Relative likelihood below 1.50 in the 2017 return')],
    ['3', '2', L('Train 40 BME staff as recruitment panel members.', 'Why: we do not have enough trained BME colleagues to meet action 2 on every site.'), L('Head of Recruitment', 'Learning and Development Lead'), 'November 2016', L('- 40 staff trained', '- Training evaluation above 4 out of 5')],
    ['4', '3', L('Ask an HR business partner to review every formal disciplinary case involving a BME employee before it goes to hearing.', 'Why: BME staff were 1.61 times more likely to enter the formal process.'), L('Deputy Director of HR', 'HR Business Partners'), L('March 2017', '(first quarterly report to Workforce Committee in January)'), L('- Every case reviewed', '- Relative likelihood reported to each committee')],
    ['5', '4', L('Record who applies for and who receives non-mandatory training funding, by ethnicity.', 'Why: we could not answer indicator 4 fully from our 2016 data.'), L('Learning and Development Lead', 'Workforce Information Manager'), 'September 2016', L('- Uptake reported by ethnicity in the 2017 return')],
    ['6', '5 & 6', L('Run listening events for BME staff on every site about bullying and abuse from patients, relatives and colleagues.', 'Why: staff survey scores for BME staff on both questions were worse than for white staff.'), L('Head of Equality and Diversity', 'Chair, BME Staff Network'), 'January 2017', L('- Four events held', '- Themes reported to the Board')],
    ['7', '7', L('Add a module on fair access to promotion to the Leading Teams programme.', 'Why: fewer BME staff than white staff believe the trust gives equal opportunities for career progression.'), L('Head of Organisational Development', 'Head of Equality and Diversity'), 'February 2017', L('- Module in every cohort from February', '- Indicator 7 gap narrower in 2017 staff survey')],
    ['8', '9', L('Brief the Board on the WRES findings and agree a Board development session on race equality.', 'Why: the Board has no BME voting members and has not discussed the WRES as a whole Board.'), L('Chief Executive', 'Director of Workforce'), 'November 2016', L('- Board session held', '- Board diversity discussed at each appointment')],
  ];
  for (const [no, ind, act, lead, due, meas] of rows) {
    const inds = ind.split(' & ');
    p.action([no, ind, act, lead, due, meas], { ref: no, indicators: inds, action: nz(act), lead: nz(lead), due: due.split('\n')[0], outcome: nz(meas) }, { height: H(act, lead, due, meas) });
  }
  p.blank();
  p.line(['Approved by the Workforce and Education Committee, 14 September 2016. Next review: March 2017.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) kept as an ordinary grid: trust name, title, an italic line saying each action gives its reason on the line beneath, a blank row, one header 'No. | WRES Indicator | Action\\n(and why we are doing it) | Lead(s) | By when | How we will measure success' (row 5), eight actions, and an approval / next-review line. The cells hold structure: every ACTION cell is the action sentence, a line break (Alt+Enter), then 'Why: …' – the rationale; every LEAD(S) cell lists two roles on separate lines; every MEASURE cell holds one or two '- ' bullet lines; one BY WHEN cell (row 9) holds 'March 2017' and a bracketed note on a second line. Judgement calls: one row = one action; the action is the WHOLE action cell as written with whitespace collapsed (the 'Why:' line included – it is part of the cell, not a separate action or a note row); lead = the whole Lead(s) cell with its line break collapsed to a space (both roles, neither chosen); due = the date line only ('March 2017'), the bracketed note is not part of the date; outcome = the measure cell collapsed, bullets kept; ref = No.; indicators from the WRES Indicator column ('5 & 6' gives two); no theme, no status (rag null); the approval line's date is not a due.", { actionCol: 'C', leadCol: 'D', dueCol: 'E', outcomeCol: 'F' });
}
