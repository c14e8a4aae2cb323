// holdout36-wdes-2021-22-silverdell: a community trust's WDES plan kept as ONE TAB of its wider EDI workbook (Contents, EDS2022 summary,
// Gender pay gap, WDES metrics, WDES action plan, Staff networks). The trust is named only on the Contents tab; the action tab links back.
import { Book, Plan, C, D, shown, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Silverdell Community Health NHS Trust';
  const wb = book.wb; const F = { name: 'Calibri', size: 11 };
  const put = (ws, r, vals, st = {}) => vals.forEach((v, i) => { const c = ws.getRow(r).getCell(i + 1); if (v !== '') c.value = v; c.font = { ...F, ...(st.font || {}) }; c.alignment = { wrapText: true, vertical: 'top' }; if (st.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: st.fill } }; if (st.border) c.border = BORDER; });
  const cont = wb.addWorksheet('Contents'); cont.getColumn(1).width = 30; cont.getColumn(2).width = 70;
  put(cont, 1, [`${trust}`], { font: { bold: true, size: 14 } });
  put(cont, 2, ['Equality, Diversity and Inclusion workbook 2021-22'], { font: { bold: true, size: 12 } });
  put(cont, 3, ['Kept by the EDI team. One tab per area; each tab is updated by its owner.']);
  put(cont, 5, ['Tab', 'What it holds'], { font: { bold: true }, fill: C.grey, border: true });
  [['EDS2022 summary', 'Equality Delivery System 2022 domain scores and evidence owners'], ['Gender pay gap', 'Snapshot 31 March 2021'], ['WDES metrics', 'Workforce Disability Equality Standard 2021 data'], ['WDES action plan', 'Our actions against the WDES metrics for 2021-22'], ['Staff networks', 'Network chairs, sponsors and meeting dates']].forEach((r, i) => put(cont, 6 + i, r, { border: true }));
  const eds = wb.addWorksheet('EDS2022 summary'); [34, 16, 30].forEach((w, i) => { eds.getColumn(i + 1).width = w; });
  put(eds, 1, ['EDS2022 – domain scores (draft)'], { font: { bold: true } });
  put(eds, 2, ['Outcome', 'Score', 'Evidence owner'], { font: { bold: true }, fill: C.grey, border: true });
  [['2A Staff fairly paid', 'Developing', 'Head of Reward'], ['2B Staff free from abuse', 'Developing', 'Head of Health and Safety'], ['3A Fair recruitment', 'Achieving', 'Recruitment Lead'], ['3B Staff free from discrimination', 'Developing', 'Head of HR']].forEach((r, i) => put(eds, 3 + i, r, { border: true }));
  const gpg = wb.addWorksheet('Gender pay gap'); [30, 14].forEach((w, i) => { gpg.getColumn(i + 1).width = w; });
  put(gpg, 1, ['Gender pay gap – snapshot 31/03/2021'], { font: { bold: true } });
  [['Mean gap', 0.142], ['Median gap', 0.087], ['Women in upper quartile', 0.81]].forEach((r, i) => { put(gpg, 2 + i, r, { border: true }); gpg.getRow(2 + i).getCell(2).numFmt = '0.0%'; });
  const met = wb.addWorksheet('WDES metrics'); [10, 60, 14, 14].forEach((w, i) => { met.getColumn(i + 1).width = w; });
  put(met, 1, ['WDES 2021 – our data'], { font: { bold: true } });
  put(met, 2, ['Metric', 'Measure', 'Disabled', 'Non-disabled'], { font: { bold: true }, fill: C.grey, border: true });
  [['1', 'Disabled staff in the workforce', '4.1%', ''], ['2', 'Relative likelihood of appointment from shortlisting', '1.31', ''], ['4a', 'Harassment from patients / public', '31.2%', '24.0%'], ['5', 'Career progression – equal opportunities', '79.8%', '85.1%'], ['9a', 'Staff engagement score', '6.6', '7.0']].forEach((r, i) => put(met, 3 + i, r, { border: true }));
  const p = new Plan(book, { name: 'holdout36-wdes-2021-22-silverdell', sheet: 'WDES action plan', standard: 'WDES', period: '2021-22', trust, widths: [9, 12, 13, 54, 26, 14, 10], font: F });
  p.line([{ text: '← back to Contents', hyperlink: "#'Contents'!A1" }], { style: { color: 'FF0563C1', font: { underline: true } } });
  p.line(['WDES action plan 2021-22'], { style: { bold: true, font: { size: 13 } } });
  p.line(['Owner: EDI Lead. RAG: R = not started or off track, A = under way, G = done.'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['Action no.', 'WDES metric(s)', 'EDS2022 outcome', 'Action', 'Responsible', 'Completion by', 'Progress RAG'], { style: { fill: 'FF00A499', color: C.white } });
  const RF = { R: C.red, A: C.amber, G: C.green }; const RR = { R: 'red', A: 'amber', G: 'green' };
  const df = 'dd/mm/yyyy';
  const acts = [
    ['W1', '1', '3A', 'Ask every new starter about disability at induction, explaining why it matters and how the data is used.', 'Workforce Information Manager', D(2021, 9, 30), 'G'],
    ['W2', '2', '3A', 'Check that every vacancy advert offers adjustments at interview, with a named contact.', 'Recruitment Lead', D(2021, 12, 31), 'G'],
    ['W3', '4a, 4b', '2B', 'Introduce a zero-tolerance message on abuse in all community clinics and home-visit booking letters.', 'Head of Health and Safety', D(2022, 1, 31), 'A'],
    ['W4', '4a', '2B', 'Give community teams a quick way to log abuse from patients on the lone-worker device.', 'Head of Health and Safety', D(2022, 3, 31), 'R'],
    ['W5', '5', '3B', 'Offer disabled staff a career conversation with a senior manager outside their line.', 'Head of OD', D(2022, 3, 31), 'A'],
    ['W6', '6', '3B', 'Remind managers through the monthly bulletin that attending work while unwell is not expected of anyone.', 'Head of HR', D(2021, 11, 30), 'G'],
    ['W7', '9a', '', 'Set up a Disability and Long-Term Conditions staff network with an executive sponsor.', 'Director of Workforce', D(2021, 10, 31), 'G'],
    ['W8', '9b', '', 'Act on the network\'s top three asks from its first listening session.', 'Director of Workforce', D(2022, 3, 31), 'R'],
  ];
  for (const [no, m, eo, act, lead, due, rag] of acts) {
    p.action([no, m, eo, act, lead, due, rag], { ref: no, indicators: m.split(', '), action: act, lead, due: shown(due, df), status: rag, rag: RR[rag] },
      { styles: [{}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: df }, { fill: RF[rag], alignment: { horizontal: 'center' } }] });
  }
  const net = wb.addWorksheet('Staff networks'); [34, 26, 26].forEach((w, i) => { net.getColumn(i + 1).width = w; });
  put(net, 1, ['Network', 'Chair', 'Executive sponsor'], { font: { bold: true }, fill: C.grey, border: true });
  [['Disability and Long-Term Conditions', 'To be elected', 'Director of Workforce'], ['Race Equality', 'Clinical Nurse Specialist, Diabetes', 'Director of Nursing'], ['LGBTQ+', 'Podiatrist, South locality', 'Chief Executive']].forEach((r, i) => put(net, 2 + i, r, { border: true }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community trust) kept as ONE TAB of the trust's wider EDI workbook: tabs 'Contents' (the only place the trust is named; a 'Tab | What it holds' list), 'EDS2022 summary' (outcome scores 2A–3B with evidence owners), 'Gender pay gap', 'WDES metrics' (the 2021 data, metric codes with figures), 'WDES action plan' (the plan; gold sheet) and 'Staff networks' (chairs and sponsors). The plan tab: a '← back to Contents' hyperlink, the title, an owner / RAG key line, a teal header 'Action no. | WDES metric(s) | EDS2022 outcome | Action | Responsible | Completion by | Progress RAG' and eight actions with R / A / G letters on fills. Judgement calls: the plan is the WDES action plan tab only – the other tabs are context (EDS scores, pay gap, the WDES data, network contacts) and hold no actions; identity trust from the Contents tab; the EDS2022 outcome codes (2B, 3A, 3B) are EDS outcomes, NOT WDES metrics – indicators come only from 'WDES metric(s)' ('4a, 4b' gives two); status = the letter as written, rag = its fill; due as shown (dd/mm/yyyy); ref = Action no.; the 'Director of Workforce' sponsor on the networks tab is not read into the plan; theme null.", { mode: 'fill', ragCol: 7, wider: { minSheets: 6 }, notFrom: ['C'], crossRef: { metricCol: 'B', otherCols: ['C'] } });
}
