// holdout83-wres-2020-21-tiddesley: a mental health trust's plan kept in a NARROW three-column grid: 'Indicator | Action | Lead and date',
// the lead and the date sharing one cell ('Head of Resourcing – March 2021'); the indicator cell left blank where the one above applies.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tiddesley and Marsh Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout83-wres-2020-21-tiddesley', sheet: 'Action plan', standard: 'WRES', period: '2020-21', trust, widths: [24, 70, 34], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'C'], style: { bold: true, font: { size: 11 } } });
  p.line(['WRES 2020 – what we will do in 2020/21'], { merge: ['A', 'C'], style: { bold: true, color: C.purple } });
  p.blank();
  p.header(['Indicator', 'Action', 'Lead and date'], { style: { fill: C.lilac }, height: 18 });
  const rows = [
    ['Indicator 1 (bands)', '1', 'Break down the band profile by directorate and show it to each directorate’s senior team.', 'Workforce Information Lead', 'September 2020'],
    ['Indicator 2 (shortlisting)', '2', 'Make the BAME network’s trained recruiters available for every Band 7 community team manager panel.', 'Head of Resourcing', 'December 2020'],
    ['', '2', 'Look again at how we shortlist for inpatient Band 5 posts, where White applicants were 1.9 times more likely to be appointed.', 'Associate Director of Nursing & AHPs', 'March 2021'],
    ['Indicator 3 (disciplinary)', '3', 'Keep the decision-maker panel for all formal cases involving BAME staff that began in 2019.', 'Head of Employee Relations', 'Ongoing'],
    ['Indicators 5 and 6 (harassment)', '5, 6', 'Work with service users’ groups on a poster and ward-round wording that makes clear racist abuse is not accepted.', 'Patient Experience Lead', 'November 2020'],
    ['Indicator 7 (progression)', '7', 'Offer coaching from the regional pool to BAME staff at Bands 6 and 7 who ask for it at appraisal.', 'Head of Organisational Development', 'January 2021'],
    ['Indicator 9 (board)', '9', 'Include a question on diverse shortlists in the brief for the chair’s recruitment agency.', 'Trust Secretary', 'October 2020'],
  ];
  for (const [label, ind, act, lead, when] of rows) p.action([label, act, `${lead} – ${when}`], { indicators: ind.split(', '), action: act, lead, due: when }, { styles: [{ bold: true }] });
  p.blank();
  p.line(['Indicators 4 and 8: no action this year – our 2020 figures show no difference (see the WRES report to Board, August 2020).'], { merge: ['A', 'C'], height: 26, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT) kept in a NARROW three-column grid. Sheet 'Action plan': trust name, a purple title, a blank row, the header 'Indicator | Action | Lead and date' (row 4), seven actions, a blank row and an italic line saying indicators 4 and 8 get no action. Judgement calls: the LEAD AND THE DATE SHARE ONE CELL, written 'Head of Resourcing – December 2020': lead = the part before the dash, due = the part after ('Ongoing' kept as due); indicators from the Indicator cell's words ('Indicator 2 (shortlisting)' → ['2'], 'Indicators 5 and 6 (harassment)' → ['5','6']); the Indicator cell is BLANK on row 7 because the indicator above still applies (not merged) → ['2']; no ref, no status (rag null), no theme (the indicator labels are per-action cells, not section rows). The closing line is not an action (it says there is none for 4 and 8) and its August 2020 is no due.", { forbidden: ['August 2020'] });
}
