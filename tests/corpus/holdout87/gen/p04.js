// holdout87-wres-2020-21-pelhamvale: ambulance service, Year 1 tracker of a THREE-YEAR WRES plan 2020–2023: each action carries its
// three-year ambition, a 'Complete by' date, THIS year's milestone, this year's RAG letter and update. A 'WRES data' tab beside it.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pelham Vale Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout87-wres-2020-21-pelhamvale', sheet: 'Plan tracker', standard: 'WRES', period: '2020-21', trust, widths: [5, 7, 40, 18, 22, 32, 11, 30, 7, 36], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} – WRES Improvement Plan 2020-2023`], { merge: ['A', 'J'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['Year 1 tracker (2020/21). RAG: G = on track   A = some slippage   R = off track   C = complete   P = paused (COVID-19 response)'], { merge: ['A', 'J'] });
  p.blank();
  p.header(['No.', 'WRES', 'Action', 'Executive sponsor', 'Lead', 'Three-year ambition (by March 2023)', 'Complete by', '2020/21 milestone', 'RAG 20/21', 'Update (Feb 2021)'], { style: { fill: C.darkblue, color: C.white }, height: 30 });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { G: C.green, A: C.amber, R: C.red, C: C.blue, P: C.grey };
  const R = { G: 'green', A: 'amber', R: 'red', C: 'blue', P: null };
  const DF = 'mmm-yy';
  const rows = [
    ['1', '1', 'Set a target for BME representation in each band of the paramedic and control room workforce, in line with the population we serve.', 'Director of People', 'Head of Workforce Planning', 'BME staff at Band 6 and above match our population share (9%)', D(2023, 3, 31), 'Targets agreed by the People Committee', 'G', 'Targets agreed in November; reported in the workforce dashboard from January.'],
    ['2', '2', 'Run outreach with three universities and local colleges to bring BME students into student paramedic places.', 'Director of People', 'Education & Clinical Development Manager', '15% of student paramedic intake from BME backgrounds', D(2023, 3, 31), 'Partnership agreement with one university', 'P', 'Paused – campus visits stopped; virtual open evening planned for April.'],
    ['3', '2', 'Put a trained diverse panel member on every interview for Band 7 clinical team leader and Band 8a posts.', 'Chief Operating Officer', 'Head of Recruitment', 'Relative likelihood of appointment from shortlisting below 1.25', D(2022, 3, 31), 'Panel member pool of 20 trained', 'A', '12 trained so far; training moved online.'],
    ['4', '3', 'Use a "just culture" decision tool before any formal disciplinary for front-line staff and audit its use by ethnicity.', 'Director of People', 'Deputy Director of HR', 'Relative likelihood of entering formal disciplinary at or below 1.0', D(2021, 9, 30), 'Tool in use in two operational areas', 'G', 'In use across North and East areas since October.'],
    ['5', '5', 'Fit body-worn cameras for crews in the two areas with the most assaults, and follow up every racially aggravated incident with the police.', 'Chief Operating Officer', 'Head of Security & Violence Reduction', 'BME staff harassment from the public below the national ambulance average', D(2022, 3, 31), 'Cameras issued in North and Central areas', 'C', 'Complete – 410 cameras issued; police liaison officer in post.'],
    ['6', '6, 8', 'Train every station and team leader to have a conversation about race and to act on reports of bullying from colleagues.', 'Director of People', 'Head of Organisational Development', 'BME staff reporting bullying from colleagues down by 5 points in the 2022 survey', D(2023, 3, 31), 'Leaders in two areas trained', 'R', 'Face-to-face course stopped; e-learning version not yet ready.'],
    ['7', '7', 'Give members of the BME network a mentor from the senior team and a place on the "Stepping Up" programme.', 'Chief Executive', 'Equality, Diversity & Inclusion Lead', '80% of BME staff believe the Trust provides equal chances of progression', 'Ongoing', 'First cohort of 10 mentees matched', 'A', 'Eight matched; two mentors to be confirmed.'],
    ['8', '9', 'Work with NHS England/Improvement to fill the next non-executive vacancy from a diverse shortlist.', 'Chair', 'Company Secretary', 'Board membership reflects the population we serve', D(2021, 12, 31), '—', 'G', 'Agency briefed; appointment expected by summer 2021.'],
  ];
  for (const [no, ind, act, exec, lead, amb, by, ms, rag, upd] of rows) {
    const due = by instanceof Date ? shown(by, DF) : by;
    p.action([no, ind, act, exec, lead, amb, by, ms, rag, upd], { ref: no, indicators: ind.split(', '), action: act, lead, due, status: rag, rag: R[rag], progress: upd, outcome: amb }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { color: 'FF7F7F7F' }, {}, {}, { numFmt: DF }, { italic: true }, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }, {}] });
  }
  // validation on the RAG column, as the team set it up
  for (let r = 5; r <= p.r; r++) p.ws.getCell(`I${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"G,A,R,C,P"'] };
  // the WRES data tab (not the plan)
  const d = book.wb.addWorksheet('WRES data');
  d.columns = [{ width: 44 }, { width: 12 }, { width: 12 }, { width: 12 }];
  d.addRow(['WRES indicator (2020 return)', 'White', 'BME', 'Gap']);
  d.addRow(['2. Relative likelihood of appointment from shortlisting', '', '', '1.58']);
  d.addRow(['3. Relative likelihood of entering formal disciplinary', '', '', '1.34']);
  d.addRow(['5. Harassment from patients / public (%)', '38%', '45%', '7 pts']);
  d.addRow(['6. Harassment from staff (%)', '27%', '33%', '6 pts']);
  d.addRow(['7. Equal opportunities for progression (%)', '79%', '66%', '13 pts']);
  d.getRow(1).font = { bold: true };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Year 1 TRACKER of a THREE-YEAR plan. Sheet 'Plan tracker': a title naming the trust and 'WRES Improvement Plan 2020-2023', a RAG key line (G / A / R / C = complete / P = paused for COVID-19), a blank row, the header 'No. | WRES | Action | Executive sponsor | Lead | Three-year ambition (by March 2023) | Complete by | 2020/21 milestone | RAG 20/21 | Update (Feb 2021)' (row 4, frozen), eight actions; a drop-down list on the RAG column. A second tab 'WRES data' holds the 2020 figures (context, not the plan). Judgement calls: the plan's period is its FIRST year as stated (2020-2023, this is the Year 1 tracker) → '2020-21'; due = 'Complete by', real dates shown 'mmm-yy' ('Mar-23', 'Sep-21'), 'Ongoing' kept as written – never the '(by March 2023)' in the ambition header and never the 2020/21 milestone; lead = Lead, never the Executive sponsor (grey); outcome = the three-year ambition (the action's own measure of success); progress = the Feb 2021 update; the 2020/21 milestone is this year's step and gives no field ('—' for action 8); status = the RAG letter as written, rag from its fill (C on blue → blue; P on grey → null); ref = No.; indicators from the WRES column ('6, 8' → both). The key line is not an action.", { mode: 'fill', ragCol: 9, notFrom: ['D', 'H'], forbidden: ['March 2023'] });
}
