// holdout51-wres-2020-21-tollhaven: a small commissioner's WRES plan. Quirk: a SECOND SMALL TABLE BESIDE THE MAIN ONE – the WRES
// figures for 2019 and 2020 to the right of the actions, across a spacer column, starting a row above the header and running below the last action.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Tollhaven Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout51-wres-2020-21-tollhaven', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [5, 54, 12, 26, 16, 3, 40, 10, 10] });
  p.line([`${trust} – WRES action plan 2020-21`], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  const HS = { fill: C.nhs, color: C.white };
  const SS = { bold: true, fill: C.grey };
  const side = [
    ['WRES data summary (CCG staff)', '', ''],
    ['Indicator', '2019', '2020'],
    ['1 – BAME staff as % of workforce', 0.112, 0.126],
    ['2 – Relative likelihood of appointment from shortlisting', 1.48, 1.31],
    ['3 – Relative likelihood of formal disciplinary', 'n/a', 'n/a'],
    ['4 – Relative likelihood of accessing non-mandatory training', 0.94, 1.02],
    ['5 – Harassment from public (BAME)', 0.08, 0.06],
    ['6 – Harassment from staff (BAME)', 0.21, 0.24],
    ['7 – Belief in equal opportunities (BAME)', 0.71, 0.66],
    ['8 – Discrimination from manager / colleague (BAME)', 0.12, 0.15],
    ['9 – BAME voting Governing Body members', '1 of 9', '1 of 10'],
  ];
  const fmt = ['0.0%', '0.00', '0.00', '0.00', '0%', '0%', '0%', '0%', 'General'];
  const sideCells = (i) => {
    const s = side[i]; if (!s) return { vals: [], styles: [] };
    if (i === 0) return { vals: [s[0], undefined, undefined], styles: [{ bold: true }] };
    if (i === 1) return { vals: s, styles: [SS, SS, SS] };
    const f = fmt[i - 2]; return { vals: s, styles: [{}, { numFmt: f }, { numFmt: f }] };
  };
  const sideRows = [];
  const put = (r, i) => { // write the side table's i-th row on sheet row r
    const { vals, styles } = sideCells(i); vals.forEach((v, k) => { const c = p.ws.getRow(r).getCell(7 + k); if (v !== undefined && v !== '') c.value = v; c.font = { name: 'Arial', size: 10, ...(styles[k]?.bold ? { bold: true } : {}) }; if (styles[k]?.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: styles[k].fill } }; if (styles[k]?.numFmt) c.numFmt = styles[k].numFmt; if (i) c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }; c.alignment = { wrapText: true, vertical: 'top' }; });
    if (i === 0) p.ws.mergeCells(`G${r}:I${r}`);
    if (vals.length) sideRows.push(r);
  };
  const hdr = p.header(['#', 'Action', 'WRES indicator', 'Lead', 'Timescale'], { style: HS });
  put(hdr - 1, 0); p.nonActionRows.push(hdr - 1); put(hdr, 1);
  const acts = [
    ['Ask all staff to update their ethnicity on ESR and explain why the CCG collects it.', '1', 'HR Business Partner', 'September 2020'],
    ['Include a BAME panel member, from the CSU\'s trained pool, on every interview panel for Band 7 and above.', '2', 'Head of Corporate Services', 'From October 2020'],
    ['Review the take-up of CPD funding by ethnicity at the end of each quarter.', '4', 'HR Business Partner', 'Quarterly'],
    ['Run facilitated listening sessions for BAME staff with the Accountable Officer.', '6, 7', 'Accountable Officer', 'November 2020'],
    ['Offer BAME staff places on the regional Stepping Up and Ready Now programmes.', '7', 'Head of Corporate Services', 'March 2021'],
    ['Train all line managers in recognising and dealing with discrimination between colleagues.', '8', 'Head of Organisational Development', 'January 2021'],
    ['Work with the Governing Body to widen the pool of candidates for the next lay member vacancy.', '9', 'Board Secretary', 'March 2021'],
  ];
  acts.forEach(([a, ind, lead, due], i) => {
    const r = p.action([String(i + 1), a, ind, lead, due], { ref: String(i + 1), indicators: ind.split(', '), action: a, lead, due }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }] });
    put(r, i + 2);
  });
  for (let i = acts.length + 2; i < side.length; i++) { const r = p.line([]); put(r, i); }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a clinical commissioning group): an ordinary plan with A SECOND SMALL TABLE BESIDE IT. Title naming the CCG (row 1), a blank row, the action table 'A–E' with one blue header '# | Action | WRES indicator | Lead | Timescale' (row 3) and seven numbered actions (rows 4–10), nothing under it. Across a narrow empty spacer column F, a 'WRES data summary (CCG staff)' table sits in G–I: its caption on row 2 (merged G:I), its own grey header 'Indicator | 2019 | 2020' on row 3 beside the main header, then the nine indicators with their figures (percentages, ratios, 'n/a', '1 of 9') on rows 4–12 – so it shares rows with the actions and runs two rows below the last one (rows 11–12 have nothing but the side table). Judgement calls: the side table is data, not actions, and gives no field – its indicator labels ('2 – Relative likelihood …') are not the actions' indicators, which come from the WRES indicator column ('6, 7' → ['6','7']); rows 2, 11 and 12 are non-action rows (side table only); row 3 is the header (both headers on one row); ref = the # as written; lead and timescale as written ('From October 2020', 'Quarterly'); no status, progress or theme.", { refCol: { col: 'A' }, sideTable: { from: 'G', to: 'I', rows: sideRows }, notFrom: ['G', 'H', 'I'] });
}
