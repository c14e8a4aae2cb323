// holdout29-wres-2019-20-penninevale: an ambulance trust's WRES plan with the network chair's comment rows and two colouring habits (see the gold notes and README).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pennine Vale Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout29-wres-2019-20-penninevale', sheet: 'WRES 2019-20', standard: 'WRES', period: '2019-20', trust, widths: [8, 11, 48, 24, 12, 34, 13, 38], font: { name: 'Arial', size: 9 } });
  p.line([`${trust} — WRES Action Plan 2019-20`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, fill: C.darkblue, color: C.white } });
  p.line(['Approved by Trust Board 26 June 2019. Updated by the Inclusion Team and HR Business Partners; BME Network chair comments shown in blue.'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['Action no.', 'Indicator', 'Action', 'Responsible', 'Target date', 'Success measure', 'Status', 'Comments'], { style: { fill: C.lightblue } });
  const FILL = { 'On track': C.green, Complete: C.blue, Behind: C.amber, 'Not started': C.red };
  const FONT = { 'On track': C.green, Complete: C.blue, Behind: C.orange, 'Not started': C.red };
  const RG = { 'On track': 'green', Complete: 'blue', Behind: 'amber', 'Not started': 'red' };
  const net = (t) => p.line([undefined, undefined, `BME Network chair (${t[0]}): ${t[1]}`], { merge: ['C', 'H'], style: { italic: true, color: C.blue } });
  const act = (no, ind, inds, text, who, due, sm, st, com, byFont) => p.action([no, ind, text, who, due, sm, st, com], { ref: no, indicators: inds, action: text, lead: who, due: shown(due, 'dd-mmm-yy'), status: st, rag: RG[st], progress: com, outcome: sm, ragAt: { col: 'G', via: byFont ? 'font' : 'fill' } },
    { styles: [{}, {}, {}, {}, { numFmt: 'dd-mmm-yy' }, {}, byFont ? { color: FONT[st], bold: true } : { fill: FILL[st], color: st === 'Complete' || st === 'Not started' ? C.white : C.black }, {}] });
  p.line(['Theme A: Recruitment and progression'], { merge: ['A', 'H'], style: { bold: true, fill: C.palegrey } });
  act('A1', 'Ind 1', ['1'], 'Hold recruitment open days for paramedic and emergency care assistant roles in the three districts with the largest BME populations.', 'Head of Recruitment', D(2019, 11, 30), 'BME applicants for frontline roles up from 6% to 9%.', 'On track', 'Two open days held (Bradley Moor, Eastgate); third planned Nov.');
  act('A2', 'Ind 2', ['2'], 'Include a BME assessor on every assessment centre panel for emergency care assistants.', 'Head of Recruitment', D(2019, 9, 30), 'Relative likelihood of appointment below 1.5.', 'Behind', 'Only 9 trained assessors – not enough for all centres.');
  net(['Sept 19', 'Network members are willing to be assessors but need release from shifts – please raise with Ops.']);
  act('A3', 'Ind 7', ['7'], 'Offer a positive action development programme for BME staff in Bands 4 to 6 who want to move into clinical team leader roles.', 'Head of Learning and Development', D(2020, 3, 31), '15 participants; 4 in acting-up roles within a year.', 'On track', 'Cohort of 14 started October.');
  p.line(['Theme B: Fair treatment at work'], { merge: ['A', 'H'], style: { bold: true, fill: C.palegrey } });
  act('B1', 'Ind 3', ['3'], 'Have an independent reviewer check every decision to start a formal disciplinary process involving a BME member of staff.', 'Head of HR', D(2019, 10, 31), 'Gap in formal disciplinary likelihood closed to below 1.25.', 'Complete', 'Decision tree and reviewer rota live since September.');
  act('B2', 'Ind 5 & 6', ['5', '6'], 'Give crews a short guide on challenging and reporting racist abuse from patients and the public, and fit body-worn camera reminders in vehicles.', 'Head of Security and Resilience', D(2020, 1, 31), 'Increase in reports; fewer staff saying they experienced abuse (Q13a).', 'Behind', 'Guide printed; body-worn camera stickers waiting for fleet refit.', true);
  net(['Jan 20', 'Crews at Eastgate say nobody has seen the guide yet.']);
  act('B3', 'Ind 8', ['8'], 'Train Freedom to Speak Up champions from BME backgrounds at every hub.', 'Freedom to Speak Up Guardian', D(2020, 2, 29), 'A champion at all 12 hubs.', 'On track', '8 of 12 hubs covered.', true);
  p.line(['Theme C: Leadership'], { merge: ['A', 'H'], style: { bold: true, fill: C.palegrey } });
  act('C1', 'Ind 9', ['9'], 'Set up reverse mentoring between each executive director and a BME member of staff.', 'Director of Workforce', D(2019, 12, 31), 'All 7 executives paired.', 'Complete', 'Seven pairs meeting monthly.', true);
  net(['Jan 20', 'Mentors want a session together to share what they have learned – happy to host.']);
  act('C2', 'Ind 9', ['9'], 'Ask the search agency for the next non-executive appointment to produce a diverse longlist.', 'Trust Secretary', D(2020, 3, 31), 'Longlist with at least two BME candidates.', 'Not started', 'No NED vacancy until 2020-21.', true);
  p.blank();
  p.line(['Key: Complete = blue, On track = green, Behind = amber, Not started = red'], { merge: ['A', 'H'], style: { font: { size: 8 } } });
  // a note an editor left on a cell (context only)
  p.ws.getCell('G6').note = 'HRBP: assessor training dates clash with winter plan';
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust): a dark-blue title naming the plan for 2019-20, an approval and 'who updates this' line, a header 'Action no. | Indicator | Action | Responsible | Target date | Success measure | Status | Comments', three grey THEME rows ('Theme A: Recruitment and progression' …) with refs 'A1', 'B2' …, and a key line at the bottom (Complete = blue, On track = green, Behind = amber, Not started = red). Two things a year of editing left behind: (1) the BME Network chair's COMMENTS INSERTED AS ROWS under three actions ('BME Network chair (Sept 19): …'), merged across C:H in blue italic; (2) TWO COLOURING HABITS in the Status column – the first editor FILLED the status cell (A1–B1), a later editor left it unfilled and COLOURED THE WORD instead (B2–C2, e.g. 'Behind' in orange bold). One cell also carries an Excel note from an HRBP. Judgement calls: the network chair's rows are non-action rows (feedback on the action above, not progress and not actions); status = the word, rag from the fill OR the font colour, whichever the cell carries, read through the key ('Complete' → blue; orange font 'Behind' → amber); outcome = Success measure; progress = Comments; indicators from 'Ind 5 & 6' → ['5','6']; theme = the theme row; due as displayed (dd-mmm-yy); the cell note is not a field.", { forbidden: ['HRBP: assessor training dates clash with winter plan', 'Crews at Eastgate say nobody has seen the guide yet.'] });
}
