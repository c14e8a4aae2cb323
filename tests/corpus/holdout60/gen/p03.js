// holdout60-wres-2023-24-ambervale: ambulance trust; quirks: TYPOS in the header ('Resposible Manager', 'Target Dtae') and the
// responsible manager MERGED DOWN over the actions that share one.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ambervale Ambulance Service NHS Trust';
  const font = { name: 'Arial', size: 9 };
  const p = new Plan(book, { name: 'holdout60-wres-2023-24-ambervale', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, widths: [8, 12, 64, 28, 14, 14], font });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.white, fill: C.darkblue } });
  p.line(['WRES Action Plan 2023 – 2024 (from the 2023 WRES data submission)'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'WRES Indicator', 'Action', 'Resposible Manager', 'Target Dtae', 'Status'], { style: { fill: C.grey } });
  const acts = [
    ['AV1', '1', 'Set a target for BME representation in each operational grade and publish progress on the intranet every quarter.', 'Head of Workforce Planning', D(2023, 9, 30), 'Completed'],
    ['AV2', '1', 'Work with two local colleges to offer paid placements on the emergency care assistant pathway to students from Black and Asian communities.', '', D(2024, 1, 31), 'In progress'],
    ['AV3', '2', 'Remove names and dates of birth from applications at shortlisting for all paramedic and control room posts.', 'Recruitment Manager', D(2023, 12, 31), 'In progress'],
    ['AV4', '2', 'Train recruiting managers in the emergency operations centres in fair selection, using the trust\'s own shortlisting data.', '', D(2024, 3, 31), 'Not started'],
    ['AV5', '2', 'Check the outcome of every interview round for ethnic disparity and report it to the People Committee.', '', D(2024, 3, 31), 'Not started'],
    ['AV6', '3', 'Apply the just culture checklist before any formal disciplinary investigation is opened.', 'Head of Employee Relations', D(2023, 10, 31), 'Completed'],
    ['AV7', '5', 'Introduce body-worn cameras on all frontline vehicles and tell staff how footage is used when they are racially abused.', 'Head of Security', D(2024, 2, 29), 'In progress'],
    ['AV8', '6', 'Give station managers a short guide on responding to a report of racism from a colleague.', 'Head of Inclusion', D(2023, 11, 30), 'In progress'],
    ['AV9', '7', 'Open the aspiring team leader programme to all BME staff without a line manager nomination.', '', D(2024, 3, 31), 'Not started'],
  ];
  const leadOf = []; let cur = '';
  for (const a of acts) { if (a[3]) cur = a[3]; leadOf.push(cur); }
  const rows = acts.map(([r, i, a, l, d, s], k) => p.action([r, i, a, l, d, s], { ref: r, indicators: [i], action: a, lead: leadOf[k], due: shown(d, 'dd/mm/yyyy'), status: s }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { alignment: { vertical: 'middle' } }, { numFmt: 'dd/mm/yyyy' }] }));
  // the manager cell merged down over the actions that share one
  mergeDown(p.ws, 'D', rows[0], rows[1]); mergeDown(p.ws, 'D', rows[2], rows[4]); mergeDown(p.ws, 'D', rows[7], rows[8]);
  p.blank();
  p.line(['Status: Not started / In progress / Completed. Updated by the Inclusion Team for the People Committee.'], { border: false, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust), Arial 9: a navy title bar with the trust name, a plan line, a blank row, a grey header with TWO TYPOS 'Ref | WRES Indicator | Action | Resposible Manager | Target Dtae | Status', nine actions AV1–AV9, a blank row and an italic line listing the status words. Quirk: the responsible manager cell is MERGED DOWN over the actions that share one (AV1–AV2, AV3–AV5, AV8–AV9). Judgement calls: the misspelt headers still name the lead and the due; a merged manager is the lead of every action it spans; due = Target Dtae as shown (dd/mm/yyyy); status = the plain word (no fill, rag null); indicators from the WRES Indicator column; ref AV1…; theme null; the status-words line is not an action.", { cols: { ref: 'A', ind: 'B', action: 'C', lead: 'D', due: 'E', status: 'F' } });
}
