// holdout16-wres-2015-16-wethercote: ORDINARY first-year WRES plan – trust, title and italic 'Draft for Trust Board' line
// unmerged in column A; CAPITALS grey header 'REF | WRES INDICATOR | ACTION | LEAD OFFICER | TARGET DATE | RAG STATUS |
// COMMENTS'; refs 'WRES/01'; indicators as words ('Indicator 1', 'Indicators 5 and 6', 'All indicators'); real dates
// dd/mm/yyyy mixed with 'Six-monthly', 'Ongoing', 'Annual (July)'; R/A/G letters filled; key line and prepared-by line below.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wres-2015-16-wethercote', sheet: 'WRES action plan', standard: 'WRES', period: '2015-16', trust: 'Wethercote Hospitals NHS Foundation Trust', widths: [10, 19, 58, 28, 13, 10, 42] });
  p.line(['Wethercote Hospitals NHS Foundation Trust'], { style: { bold: true, font: { size: 12 }, alignment: { wrapText: false, vertical: 'top' } } });
  p.line(['Workforce Race Equality Standard (WRES) Action Plan 2015-2016'], { style: { bold: true, font: { size: 12 }, alignment: { wrapText: false, vertical: 'top' } } });
  p.line(['Draft for Trust Board – 29 July 2015'], { style: { italic: true, alignment: { wrapText: false, vertical: 'top' } } });
  p.blank();
  p.header(['REF', 'WRES INDICATOR', 'ACTION', 'LEAD OFFICER', 'TARGET DATE', 'RAG STATUS', 'COMMENTS'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const L = { G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'dd/mm/yyyy';
  const data = [
    ['WRES/01', 'Indicator 1', ['1'], 'Cleanse ethnicity data on ESR and run a self-service campaign so that fewer than 5% of staff have ethnicity "not stated".', 'HR Information Manager', D(2015, 12, 31), 'A', 'Not stated down from 14% to 9%.'],
    ['WRES/02', 'Indicator 1', ['1'], 'Report the ethnicity of staff by Agenda for Change band and medical grade to the Workforce Committee.', 'Head of Workforce Planning', 'Six-monthly', 'G', 'First report to the September 2015 committee.'],
    ['WRES/03', 'Indicator 2', ['2'], 'Analyse shortlisting and appointment by ethnicity for every vacancy advertised on NHS Jobs and report it by division.', 'Recruitment Manager', D(2015, 11, 30), 'G', 'Analysis complete; relative likelihood 1.52.'],
    ['WRES/04', 'Indicator 2', ['2'], 'Include at least one BME panel member on interview panels for posts at Band 7 and above.', 'Recruitment Manager', D(2016, 3, 31), 'R', 'Not started – pool of panel members still being identified.'],
    ['WRES/05', 'Indicator 3', ['3'], 'Review all disciplinary cases involving BME staff in 2014/15 with staff side to identify themes.', 'Head of Employee Relations', D(2016, 1, 31), 'A', 'Review of 23 cases under way.'],
    ['WRES/06', 'Indicator 4', ['4'], 'Record access to non-mandatory training and CPD by ethnicity in the learning management system.', 'Head of Learning and Development', D(2016, 3, 31), 'A', ''],
    ['WRES/07', 'Indicators 5 and 6', ['5', '6'], 'Set up a BME staff network with an executive sponsor and facilitated meetings every two months.', 'Equality and Diversity Manager', D(2015, 10, 31), 'G', 'Network launched 14 October 2015; 35 members.'],
    ['WRES/08', 'Indicators 5 and 6', ['5', '6'], 'Promote the Dignity at Work policy and the confidential support line at every corporate induction.', 'Head of Employee Relations', 'Ongoing', 'G', 'Included in induction from August.'],
    ['WRES/09', 'Indicator 7', ['7'], 'Offer a mentoring scheme for BME staff at Bands 5 to 7 who want to progress.', 'Head of Organisational Development', D(2016, 3, 31), 'R', ''],
    ['WRES/10', 'Indicator 9', ['9'], 'Hold a Board development session on the WRES findings and agree a Board-level race equality objective.', 'Director of Workforce', D(2015, 12, 31), 'G', 'Board session held 3 December 2015.'],
    ['WRES/11', 'All indicators', ALL_WRES, 'Publish the WRES data and this action plan on the Trust website.', 'Equality and Diversity Manager', 'Annual (July)', 'G', 'Published 31 July 2015.'],
  ];
  for (const [ref, ind, inds, action, lead, due, rag, com] of data) {
    const isDate = due instanceof Date;
    p.action([ref, ind, action, lead, due, rag, com], { ref, indicators: inds, action, lead, due: isDate ? shown(due, F) : due, status: rag, rag: L[rag][1], progress: com }, { styles: [{}, {}, {}, {}, isDate ? { numFmt: F } : {}, { fill: L[rag][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[rag][2] ? { color: L[rag][2] } : {}) }] });
  }
  p.blank();
  p.line(['RAG STATUS:  G = complete or on track    A = started, some delay    R = not started or significant delay'], { style: { bold: true, alignment: { wrapText: false, vertical: 'top' } } });
  p.line(['Prepared by the Equality and Diversity Manager, July 2015. Progress will be reviewed by the Workforce Committee every six months.'], { style: { italic: true, alignment: { wrapText: false, vertical: 'top' } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan (2015-16): trust name, title and an italic 'Draft for Trust Board – 29 July 2015' line, each unmerged in column A, a blank row, then one grey header in CAPITALS 'REF | WRES INDICATOR | ACTION | LEAD OFFICER | TARGET DATE | RAG STATUS | COMMENTS' (row 5). Refs 'WRES/01'…'WRES/11'. Indicators written as words: 'Indicator N', 'Indicators 5 and 6', 'All indicators' (= all nine). Lead = 'LEAD OFFICER' (job titles). Target dates are real dates shown dd/mm/yyyy, or text ('Six-monthly', 'Ongoing', 'Annual (July)'). RAG STATUS holds letters G / A / R filled green / amber / red; COMMENTS = progress (two empty). Under the table, after a blank row: a bold RAG key line and an italic prepared-by/review line (non-action rows). Judgement calls: the letter as written is the status; 'Annual (July)' and 'Six-monthly' are the dues as written.", { ragCol: 'F', mode: 'fill' });
}
