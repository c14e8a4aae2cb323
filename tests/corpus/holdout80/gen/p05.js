// holdout80-wdes-2022-23-selsmere: integrated care trust (hospital and community) with ONE equality workbook: 'Cover', 'WRES', 'WDES'
// and 'Sign-off' tabs; this file is the WDES plan, so the gold reads the 'WDES' tab. Three objective section rows, SRO beside Delivery
// lead, quarters as dues, RAG words on fills.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Selsmere Health and Care NHS Trust';
  const font = { name: 'Segoe UI', size: 9 };
  const cv = book.wb.addWorksheet('Cover');
  const wr = book.wb.addWorksheet('WRES');
  const pws = book.wb.addWorksheet('WDES');
  const so = book.wb.addWorksheet('Sign-off');
  cv.getColumn(1).width = 80;
  [[2, trust, { bold: true, size: 16 }], [4, 'Workforce Equality Standards 2022-23', { bold: true, size: 13 }], [5, 'WRES and WDES action plans', { size: 12 }],
    [7, 'Tab "WRES" – race; tab "WDES" – disability; tab "Sign-off" – governance.', {}], [9, 'Executive lead: Chief People Officer', {}], [10, 'Prepared by the Equality, Diversity & Inclusion Team, August 2022', { italic: true }]]
    .forEach(([r, v, f]) => { const c = cv.getCell(`A${r}`); c.value = v; c.font = { ...font, ...f }; });
  [8, 50, 26, 12, 10].forEach((w, i) => { wr.getColumn(i + 1).width = w; });
  wr.getCell('A1').value = 'WRES action plan 2022-23'; wr.getCell('A1').font = { ...font, bold: true, size: 12 };
  wr.getRow(3).values = ['Ind', 'Action', 'Lead', 'Due', 'RAG']; wr.getRow(3).font = { ...font, bold: true };
  [['2', 'Require a diverse panel and an independent chair for every consultant and band 8 appointment.', 'Head of Medical Staffing', 'Q3 22/23', 'Amber'],
    ['5', 'Roll out body-worn cameras to security staff covering the emergency department.', 'Head of Security', 'Q2 22/23', 'Green'],
    ['7', 'Run the "Aspire" talent programme for BME staff at bands 6–8a.', 'Head of Leadership', 'Q4 22/23', 'Amber']]
    .forEach((r, i) => { const row = wr.getRow(4 + i); row.values = r; row.font = font; row.alignment = { wrapText: true, vertical: 'top' }; });
  const p = new Plan(book, { ws: pws, name: 'holdout80-wdes-2022-23-selsmere', sheet: 'WDES', standard: 'WDES', period: '2022-23', trust, widths: [7, 8, 50, 22, 26, 11, 9, 40], font });
  p.line(['WDES action plan 2022-23'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.header(['Ref', 'Metric', 'Action', 'SRO', 'Delivery lead', 'Due', 'RAG', 'Progress (Dec 22)'], { style: { fill: C.navy, color: C.white } });
  const FILL = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const RAG = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' };
  const sections = [];
  const sec = (t) => { const r = p.line([t], { merge: ['A', 'H'], style: { bold: true, fill: C.paleblue }, border: true }); sections.push(r); return t; };
  const act = (th, r) => { const [ref, met, a, sro, lead, due, rag, prog] = r; p.action(r, { ref, indicators: met.split(/,\s*/), theme: th, action: a, lead, due, status: rag, rag: RAG[rag], progress: prog }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { color: 'FF7F7F7F' }, {}, {}, { fill: FILL[rag], color: rag === 'Blue' ? C.white : undefined }, {}] }); };
  let t = sec('Objective 1: Know our disabled workforce');
  act(t, ['1.1', '1', 'Add a disability and long-term condition question to the new starter form and the annual appraisal form.', 'Chief People Officer', 'Workforce Intelligence Lead', 'Q2 22/23', 'Blue', 'Both forms changed in July.']);
  act(t, ['1.2', '1, 10', 'Run a confidential declaration exercise for staff and Board members with the Disability & Neurodiversity Network.', 'Chief People Officer', 'EDI Manager', 'Q3 22/23', 'Green', 'Board members completed; staff campaign in January.']);
  t = sec('Objective 2: Fair processes');
  act(t, ['2.1', '2', 'Guarantee interviews for disabled applicants meeting the essential criteria on TRAC and check this monthly.', 'Director of Operations (Corporate)', 'Recruitment Manager', 'Q2 22/23', 'Green', 'Monthly report in place.']);
  act(t, ['2.2', '3', 'Stop capability hearings going ahead until an Occupational Health adjustments review has been completed.', 'Chief People Officer', 'Employee Relations Lead', 'Q3 22/23', 'Amber', 'Policy wording agreed; awaiting JNCC.']);
  act(t, ['2.3', '6', 'Train sickness absence panels on the difference between disability-related absence and other absence.', 'Chief People Officer', 'HR Advisory Team Manager', 'Q4 22/23', 'Red', 'Trainer post vacant.']);
  t = sec('Objective 3: Feeling safe and supported');
  act(t, ['3.1', '4a', 'Add disability as a reason field in the abuse-from-patients reporting form in the community teams’ app.', 'Chief Nurse', 'Head of Patient Safety', 'Q3 22/23', 'Amber', '']);
  act(t, ['3.2', '4b', 'Deliver a module on disability and microaggressions in the middle managers’ programme.', 'Chief People Officer', 'Head of OD', 'Q4 22/23', 'Green', 'Module written with network members.']);
  act(t, ['3.3', '8', 'Create a reasonable-adjustments fast track with a 20-working-day target from request to equipment.', 'Chief Finance Officer', 'Occupational Health Manager', 'Q4 22/23', 'Amber', 'Median currently 41 days.']);
  act(t, ['3.4', '9a', 'Hold "you said, we did" sessions on the 2021 staff survey results with disabled staff in each care group.', 'Chief People Officer', 'EDI Manager', 'Q3 22/23', 'Green', 'Four of six held.']);
  p.blank();
  p.line(['RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track. SRO = senior responsible officer (accountable); Delivery lead does the work.'], { merge: ['A', 'H'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: 2 }];
  so.getColumn(1).width = 30; so.getColumn(2).width = 40;
  [['Approved by', 'People Committee'], ['Date', '21 September 2022'], ['Next review', 'Q4 22/23'], ['Published', 'Trust website, October 2022']].forEach(([a, b], i) => { so.getCell(`A${2 + i}`).value = a; so.getCell(`B${2 + i}`).value = b; });
  book.wb.views = [{ activeTab: 2 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated hospital and community trust). One equality workbook with four tabs: 'Cover' (the only place the trust is named; the year; executive lead and preparer lines), 'WRES' (a three-action race plan – a different plan, not read), 'WDES' (the gold sheet: this file is the WDES plan) and 'Sign-off' (approval, date, next review). 'WDES': title (row 1), the navy header 'Ref | Metric | Action | SRO | Delivery lead | Due | RAG | Progress (Dec 22)' (row 2, frozen), three pale-blue objective section rows each followed by its actions 1.1–3.4 (nine in all), a blank row and a RAG / SRO key. Judgement calls: identity from the Cover (trust) and the WDES tab's title (year); theme = the objective row above; lead = Delivery lead, never the SRO (grey font; the key says the SRO is accountable, not the doer); metrics as written ('1, 10' → ['1', '10']; 4a / 4b / 9a as given); due = the quarter as typed ('Q3 22/23'); status = the RAG word, rag from its fill (Blue = complete → blue); the Sign-off tab's dates and 'Next review Q4 22/23' are no dues; progress = the Dec 22 cell; the executive lead on the Cover leads nothing.", { mode: 'fill', ragCol: 'G', notFrom: ['D'], sections, otherSheets: { min: 4, sheets: ['Cover', 'WRES', 'Sign-off'] } });
}
