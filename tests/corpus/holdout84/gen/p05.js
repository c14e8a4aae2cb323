// holdout84-wdes-2022-23-stourden: acute trust's WDES plan with two lead columns, both MERGED DOWN where one person covers several
// actions: the Executive lead (context) and the Operational lead (the lead); 'By when' merged over actions sharing a quarter; one
// progress cell merged over the two actions it reports on.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stourden University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout84-wdes-2022-23-stourden', sheet: 'WDES Plan 22-23', standard: 'WDES', period: '2022-23', trust, widths: [10, 6, 50, 20, 24, 12, 40, 12], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2022-23. Position as at September 2022.'], { merge: ['A', 'H'] });
  p.blank();
  p.header(['Metric(s)', 'Ref', 'Action', 'Executive lead', 'Operational lead', 'By when', 'Progress (Sept 2022)', 'RAG'], { style: { fill: C.nhs, color: C.white }, height: 28 });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { Red: C.badR, Amber: C.neutralA, Green: C.goodG, Complete: C.lightblue };
  const RG = { Red: 'red', Amber: 'amber', Green: 'green', Complete: 'blue' };
  // rows: [metric, ref, action, exec, oplead, by, progress, rag]; null = merged from the row above
  const rows = [
    ['1', 'D1', 'Ask every member of staff to check their disability and long-term condition record in ESR during the appraisal window.', 'Chief People Officer', 'Head of Workforce Systems', 'Q2', 'Declaration rate up from 4.1% to 5.6%.', 'Green'],
    ['2', 'D2', 'Extend the guaranteed interview scheme to internal applicants for secondments and acting-up posts.', null, 'Head of Resourcing', null, 'Policy change agreed at JLNC in August.', 'Complete'],
    ['3', 'D3', 'Move capability cases for disabled staff onto the health route first, with Occupational Health advice before any formal stage.', null, 'Head of Employee Relations', 'Q3', 'Pathway drafted; Staff Side asked for changes to the wording on sickness triggers.', 'Amber'],
    ['4a, 4b', 'D4', 'Add disability as a reason on the Datix violence and aggression form and in the Freedom to Speak Up log.', 'Chief Nurse', 'Head of Patient Safety', null, 'Both forms changed in June; first quarter of data shows 11 reports. The Freedom to Speak Up log uses the same categories from July.', 'Complete'],
    ['4a, 4b', 'D5', 'Train Freedom to Speak Up champions in disability harassment so they can signpost to reporting routes.', null, 'Freedom to Speak Up Guardian', null, null, 'Complete'],
    ['5, 7', 'D6', 'Run disability awareness sessions for ward managers in medicine and surgery, co-delivered by the Enable staff network.', null, 'Deputy Chief Nurse (Workforce)', 'Q4', 'Two of six sessions booked.', 'Amber'],
    ['6', 'D7', 'Tell staff that working while unwell is not expected: a manager toolkit and a campaign during Mental Health Awareness Week.', 'Chief People Officer', 'Health & Wellbeing Lead', null, 'Not started – campaign moved to May 2023.', 'Red'],
    ['8', 'D8', 'Set up a central reasonable adjustments budget and a passport that moves with staff between departments.', null, null, null, 'Business case at Finance & Investment Committee in December.', 'Amber'],
    ['9a, 9b', 'D9', 'Give the Enable network chair protected time of one day a week and a place on the People Committee.', null, 'Head of Equality, Diversity & Inclusion', 'Q2', 'Agreed from July.', 'Complete'],
  ];
  let cur = {}; const start = {}; const cols = { 3: 'D', 4: 'E', 5: 'F', 6: 'G' };
  const merges = [];
  rows.forEach((row, i) => {
    const r = p.r + 1;
    for (const k of [3, 4, 5, 6]) { if (row[k] !== null) { if (start[k] && r - 1 > start[k]) merges.push([cols[k], start[k], r - 1]); start[k] = r; cur[k] = row[k]; } }
    const [met, ref, act, , , , , rag] = row;
    p.action(row.map((v) => v ?? ''), { ref, indicators: met.split(', '), action: act, lead: cur[4], due: cur[5], status: rag, rag: RG[rag], progress: cur[6] },
      { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { alignment: { vertical: 'middle' } }, { alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center', vertical: 'middle' } }, { alignment: { vertical: 'middle' } }, { fill: F[rag], alignment: { horizontal: 'center' } }] });
  });
  const last = p.r; for (const k of [3, 4, 5, 6]) if (last > start[k]) merges.push([cols[k], start[k], last]);
  for (const [c, a, b] of merges) mergeDown(p.ws, c, a, b);
  p.blank();
  p.line(['Quarters are financial-year quarters of 2022-23 (Q2 = July–September).'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.line(['Complete is shaded blue.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust). Sheet 'WDES Plan 22-23': trust title, a plan line with the September 2022 position date, then the NHS-blue header 'Metric(s) | Ref | Action | Executive lead | Operational lead | By when | Progress (Sept 2022) | RAG' (row 4, frozen) and nine actions D1–D9. Where one person or one deadline covers consecutive actions the cell is MERGED DOWN: Executive lead over D1–D3, D4–D6 and D7–D9; Operational lead over D7–D8 (Health & Wellbeing Lead); By when over D1–D2 (Q2), D3–D5 (Q3) and D6–D8 (Q4); and the Progress cell over D4–D5, one update written for both actions; then a note on quarters and a colour note. Judgement calls: every action covered by a merged cell takes its value (D8's lead is Health & Wellbeing Lead, D4 and D5 share the progress text, D5's due is Q3); lead = Operational lead, never the Executive lead (the sponsor, context); due = By when as written ('Q2' … 'Q4', the bare quarter); status = the word, rag from its fill (Complete on light blue → blue, as the note says); theme null; indicators from Metric(s) ('4a, 4b', '5, 7', '9a, 9b' → both); the September 2022 position date and the May 2023 in D7's progress are no dues.", { mode: 'fill', ragCol: 8, notFrom: ['D'], mergedFields: { lead: 'E', due: 'F', progress: 'G' }, forbidden: ['Chief People Officer', 'Chief Nurse', 'September 2022'] });
}
