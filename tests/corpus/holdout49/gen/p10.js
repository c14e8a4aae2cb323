// holdout49-wres-2022-23-kestrelmoor: a mental health and learning disability trust's WRES plan whose Status is picked from a
// DATA-VALIDATION LIST (source on a hidden 'Lists' sheet); pale-yellow input cells, no colour rules; two statuses not yet picked.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestrelmoor Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout49-wres-2022-23-kestrelmoor', sheet: 'Action Plan', standard: 'WRES', period: '2022-23', trust, widths: [7, 16, 50, 28, 13, 14, 44, 26] });
  const lists = book.wb.addWorksheet('Lists'); lists.state = 'hidden';
  ['Status', 'Not started', 'In progress', 'Complete', 'On hold'].forEach((v, i) => { lists.getCell(`A${i + 1}`).value = v; });
  ['Indicator', 'WRES 1', 'WRES 2', 'WRES 3', 'WRES 4', 'WRES 5', 'WRES 6', 'WRES 7', 'WRES 8', 'WRES 9'].forEach((v, i) => { lists.getCell(`C${i + 1}`).value = v; });
  p.line([`${trust}: WRES Action Plan 2022/23`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Owner: Head of Equality, Diversity and Inclusion   |   Version 3   |   Last reviewed: 09/01/2023 at the Inclusion Council   |   Pick Status from the drop-down (yellow cells).'], { merge: ['A', 'H'], style: { color: 'FF595959', font: { size: 9 } } });
  const h = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due date', 'Status', 'Commentary', 'Evidence location'], { style: { fill: C.grey } });
  const F = 'dd/mm/yyyy';
  const rows = [
    ['K01', 'WRES 1', 'Publish BME representation by band for nursing, medical and AHP staff in each locality.', 'Workforce Information Manager', D(2022, 9, 30), 'Complete', 'Published in the September workforce report.', 'SharePoint > WRES > 22-23 > K01'],
    ['K02', 'WRES 2', 'Use inclusive recruitment champions on all band 7 and above interviews in inpatient services.', 'Head of Recruitment', D(2022, 12, 31), 'In progress', 'Champions on 64% of panels in Q3.', 'SharePoint > WRES > 22-23 > K02'],
    ['K03', 'WRES 3', 'Introduce a senior review of every proposed disciplinary involving a BME member of staff before it goes formal.', 'Deputy Director of People', D(2022, 7, 31), 'Complete', 'Review panel in place since July.', ''],
    ['K04', 'WRES 4', 'Track uptake of the apprenticeship levy-funded courses by ethnicity.', 'Head of Education', D(2023, 3, 31), '', '', ''],
    ['K05', 'WRES 5', 'Give ward staff a card and script for responding to racist abuse from patients and carers.', 'Associate Director of Nursing', D(2022, 11, 30), 'In progress', 'Script agreed; cards at the printer.', 'SharePoint > WRES > 22-23 > K05'],
    ['K06', 'WRES 6', 'Relaunch the Freedom to Speak Up ambassadors with a BME ambassador in every locality.', 'FTSU Guardian', D(2022, 10, 31), 'On hold', 'On hold until the new Guardian starts in February.', ''],
    ['K07', 'WRES 7', 'Run "Reciprocal Mentoring" for BME staff and senior leaders (cohort 2).', 'Head of OD', D(2023, 3, 31), 'Not started', 'Cohort 2 planned for March.', ''],
    ['K08', 'WRES 8', 'Review the Dignity at Work policy with the Race Equality Network.', 'HR Policy Lead', D(2023, 1, 31), '', 'Network meeting on the policy booked for 26 January.', ''],
    ['K09', 'WRES 9', 'Set a Board ethnicity aspiration in the next NED recruitment campaign.', 'Company Secretary', D(2023, 3, 31), 'In progress', 'Campaign brief drafted with the Chair.', ''],
  ];
  for (const [ref, ind, act, lead, due, st, com, ev] of rows) {
    p.action([ref, ind, act, lead, due, st, com, ev], { ref, indicators: [ind.replace('WRES ', '')], action: act, lead, due: shown(due, F), status: st, progress: com }, { styles: [{}, {}, {}, {}, { numFmt: F }, { fill: 'FFFFF2CC' }] });
  }
  p.ws.dataValidations.add(`F${h + 1}:F${p.r}`, { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$5'], showErrorMessage: true, errorTitle: 'Status', error: 'Pick a status from the list.' });
  p.ws.dataValidations.add(`B${h + 1}:B${p.r}`, { type: 'list', allowBlank: true, formulae: ['Lists!$C$2:$C$10'] });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust): a title naming the trust and 'WRES Action Plan 2022/23' (row 1), a small grey document line (row 2: owner, version, last reviewed 09/01/2023, 'Pick Status from the drop-down (yellow cells)'), one grey header 'Ref | WRES indicator | Action | Lead | Due date | Status | Commentary | Evidence location' (row 3, frozen) and nine actions K01–K09. PROGRESS IS RECORDED AS A STATUS PICKED FROM A DATA-VALIDATION LIST: every Status cell (pale yellow, the input colour – the same on every row) carries a list validation whose source is a HIDDEN 'Lists' sheet ('Not started', 'In progress', 'Complete', 'On hold'); the WRES indicator cells carry a second list ('WRES 1' … 'WRES 9'). Two statuses have not been picked (blank). No conditional formatting and no RAG colours. Judgement calls: status = the picked word as shown ('On hold' kept as written), '' where nothing was picked; rag null – the yellow is the input-cell colour, the same for every status, and there is no key; the hidden Lists sheet is the drop-down's source, not part of the plan, and its words are not statuses of any action; progress = Commentary, '' where empty; 'Evidence location' is a file path, no gold field; lead = Lead; due = Due date as shown (dd/mm/yyyy); indicators from 'WRES n'; ref = Ref; theme null; the document line's owner is not a lead and its review date is not a due.", { statusCol: 'F', progressCol: 'G', notFrom: ['H'], dv: 'F' });
}
