// holdout50-wres-2018-19-marchwood: an STP's system-wide WRES plan (2018-19) – workstream section rows, STP lead vs partner leads, RAG letters; partners listed on a second sheet.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marchwood Vale Health and Care Partnership';
  const p = new Plan(book, { name: 'holdout50-wres-2018-19-marchwood', sheet: 'System WRES plan', standard: 'WRES', period: '2018-19', trust, widths: [7, 54, 11, 26, 30, 11, 42, 7], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, fill: C.darkblue, color: C.white } });
  p.line(['Sustainability and Transformation Partnership – System Workforce Race Equality Plan 2018/19'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Version 3 – update for the STP Workforce Board, March 2019. The six partners are listed on the "Partners" tab.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WRES indicator(s)', 'STP lead', 'Partner leads', 'By', 'Update (March 2019)', 'RAG'], { style: { fill: 'FFBDD7EE' }, height: 28 });
  const R = { G: C.green, A: C.amber, R: C.red, B: C.blue };
  const RN = { G: 'green', A: 'amber', R: 'red', B: 'blue' };
  const secs = [];
  const groups = [
    ['Workstream 1: Shared data and accountability', [
      ['1.1', 'Produce one STP-wide WRES summary each year from the partners\' published returns, with the same definitions.', '1, 2, 3, 4, 9', 'STP Workforce Programme Director', 'Workforce information leads (all partners)', 'Oct-18', 'Summary presented to the STP Workforce Board in November.', 'B'],
      ['1.2', 'Include each partner\'s WRES position in the STP\'s quarterly workforce dashboard.', '1', 'STP Workforce Programme Director', 'Heads of workforce planning', 'Jan-19', 'Dashboard template agreed; first data due April 2019.', 'A'],
    ]],
    ['Workstream 2: Careers and progression across the system', [
      ['2.1', 'Run a system "Ready Now" style programme for BME staff at Bands 7 and 8a, drawing candidates from all six partners.', '1', 'STP OD Lead', 'OD leads (acute, community, mental health)', 'Mar-19', 'Cohort of 22 started in February.', 'G'],
      ['2.2', 'Set up a cross-organisation mentoring scheme so that BME staff can be mentored by a senior leader from another partner.', '4, 7', 'STP OD Lead', 'Heads of learning and development', 'Dec-18', 'Scheme launched; 9 pairings so far against 30 planned.', 'A'],
      ['2.3', 'Agree system rotations for BME band 6 nurses into community and mental health posts to widen their experience.', '1', 'Chief Nurse, Marchwood Vale CCG', 'Directors of Nursing', 'Mar-19', 'Not yet agreed by all partners.', 'R'],
    ]],
    ['Workstream 3: Fair treatment', [
      ['3.1', 'Share the "just culture" disciplinary review approach already used at the acute trust with the other partners.', '3', 'STP HR Directors\' Group chair', 'HR directors (all partners)', 'Nov-18', 'Adopted by four of six partners.', 'G'],
      ['3.2', 'Commission joint training for investigating officers on unconscious bias, with places for every partner.', '3, 8', 'STP HR Directors\' Group chair', 'Employee relations leads', 'Feb-19', 'Provider chosen; dates in April and May.', 'A'],
      ['3.3', 'Give the STP BME staff network alliance a place on the STP Workforce Board.', '7, 9', 'STP Senior Responsible Officer', '—', 'Sep-18', 'In place from September meeting.', 'B'],
    ]],
  ];
  for (const [sec, acts] of groups) {
    secs.push(p.line([sec], { merge: ['A', 'H'], style: { bold: true, fill: 'FFDDEBF7' }, border: true }));
    for (const [ref, act, ind, lead, pl, by, upd, rag] of acts) p.action([ref, act, ind, lead, pl, by, upd, rag], { ref, indicators: ind.split(', '), theme: sec, action: act, lead, due: by, status: rag, rag: RN[rag], progress: upd }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, { fill: R[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['RAG: B = complete, G = on track, A = some slippage, R = off track.'], { style: { font: { size: 9 } }, border: false });
  const ps = book.wb.addWorksheet('Partners');
  ps.getColumn(1).width = 60; ps.getColumn(2).width = 24;
  [['Partner', 'Type'], ['Marchwood Vale Hospitals NHS Foundation Trust', 'Acute'], ['Marchwood Vale Community Health NHS Trust', 'Community'], ['Ashby and Marchwood Partnership NHS Trust', 'Mental health'], ['West Counties Ambulance Service NHS Trust', 'Ambulance'], ['NHS Marchwood Vale CCG', 'Commissioner'], ['Marchwood County Council', 'Local authority']].forEach((r, i) => { const row = ps.getRow(i + 1); row.getCell(1).value = r[0]; row.getCell(2).value = r[1]; if (!i) row.font = { bold: true }; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional SUSTAINABILITY AND TRANSFORMATION PARTNERSHIP – a system of six partners – in 2018-19) on sheet 'System WRES plan' (a second sheet 'Partners' lists the six partner organisations and their type – no actions): a dark-blue bar with the partnership's name (row 1), the plan title naming the STP, a version line (Version 3 – March 2019 update), one header 'Ref | Action | WRES indicator(s) | STP lead | Partner leads | By | Update (March 2019) | RAG' (row 5), three WORKSTREAM section rows with two or three actions each (1.1 … 3.3), and a RAG key line. RAG is a filled LETTER (B blue, G green, A amber, R red). Judgement calls: IDENTITY = the partnership as the workbook names it ('Marchwood Vale Health and Care Partnership') – the plan is the system's; none of the six partners (second sheet) is the identity; lead = STP lead, never 'Partner leads' (a group of roles at every partner, once '—'); theme = the workstream row; indicators as listed ('1, 2, 3, 4, 9' gives five); due = the month text ('Oct-18'); status = the letter, rag = its fill (B → blue); progress = the March update; the key line is not an action.", { fieldCols: { ref: 'A', lead: 'D', due: 'F', progress: 'G' }, notFrom: ['E'], ragCol: 'H', sections: secs, notIdentity: ['Marchwood Vale Hospitals NHS Foundation Trust', 'NHS Marchwood Vale CCG'] });
}
