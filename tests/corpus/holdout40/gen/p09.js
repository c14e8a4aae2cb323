// holdout40-wres-2017-18-brookhythe: a mental health trust's WRES tracker built by its workforce team: an 'Instructions' sheet, the PLAN
// on the second sheet whose Lead column is a VLOOKUP on a lead code (cached job title shown), a 'Leads' lookup sheet, and an
// 'Indicators' sheet that feeds the indicator drop-down with '5 – Harassment from the public' style entries.
import { Book, Plan, C, D, shown, fillSheet } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brookhythe Mental Health NHS Foundation Trust';
  const ins = book.wb.addWorksheet('Instructions');
  const p = new Plan(book, { name: 'holdout40-wres-2017-18-brookhythe', sheet: 'Action plan 17-18', standard: 'WRES', period: '2017-18', trust, widths: [6, 30, 56, 8, 30, 12, 7, 36], font: { name: 'Arial', size: 10 } });
  const leads = book.wb.addWorksheet('Leads');
  const inds = book.wb.addWorksheet('Indicators');
  const LEADS = [['L01', 'Director of Workforce and OD'], ['L02', 'Head of Recruitment'], ['L03', 'Head of Employee Relations'], ['L04', 'Head of Learning and Development'], ['L05', 'Equality and Inclusion Manager'], ['L06', 'Associate Medical Director'], ['L07', 'Company Secretary']];
  const IND = ['1 – Workforce representation by band', '2 – Appointment from shortlisting', '3 – Formal disciplinary process', '4 – Non-mandatory training and CPD', '5 – Harassment from the public', '6 – Harassment from colleagues', '7 – Equal opportunities for progression', '8 – Discrimination at work', '9 – Board representation'];
  const L = Object.fromEntries(LEADS);
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES action plan 2017-18 – tracker (update columns G and H only; see Instructions)'], { merge: ['A', 'H'], style: { italic: true } });
  const hr = p.header(['Ref', 'Indicator', 'Action', 'Lead code', 'Lead', 'Due date', 'RAG', 'Evidence / update'], { style: { fill: C.lightblue } });
  const fm = 'dd/mm/yy';
  const RF = { R: C.red, A: C.amber, G: C.green };
  const RR = { R: 'red', A: 'amber', G: 'green' };
  const A = [
    ['WR01', 0, 'Produce a workforce profile by band and ethnicity for each care group and discuss it at care group boards.', 'L05', D(2017, 10, 31), 'G', 'Profiles issued in October.'],
    ['WR02', 1, 'Use standard interview questions and scoring for all Band 6 and above community nursing posts.', 'L02', D(2017, 12, 31), 'A', 'Agreed for Bands 6–7; 8a and above still to follow.'],
    ['WR03', 1, 'Include a BME staff network member on panels for consultant and Band 8b and above posts.', 'L02', D(2018, 3, 31), 'G', ''],
    ['WR04', 2, 'Commission an independent review of why BME staff on in-patient wards are more often referred for formal investigation.', 'L03', D(2017, 11, 30), 'R', 'Review not yet commissioned; funding agreed in January.'],
    ['WR05', 3, 'Ring-fence a share of the continuing professional development budget for Band 2–4 support workers, publicised through the network.', 'L04', D(2018, 3, 31), 'A', 'Budget agreed; uptake low so far.'],
    ['WR06', 5, 'Hold "courageous conversations" sessions on race for every ward and team leader.', 'L05', D(2018, 3, 31), 'A', '11 of 20 sessions held.'],
    ['WR07', 7, 'Ask BME doctors in training about their experience through the guardian of safe working and act on what they say.', 'L06', D(2018, 2, 28), 'G', 'Forum held 8 February.'],
    ['WR08', 8, 'Report the Board\'s ethnicity against the workforce in the annual report and set out how vacancies will be advertised.', 'L07', D(2018, 5, 31), 'G', ''],
  ];
  for (const [ref, i, act, code, due, rag, ev] of A) {
    const r = p.r + 1;
    p.action([ref, IND[i], act, code, { formula: `VLOOKUP(D${r},Leads!$A$2:$B$8,2,FALSE)`, result: L[code] }, due, rag, ev], { ref, indicators: [String(i + 1)], action: act, lead: L[code], due: shown(due, fm), status: rag, rag: RR[rag], progress: ev }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center' }, color: 'FF808080' }, {}, { numFmt: fm }, { fill: RF[rag], bold: true, alignment: { horizontal: 'center' } }] });
    p.ws.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: ['Indicators!$A$2:$A$10'] };
    p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"R,A,G"'] };
  }
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  fillSheet(ins, { widths: [100], rows: [
    { v: ['How to use this tracker'], bold: true, size: 12 },
    ['1. The action plan is on the sheet "Action plan 17-18". Each action has a reference (WR01, WR02 …) that does not change.'],
    ['2. Choose the indicator from the drop-down in column B (the list is on the "Indicators" sheet).'],
    ['3. Enter the lead code in column D; the lead\'s job title fills in from the "Leads" sheet. Add new leads at the bottom of that list.'],
    ['4. Each lead updates the RAG (R / A / G) and the evidence column before the Workforce Committee: R = not started or off track, A = started but behind, G = on track or done.'],
    ['5. Do not insert columns – the Committee report reads columns A to H.'],
    null,
    { v: ['Tracker owner: Equality and Inclusion Manager. Version 4, 2 March 2018.'], italic: true },
  ] });
  fillSheet(leads, { widths: [10, 40, 30], rows: [
    { v: ['Code', 'Lead (job title)', 'Name (for circulation only)'], bold: true, fill: C.grey, border: true },
    ...LEADS.map(([c, t], k) => ({ v: [c, t, ['Graham Osei', 'Lucy Tennant', 'Rita Kowalczyk', 'Ade Balogun', 'Shona Reid', 'Dr Pavan Mehta', 'Fiona Leckie'][k]], border: true })),
  ] });
  fillSheet(inds, { widths: [44], rows: [{ v: ['WRES indicator'], bold: true }, ...IND.map((t) => [t])] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) in a four-sheet WRES tracker: sheet 1 'Instructions' (numbered instructions naming the plan sheet, the lookups and the R / A / G meanings; owner and version line), sheet 2 'Action plan 17-18' (the plan), sheet 3 'Leads' (lookup: code | job title | name for circulation), sheet 4 'Indicators' (the nine indicator entries that feed the drop-down in column B). The gold reads sheet 2. Layout: the trust name, an italic line, the header 'Ref | Indicator | Action | Lead code | Lead | Due date | RAG | Evidence / update' (row 3, frozen), eight actions WR01–WR08. The Lead column is a VLOOKUP FORMULA on the grey lead code; its cached result is the job title a person sees. Judgement calls: lead = the job title shown in the Lead column (the formula's result), not the code and not the person's name on the Leads sheet (names are for circulation only and appear nowhere on the plan); indicators = the number the drop-down entry starts with ('5 – Harassment from the public' gives 5); due = Due date as shown (dd/mm/yy); status = the R / A / G letter, rag = its fill (the Instructions give the meanings); Evidence / update = progress where filled; the instructions, lookups and indicator list are not actions; theme null.", {
    mode: 'fill', ragCol: 'G', crossRef: { metricCol: 'B', otherCols: [] }, notFrom: ['D'],
    book: { sheets: ['Instructions', 'Action plan 17-18', 'Leads', 'Indicators'], planIndex: 1, elsewhere: ['Graham Osei', 'Lucy Tennant', 'Rita Kowalczyk', 'Ade Balogun', 'Shona Reid', 'Dr Pavan Mehta', 'Fiona Leckie', 'L01', 'L02', 'L03', 'L04', 'L05', 'L06', 'L07'] },
  });
}
