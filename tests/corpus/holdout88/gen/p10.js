// holdout88-wres-2026-27-selbrook: a teaching trust's WRES plan written as a Word table and pasted into Excel for tracking: Word's
// TWO-ROW HEADER ('Owner' over 'Executive | Operational'), Word's automatic numbering pasted as text ('1.' … '10.'), the indicator cell
// merged down over its actions, a full-width note row inside the table, soft line breaks, and Word cell shading on the RAG.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Selbrook Teaching Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout88-wres-2026-27-selbrook', sheet: 'WRES 26-27', standard: 'WRES', period: '2026-27', trust, widths: [6, 16, 50, 22, 26, 13, 9], font: { name: 'Calibri', size: 11 } });
  const t = p.line([`${trust}`], { style: { bold: true, font: { size: 14 }, alignment: { wrapText: false } } });
  p.line(['WRES action plan 2026/27 – copied from the Word version approved by the People and Culture Committee, 21 May 2026'], { style: { italic: true, alignment: { wrapText: false } } });
  p.blank();
  const H = { fill: 'FFF2DCDB', alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['No.', 'WRES indicator', 'Action', 'Owner', '', 'Timescale', 'RAG'], { merge: ['D', 'E'], style: H });
  const h2 = p.header(['', '', '', 'Executive', 'Operational', '', ''], { style: H });
  for (const c of ['A', 'B', 'C', 'F', 'G']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  const F = { G: C.green, A: C.amber, R: C.red, B: C.blue };
  const RG = { G: 'green', A: 'amber', R: 'red', B: 'blue' };
  let n = 0; const notes = [];
  const block = (ind, inds, acts) => {
    const first = p.r + 1;
    for (const [a, exec, op, due, rag, note] of acts) {
      n++;
      p.action([`${n}.`, first === p.r + 1 ? ind : null, a, exec, op, due, rag], { ref: `${n}.`, indicators: inds, action: a, lead: op, due, status: rag, rag: RG[rag] }, { styles: [{}, {}, {}, {}, {}, {}, { fill: F[rag], alignment: { horizontal: 'center' } }] });
      if (note) notes.push(p.line(['', '', note], { merge: ['C', 'G'], border: true, style: { italic: true, font: { size: 10 } } }));
    }
    p.ws.mergeCells(`B${first}:B${p.r}`);
  };
  block('1 – Bands 1–9 and VSM', ['1'], [
    ['Set a five-year trajectory for BME representation at Band 8a and above in every clinical group, reported to the Board each quarter.', 'Chief People Officer', 'Head of Workforce Planning', 'Jun 2026', 'G'],
    ['Extend the “Stepping Forward” programme to BME staff at Bands 2–4 in estates, facilities and admin.', 'Chief People Officer', 'Head of Learning &\nOrganisational Development', 'Sep 2026', 'A']]);
  block('2 – Appointment from shortlisting', ['2'], [
    ['Keep diverse panels for Band 7+ and add an independent panel member for consultant appointments.', 'Medical Director', 'Medical Staffing Manager', 'Jul 2026', 'G'],
    ['Audit the interview scores of BME and white candidates for Band 6 nursing posts in surgery and critical care.', 'Chief Nurse', 'Deputy Chief Nurse – Workforce', 'Oct 2026', 'A', 'Note: the audit of medical interviews planned for 2025/26 now sits under HIA 3 of the Trust’s EDI Improvement Plan and is not repeated here.']]);
  block('3 – Formal disciplinary', ['3'], [
    ['Keep the pre-investigation panel and add a review of every dismissal of a BME member of staff by a non-executive director.', 'Chief People Officer', 'Head of Employee Relations', 'Apr 2026', 'B']]);
  block('4 – Non-mandatory training', ['4'], [
    ['Ring-fence 20% of the apprenticeship levy transfer budget for BME staff in Bands 2–5.', 'Chief Finance Officer', 'Head of Apprenticeships', 'Dec 2026', 'R']]);
  block('5 & 6 – Harassment and bullying', ['5', '6'], [
    ['Put the “No excuse for racism” response into every ward and department induction, with a named manager to report to.', 'Chief Nurse', 'Head of Nursing – Patient Experience', 'Aug 2026', 'G'],
    ['Train 200 “active bystanders” across the clinical groups, drawn from every staff group.', 'Chief People Officer', 'Inclusion Lead', 'Mar 2027', 'A']]);
  block('7 & 8 – Progression and discrimination', ['7', '8'], [
    ['Hold career conversations, using a set template, for every BME member of staff at Bands 5–7 at their appraisal.', 'Chief People Officer', 'Divisional People Partners', 'Mar 2027', 'A']]);
  block('9 – Board', ['9'], [
    ['Keep the Board development programme’s reverse mentoring with the Race Equality Network and report its outcomes in the annual report.', 'Chair', 'Director of Corporate Affairs', 'Annually', 'G']]);
  p.blank();
  const key = p.line(['RAG: G – on track; A – at risk; R – off track; B – complete.'], { style: { font: { size: 10 }, alignment: { wrapText: false } } });
  p.ws.views = [{ state: 'frozen', ySplit: h2 }];
  p.ws.dataValidations.add(`G${h2 + 1}:G${p.r - 2}`, { type: 'list', allowBlank: true, formulae: ['"G,A,R,B"'], showErrorMessage: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional teaching hospitals trust), a WORD TABLE PASTED INTO EXCEL for tracking (sheet 'WRES 26-27', Calibri 11, Word's borders and shading kept): trust name, an italic line saying it was copied from the Word version approved on 21 May 2026, then WORD'S TWO-ROW HEADER (rows ${h1}–${h2}, frozen): 'No. | WRES indicator | Action | Owner | | Timescale | RAG' with 'Owner' merged over D:E and the other cells merged down over both rows, and 'Executive | Operational' under 'Owner'. The No. column holds Word's AUTOMATIC NUMBERING pasted as text ('1.' … '10.', straight through the indicators); the WRES indicator cell ('1 – Bands 1–9 and VSM', '5 & 6 – Harassment and bullying') is MERGED DOWN over its actions; one lead keeps a soft line break ('Head of Learning &\\nOrganisational Development'); RAG letters on Word cell shading, the RAG column given a G / A / R / B drop-down in Excel. INSIDE THE TABLE, under action 4., a full-width italic NOTE ROW merged C:G ('Note: the audit of medical interviews planned for 2025/26 now sits under HIA 3 …') – not an action. A RAG key line under the table. Judgement calls: lead = the OPERATIONAL owner (who does the work), never the Executive owner; ref = the pasted number with its dot ('4.'); indicators from the merged indicator cell ('5 & 6', '7 & 8' → both); due as typed ('Annually' kept); status = the RAG letter, rag from its shading (B = complete → blue); the note row names a 2025/26 action that has moved to the EDI Improvement Plan: no action here. The approval date is no due. Theme null.`, { mode: 'fill', ragCol: 7, notFrom: ['D'], dataRows: notes, forbidden: ['21 May 2026'] });
}
