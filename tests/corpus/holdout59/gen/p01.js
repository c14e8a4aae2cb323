// holdout59-wres-2024-25-kestrelford: an acute trust's ordinary WRES grid whose 'Lead / Support' cell has the lead on a bold first line and an italic 'supported by …' second line,
// and whose Timescale column mixes real Excel dates with typed quarters ('Q3 2024/25', 'Qtr 2'), 'Ongoing' and 'By next staff survey'.
import { Book, Plan, C, D, shown, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Kestrelford Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout59-wres-2024-25-kestrelford', sheet: 'WRES Action Plan 24-25', standard: 'WRES', period: '2024-25', trust, widths: [7, 11, 58, 34, 18, 13, 44], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2024/25'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Plan owner: EDI Steering Group.  Last updated 14/11/2024 for the People Committee.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'WRES Indicator', 'Action', 'Lead / Support', 'Timescale', 'RAG', 'Update'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = 'dd/mm/yyyy';
  const S = { 'On track': C.lightgreen, Complete: C.blue, Behind: C.amber, 'At risk': C.red, 'Not started': C.grey };
  const R = { 'On track': 'green', Complete: 'blue', Behind: 'amber', 'At risk': 'red', 'Not started': null };
  const rows = [
    ['K01', '1', 'Publish a breakdown of ethnicity by band for every division each quarter and share it with divisional boards.', ['Chief People Officer', 'Workforce Information Manager'], D(2025, 3, 31), 'On track', 'Q1 and Q2 reports sent; Q3 due January.'],
    ['K02', '1', 'Agree stretch targets for ethnic minority representation at Band 8a and above with each clinical division.', ['Director of Strategy'], 'Q3 2024/25', 'Behind', 'Two of five divisions have agreed targets.'],
    ['K03', '2', 'Move all Band 7+ shortlisting onto anonymised application forms in the recruitment system.', ['Head of Recruitment'], 'Qtr 2', 'Complete', 'Live since 2 September.'],
    ['K04', '2', 'Put a trained inclusion panellist from a different division on every interview panel for Band 8a and above.', ['Head of Recruitment', 'Race Equality Network Chair'], D(2024, 9, 30), 'On track', '41 panellists trained.'],
    ['K05', '3', 'Require a second-level review by a senior HR adviser before any formal disciplinary case is opened against a member of staff.', ['Head of Employee Relations', 'Divisional HR Business Partners'], 'Ongoing', 'On track', ''],
    ['K06', '4', 'Report uptake of non-mandatory training and CPD funding by ethnicity to the Education Committee twice a year.', ['Head of Education', 'Learning & OD team'], 'Q4 24/25', 'Not started', ''],
    ['K07', '5', 'Introduce a zero-tolerance poster and reporting card on every ward, with a named contact for racist abuse from patients.', ['Chief Nurse', 'Security Manager'], 'By next staff survey', 'Behind', 'Posters printed; reporting card delayed by print supplier.'],
    ['K08', '6', 'Run listening events for ethnic minority staff in theatres and estates, where survey scores were lowest.', ['Freedom to Speak Up Guardian'], 'Qtr 3 (Oct–Dec)', 'On track', 'Theatres session held 17 October.'],
    ['K09', '7', 'Launch a sponsorship programme pairing ethnic minority Band 6–7 staff with executive and senior sponsors.', ['Director of People', 'Talent Manager'], D(2025, 1, 31), 'At risk', 'Sponsor sign-up low; relaunch planned.'],
    ['K10', '8', 'Ask every divisional leadership team to agree one local action from its own staff survey race results.', ['Divisional Directors of Operations', 'EDI Lead'], 'By next staff survey', 'Not started', ''],
    ['K11', '9', 'Include a diverse-shortlist requirement in the brief for the next non-executive director search.', ['Trust Secretary', 'Chair'], 'Annual', 'On track', 'Brief drafted with search agency.'],
  ];
  for (const [ref, ind, act, leads, due, st, upd] of rows) {
    const leadCell = leads.length > 1 ? { richText: [{ text: leads[0], font: { name: 'Calibri', size: 11, bold: true } }, { text: `\nsupported by ${leads[1]}`, font: { name: 'Calibri', size: 11, italic: true, color: { argb: 'FF595959' } } }] } : { richText: [{ text: leads[0], font: { name: 'Calibri', size: 11, bold: true } }] };
    const isDate = due instanceof Date;
    p.action([ref, ind, act, leadCell, due, st, upd], { ref, indicators: [ind], action: act, lead: leads[0], due: isDate ? shown(due, F) : due, status: st, rag: R[st], progress: upd },
      { height: 45, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, isDate ? { numFmt: F, alignment: { horizontal: 'left' } } : {}, { fill: S[st], alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['RAG key:', 'Complete = blue; On track = green; Behind = amber; At risk = red; Not started = grey'], { merge: ['B', 'E'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute foundation trust): a trust title, the plan title, an italic owner line with a 'Last updated' date, a blank row, then an NHS-blue header 'Ref | WRES Indicator | Action | Lead / Support | Timescale | RAG | Update' (frozen) and eleven actions K01–K11, with a RAG key line below. The LEAD / SUPPORT cell holds the lead on a BOLD FIRST LINE and, for most actions, an italic grey second line 'supported by …' (a person or team) in the same cell. The TIMESCALE column mixes real Excel dates shown dd/mm/yyyy with typed text: 'Q3 2024/25', 'Qtr 2', 'Q4 24/25', 'Qtr 3 (Oct–Dec)', 'Ongoing', 'By next staff survey', 'Annual'. Judgement calls: lead = the bold first line only – the 'supported by' person or team on the second line is not the lead; due = the Timescale as displayed (dates as dd/mm/yyyy, text kept exactly as typed, quarters never turned into dates); the 'Last updated 14/11/2024' line is not a due; status = the RAG word, rag = its fill (grey 'Not started' has no RAG colour → null; blue Complete → blue); progress = Update where filled; indicators from the indicator column; no theme.", { due: { col: 'E' }, lead: { col: 'D', mode: 'firstLine' }, status: { col: 'F', mode: 'fill' }, progress: 'G', forbidden: ['14/11/2024', 'EDI Steering Group'] });
}
