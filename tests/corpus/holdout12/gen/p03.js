// holdout12-wres-2020-21-eskdale: a PDF CONVERTED TO EXCEL – empty spacer columns, text lines broken over rows
// (continuation rows), page header/footer lines typed into the grid and the header repeated on page 2.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wres-2020-21-eskdale', sheet: 'Table 1', standard: 'WRES', period: '2020-21', trust: 'Eskdale General Hospitals NHS Trust', widths: [2, 26, 1.5, 50, 22, 1, 13, 42], font: { name: 'Calibri', size: 9 } });
  const W = (vals, o = {}) => p.write(vals, { border: false, ...o });
  const hdr = () => p.header([null, 'WRES Indicator', null, 'Action', 'Lead', null, 'Timescale', 'Progress to date'], { border: false, style: { font: { size: 9 } } });
  p.line([null, 'Eskdale General Hospitals NHS Trust'], { style: { bold: true, font: { size: 11 } } });
  p.line([null, 'Workforce Race Equality Standard – Action Plan 2020/21'], { style: { bold: true, font: { size: 11 } } });
  hdr();
  // act(lines): first element = action row values, following = continuation rows (non-action)
  const act = (cells, conts, g) => {
    const r = p.action(cells, g, { border: false });
    const rows = []; const colsUsed = new Set();
    for (const c of conts) { const rr = p.line(c); rows.push(rr); c.forEach((v, i) => { if (v && i !== 1) colsUsed.add(i); }); }
    const L = 'ABCDEFGH'; if (rows.length) p.joins[r] = [...colsUsed].map((i) => ({ col: L[i], rows: rows.filter((rr, k) => conts[k][i]) }));
    return r;
  };
  const j = (...parts) => parts.join(' ');
  act([null, 'Indicator 1 – Percentage of BME', null, 'Set an aspirational target for BME representation at', 'Director of People', null, 'Mar 2021', 'Trajectory agreed by People Committee'],
    [[null, 'staff in Bands 1-9 and VSM', null, 'Band 8a and above using the Model Employer tool.', null, null, null, 'in November 2020.']],
    { indicators: ['1'], action: j('Set an aspirational target for BME representation at', 'Band 8a and above using the Model Employer tool.'), lead: 'Director of People', due: 'Mar 2021', progress: j('Trajectory agreed by People Committee', 'in November 2020.') });
  act([null, 'compared with the overall', null, 'Improve the recording of ethnicity on ESR.', 'Workforce Information', null, 'Dec 2020', '3.9% not stated (was 6.2%).'],
    [[null, 'workforce', null, null, 'Manager', null, null, null]],
    { indicators: ['1'], action: 'Improve the recording of ethnicity on ESR.', lead: j('Workforce Information', 'Manager'), due: 'Dec 2020', progress: '3.9% not stated (was 6.2%).' });
  act([null, 'Indicator 2 – Relative likelihood', null, 'Introduce diverse interview panels, with a trained BME', 'Head of Resourcing', null, 'Jan 2021', 'Panel member training paused during'],
    [[null, 'of White staff being appointed', null, 'panel member, for all posts at Band 7 and above.', null, null, null, 'the second Covid-19 wave.']],
    { indicators: ['2'], action: j('Introduce diverse interview panels, with a trained BME', 'panel member, for all posts at Band 7 and above.'), lead: 'Head of Resourcing', due: 'Jan 2021', progress: j('Panel member training paused during', 'the second Covid-19 wave.') });
  act([null, 'from shortlisting compared to BME', null, 'Remove names and personal details from application', 'Head of Resourcing', null, 'Q4', 'Being scoped with TRAC.'],
    [[null, 'staff', null, 'forms at shortlisting (anonymised shortlisting) as a pilot.', null, null, null, null]],
    { indicators: ['2'], action: j('Remove names and personal details from application', 'forms at shortlisting (anonymised shortlisting) as a pilot.'), lead: 'Head of Resourcing', due: 'Q4', progress: 'Being scoped with TRAC.' });
  act([null, 'Indicator 3 – Relative likelihood', null, 'Apply the "just culture" decision tool before any formal', 'Deputy Director of', null, 'Sept 2020', 'In place. BME relative likelihood'],
    [[null, 'of BME staff entering the formal', null, 'investigation is commissioned.', 'People', null, null, 'down from 1.92 to 1.41.'], [null, 'disciplinary process', null, null, null, null, null, null]],
    { indicators: ['3'], action: j('Apply the "just culture" decision tool before any formal', 'investigation is commissioned.'), lead: j('Deputy Director of', 'People'), due: 'Sept 2020', progress: j('In place. BME relative likelihood', 'down from 1.92 to 1.41.') });
  act([null, 'Indicator 4 – Access to non-', null, 'Report access to CPD and study leave funding by ethnicity', 'Head of Education', null, 'Quarterly', 'First report to Education Board'],
    [[null, 'mandatory training and CPD', null, 'to the Education Board.', null, null, null, 'in January 2021.']],
    { indicators: ['4'], action: j('Report access to CPD and study leave funding by ethnicity', 'to the Education Board.'), lead: 'Head of Education', due: 'Quarterly', progress: j('First report to Education Board', 'in January 2021.') });
  p.blank();
  p.line([null, 'WRES Action Plan 2020/21 – v1.3', null, null, null, null, null, 'Page 1 of 2'], { style: { font: { size: 8 } } });
  p.line([null, 'Eskdale General Hospitals NHS Trust'], { style: { bold: true, font: { size: 11 } } });
  hdr();
  act([null, 'Indicators 5 and 6 – Harassment,', null, 'Complete a Covid-19 risk assessment with every BME', 'Divisional Directors', null, 'Jul 2020', '96% complete.'],
    [[null, 'bullying or abuse from patients,', null, 'member of staff.', null, null, null, null]],
    { indicators: ['5', '6'], action: j('Complete a Covid-19 risk assessment with every BME', 'member of staff.'), lead: 'Divisional Directors', due: 'Jul 2020', progress: '96% complete.' });
  act([null, 'the public and staff', null, 'Launch a zero tolerance campaign on racist abuse from', 'Head of Security /', null, 'Nov 2020', 'Posters and Datix category live.'],
    [[null, null, null, 'patients and visitors, with a reporting route on Datix.', 'Communications', null, null, null]],
    { indicators: ['5', '6'], action: j('Launch a zero tolerance campaign on racist abuse from', 'patients and visitors, with a reporting route on Datix.'), lead: j('Head of Security /', 'Communications'), due: 'Nov 2020', progress: 'Posters and Datix category live.' });
  act([null, 'Indicator 7 – Equal opportunities', null, 'Offer a reverse mentoring partner from the BAME Network', 'Chief Executive', null, 'Mar 2021', '8 of 13 pairs started.'],
    [[null, 'for career progression', null, 'to every executive and non-executive director.', null, null, null, null]],
    { indicators: ['7'], action: j('Offer a reverse mentoring partner from the BAME Network', 'to every executive and non-executive director.'), lead: 'Chief Executive', due: 'Mar 2021', progress: '8 of 13 pairs started.' });
  act([null, 'Indicator 8 – Discrimination from', null, 'Train all Freedom to Speak Up champions in recognising', 'FTSU Guardian', null, 'Feb 2021', ''],
    [[null, 'a manager or colleague', null, 'and escalating race discrimination.', null, null, null, null]],
    { indicators: ['8'], action: j('Train all Freedom to Speak Up champions in recognising', 'and escalating race discrimination.'), lead: 'FTSU Guardian', due: 'Feb 2021' });
  act([null, 'Indicator 9 – Board membership', null, 'Use a specialist search agency for the next two NED', 'Company Secretary', null, '2021/22', 'NED vacancy expected April 2021.'],
    [[null, null, null, 'appointments, with a BME-inclusive longlist.', null, null, null, null]],
    { indicators: ['9'], action: j('Use a specialist search agency for the next two NED', 'appointments, with a BME-inclusive longlist.'), lead: 'Company Secretary', due: '2021/22', progress: 'NED vacancy expected April 2021.' });
  p.blank();
  p.line([null, 'Approved by the People Committee, 24 September 2020. Progress reviewed quarterly.'], { style: { italic: true } });
  p.line([null, 'WRES Action Plan 2020/21 – v1.3', null, null, null, null, null, 'Page 2 of 2'], { style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a PDF CONVERTED TO EXCEL (sheet 'Table 1', Calibri 9, no borders, no merges): empty SPACER COLUMNS A, C and F; the table's text is laid out LINE BY LINE, so every action's text, some leads ('Workforce Information' / 'Manager', 'Deputy Director of' / 'People', 'Head of Security /' / 'Communications') and progress notes run on to one or two CONTINUATION ROWS below, which hold only the rest of those cells. Gold action/lead/progress = the pieces joined with a space; continuation rows are non-action rows (gen/checks.json 'joins' records them). The indicator label also wraps: 'Indicator 1 – Percentage of BME' / 'staff in Bands 1-9 and VSM' / 'compared with the overall' / 'workforce' – the third piece sits on the NEXT ACTION's row, so column B of an action row can be the tail of the indicator label; gold indicator = the block the label opened. Page furniture typed into the grid: a footer 'WRES Action Plan 2020/21 – v1.3 … Page 1 of 2', the trust name repeated as page 2's header and the table header repeated (header rows 3 and 20), and the final footer 'Page 2 of 2'. 'Indicators 5 and 6 – …' → ['5','6']; the reverse-mentoring action is offered to Board members but sits under Indicator 7 only, so gold ['7'] (the label is all a reader has). No status column: status '' and rag null. Timescales are text ('Mar 2021', 'Q4', 'Quarterly', '2021/22').", {});
}
