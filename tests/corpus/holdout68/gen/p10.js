// holdout68-wdes-2023-24-northcliffe: ambulance trust; this year's plan under workstream bands, and BELOW IT 'Our 2022/23 plan at a
// glance' – tick / cross lines (✓ done, ✗ not done, → where it continues), one merged line each.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Northcliffe Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout68-wdes-2023-24-northcliffe', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [6, 12, 54, 26, 12, 14], font: { name: 'Calibri', size: 11 } });
  p.line(['WDES Action Plan 2023-24'], { merge: ['A', 'F'], style: { bold: true, font: { size: 16 }, color: 'FF00563F' } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  p.header(['Ref', 'Metric(s)', 'Action', 'Owner', 'Quarter', 'Status'], { style: { fill: 'FF00563F', color: C.white } });
  const S = { 'On track': C.goodG, Complete: C.lightblue, 'Behind plan': C.badR, 'Not due': null };
  const groups = [
    ['Workstream 1: Getting in and getting on', [
      ['WD1', '1', 'Move disability declaration into the "my profile" screen of the rostering app so that road staff can update it on shift.', 'Head of Workforce Systems', 'Q2 23/24', 'Complete'],
      ['WD2', '2', 'Offer disabled applicants for call handler posts a practice session on the call system before assessment.', 'EOC Recruitment Lead', 'Q3 23/24', 'On track'],
      ['WD3', '6', 'Stop counting disability-related sickness absence towards attendance triggers, and tell managers why.', 'Head of HR Policy', 'Q1 23/24', 'Behind plan'],
    ]],
    ['Workstream 2: Safe and supported at work', [
      ['WD4', '4a, 4b', 'Include disability in the body-worn camera and violence reduction reports so that abuse of disabled crews is visible.', 'Violence Reduction Lead', 'Q2 23/24', 'On track'],
      ['WD5', '8', 'Set up an adjustments service that assesses and equips staff within 30 days, with a single referral form.', 'Occupational Health Manager', 'Q4 23/24', 'On track'],
      ['WD6', '5', 'Tell staff who feel pressured to come to work when unwell that they can go to wellbeing leads as well as managers.', 'Wellbeing Lead', 'Q3 23/24', 'Not due'],
    ]],
    ['Workstream 3: Voice and leadership', [
      ['WD7', '9b', 'Give the Enable network protected time (one day a month) for its chair and vice-chair.', 'Chief People Officer', 'Q1 23/24', 'Complete'],
      ['WD8', '10', 'Recruit a lived-experience advisor to the People Committee.', 'Company Secretary', 'Q4 23/24', 'Not due'],
    ]],
  ];
  for (const [ws_, rows] of groups) {
    p.line([ws_], { merge: ['A', 'F'], style: { bold: true, fill: C.palegrey } });
    for (const [ref, m, a, o, q, s] of rows) p.action([ref, m, a, o, q, s], { ref, indicators: m.split(', '), theme: ws_, action: a, lead: o, due: q, status: s, rag: { 'On track': 'green', Complete: 'blue', 'Behind plan': 'red' }[s] ?? null }, { height: 30, styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, S[s] ? { fill: S[s] } : {}] });
  }
  p.blank();
  p.line(['Our 2022/23 plan at a glance'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: 'FF00563F' } });
  const prior = [];
  for (const t of [
    '✓  Disability Confident Leader status renewed (December 2022).',
    '✓  Reasonable adjustments passport launched and used by 140 staff.',
    '✗  Attendance policy review not finished → continues as WD3.',
    '✓  Enable network chair joined the Inclusion Board.',
    '✗  Declaration campaign reached only office-based staff → continues as WD1.',
    '✓  Guaranteed interview scheme checked in every recruitment campaign.',
  ]) prior.push(p.line([t], { merge: ['A', 'F'], style: { color: /✗/.test(t) ? C.darkred : 'FF375623' } }));
  p.blank();
  p.line(['Status key: On track (green) · Complete (blue) · Behind plan (red) · Not due (no colour). Updated for the People Committee, November 2023.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Layout: title 'WDES Action Plan 2023-24' above the trust name, a green header 'Ref | Metric(s) | Action | Owner | Quarter | Status' on row 3, three grey workstream bands ('Workstream 1: Getting in and getting on', …) each over two or three actions WD1–WD8 with status words on fills (On track pale green, Complete light blue, Behind plan pale red, Not due unfilled); a blank row; then 'Our 2022/23 plan at a glance' and six merged lines each starting ✓ (done, dark-green font) or ✗ (not done, dark-red font), two of them ending '→ continues as WD3' / '→ continues as WD1'; a blank row and a status key with an update date. Judgement calls: the actions are WD1–WD8 (the 2023-24 plan); the six at-a-glance lines are LAST YEAR'S results, not actions, even the ✗ lines that continue – their continuation is already the WD row; ✓/✗ and their font colours are not statuses; theme = the workstream band; indicators from Metric(s) as written ('4a, 4b' → ['4a','4b'], '9b'); lead = Owner; due = Quarter as written ('Q2 23/24'); status = the word, rag = its fill (Complete light blue → blue; Not due unfilled → null); the key's update month is not a due.", { mode: 'fill', ragCol: 'F', priorRows: prior, forbidden: ['November 2023'] });
}
