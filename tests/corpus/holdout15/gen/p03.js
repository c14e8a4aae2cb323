// holdout15-wres-2018-19-brinscombe: NEW LAYOUT – IN-CELL REVISION MARKS. A mid-year review edited in the cells the way
// people mark up a Word document: the superseded value is STRUCK THROUGH (grey) and the new value typed after it in RED,
// in the same cell (rich text) – revised due dates, revised RAG words, two changed leads and one reworded action; one
// action ADDED at the review is wholly in red. Gold reads the CURRENT (unstruck) values. Key + revision-mark note above.
import { Book, Plan, C, D, shown, revised, liveText, ALL_WRES } from './lib.js';
const FONT = { name: 'Arial', size: 10 };
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wres-2018-19-brinscombe', sheet: 'WRES plan 2018-19', standard: 'WRES', period: '2018-19', trust: 'Brinscombe Health and Care NHS Foundation Trust', widths: [7, 14, 56, 28, 24, 18, 46] });
  p.line(['Brinscombe Health and Care NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.navy } });
  p.line(['WRES Action Plan 2018/19 – mid-year review'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['RAG: Complete (blue) · Green – on track · Amber – at risk of slipping · Red – off track'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Changes agreed at the mid-year review (Equality Steering Group, 25 September 2018) are shown in red; superseded entries are struck through.'], { merge: ['A', 'G'], style: { italic: true, color: C.red } });
  p.blank();
  p.header(['No.', 'Indicator', 'Action', 'Lead', 'Due date', 'RAG', 'Mid-year update (September 2018)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const W = { Complete: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const red = { color: C.red };
  // [ref, ind, inds, action parts, lead parts, due (Date | parts), status parts, update, whole row new?]
  const data = [
    ['1', 'Indicator 1', ['1'], ['Publish ethnicity by band for each division in the quarterly workforce dashboard.'], ['Head of Workforce Information'], D(2018, 6, 30), [['Green', ' Complete']], 'Dashboard published from Q1.'],
    ['2', 'Indicator 1', ['1'], ['Introduce ', ['six-monthly ', 'quarterly '], 'reporting of BME representation at Band 8a+ to the Workforce Committee.'], ['Head of Workforce Information'], D(2018, 9, 30), ['Complete'], 'Quarterly from September.'],
    ['3', 'Indicator 2', ['2'], ['Include a diverse panel member on all interview panels for Band 8a and above.'], [['Head of HR', ' Deputy Director of Workforce']], [['30/09/2018', ' 31/12/2018']], [['Amber', ' Green']], 'Pool of panel members doubled; new date agreed.'],
    ['4', 'Indicator 2', ['2'], ['Pilot name-blind shortlisting in two divisions.'], ['Recruitment Manager'], [['31/10/2018', ' 31/01/2019']], [['Green', ' Amber']], 'Delayed by the move to the new applicant tracking system.'],
    ['5', 'Indicator 3', ['3'], ['Require a second senior review before any BME member of staff is suspended or enters a formal process.'], ['Employee Relations Lead'], D(2018, 7, 31), ['Complete'], 'In place since July; 9 cases reviewed.'],
    ['6', 'Indicator 4', ['4'], ['Record all non-mandatory training on ESR so that access can be analysed by ethnicity.'], ['Head of Learning and Development'], [['31/12/2018', ' 31/03/2019']], [['Amber', ' Red']], 'Data cleanse not started; resources being sought.'],
    ['7', 'Indicators 5 & 6', ['5', '6'], ['Launch a zero-tolerance campaign on racist abuse from patients and visitors, with a clear reporting route.'], [['Head of Communications', ' Head of Security and Violence Reduction']], D(2018, 11, 30), ['Green'], 'Posters and Datix category agreed.'],
    ['8', 'Indicator 7', ['7'], ['Offer every BME member of staff at Bands 5–7 a career conversation with a trained coach.'], ['Head of Organisational Development'], D(2019, 3, 31), ['Green'], '38 conversations held.'],
    ['9', 'Indicator 8', ['8'], ['Train managers to handle complaints of discrimination, with a module on race.'], ['Head of Organisational Development'], [['30/11/2018', ' 28/02/2019']], [['Green', ' Amber']], 'Module written; first sessions in January.'],
    ['10', 'Indicator 9', ['9'], ['Set a Board-level objective on race equality for the Chief Executive and each executive director.'], ['Chief Executive'], D(2018, 9, 30), ['Complete'], 'Objectives agreed in September appraisals.'],
    ['11', 'All', ALL_WRES, ['Co-produce a three-year race equality strategy with the BME Staff Network.'], ['Head of Equality and Inclusion'], [['31/01/2019', ' 31/03/2019']], [['Green', ' Amber']], 'Network workshops moved to February.'],
    ['12', 'Indicators 2 & 7', ['2', '7'], ['Advertise all Band 8a+ secondments openly rather than by expression of interest to a manager.'], ['Deputy Director of Workforce'], '31/03/2019', ['Green'], 'Added at the mid-year review.', true],
  ];
  for (const [ref, ind, inds, act, lead, due, st, upd, isNew] of data) {
    const f = isNew ? { ...FONT, color: { argb: C.red } } : FONT;
    const cellOf = (parts) => (parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : revised(f, ...parts));
    const isDate = due instanceof Date; const dueCell = isDate ? due : Array.isArray(due) ? revised(f, ...due) : due;
    const values = [ref, ind, cellOf(act), cellOf(lead), dueCell, cellOf(st), upd];
    const stText = liveText(st).trim();
    p.action(values, { ref, indicators: inds, action: liveText(act), lead: liveText(lead).trim(), due: isDate ? shown(due, 'dd/mm/yyyy') : Array.isArray(due) ? liveText(due).trim() : due, status: stText, rag: W[stText], progress: upd }, { style: isNew ? { color: C.red } : {}, styles: [{}, {}, {}, {}, isDate ? { numFmt: 'dd/mm/yyyy' } : {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['Next review: Equality Steering Group, March 2019. Owner: Head of Equality and Inclusion.'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world style NO EARLIER BATCH HAS: IN-CELL REVISION MARKS. A mid-year review marked up in the cells as in a Word document with track changes turned into formatting: the superseded value is STRUCK THROUGH (grey) and the new value typed after it in RED, in the same cell (rich text runs). Navy trust name, title 'WRES Action Plan 2018/19 – mid-year review', an italic RAG key line (Complete blue, Green, Amber, Red), a red italic line 'Changes agreed at the mid-year review … are shown in red; superseded entries are struck through.', a blank row, then one grey header 'No. | Indicator | Action | Lead | Due date | RAG | Mid-year update (September 2018)' (row 6). Revised cells: due dates (e.g. struck '30/09/2018' then red '31/12/2018'; revised dates are text, unrevised ones real dates shown dd/mm/yyyy), RAG words (struck 'Amber' then red 'Green'), two leads (struck 'Head of HR' then red 'Deputy Director of Workforce'; 'Head of Communications' → 'Head of Security and Violence Reduction') and one action's wording (struck 'six-monthly' then red 'quarterly'). Action 12 was ADDED at the review and is written wholly in red (not struck): it is an action. Gold reads the CURRENT values – the cell without its struck runs: due, status, lead and action text as revised; rag from the current word via the key line (Complete → blue). Indicators 'Indicator N', 'Indicators 5 & 6', 'Indicators 2 & 7', 'All' (= all nine). Judgement calls: a struck value is not read at all (not as the due, status or lead, nor as progress); a red font is the revision colour, not a RAG colour (the RAG column is unfilled words); action 12's red text is an action like the others; the red note line above the header is not an action.", { ragCol: 'F', mode: 'word', words: W, live: true });
}
