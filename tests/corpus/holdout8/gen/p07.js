// holdout8-wres-2021-22-thistleby: landscape Board-report appendix; INDICATOR ROWS carry the WRES figures (2020, 2021, change,
// national) with the actions beneath; 'Assurance committee' column; status '●' coloured by FONT, keyed by a rich-text line.
import { Book, Plan, C, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wres-2021-22-thistleby', sheet: 'Appendix B', standard: 'WRES', period: '2021-22', trust: 'Thistleby Healthcare NHS Trust', widths: [6, 34, 9, 9, 9, 10, 50, 22, 13, 16, 6, 38] });
  p.line(['Thistleby Healthcare NHS Trust — Trust Board (Public), 30 September 2021 — Agenda item 11.2 — Appendix B'], { merge: ['A', 'L'], style: { bold: true } });
  p.line(['Workforce Race Equality Standard: 2021 results and action plan 2021/22'], { merge: ['A', 'L'], style: { bold: true, font: { size: 13 } } });
  const dot = (c) => ({ text: '●', font: { color: { argb: c }, bold: true } });
  p.line([rich('RAG:  ', dot(C.green), ' on track    ', dot(C.amber), ' some risk to delivery    ', dot(C.red), ' off track')], { merge: ['A', 'L'] });
  p.blank();
  p.header(['Ind.', 'Measure', '2020', '2021', 'Change', 'National 2021', 'Action', 'Executive lead', 'Timescale', 'Assurance committee', 'RAG', 'Commentary'], { style: { fill: C.navy, color: C.white } });
  const RG = { [C.green]: 'green', [C.amber]: 'amber', [C.red]: 'red' };
  let ind;
  const indRow = (n, measure, a, b, change, nat, fmt) => { ind = String(n); p.line([n, measure, a, b, change, nat], { border: true, style: { bold: true, fill: C.palegrey }, styles: [{ alignment: { horizontal: 'center' } }, {}, { numFmt: fmt }, { numFmt: fmt }, { numFmt: fmt === '0.00' ? '+0.00;-0.00;0.00' : '+0.0;-0.0;0.0' }, { numFmt: fmt }] }); };
  const act = (action, lead, due, committee, col, comment) => p.action(['', '', '', '', '', '', action, lead, due, committee, col ? '●' : '', comment], { indicators: [ind], action, lead, due, status: col ? '●' : '', rag: col ? RG[col] : null, progress: comment }, { styles: [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, col ? { color: col, bold: true, font: { size: 14 }, alignment: { horizontal: 'center' } } : {}] });
  indRow(1, 'BME staff at Band 8a and above (% of all staff at those bands)', 0.081, 0.094, 1.3, 0.112, '0.0%');
  act('Set divisional representation goals for BME staff at Band 8a and above, in line with the Model Employer trajectory, and report them in the integrated performance report.', 'Chief People Officer', 'Q3 2021/22', 'People Committee', C.green, 'Goals agreed by three of four divisions.');
  act('Introduce a "stretch" secondment scheme for BME staff at Bands 6 and 7 into corporate and senior operational roles.', 'Chief Operating Officer', 'Q4 2021/22', 'People Committee', C.amber, 'Two secondments agreed; scheme paper to Executive Team in October.');
  indRow(2, 'Relative likelihood of White applicants being appointed from shortlisting compared with BME applicants', 1.61, 1.48, -0.13, 1.61, '0.00');
  act('Put a trained inclusion ambassador on every interview panel at Band 7 and above.', 'Chief People Officer', 'Mar-22', 'People Committee', C.amber, '46 ambassadors trained; on 58% of panels.');
  act('Publish anonymised shortlisting and appointment data by ethnicity for each division every quarter.', 'Director of Workforce', 'Quarterly', 'People Committee', C.green, 'First report published in July.');
  indRow(3, 'Relative likelihood of BME staff entering the formal disciplinary process compared with White staff', 1.32, 1.55, 0.23, 1.14, '0.00');
  act('Apply a Just Culture pre-investigation check by a senior manager to every proposed disciplinary case.', 'Director of Workforce', 'Q3 2021/22', 'People Committee', C.red, 'Not yet in place; ratio has worsened.');
  indRow(4, 'Relative likelihood of White staff accessing non-mandatory training and CPD compared with BME staff', 1.04, 1.09, 0.05, 1.14, '0.00');
  act('Publish the criteria for funded CPD and report approvals by ethnicity.', 'Chief Nurse', 'Q4 2021/22', 'Education Committee', C.green, 'Criteria agreed.');
  indRow(5, 'BME staff experiencing harassment, bullying or abuse from patients, relatives or the public', 0.312, 0.298, -1.4, 0.285, '0.0%');
  act('Agree a clear process for sanctions against patients and visitors who racially abuse staff, with the police liaison officer.', 'Chief Nurse', 'Q3 2021/22', 'Quality Committee', C.amber, 'Draft process with the Executive Team.');
  indRow(6, 'BME staff experiencing harassment, bullying or abuse from staff', 0.287, 0.301, 1.4, 0.282, '0.0%');
  act('Deliver active bystander training to every ward and department manager.', 'Director of Workforce', 'Ongoing', 'People Committee', C.green, '410 managers trained since April.');
  indRow(7, 'BME staff believing the Trust provides equal opportunities for career progression or promotion', 0.702, 0.716, 1.4, 0.692, '0.0%');
  act('Run a second cohort of the reciprocal mentoring programme with the Board.', 'Chief Executive', 'Six-monthly', 'Board', '', 'Cohort 2 recruiting.');
  indRow(8, 'BME staff personally experiencing discrimination at work from a manager, team leader or colleague', 0.141, 0.158, 1.7, 0.164, '0.0%');
  act('Hold facilitated listening sessions on racism in the three divisions with the highest scores, with the Race Equality Network.', 'Chief Operating Officer', 'Q4 2021/22', 'People Committee', C.red, 'Postponed twice because of operational pressures.');
  indRow(9, 'Difference between BME Board voting membership and BME share of the workforce (percentage points)', -12.4, -8.1, 4.3, -10.2, '0.0');
  act('Use diverse shortlists and an independent panel member for every Board appointment.', 'Chair', 'Ongoing', 'Nominations Committee', C.green, 'Two non-executive appointments made in 2021.');
  p.blank();
  p.line(['Source: WRES data return 2021 (ESR at 31 March 2021; NHS Staff Survey 2020). National figures from the NHS WRES 2021 report.'], { merge: ['A', 'L'], style: { italic: true } });
  p.ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), laid out as a LANDSCAPE BOARD-REPORT appendix with many context columns. Two merged title rows (Board meeting and agenda item; 'Workforce Race Equality Standard: 2021 results and action plan 2021/22'), a RAG key line in rich text with three coloured '●' symbols ('RAG: ● on track ● some risk to delivery ● off track' – green, amber, red), a blank row, and one header on row 5 (white on navy): 'Ind. | Measure | 2020 | 2021 | Change | National 2021 | Action | Executive lead | Timescale | Assurance committee | RAG | Commentary'. The plan alternates INDICATOR ROWS and action rows: each indicator row (bold, grey fill) has the indicator number in A (a number), a short measure in B and the FIGURES in C–F (percentages shown '9.4%', ratios '1.48', changes '+1.3' / '-0.13', Board gap in points '-8.1') and nothing in the action columns – a non-action row (data, not an action). The actions beneath it have A–F empty and take their indicator from the indicator row above (gold indicators = [that number]). Gold theme is null: the indicator rows are data rows, and the measure text is a column value, not a heading. Lead = 'Executive lead'; 'Assurance committee' (People Committee, Quality Committee, Board, Nominations Committee, Education Committee) is not the lead. Timescale text: 'Q3 2021/22', 'Q4 2021/22', 'Mar-22' (typed text), 'Quarterly', 'Ongoing', 'Six-monthly'. STATUS IS A '●' COLOURED BY ITS FONT (no fill, no word): gold status '●', rag = the font colour (green / amber / red, as in the key line). The reciprocal mentoring action has no '●' (status '', rag null). Progress = Commentary. The source line after a blank row is a non-action row.",
    { ragCol: 'K', mode: 'font' });
}
