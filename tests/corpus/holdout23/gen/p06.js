// holdout23-wdes-2020-21-cheverton: ORDINARY Covid-year WDES plan of an ACUTE trust whose estates, facilities and sterile services
// staff moved to a WHOLLY OWNED SUBSIDIARY in 2019: title, a line on the subsidiary, a RAG key line ABOVE the header; header
// 'No | Metric | What needs to happen | Who | When | Where are we? | RAG | WOS?'; 'Metric N' words (whole 4 and 9); real dates in
// ISO 'yyyy-mm-dd'; RAG LETTERS C/G/A/R filled; a Y/N 'WOS?' column (context); one empty lead; notes below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cheverton General Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout23-wdes-2020-21-cheverton', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust, widths: [5, 13, 56, 30, 12, 44, 6, 7] });
  p.line([`${trust}: WDES action plan 2020-21`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Includes staff of Cheverton Healthcare Services Ltd, our wholly owned subsidiary (estates, facilities and sterile services), where the WOS? column says Y. Several dates have moved because of COVID-19.'], { merge: ['A', 'H'], height: 28 });
  p.line(['RAG:  C = complete (blue)   G = on track   A = delayed (COVID-19)   R = stopped'], { merge: ['A', 'H'], style: { bold: true, font: { size: 9 } } });
  p.header(['No', 'Metric', 'What needs to happen', 'Who', 'When', 'Where are we?', 'RAG', 'WOS?'], { style: { fill: 'FFFFF2CC' } });
  const R = { C: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'yyyy-mm-dd';
  const rows = [
    ['Metric 1', ['1'], 'Compare disability declaration in the Trust and the subsidiary and run a joint declaration drive.', 'Head of Workforce Intelligence', D(2020, 11, 30), 'Subsidiary rate 1.8% against 4.0% in the Trust; drive planned for November.', 'G', 'Y'],
    ['Metric 2', ['2'], 'Make the guaranteed interview scheme apply to subsidiary vacancies as well as Trust posts.', 'Head of Resourcing', D(2020, 9, 30), 'Subsidiary adverts carry the Disability Confident badge since September.', 'C', 'Y'],
    ['Metric 3', ['3'], 'Add a question on disability and adjustments to the capability policy checklist.', 'Employee Relations Lead', D(2021, 1, 31), 'Policy review paused during the first wave.', 'A', 'N'],
    ['Metric 4', ['4'], 'Train porters, domestics and security staff to report abuse from patients and visitors through one route.', 'Facilities Training Manager (subsidiary)', D(2021, 3, 31), 'Training moved online; 120 of 400 staff done.', 'A', 'Y'],
    ['Metric 5', ['5'], 'Offer disabled staff a career conversation with a trained coach.', '', D(2021, 3, 31), 'No coach pool yet.', 'R', 'N'],
    ['Metric 6 & 8', ['6', '8'], 'Make the COVID-19 individual risk assessment cover disability and the adjustments needed for home or site working.', 'Occupational Health Manager', D(2020, 7, 31), 'Risk assessment updated in July; 96% of staff assessed.', 'C', 'Y'],
    ['Metric 9', ['9'], 'Set up a joint Trust and subsidiary Disability Network and give it a place on the Staff Partnership Forum.', 'EDI Lead', D(2020, 12, 31), 'First meeting held on Teams, 14 members.', 'G', 'Y'],
    ['Metric 10', ['10'], 'Include disability in the Board\'s skills and diversity review.', 'Company Secretary', D(2021, 2, 28), '', 'G', 'N'],
  ];
  rows.forEach(([m, inds, action, lead, due, pos, rag, wos], i) => {
    p.action([i + 1, m, action, lead, due, pos, rag, wos], { ref: String(i + 1), indicators: inds, action, lead, due: shown(due, F), status: rag, rag: R[rag][1], progress: pos }, { styles: [{}, {}, {}, {}, { numFmt: F }, {}, { fill: R[rag][0], ...(R[rag][2] ? { color: R[rag][2] } : {}), bold: true, alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  });
  p.blank();
  p.line(['Notes: dates are the revised dates agreed at the People Committee in September 2020. WOS = wholly owned subsidiary.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year WDES plan of an ACUTE trust whose estates, facilities and sterile services staff moved to a WHOLLY OWNED SUBSIDIARY in 2019. Three merged lines above the header (title; a note that subsidiary staff are included where WOS? says Y and that dates moved because of COVID-19; a bold RAG KEY LINE directly above the header), then a pale-yellow header (row 4) 'No | Metric | What needs to happen | Who | When | Where are we? | RAG | WOS?'. Eight actions numbered 1–8; the metric in its own column as 'Metric N' words (pre-2021 set: whole 'Metric 4' and 'Metric 9'; 'Metric 6 & 8'); leads are job titles, one '(subsidiary)', one EMPTY; due dates real dates shown in ISO form yyyy-mm-dd; RAG LETTERS C (complete, blue), G, A, R filled; 'WOS?' is Y/N; a notes line below. Judgement calls: the status is the RAG letter and the rag its fill (C = complete = blue per the key line); 'Where are we?' = progress; 'WOS?' is scope context, not a field; row 9 has no lead (''); 'Metric 6 & 8' = ['6','8']; ref = No; the three lines above the header and the notes line are not actions; theme null.", { ragCol: 'G', mode: 'fill', notFrom: ['H'] });
}
