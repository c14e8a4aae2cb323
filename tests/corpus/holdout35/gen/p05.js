// holdout35-wres-2020-21-lydford: follows the Trust Board paper pack of an NHS foundation trust (The Newcastle upon Tyne Hospitals NHS FT,
// Board papers May 2021, https://cupdf.com/document/may-2021pdf-newcastle-hospitals-nhs-foundation-trust.html): every paper starts with a
// FRONT SHEET – 'TRUST BOARD', 'Date of meeting', 'Title', 'Report of', 'Prepared by', 'Status of Report' Public / Private / Internal and
// 'Purpose of Report' For Decision / For Assurance / For Information, each marked with BALLOT-BOX GLYPHS (☒ ☐ ☐), 'Summary',
// 'Recommendation' – and papers carry their appendices as separate files (the pack lists 'HCAI Paper Appendix 1.xlsx'). Here the WRES
// paper is one workbook: the front sheet, the report, and Appendix 1 (the action plan) on its own sheet. The front sheet's later rows
// ('Links to Strategic Objectives', the Impact boxes, 'Reports previously considered by') and the report and appendix contents are ASSUMED.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lydford Heart and Lung Centre NHS Foundation Trust';
  // sheet 1: the front sheet, as the Board template lays it out
  const fs1 = book.wb.addWorksheet('Front sheet');
  [22, 20, 20, 20].forEach((w, i) => { fs1.getColumn(i + 1).width = w; });
  const put = (ws, r, vals, o = {}) => vals.forEach((v, i) => { const c = ws.getRow(r).getCell(i + 1); if (v !== '' && v != null) c.value = v; c.font = { name: 'Arial', size: 10, ...(o.bold && i === 0 ? { bold: true } : {}) }; c.alignment = { wrapText: true, vertical: 'top' }; if (o.border !== false) c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; });
  put(fs1, 1, [trust], { bold: true, border: false });
  put(fs1, 2, ['TRUST BOARD'], { bold: true, border: false });
  put(fs1, 3, ['Date of meeting', D(2020, 11, 26)], { bold: true }); fs1.getCell('B3').numFmt = 'd mmmm yyyy'; fs1.mergeCells('B3:D3');
  put(fs1, 4, ['Title', 'Workforce Race Equality Standard (WRES) report 2020 and action plan 2020/21'], { bold: true }); fs1.mergeCells('B4:D4');
  put(fs1, 5, ['Report of', 'Rhiannon Vost, Director of People and Organisational Development'], { bold: true }); fs1.mergeCells('B5:D5');
  put(fs1, 6, ['Prepared by', 'Femi Adeyinka, Equality and Inclusion Lead'], { bold: true }); fs1.mergeCells('B6:D6');
  put(fs1, 7, ['Status of Report', 'Public', 'Private', 'Internal'], { bold: true });
  put(fs1, 8, ['', '☒', '☐', '☐']);
  put(fs1, 9, ['Purpose of Report', 'For Decision', 'For Assurance', 'For Information'], { bold: true });
  put(fs1, 10, ['', '☒', '☐', '☐']);
  put(fs1, 11, ['Summary', 'The report gives the Trust\'s 2020 WRES data, compares it with last year and with other specialist trusts, and sets out the action plan for 2020/21 at Appendix 1. BME representation at Band 8a and above has risen, but BME staff remain less likely to be appointed from shortlisting.'], { bold: true }); fs1.mergeCells('B11:D11'); fs1.getRow(11).height = 70;
  put(fs1, 12, ['Recommendation', 'The Board is asked to approve the WRES data for publication and the action plan at Appendix 1.'], { bold: true }); fs1.mergeCells('B12:D12'); fs1.getRow(12).height = 30;
  put(fs1, 13, ['Links to Strategic Objectives', 'Putting people first – a workplace where every colleague belongs.'], { bold: true }); fs1.mergeCells('B13:D13');
  put(fs1, 14, ['Impact (please mark as appropriate)', 'Quality ☐  Legal ☒  Finance ☐', 'Human Resources ☒  Equality & Diversity ☒', 'Reputation ☒  Sustainability ☐'], { bold: true });
  put(fs1, 15, ['Reports previously considered by', 'People Committee, 3 November 2020; Equality, Diversity and Inclusion Group, 14 October 2020.'], { bold: true }); fs1.mergeCells('B15:D15');
  // sheet 2: the report – the indicators with this year's and last year's figures
  const rs = book.wb.addWorksheet('Report');
  [8, 70, 14, 14].forEach((w, i) => { rs.getColumn(i + 1).width = w; });
  put(rs, 1, ['Workforce Race Equality Standard 2020 – summary of indicators'], { bold: true, border: false });
  put(rs, 2, ['No.', 'Indicator', '2019', '2020'], { bold: true });
  [['1', 'BME staff at Band 8a and above (%)', '6.2%', '7.0%'], ['2', 'Relative likelihood of white applicants being appointed from shortlisting', '1.71', '1.58'], ['3', 'Relative likelihood of BME staff entering the formal disciplinary process', '0.92', '1.10'], ['4', 'Relative likelihood of white staff accessing non-mandatory training', '1.05', '0.98'], ['5', 'BME staff: harassment, bullying or abuse from patients or the public (%)', '24.4%', '22.9%'], ['6', 'BME staff: harassment, bullying or abuse from staff (%)', '26.0%', '27.3%'], ['7', 'BME staff: equal opportunities for career progression (%)', '71.8%', '73.5%'], ['8', 'BME staff: discrimination from a manager or colleague (%)', '13.9%', '12.6%'], ['9', 'BME voting Board members compared with the workforce (percentage points)', '-19.4', '-12.9']].forEach((v, i) => put(rs, 3 + i, v));
  // sheet 3: Appendix 1 – the action plan (the gold sheet)
  const p = new Plan(book, { name: 'holdout35-wres-2020-21-lydford', sheet: 'Appendix 1', standard: 'WRES', period: '2020-21', trust, widths: [7, 12, 60, 30, 13, 40], font: { name: 'Arial', size: 10 } });
  p.line(['Appendix 1 – WRES action plan 2020/21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  const hr = p.header(['Ref', 'WRES indicator(s)', 'Action', 'Lead officer', 'Completion date', 'Update (November 2020)'], { style: { fill: C.grey } });
  const acts = [
    ['WR1', '1, 9', 'Use the Model Employer trajectory to set the Trust\'s target for BME staff at Band 8a and above for 2021 to 2025, and report against it each quarter.', 'Head of Workforce Planning', D(2021, 1, 31), 'Trajectory agreed at People Committee.'],
    ['WR2', '2', 'Make diverse interview panels the rule for posts at Band 8a and above, with an independent panel member from the BME staff network.', 'Head of Recruitment', D(2021, 3, 31), 'Network volunteers being trained.'],
    ['WR3', '2', 'Send a short survey to unsuccessful shortlisted candidates to find out why BME candidates are less likely to be appointed.', 'Head of Recruitment', D(2021, 2, 28), ''],
    ['WR4', '3', 'Review the disciplinary cases of the last two years with the staff network chair to look for patterns in how cases start.', 'Head of Employee Relations', D(2021, 3, 31), 'Data pulled; review meeting booked.'],
    ['WR5', '5, 6', 'Extend the conflict resolution training to all staff in the three clinical areas with the most reports of abuse.', 'Head of Learning and Development', D(2021, 6, 30), ''],
    ['WR6', '7', 'Open a talent programme for aspiring BME leaders at Bands 5 to 7, with a sponsor from the senior management team.', 'Head of Organisational Development', D(2021, 4, 30), 'Programme designed; first cohort in January.'],
    ['WR7', '8', 'Train a group of cultural ambassadors to sit in on grievance and disciplinary hearings involving BME staff.', 'Equality and Inclusion Lead', D(2021, 3, 31), 'Eight ambassadors recruited.'],
    ['WR8', '', 'Hold a Board development session on race equality led by an external facilitator.', 'Trust Secretary', D(2020, 12, 15), 'Date set.'],
  ];
  for (const [ref, ind, a, lead, due, upd] of acts) p.action([ref, ind, a, lead, due, upd], { ref, indicators: ind ? ind.split(/,\s*/) : [], action: a, lead, due: shown(due, 'mmm-yy'), progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }, {}] });
  p.line(['Lead officers report progress to the Equality, Diversity and Inclusion Group every two months.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional trust, a specialist heart and lung foundation trust) following a real trust's published Trust Board paper pack: a THREE-SHEET workbook – 'Front sheet' (the trust, 'TRUST BOARD', Date of meeting, Title, Report of, Prepared by, 'Status of Report' Public / Private / Internal and 'Purpose of Report' For Decision / For Assurance / For Information each marked with ballot-box glyphs ☒ ☐ ☐ on the row below, Summary, Recommendation, Links to Strategic Objectives, Impact boxes, Reports previously considered by), 'Report' (the nine WRES indicators with 2019 and 2020 figures) and 'Appendix 1' – the action plan, read here: a title row and 'Ref | WRES indicator(s) | Action | Lead officer | Completion date | Update (November 2020)' (row ${hr}), eight actions, and a line on reporting. Judgement calls: the plan is the Appendix 1 sheet only – the front sheet's glyphs are not statuses, 'Report of' / 'Prepared by' are not leads, the meeting date is not a due, and the Report sheet's indicator rows are findings; ref = Ref ('WR1'…); indicators from the WRES indicator(s) column ('1, 9' → ['1','9']; [] for WR8, whose cell is empty – a Board session is not mapped); lead = Lead officer; due = the completion date as displayed ('Jan-21', format mmm-yy); progress = the November 2020 update ('' where empty); no status (the update is narrative), rag null; theme null.`, { otherSheets: ['Front sheet', 'Report'], forbidden: ['Rhiannon Vost, Director of People and Organisational Development', 'Femi Adeyinka, Equality and Inclusion Lead', '☒', '☐', 'Nov-20'] });
}
