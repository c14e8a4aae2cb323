// holdout18-wres-2020-21-lintwell: NEW LAYOUT – EVERY ACTION TAKES TWO PHYSICAL ROWS WITH A TWO-TIER HEADER. Printed-form
// style: header row 1 'Ref | WRES indicator | Action | Lead | Start | RAG | Progress update (December 2020)' and header row 2
// under it 'Measure of success | Supported by | Target completion' (in the Action, Lead and Start columns). Each action's
// upper row holds action / lead / start, its lower row holds measure / supporter / target completion; Ref, indicator, RAG
// and progress are MERGED DOWN over the pair; pairs are banded and closed by a heavy bottom border.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2020-21-lintwell', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust: 'Lintwell Hospitals NHS Trust', widths: [7, 13, 56, 30, 13, 8, 44] });
  p.line(['Lintwell Hospitals NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['WRES Action Plan 2020-21 – progress at December 2020'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Each action takes two lines: the upper line is what we will do, who leads it and when we start; the lower line is how we will measure success, who supports the lead and when it will be complete.'], { merge: ['A', 'G'], height: 30, style: { italic: true } });
  p.blank();
  const hs = { fill: C.nhs, color: C.white, alignment: { vertical: 'middle', wrapText: true } };
  const h1 = p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Start', 'RAG', 'Progress update (December 2020)'], { style: hs });
  const h2 = p.header([null, null, 'Measure of success', 'Supported by', 'Target completion'], { style: { fill: C.paleblue, italic: true, alignment: { vertical: 'middle', wrapText: true } } });
  for (const col of ['A', 'B', 'F', 'G']) p.ws.mergeCells(`${col}${h1}:${col}${h2}`);
  p.ws.views = [{ state: 'frozen', ySplit: h2 }];
  const S = { C: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white], P: [C.grey, null] };
  const F = 'mmm yyyy';
  const data = [
    ['1', '1', ['1'], 'Publish the ethnicity profile of every division by band each quarter.', 'Head of Workforce Information', D(2020, 4, 1), 'Profile in every divisional performance pack.', 'Divisional HR Business Partners', D(2020, 9, 30), 'C', 'Published since Q1.'],
    ['2', '2', ['2'], 'Put an inclusion panel member on every interview panel for Band 7 and above.', 'Head of Recruitment', D(2020, 6, 1), 'All Band 7+ panels compliant; relative likelihood below 1.25.', 'BAME Staff Network', D(2021, 3, 31), 'G', '31 panel members trained; 78% of panels compliant.'],
    ['3', '3', ['3'], 'Introduce a pre-investigation review by a senior HR adviser for every disciplinary case.', 'Deputy Director of HR', D(2020, 5, 1), 'Fewer BAME staff entering a formal process.', 'Employee Relations team', D(2020, 8, 31), 'C', 'In place since August.'],
    ['4', '4', ['4'], 'Report CPD funding and study leave by ethnicity for nursing and AHP staff.', 'Head of Education', D(2020, 9, 1), 'Report to the People Committee twice a year.', 'Workforce Information', D(2021, 3, 31), 'P', 'Paused: education team redeployed (COVID-19).'],
    ['5', '5, 6', ['5', '6'], 'Carry out COVID-19 risk assessments for all BAME staff and act on the results.', 'Director of HR', D(2020, 5, 1), '100% of BAME staff offered a risk assessment.', 'Occupational Health', D(2020, 7, 31), 'C', '96% completed; remainder on long-term leave.'],
    ['6', '5, 6', ['5', '6'], 'Launch a "Respect" campaign against racist abuse of staff by patients and colleagues.', 'Director of Nursing', D(2020, 10, 1), 'Fewer staff reporting abuse in the 2021 survey.', 'Communications team', D(2021, 1, 31), 'A', 'Launch moved to February.'],
    ['7', '7', ['7'], 'Offer a reverse-mentoring scheme pairing BAME staff with executives and senior managers.', 'Head of OD', D(2020, 10, 1), 'Twelve pairs complete the scheme.', 'BAME Staff Network', D(2021, 3, 31), 'G', 'Ten pairs matched.'],
    ['8', '8', ['8'], 'Train Freedom to Speak Up champions to support BAME staff reporting discrimination.', 'Freedom to Speak Up Guardian', D(2020, 11, 1), 'A champion in every division.', 'Head of OD', D(2021, 2, 28), 'R', 'Training provider cancelled; rebooking.'],
    ['9', '9', ['9'], 'Ensure the search for two non-executive directors reaches BAME candidates.', 'Trust Secretary', D(2020, 7, 1), 'Diverse shortlists for both posts.', 'Chair', D(2020, 12, 31), 'C', 'One BAME NED appointed in November.'],
    ['10', '1-9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Report progress on this plan to the People Committee every quarter.', 'Director of HR', D(2020, 6, 1), 'Four quarterly reports.', 'Equality Lead', D(2021, 3, 31), 'G', 'Q1 and Q2 reports received.'],
  ];
  const thick = { style: 'medium', color: { argb: 'FF404040' } };
  data.forEach(([ref, ind, inds, action, lead, start, measure, support, target, st, prog], i) => {
    const band = i % 2 ? { fill: C.palegrey } : {};
    const stStyle = { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}), alignment: { horizontal: 'center', vertical: 'middle' } };
    const r = p.action([ref, ind, action, lead, start, st, prog], { ref, indicators: inds, action, lead, due: shown(target, F), status: st, rag: S[st][1], progress: prog, outcome: measure }, { style: band, styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { bold: true }, {}, { numFmt: F }, stStyle] });
    const r2 = p.line([null, null, measure, support, target], { border: true, style: band, styles: [{}, {}, { italic: true }, { italic: true }, { numFmt: F, italic: true }] });
    for (const col of ['A', 'B', 'F', 'G']) p.ws.mergeCells(`${col}${r}:${col}${r2}`);
    for (let c = 1; c <= 7; c++) { const cell = p.ws.getRow(r2).getCell(c); cell.border = { ...cell.border, bottom: thick }; }
  });
  p.blank();
  p.line(['RAG: C = complete (blue); G = on track (green); A = at risk (amber); R = off track (red); P = paused because of COVID-19 (grey).'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: EVERY ACTION TAKES TWO PHYSICAL ROWS under a TWO-TIER HEADER, as in a printed form. Header row 5 (NHS blue): 'Ref | WRES indicator | Action | Lead | Start | RAG | Progress update (December 2020)'; header row 6 (pale blue, italic) directly under it: 'Measure of success' (under Action), 'Supported by' (under Lead), 'Target completion' (under Start); Ref, WRES indicator, RAG and Progress header cells are merged over both header rows; frozen below row 6. Each action's UPPER row holds the action (bold), the lead and the start month; its LOWER row holds the measure of success, the supporter and the target completion month (italic); Ref, indicator, RAG and progress are MERGED DOWN over the pair; pairs are banded white / pale grey and closed by a heavy bottom border. An italic intro line (row 3) explains the two lines. Covid-year acute plan: trust (NHS blue), title, refs 1–10, indicators '1'…'9', '5, 6', '1-9' (= all nine); dates real, shown 'mmm yyyy'; RAG letters C blue / G green / A amber / R red filled, P (paused, COVID-19) GREY → rag null; key line below. Gold: one action per pair, on its UPPER row; the lower rows (8, 10, …, 26) are non-action rows; lead = Lead (upper line), not 'Supported by'; due = Target completion from the lower line (not Start); outcome = Measure of success (lower line); progress = the merged update. Judgement calls: the second header row is a header (both 5 and 6 in headerRows); the lower row is part of its action, not a separate action; grey 'P' has no colour.", { ragCol: 'F', mode: 'fill', pairs: { merged: ['A', 'B', 'F', 'G'], lower: { due: 'E', outcome: 'C' } } });
}
