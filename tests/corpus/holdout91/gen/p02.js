// holdout91-wdes-2019-20-rookhampton: mental health trust, the first WDES plan as the EDI Lead left it in November 2019: a key line says
// red text is new since the October refresh and struck-through rows were dropped; status from a drop-down, never coloured.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Rookhampton and District Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout91-wdes-2019-20-rookhampton', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [3, 10, 52, 28, 14, 13, 46], startCol: 2, font: { name: 'Calibri', size: 10 } });
  p.line(['', `${trust} – Workforce Disability Equality Standard action plan 2019/20`], { at: 1, style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['', 'Key: text in red = new actions added after the October 2019 refresh.  Struck through = dropped (agreed at Disability Equality Group 6 Nov 2019).'], { at: 1, style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Target date', 'Status', 'Update'], { style: { fill: C.paleblue } });
  const RED = { color: C.red };
  const rows = [
    ['Metric 1', 'Run a declaration campaign on every inpatient ward, with ESR self-service shown at ward huddles by the Workforce Systems team.', 'Workforce Systems Manager', D(2019, 12, 31), 'In progress', 'Declaration up from 2.9% to 3.6% since August.'],
    ['Metric 2', 'Sign up to Disability Confident Level 2 and guarantee interviews to disabled applicants who meet the essential criteria.', 'Head of Recruitment', D(2019, 10, 31), 'Complete', 'Level 2 confirmed 18 October.'],
    ['Metric 3', 'Add a question on disability and reasonable adjustments to the capability policy checklist used before any formal stage.', 'tbc – awaiting HR', D(2020, 1, 31), 'Not started', ''],
    ['Metric 4', 'Set up a route for staff to report disability-related abuse from patients, separate from the general incident form.', 'Head of Patient Safety', 'to be confirmed at EDI group', 'Not started', 'Needs Datix change – with IT.'],
    ['Metric 5', 'Hold six career conversations a year for disabled staff at Bands 3–5 with a manager from outside their service.', 'Head of OD', D(2020, 3, 31), 'In progress', 'Two held so far (community teams).'],
  ];
  for (const [m, a, l, due, st, up] of rows) p.action([m, a, l, due, st, up], { indicators: [m.replace('Metric ', '')], action: a, lead: l, due: due instanceof Date ? shown(due, 'dd/mm/yyyy') : due, status: st, progress: up }, { styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
  const struck = p.line(['Metric 6', 'Send a presenteeism leaflet to all staff with their payslip.', 'Communications Manager', D(2019, 11, 30), 'Dropped', 'Dropped – not enough on its own. See new action under Metric 7.'], { border: true, style: { strike: true, color: 'FF808080' }, styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
  const more = [
    ['Metric 7', 'Run "Speak up, stay well" listening sessions for disabled staff on each site and report the themes to the People Committee.', 'Staff Wellbeing Lead', D(2020, 2, 29), 'Not started', '', true],
    ['Metric 8', 'Bring reasonable adjustment requests into one log held by Occupational Health, with a 6-week target from request to decision.', 'Occupational Health Manager', D(2020, 3, 31), 'In progress', 'Log built; 23 requests so far.'],
    ['Metric 9', 'Give the new Disability and Long-Term Conditions Network two hours a month of protected time for its members.', 'Director of People', D(2019, 12, 31), 'In progress', 'Agreed at EMT; rota changes being worked through.', true],
    ['Metric 10', 'Offer board members a confidential way to declare a disability or long-term condition through the Company Secretary.', 'Company Secretary', D(2020, 3, 31), 'Not started', ''],
  ];
  const reds = [];
  for (const [m, a, l, due, st, up, isNew] of more) {
    const r = p.action([m, a, l, due, st, up], { indicators: [m.replace('Metric ', '')], action: a, lead: l, due: shown(due, 'dd/mm/yyyy'), status: st, progress: up }, { style: isNew ? RED : {}, styles: [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
    if (isNew) reds.push(r);
  }
  const dv = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Dropped"'] };
  for (let r = 5; r <= p.r; r++) p.ws.getCell(`F${r}`).dataValidation = dv;
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust), its first WDES plan as the EDI Lead left it mid-year, the table starting in column B: the trust and plan title in one bold line, an italic KEY line ('text in red = new actions added after the October 2019 refresh. Struck through = dropped (agreed at Disability Equality Group 6 Nov 2019)'), a blank row, a pale-blue header 'Metric | Action | Lead | Target date | Status | Update' (row 4, frozen with column B), ten metric rows. Target dates are real dates shown dd/mm/yyyy, one typed 'to be confirmed at EDI group'. Status comes from a drop-down (Not started / In progress / Complete / Dropped), never coloured. The Metric 6 row (row 10) is STRUCK THROUGH in grey with status 'Dropped'; the Metric 7 and Metric 9 actions (rows 11 and 13) are written wholly in RED. Judgement calls: the struck row is NOT an action – the key says struck = dropped, and its own status and update say so; the red rows ARE actions (red = new, per the key) and their red font is no RAG; there is no RAG anywhere (rag null throughout); lead 'tbc – awaiting HR' kept as written; due = Target date as shown, 'to be confirmed at EDI group' kept as written; progress = Update, '' where empty; indicators from 'Metric n' (2019-20 uses whole 4 and 9); no ref; theme null; the group meeting date in the key is no due.", { struck: { col: 'C', rows: [struck] }, redNew: { col: 'C', rows: reds }, forbidden: ['6 Nov 2019', 'Dropped'] });
}
