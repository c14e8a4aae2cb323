// holdout41-wres-2019-20-hazelmere: a specialist children's trust's WRES plan with a TWO-ROW HEADER – 'Responsibility' over 'Executive |
// Operational' and 'Timescale' over 'Start | Finish', the other header cells merged down both rows; RAG as a filled LETTER including
// 'C' (complete, blue), decoded by a key line under the table; an approval line at the foot.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Hazelmere Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout41-wres-2019-20-hazelmere', sheet: 'Action Plan', standard: 'WRES', period: '2019-20', trust, widths: [8, 54, 20, 24, 10, 10, 7] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, alignment: { horizontal: 'center' } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2019/20'], { merge: ['A', 'G'], style: { bold: true, alignment: { horizontal: 'center' } } });
  p.blank();
  const hs = { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  const h1 = p.header(['WRES', 'Action', 'Responsibility', '', 'Timescale', '', 'RAG'], { style: hs, merge: [['C', 'D'], ['E', 'F']] });
  const h2 = p.header(['', '', 'Executive', 'Operational', 'Start', 'Finish', ''], { style: hs });
  for (const c of ['A', 'B', 'G']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const F = { C: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { C: 'blue', G: 'green', A: 'amber', R: 'red' };
  const act = (w, a, ex, op, s, f, rag) => {
    const due = f instanceof Date ? shown(f, 'mmm-yy') : f;
    p.action([w, a, ex, op, s, f, rag], { indicators: w.match(/\d+/g), action: a, lead: op, due, status: rag, rag: RG[rag] },
      { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: 'mmm-yy' }, f instanceof Date ? { numFmt: 'mmm-yy' } : {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center', vertical: 'top' } }] });
  };
  act('1', 'Report BME representation by band for nursing, allied health and medical staff separately to the People Committee.', 'Chief People Officer', 'Workforce Information Manager', D(2019, 4, 1), D(2019, 6, 30), 'C');
  act('2', 'Introduce name-blind shortlisting for all Agenda for Change posts.', 'Chief People Officer', 'Head of Recruitment', D(2019, 5, 1), D(2019, 9, 30), 'G');
  act('2', 'Give recruiting managers a one-page guide on fair shortlisting, tested with the BME network first.', 'Chief People Officer', 'Head of Recruitment', D(2019, 7, 1), D(2019, 12, 31), 'A');
  act('3', 'Have an HR Business Partner check every proposed formal disciplinary case against a BME colleague before it starts.', 'Chief People Officer', 'Deputy Director of HR', D(2019, 6, 1), 'Ongoing', 'G');
  act('4', 'Report uptake of non-mandatory training and CPD funding by ethnicity every quarter.', 'Chief Nurse', 'Head of Education', D(2019, 7, 1), D(2020, 3, 31), 'R');
  act('5, 6', "Give ward staff a clear route for escalating racist abuse from patients' families to the nurse in charge and security.", 'Chief Nurse', 'Head of Patient Experience', D(2019, 9, 1), D(2020, 3, 31), 'A');
  act('7', 'Launch a mentoring scheme pairing BME nurses at Bands 5 and 6 with senior nurses.', 'Chief Nurse', 'Deputy Chief Nurse', D(2019, 10, 1), D(2020, 3, 31), 'G');
  act('9', 'Put board diversity into the search brief for the next two non-executive appointments.', 'Chair', 'Company Secretary', D(2020, 1, 1), D(2020, 3, 31), 'G');
  p.blank();
  const key = p.line(['', 'RAG:  C = complete    G = on track    A = some slippage    R = off track'], { style: { font: { size: 9 } } });
  const appr = p.line(['', 'Approved by the People Committee, May 2019. Next review October 2019.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Invented layout: a specialist children's foundation trust's WRES plan, Arial 10 on sheet 'Action Plan': the trust and the title as two centred merged lines, a blank row, then a TWO-ROW NHS-blue HEADER (rows ${h1}–${h2}): 'WRES', 'Action' and 'RAG' merged down both rows, 'Responsibility' merged over 'Executive | Operational' and 'Timescale' merged over 'Start | Finish'. Eight actions; the WRES column holds bare numbers or '5, 6'; Start and Finish are real dates shown 'mmm-yy', one Finish typed 'Ongoing'; the RAG column holds a bold LETTER on a fill (C blue, G green, A amber, R red). Under the table a key line 'RAG: C = complete  G = on track  A = some slippage  R = off track' (row ${key}) and an approval line (row ${appr}). Judgement calls: both header rows are header rows; lead = the Operational column, never the Executive ('Chief People Officer', 'Chief Nurse', 'Chair' are sponsors); due = Finish as shown ('Jun-19', 'Mar-20', 'Ongoing'), never Start; status = the letter as written ('C', 'G', 'A', 'R'), rag = the fill (C on blue → blue); indicators from the WRES column ('5, 6' → ['5','6']); the key and approval lines are non-action rows ('May 2019' / 'October 2019' are not dues); no ref, theme or progress.`,
    { ragCol: 'G', mode: 'fill', notFrom: ['C', 'E'], dueFrom: ['F'], dataRows: [key, appr], forbidden: ['May 2019', 'October 2019', 'Chief People Officer', 'Chief Nurse'], indCol: { col: 'A' } });
}
