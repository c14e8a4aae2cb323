// holdout77-wres-2025-26-ottermouth: SPECIALIST ORTHOPAEDIC trust, Calibri 11. An EXCEL TABLE 'WRES_Plan' (TableStyleMedium6, banded rows)
// 'Ref | Action | WRES indicator | Lead | Timescale | RAG | Update – December 2025 | Evidence' with the High Impact Actions as SECTION
// ROWS INSIDE THE TABLE (text in Ref only, bold, nothing merged – a table cannot merge) and one NOTE row inside the table; refs
// numbered by HIA ('2.1'); RAG letters from a drop-down, coloured by 'cell value equal to' rules; timescales 'Q3' (of 2025/26) or 'Q1
// 26/27'; evidence links whose names carry dates.
import { Book, Plan, C, colLetter } from './lib.js';
const WORDS = { B: [C.lightblue, 'blue'], G: [C.goodG, 'green'], A: [C.neutralA, 'amber'], R: [C.badR, 'red'] };
const SP = 'https://ottermouthortho.sharepoint.com/sites/WorkforceEDI/Shared%20Documents/WRES%202025-26/';
function makeTable(p, name, headerRow, lastRow, style) {
  const ws = p.ws; const columns = []; const rows = [];
  for (let c = p.startCol; c <= p.lastCol; c++) columns.push({ name: String(ws.getRow(headerRow).getCell(c).value), filterButton: true });
  for (let r = headerRow + 1; r <= lastRow; r++) { const row = []; for (let c = p.startCol; c <= p.lastCol; c++) { const v = ws.getRow(r).getCell(c).value; row.push(v === undefined ? null : v); } rows.push(row); }
  ws.addTable({ name, displayName: name, ref: `${colLetter(p.startCol)}${headerRow}`, headerRow: true, totalsRow: false, style: { theme: style, showRowStripes: true }, columns, rows });
}
export async function build() {
  const book = new Book();
  const trust = 'The Ottermouth Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout77-wres-2025-26-ottermouth', sheet: 'WRES Action Plan', standard: 'WRES', period: '2025-26', trust, widths: [8, 62, 11, 30, 11, 7, 46, 28], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  p.line([trust], { style: { bold: true, font: { size: 14 }, color: 'FF00664F' } });
  p.line(['Workforce Race Equality Standard – Action Plan 2025-26 (by NHS EDI Improvement Plan High Impact Action)'], { style: { bold: true } });
  p.line(['RAG: B = complete, G = on track, A = some risk to delivery, R = off track. Timescales are quarters of 2025/26 unless a year is given.'], { style: { font: { size: 10 } } });
  p.blank();
  const h = p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'Timescale', 'RAG', 'Update – December 2025', 'Evidence'], { border: false, style: { alignment: { vertical: 'middle', wrapText: true } } });
  ws.views = [{ state: 'frozen', ySplit: h }];
  const S = (t) => ({ sec: t });
  const N = (t) => ({ note: t });
  const data = [
    S('HIA 1 – Board and senior leaders'),
    ['1.1', 'Give each board member a race equality objective linked to the WRES and review it in the board appraisal cycle.', '9', ['9'], 'Chair', 'Q3', 'B', 'Objectives agreed at the October board development session.', ['Board minutes 27 Nov 2025', 'Board%20minutes%2027%20Nov%202025.pdf']],
    ['1.2', 'Start a reverse mentoring scheme pairing six executives with ethnic minority colleagues from theatres, the wards and estates.', '9', ['9'], 'Director of People', 'Q4', 'G', 'Five pairs matched; first meetings booked for January.', null],
    S('HIA 2 – Recruitment and talent'),
    ['2.1', 'Add an independent inclusion reviewer to every interview for theatre and ward manager posts at Band 7 and above.', '2', ['2'], 'Head of Resourcing', 'Q3', 'A', 'Pool of 12 reviewers; not yet covering the out-of-hours panels.', ['Reviewer rota', 'Inclusion%20reviewer%20rota.xlsx']],
    ['2.2', 'Guarantee a career conversation and a funded CPD place to every ethnic minority nurse and ODP at Band 5 with three or more years’ service.', '4, 7', ['4', '7'], 'Deputy Chief Nurse', 'Q1 26/27', 'G', '31 conversations held out of 58 eligible staff.', null],
    S('HIA 3 – Pay gaps'),
    ['3.1', 'Produce the trust’s first ethnicity pay gap figures, including additional programmed activities paid to consultants.', '1', ['1'], 'Head of Workforce Intelligence', 'Q4', 'R', 'Ethnicity not stated for 18% of medical staff in ESR – data cleanse needed first.', null],
    N('Gender pay gap actions are in the Gender Pay Gap Report 2025 and are not repeated here.'),
    S('HIA 4 – Health inequalities in our workforce'),
    ['4.1', 'Offer NHS Health Checks and mental health first aid on site to estates, portering and domestic teams on every shift pattern.', '—', [], 'Occupational Health Manager', 'Q4', 'G', 'First two clinics held on the night shift in November.', ['Clinic uptake 2025-12', 'OH%20clinic%20uptake%202025-12.xlsx']],
    S('HIA 6 – Bullying, harassment and discrimination'),
    ['6.1', 'Introduce a patient behaviour agreement on the elective wards with a clear response to racist remarks from patients.', '5', ['5'], 'Head of Nursing – Elective Care', 'Q3', 'G', 'Agreement in use on Kingfisher and Heron wards.', ['Patient behaviour agreement v2', 'Patient%20behaviour%20agreement%20v2.pdf']],
    ['6.2', 'Take every proposed disciplinary case to a pre-formal panel that includes a trained Just Culture reviewer.', '3', ['3'], 'Head of Employee Relations', 'Q3', 'B', 'Panel in place since September; three cases resolved informally.', null],
    ['6.3', 'Run facilitated team conversations in theatres, where the 2024 staff survey showed our highest bullying scores.', '6, 8', ['6', '8'], 'Head of Organisational Development', 'Q4', 'A', 'Two of the five theatre teams done; anaesthetics booked for February.', null],
  ];
  const secs = []; const notes = []; let theme = null;
  for (const d of data) {
    if (d.sec) { theme = d.sec; secs.push(p.line([d.sec, '', '', '', '', '', '', ''], { style: { bold: true, color: 'FF00664F' } })); continue; }
    if (d.note) { notes.push(p.line(['', d.note, '', '', '', '', '', ''], { style: { italic: true, color: 'FF595959' } })); continue; }
    const [ref, action, ind, inds, lead, when, rag, upd, ev] = d;
    const link = ev ? { text: ev[0], hyperlink: SP + ev[1] } : null;
    p.action([ref, action, ind, lead, when, rag, upd, link], { ref, indicators: inds, theme, action, lead, due: when, status: rag, rag: WORDS[rag][1], progress: upd }, { border: false, styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { bold: true, alignment: { horizontal: 'center', vertical: 'top' } }, {}, { color: 'FF0563C1', font: { underline: true } }] });
  }
  const first = h + 1, last = p.r;
  makeTable(p, 'WRES_Plan', h, last, 'TableStyleMedium6');
  for (const a of p.actions) ws.getCell(`F${a.row}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"B,G,A,R"'] };
  ws.addConditionalFormatting({ ref: `F${first}:F${last}`, rules: Object.entries(WORDS).map(([w, [fill]], i) => ({ type: 'cellIs', operator: 'equal', formulae: [`"${w}"`], priority: i + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } })) });
  p.blank();
  p.line(['HIA 5 (international recruits) – no international recruitment is planned for 2025/26, so there is no WRES action under it this year.'], { style: { italic: true, font: { size: 10 } } });
  p.line(['Owner: Head of Equality, Diversity and Inclusion. Next update to the People Committee: March 2026.'], { style: { italic: true, font: { size: 10 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust), Calibri 11. Sheet 'WRES Action Plan': green trust name, title 'Workforce Race Equality Standard – Action Plan 2025-26 (by NHS EDI Improvement Plan High Impact Action)', a RAG key line, a blank row, then an EXCEL TABLE 'WRES_Plan' (TableStyleMedium6, banded rows, filter buttons) with header 'Ref | Action | WRES indicator | Lead | Timescale | RAG | Update – December 2025 | Evidence' (row 5, frozen). Inside the table the five High Impact Actions the plan uses are SECTION ROWS – bold green text in the Ref column only, nothing merged (rows 6, 9, 12, 15, 17: 'HIA 1 – Board and senior leaders' … 'HIA 6 – Bullying, harassment and discrimination') – and an italic grey NOTE row in the Action column (row 14: gender pay gap actions are elsewhere); nine actions with refs numbered by HIA ('1.1' … '6.3'). RAG is a letter chosen from a drop-down (B / G / A / R), coloured only by 'cell value equal to' conditional formats (light blue, green, yellow, red). Evidence cells are hyperlinks, one named 'Board minutes 27 Nov 2025'. Two foot lines (HIA 5 not used this year; owner and next update). Judgement calls: theme = the HIA section row above (all inside the table, so the table's banding does not mark them); the note row is not an action; indicators from 'WRES indicator' only ('4, 7' → ['4','7']; '6, 8' → ['6','8']; '—' → []) – never the HIA number or the ref's first digit (1.1 is indicator 9, 3.1 is indicator 1, 6.1 is indicator 5); status = the letter, rag from its conditional colour (B → blue); due = Timescale as written ('Q3', 'Q1 26/27'); progress = the December update; the evidence link's name and date are no progress or due; the plan owner and the March 2026 committee date are no lead or due.", { ragCol: 'F', mode: 'word', words: Object.fromEntries(Object.entries(WORDS).map(([w, v]) => [w, v[1]])), cfWords: { col: 'F' }, sections: secs, notFrom: ['H'], indRe: { col: 'C', re: '(\\d)' }, hia: { col: 'theme', re: 'HIA ([1-6])' }, table77: { name: 'WRES_Plan', headerRow: h, nonAction: [...secs, ...notes] }, dv: ['F'], links: ['H'], fieldCols: { lead: 'D', due: 'E', status: 'F', progress: 'G', ref: 'A' }, forbidden: ['Head of Equality, Diversity and Inclusion', 'March 2026', 'Board minutes 27 Nov 2025'] });
}
