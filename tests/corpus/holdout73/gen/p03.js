// holdout73-wres-2023-24-hollinsend: community health trust, the People Directorate's WRES work plan with a 'Team' column. Everyday
// quirk: the last person to edit it FILTERED THE TEAM COLUMN to see their own teams' actions (OD and Resourcing) and saved it that way,
// so the ER, EDI and Workforce Information rows are hidden by the filter. Nothing on the sheet says so. Status words on Excel's
// Good / Neutral / Bad fills; dates real dd/mm/yyyy.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { Book, Plan, C, D, shown, OUT } from './lib.js';
const JSZip = createRequire(import.meta.url)('jszip');
export const SHOWN = ['OD', 'Resourcing'];
export async function build() {
  const book = new Book();
  const trust = 'Hollinsend Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout73-wres-2023-24-hollinsend', sheet: 'WRES 23-24', standard: 'WRES', period: '2023-24', trust, widths: [6, 8, 56, 14, 28, 12, 13, 40], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['WRES Action Plan 2023-24 – People Directorate work plan'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  const h = p.header(['No.', 'WRES', 'Action', 'Team', 'Lead', 'By', 'Status', 'Notes'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.goodG, 'green', 'FF006100'], 'In progress': [C.neutralA, 'amber', 'FF9C5700'], 'Not started': [C.badR, 'red', 'FF9C0006'] };
  const F = 'dd/mm/yyyy';
  const rows = [
    ['1', '1', ['1'], 'Produce a quarterly dashboard of the workforce by ethnicity and AfC band for each locality and service line.', 'Workforce Info', 'Workforce Information Manager', D(2023, 6, 30), 'Complete', 'Dashboard live on the intranet since June.'],
    ['2', '1', ['1'], "Launch a 'Stepping Up' leadership course for BME staff at Bands 5 to 7 in district nursing, therapies and admin.", 'OD', 'Head of OD', D(2023, 10, 31), 'In progress', '22 applicants for 16 places; the course starts on 12 October.'],
    ['3', '2', ['2'], 'Put a BME panel member, drawn from a trained pool, on every interview for Band 7 and above.', 'Resourcing', 'Resourcing Manager', D(2023, 9, 30), 'In progress', 'Pool of 18 trained; covers about 70% of panels.'],
    ['4', '2', ['2'], 'Audit shortlisting outcomes by ethnicity for six months and share the results with each hiring manager.', 'Resourcing', 'Resourcing Manager', D(2024, 1, 31), 'Not started', 'Waiting for the TRAC report to be fixed.'],
    ['5', '3', ['3'], 'Review every disciplinary case involving a BME member of staff at the pre-formal stage through the case review panel.', 'ER', 'Head of Employee Relations', D(2023, 7, 31), 'Complete', 'Panel meets fortnightly.'],
    ['6', '4', ['4'], 'Record take-up of non-mandatory training and apprenticeships by ethnicity and report it to the Education Group.', 'OD', 'Learning & Development Lead', D(2023, 12, 31), 'In progress', 'First report due in December.'],
    ['7', '5', ['5'], "Agree a protocol with community teams for staff who experience racist abuse in patients' homes, including the option to end the visit.", 'EDI', 'EDI Manager', D(2023, 11, 30), 'In progress', 'Draft with Staff Side for comment.'],
    ['8', '6', ['6'], 'Train HR advisers to handle complaints of race-related bullying between colleagues.', 'ER', 'Head of Employee Relations', D(2024, 3, 31), 'Not started', ''],
    ['9', '7', ['7'], 'Set up reciprocal mentoring between the executive team and members of the Race Equality Network.', 'OD', 'Head of OD', D(2024, 3, 31), 'Not started', 'Executive diaries being checked for dates.'],
    ['10', '8', ['8'], 'Promote the Freedom to Speak Up route to BME bank and agency staff in their induction pack.', 'EDI', 'EDI Manager', D(2023, 8, 31), 'Complete', 'Added to bank induction in August.'],
    ['11', '9', ['9'], 'Hold a Board development session on race equality led by members of the Race Equality Network.', 'EDI', 'Director of People & Culture', D(2024, 1, 31), 'In progress', 'Booked for the January Board seminar.'],
  ];
  for (const [no, ind, inds, act, team, lead, by, st, notes] of rows) {
    const r = p.action([no, ind, act, team, lead, by, st, notes], { ref: no, indicators: inds, action: act, lead, due: shown(by, F), status: st, rag: S[st][1], progress: notes }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: F }, { fill: S[st][0], color: S[st][2] }] });
    if (!SHOWN.includes(team)) p.ws.getRow(r).hidden = true; // hidden by the saved filter on Team
  }
  const last = p.r;
  p.ws.autoFilter = `A${h}:H${last}`;
  await book.save(`${p.name}.xlsx`);
  // Excel stores the applied filter's criteria in the sheet (exceljs writes only the range): add them as Excel does, then re-zip with
  // the same fixed entry dates as lib.js's Book.save so that the bytes do not change between builds
  const file = path.join(OUT, `${p.name}.xlsx`); const src = await JSZip.loadAsync(fs.readFileSync(file));
  const sheet = 'xl/worksheets/sheet1.xml'; let xml = await src.file(sheet).async('string');
  const crit = `<filterColumn colId="3"><filters>${SHOWN.map((v) => `<filter val="${v}"/>`).join('')}</filters></filterColumn>`;
  xml = xml.replace(/<autoFilter ref="([^"]+)"\s*\/>/, `<autoFilter ref="$1">${crit}</autoFilter>`);
  if (!xml.includes(crit)) throw new Error('filter criteria not written');
  const out = new JSZip(); const when = new Date(Date.UTC(2024, 0, 1));
  for (const name of Object.keys(src.files)) if (!src.files[name].dir) out.file(name, name === sheet ? xml : await src.files[name].async('uint8array'), { date: when, createFolders: false });
  fs.writeFileSync(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  p.saveGold("Original plan (fictional community health trust). Sheet 'WRES 23-24': trust name, title 'WRES Action Plan 2023-24 – People Directorate work plan', a blank row, then the pale-blue header 'No. | WRES | Action | Team | Lead | By | Status | Notes' (row 4, frozen) and eleven numbered actions. 'By' holds real dates shown dd/mm/yyyy; status words on Excel's Good / Neutral / Bad fills (Complete green, In progress yellow, Not started pink). Everyday quirk: the sheet was SAVED WITH A FILTER LEFT ON the Team column showing only 'OD' and 'Resourcing' (the criteria are stored in the sheet as Excel stores them), so the six rows of the ER, EDI and Workforce Info teams (actions 1, 5, 7, 8, 10, 11) are HIDDEN BY THE FILTER; nothing on the sheet mentions it. Judgement calls: rows hidden by a filter are still actions of the plan – a filter is a view, and the numbering 1–11 runs through them – so all eleven rows are gold actions; Team is the directorate team (context), never the lead or a theme; lead = Lead; due = By as displayed; status = the word, rag from its fill (Good green → green, Neutral yellow → amber, Bad pink → red); progress = Notes; indicators from the WRES column; ref = No.; theme null.", { mode: 'fill', ragCol: 7, indCol: 'B', notFrom: ['D'], filtered: { col: 'D', shown: SHOWN } });
}
