// holdout80-wres-2023-24-marlcombe: ambulance-and-111 provider's SMART plan; the visible 'Plan 2023-24' tab, a HIDDEN '2022-23 plan' tab
// (last year's plan, kept for reference, similar wording) and a 'Key' tab explaining BRAG; outcome column 'How we will know'; several
// indicators on some rows; real dates 'd mmm yyyy'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marlcombe Ambulance Service NHS Trust';
  const font = { name: 'Arial', size: 9 };
  const pws = book.wb.addWorksheet('Plan 2023-24');
  const old = book.wb.addWorksheet('2022-23 plan', { state: 'hidden' });
  const key = book.wb.addWorksheet('Key');
  const p = new Plan(book, { ws: pws, name: 'holdout80-wres-2023-24-marlcombe', sheet: 'Plan 2023-24', standard: 'WRES', period: '2023-24', trust, widths: [7, 11, 46, 36, 26, 13, 7, 34], font });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard – SMART action plan 2023-24'], { merge: ['A', 'H'], style: { bold: true } });
  p.header(['Action no.', 'Indicator(s)', 'What we will do', 'How we will know', 'Lead', 'Deadline', 'BRAG', 'Comments'], { style: { fill: C.darkblue, color: C.white }, height: 24 });
  const FILL = { B: C.blue, R: C.red, A: C.amber, G: C.green };
  const RAG = { B: 'blue', R: 'red', A: 'amber', G: 'green' };
  const rows = [
    ['1', '1, 7', 'Create a paramedic-to-team-leader pathway with protected study time, with at least 30% of places for BME clinicians.', 'BME share of team leaders rises from 4% to 7% by March 2025.', 'Head of Clinical Education', D(2024, 3, 31), 'A', 'Pathway designed; first intake in February.'],
    ['2', '2', 'Put an independent inclusion assessor on every EOC and 111 recruitment assessment centre.', 'Relative likelihood of appointment falls below 1.25.', 'Resourcing Manager', D(2023, 9, 30), 'B', 'All assessment centres covered since August.'],
    ['3', '3', 'Move every disciplinary referral involving a BME colleague through the pre-formal decision panel.', 'Relative likelihood of entering formal process below 1.25 in the 2024 return.', 'Head of Employee Relations', D(2023, 7, 31), 'G', 'Panel sitting weekly.'],
    ['4', '4', 'Publish every course funded from the apprenticeship levy on the intranet and record applicants by ethnicity.', 'Equal access ratio of 1.0 ± 0.1.', 'Apprenticeship Lead', D(2023, 12, 31), 'G', ''],
    ['5', '5, 6', 'Train crews in a de-escalation and "challenge racism" module and give them a 24/7 number to report racist abuse at scene.', 'Fewer BME crew report abuse from the public (2023 survey: 34%).', 'Head of Health, Safety & Security', D(2024, 1, 31), 'R', 'Module delayed by winter pressures.'],
    ['6', '6', 'Run restorative "team time" sessions at the five stations with the highest number of reported racist incidents between colleagues.', 'Incident reports from those stations fall by a third.', 'Head of Organisational Development', D(2024, 3, 31), 'A', 'Two stations done.'],
    ['7', '8', 'Appoint Freedom to Speak Up ambassadors from the ethnic minority workforce in every operating area.', 'An ambassador in each of the six areas.', 'Freedom to Speak Up Guardian', D(2023, 11, 30), 'G', 'Five of six appointed.'],
    ['8', '9', 'Run a board-level reverse mentoring programme with members of REACH (the race equality network).', 'Every executive and non-executive has a mentor.', 'Director of People & Culture', D(2023, 10, 31), 'B', ''],
  ];
  for (const r of rows) { const [no, inds, act, how, lead, dl, b, com] = r; p.action(r, { ref: no, indicators: inds.split(/,\s*/), action: act, lead, due: shown(dl, 'd mmm yyyy'), status: b, rag: RAG[b], progress: com, outcome: how }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: 'd mmm yyyy' }, { fill: FILL[b], alignment: { horizontal: 'center' } }, {}] }); }
  p.ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 3 }];
  // hidden: last year's plan, same columns, different year
  [7, 11, 46, 36, 26, 13, 7, 34].forEach((w, i) => { old.getColumn(i + 1).width = w; });
  old.getCell('A1').value = `${trust} – WRES action plan 2022-23 (closed)`; old.getCell('A1').font = { ...font, bold: true };
  old.getRow(3).values = ['Action no.', 'Indicator(s)', 'What we will do', 'How we will know', 'Lead', 'Deadline', 'BRAG', 'Comments']; old.getRow(3).font = { ...font, bold: true };
  [['1', '1', 'Design a paramedic-to-team-leader pathway.', 'Pathway approved.', 'Head of Clinical Education', '31/03/2023', 'A', 'Carried into 2023-24.'],
    ['2', '2', 'Trial an inclusion assessor at two assessment centres.', 'Trial evaluated.', 'Resourcing Manager', '31/12/2022', 'B', ''],
    ['3', '5', 'Consult crews on a racist-abuse reporting line.', 'Consultation report.', 'Head of Health, Safety & Security', '31/03/2023', 'B', ''],
    ['4', '9', 'Recruit a board sponsor for REACH.', 'Sponsor named.', 'Director of People & Culture', '30/09/2022', 'B', '']]
    .forEach((r, i) => { const row = old.getRow(4 + i); row.values = r; row.font = font; row.alignment = { wrapText: true, vertical: 'top' }; });
  key.getColumn(1).width = 8; key.getColumn(2).width = 50;
  key.getCell('A1').value = 'BRAG key'; key.getCell('A1').font = { ...font, bold: true };
  [['B', 'Complete', C.blue], ['R', 'Off track – needs escalation', C.red], ['A', 'Some risk to the deadline', C.amber], ['G', 'On track', C.green]].forEach(([l, t, f], i) => { const c = key.getCell(`A${2 + i}`); c.value = l; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f } }; key.getCell(`B${2 + i}`).value = t; });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance and 111 provider). Three tabs: 'Plan 2023-24' (visible, the gold sheet), '2022-23 plan' (HIDDEN: last year's four-action plan in the same columns, titled '(closed)' – not read) and 'Key' (the BRAG letters on their fills with meanings). 'Plan 2023-24': trust name (row 1), subtitle naming the standard and year (row 2), the dark blue header 'Action no. | Indicator(s) | What we will do | How we will know | Lead | Deadline | BRAG | Comments' (row 3, frozen with columns A–C) and eight actions 1–8. Deadlines are real dates shown 'd mmm yyyy'. Judgement calls: only this year's visible tab is read – the hidden tab's actions resemble this year's (pathway, inclusion assessor, REACH) but belong to 2022-23; indicators as written, several where given ('1, 7' → ['1', '7'], '5, 6' → ['5', '6']); outcome = How we will know (its dates, e.g. 'March 2025', are no dues); status = the BRAG letter, rag from its fill as the Key tab gives it (B = complete → blue); progress = Comments; theme null.", { mode: 'fill', ragCol: 'G', otherSheets: { min: 3, hidden: ['2022-23 plan'], sheets: ['Key'] } });
}
