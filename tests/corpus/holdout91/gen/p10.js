// holdout91-wres-2026-27-halsgrove: acute trust, a SMART-style plan with a two-row header found at the Q1 review: action 4 pasted twice
// (the copy has only the action text, and someone typed 'pasted twice?' beside it outside the table), action 6 struck through as dropped,
// and a last row 'Action 10 – to be agreed'. Dates real, shown dd mmmm yyyy; status words on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Halsgrove Royal Infirmary NHS Trust';
  const p = new Plan(book, { name: 'holdout91-wres-2026-27-halsgrove', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust, widths: [6, 10, 48, 36, 28, 18, 13, 40, 18], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WRES Action Plan 2026/27 – for Q1 review (July 2026)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['WHAT', '', '', '', 'DELIVERY', '', 'REVIEW', ''], { merge: [['A', 'D'], ['E', 'F'], ['G', 'H']], style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } });
  const h = p.header(['No.', 'Indicator', 'Action', 'Success measure', 'Lead', 'Target date', 'Status', 'Latest position'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { Green: C.green, Amber: C.amber, Red: C.red, 'Not yet due': C.grey };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red' };
  const fmt = '[$-809]dd mmmm yyyy;@';
  const act = (no, ind, a, m, lead, due, st, pos) => p.action([no, ind, a, m, lead, due, st, pos], { ref: no, indicators: ind.split(/\s*&\s*/), action: a, lead, due: shown(due, fmt), status: st, rag: RAG[st] ?? null, progress: pos, outcome: m },
    { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: fmt }, { fill: F[st] }, {}] });
  act('1', '1', 'Set a goal for BME representation at Band 8a and above in every division and report it to the board every six months.', 'Goals agreed and first report to the board by October.', 'Head of Workforce Intelligence', D(2026, 10, 31), 'Green', 'Divisional goals drafted.');
  act('2', '2', 'Use anonymised shortlisting for all medical and nursing posts at Band 6 and above.', 'Likelihood ratio below 1.25 in the 2027 data.', 'Head of Recruitment', D(2026, 12, 31), 'Amber', 'TRAC settings changed; medical posts still named.');
  act('3', '3', 'Hold a decision-making panel with an independent member before any BME member of staff is moved into a formal process.', 'No difference in entry to formal process by 2027.', 'Deputy Director of People', D(2026, 9, 30), 'Green', 'Panel in place since May.');
  const orig = act('4', '4', 'Publish every CPD funding decision by ethnicity and division each quarter and ask divisions to explain gaps.', 'BME and white staff equally likely to get CPD funding.', 'Head of Education', D(2027, 3, 31), 'Not yet due', '');
  const dup = p.line(['', '', 'Publish every CPD funding decision by ethnicity and division each quarter and ask divisions to explain gaps.', '', '', '', '', ''], { border: true });
  const c = p.ws.getCell(`I${dup}`); c.value = 'pasted twice?'; c.font = { name: 'Calibri', size: 11, color: { argb: C.red } };
  act('5', '5', 'Put up signs in ED, outpatients and the maternity unit that racist abuse of staff will lead to action, and give staff a quick way to report it.', 'Fewer BME staff reporting abuse from patients in the 2026 survey.', 'Head of Security', D(2026, 8, 31), 'Red', 'Signs printed; reporting QR code not working yet.');
  const struck = p.line(['6', '6', 'Run a one-off survey on bullying by colleagues in theatres.', 'Survey done.', 'Theatres Manager', D(2026, 9, 30), 'Dropped', 'Dropped – national survey covers it.'], { border: true, style: { strike: true, color: 'FF808080' }, styles: [{}, {}, {}, {}, {}, { numFmt: fmt }] });
  act('7', '7', 'Run the "Rising Together" programme for BME staff at Bands 5–7, with a senior sponsor for each participant.', 'At least half of participants promoted or acting up within a year.', 'Head of Leadership Development', D(2027, 3, 31), 'Green', 'Cohort 1 started in June (24 people).');
  act('8', '6 & 8', 'Train managers to respond to discrimination from colleagues, with the Freedom to Speak Up Guardian taking part in each session.', 'Lower share of BME staff reporting discrimination from managers.', 'Head of OD', D(2027, 1, 31), 'Amber', 'Sessions booked from September.');
  act('9', '9', 'Include a BME candidate on the shortlist for every board appointment, executive or non-executive.', 'Board reflects the workforce by 2028.', 'Chair', D(2027, 3, 31), 'Not yet due', '');
  const ph = p.line(['10', '', 'Action 10 – to be agreed', '', '', '', '', ''], { border: true, style: { italic: true } });
  p.blank();
  p.line(['Status key: Green on track, Amber at risk, Red off track, grey = not yet due.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) found at the Q1 review. Arial 9: trust name, title 'WRES Action Plan 2026/27 – for Q1 review (July 2026)', a blank row, a TWO-ROW header – navy 'WHAT' (A–D), 'DELIVERY' (E–F), 'REVIEW' (G–H) over 'No. | Indicator | Action | Success measure | Lead | Target date | Status | Latest position' (rows 4–5, frozen) – then the rows and an italic status key. Target dates are real dates shown dd mmmm yyyy. Status words on fills; 'Not yet due' on grey. Unfinished signs: action 4 was PASTED TWICE – row 10 repeats its action text word for word with every other cell empty, and someone typed 'pasted twice?' in red in column I beside it, outside the table; action 6 (row 12) is STRUCK THROUGH in grey with status 'Dropped'; the last row is 'Action 10 – to be agreed' (italic, nothing else). Judgement calls: the pasted copy, the struck row and the placeholder are not actions (the copy is the same action as no. 4, which keeps its fields; the 'pasted twice?' note is an editor's remark); outcome = Success measure; progress = Latest position, '' where empty; lead = Lead; due = Target date as shown; status = the word, rag from its fill (grey 'Not yet due' → null); ref = No.; indicators from the indicator column ('6 & 8' → both); theme null; the review month in the title is no due.", { mode: 'fill', ragCol: 7, struck: { col: 'C', rows: [struck] }, dupOf: { [dup]: orig }, dupCol: 'C', placeholders: [ph], draft: ['pasted twice'], forbidden: ['Dropped', 'July 2026'] });
}
