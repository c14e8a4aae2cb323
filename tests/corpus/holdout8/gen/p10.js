// holdout8-wres-2017-18-dunmore: printed-page layout typed into the grid: title + header repeated at the top of page 2
// ('(continued)'), 'Page n of 2' rows; numbered objective rows with sub-actions 1.1…; year-end status as symbols keyed in a line.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wres-2017-18-dunmore', sheet: 'Year end review', standard: 'WRES', period: '2017-18', trust: 'Dunmore Health NHS Trust', widths: [6, 54, 11, 28, 14, 40, 11] });
  const TITLE = 'Dunmore Health NHS Trust – Workforce Race Equality Standard action plan 2017/18: year-end review';
  const H = ['Ref', 'Objective / Action', 'Indicator', 'Lead', 'Timescale', 'Outcome at year end', 'Achieved?'];
  p.line([TITLE], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Key:  ✓ = achieved (green)   ◐ = partly achieved (amber)   ✗ = not achieved (red)'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(H, { style: { fill: C.grey } });
  const RG = { '✓': 'green', '◐': 'amber', '✗': 'red' };
  let theme, oinds;
  const obj = (n, t, ind, inds) => { theme = t; oinds = inds; p.line([n, t, ind], { border: true, style: { bold: true, fill: C.palegrey } }); };
  const act = (ref, action, ind, inds, lead, due, completed, sym) => p.action([ref, action, ind, lead, due, completed, sym], { ref, indicators: inds || oinds, theme, action, lead, due, status: sym, rag: RG[sym] ?? null, progress: completed }, { styles: [{}, {}, {}, {}, {}, {}, { alignment: { horizontal: 'center' }, font: { size: 12 } }] });
  obj('1', 'Increase BME representation at senior levels', '1, 9', ['1', '9']);
  act('1.1', 'Analyse the pay band profile of BME staff by directorate and share it with each directorate management team.', '', null, 'Workforce and OD Committee', 'Q2', 'Profiles shared with all directorates in August 2017.', '✓');
  act('1.2', 'Develop a BME leadership programme ("Aspire") with the regional Leadership Academy.', '1', ['1'], 'Head of Learning and OD', 'March 2018', 'Programme designed; first cohort delayed to May 2018.', '◐');
  act('1.3', 'Review the Board recruitment process with the Nominations Committee to widen the field of candidates.', '9', ['9'], 'Nominations Committee', 'Throughout the year', 'Not progressed – no Board vacancies arose.', '✗');
  obj('2', 'Make recruitment and disciplinary processes fair', '2, 3', ['2', '3']);
  act('2.1', 'Refresh recruitment and selection training to cover unconscious bias, and make it mandatory for all panel chairs.', '2', ['2'], 'Recruitment Team', 'Sept 2017', '148 panel chairs trained.', '✓');
  act('2.2', 'Set up a panel to review every case before a BME member of staff is taken into the formal disciplinary process.', '3', ['3'], 'Head of HR', 'Q3', 'Panel in place from December 2017.', '✓');
  act('2.3', 'Monitor shortlisting and appointment outcomes by ethnicity and report them every quarter.', '2', ['2'], 'Recruitment Team', 'Quarterly', 'Reported in Q3 and Q4 only.', '◐');
  p.line(['Page 1 of 2'], { at: 7, style: { italic: true, color: 'FF808080', alignment: { horizontal: 'right' } } });
  p.ws.getRow(p.r).addPageBreak();
  p.line([TITLE + ' (continued)'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.header(H, { style: { fill: C.grey } });
  obj('3', 'Reduce harassment, bullying and discrimination', '5, 6, 8', ['5', '6', '8']);
  act('3.1', 'Launch a zero tolerance campaign on abuse of staff by patients and relatives.', '5', ['5'], 'Head of Security', 'Q2', 'Campaign launched July 2017.', '✓');
  act('3.2', 'Train bullying and harassment advisers, including BME staff, in every directorate.', '6', ['6'], 'BME Staff Network', 'Q4', 'Eight advisers trained; two directorates still without one.', '◐');
  act('3.3', 'Include questions on discrimination in the quarterly staff Friends and Family Test and analyse the answers by ethnicity.', '8', ['8'], 'Staff Engagement Lead', 'Q3', 'Not achieved – the survey provider could not split results by ethnicity.', '✗');
  obj('4', 'Improve access to development and career progression', '4, 7', ['4', '7']);
  act('4.1', 'Record all non-mandatory training on OLM so that access can be compared by ethnicity.', '4', ['4'], 'Head of Learning and OD', 'March 2018', 'Recording in place for 80% of courses.', '◐');
  act('4.2', 'Offer mentoring by senior leaders to BME staff at Bands 5 to 7.', '7', ['7'], 'BME Staff Network', 'Q3', '23 mentoring pairs in place.', '✓');
  act('4.3', 'Publish career stories of BME staff who have progressed in the Trust.', '', null, 'Communications Team', 'Q4', 'Six stories published.', '✓');
  p.line(['Page 2 of 2'], { at: 7, style: { italic: true, color: 'FF808080', alignment: { horizontal: 'right' } } });
  p.blank();
  p.line(['Reviewed by the Workforce and OD Committee on 17 May 2018.'], { merge: ['A', 'D'] });
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), a year-end review laid out for printing with the page furniture TYPED INTO THE GRID. Row 1: merged title; row 2: the key as a line of symbols ('Key: ✓ = achieved (green) ◐ = partly achieved (amber) ✗ = not achieved (red)'); row 3: header 'Ref | Objective / Action | Indicator | Lead | Timescale | Outcome at year end | Achieved?'. After objective 2's actions, a right-aligned italic 'Page 1 of 2' row in G, a manual page break, the title again with ' (continued)' and the header again (row 14); 'Page 2 of 2' after the last action. Both header rows are header rows; titles and page rows are non-action rows. Four numbered OBJECTIVE ROWS (grey, bold, not merged: number in A, objective in B, indicators in C, e.g. '1, 9') are non-action rows; gold theme = the objective text. Sub-actions '1.1' … '4.3' (text refs) have their own indicator, or an EMPTY indicator cell that inherits the objective's indicators (1.1 → ['1','9'], 4.3 → ['4','7']). Leads are often groups or committees ('Workforce and OD Committee', 'Nominations Committee', 'Recruitment Team', 'BME Staff Network'). Timescales text: 'Q2', 'March 2018', 'Throughout the year', 'Sept 2017', 'Q3', 'Quarterly', 'Q4'. Status is ONLY A SYMBOL in 'Achieved?' (✓ / ◐ / ✗, no fill): gold status = the symbol, rag by the key line (✓ green, ◐ amber, ✗ red). Progress = 'Outcome at year end'. The review line after a blank row is a non-action row.",
    { ragCol: 'G', mode: 'word', words: { '✓': 'green', '◐': 'amber', '✗': 'red' } });
}
