// holdout85-wres-2021-22-saltmarden: mental health FT, laid out like a published MH trust WRES plan: a four-colour key (Blue = new for
// 2021 onwards), 'Objective | Analysis | WRES Action | Lead | Date | RAG Rating', an 'Indicator n' row with the indicator's wording
// beside it, the year-on-year data in Analysis, and the progress TEXT written inside the coloured RAG Rating cell.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saltmarden Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2021-22-saltmarden', sheet: 'WRES Action Plan', standard: 'WRES', period: '2021-22', trust, widths: [12, 34, 46, 24, 13, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES ACTION Plan 2021 - 2022'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  const keyRows = [p.line(['Red', 'Not yet begun'], { styles: [{ fill: C.red }] }), p.line(['Amber', 'Begun but not complete'], { styles: [{ fill: C.amber }] }), p.line(['Green', 'Complete'], { styles: [{ fill: C.green }] }), p.line(['Blue', 'New for 2021 onwards'], { styles: [{ fill: C.lightblue }] })];
  p.blank();
  p.header(['Objective', 'Analysis', 'WRES Action', 'Lead', 'Date', 'RAG Rating'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: p.r }];
  const F = { red: C.red, amber: C.amber, green: C.green, blue: C.lightblue };
  const rows = [
    ['Indicator 1', 'Percentage of staff in each of the AfC Bands 1-9 and VSM (including Executive Board members) compared with the percentage of staff in the overall workforce.'],
    ['As of 31/03/2020 BME staff 13.1%, White staff 84.6%, not stated 2.3%.', 'Ask each care group director to agree a representation target for Band 7 and above and report against it at the quarterly performance review.', 'Deputy Director of Workforce', 'September 2021', 'Targets agreed for four of the five care groups; Forensic services to agree in October.', 'amber'],
    ['As of 31/03/2021 BME staff 14.4%, White staff 83.5%, not stated 2.1% – an increase of 1.3% in BME staff.', 'Analyse the workforce report by team and job role to find where BME staff are under-represented above Band 5.', 'Workforce Information Manager D&I Facilitator', 'June 2021', 'Report taken to the Workforce Committee in July; community mental health teams and psychology flagged.', 'green'],
    ['Indicator 2', 'Relative likelihood of staff being appointed from shortlisting across all posts.'],
    ['White staff 1.52 times more likely to be appointed from shortlisting (2020: 1.61).', 'Include a trained member of the Race Equality Network on every interview panel for Band 7 and above.', 'Recruitment Manager', 'December 2021', 'Twelve network members trained; panels covered from November.', 'amber'],
    ['', 'Run interview skills and application workshops for BME staff at Bands 3 to 6 with the Race Equality Network.', 'D&I Facilitator BME Network Chair', 'March 2022', 'New action agreed at the Network meeting in May 2021.', 'blue'],
    ['Indicator 3', 'Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation.'],
    ['BME staff 1.9 times more likely to enter the formal disciplinary process (2020: 2.3).', 'Have a senior HR adviser check every proposed formal investigation involving a BME member of staff before it is opened.', 'Head of Employee Relations', 'July 2021', 'In place since April; 9 cases checked, 4 resolved informally.', 'green'],
    ['Indicator 4', 'Relative likelihood of staff accessing non-mandatory training and CPD.'],
    ['BME staff 0.88 times as likely as White staff to access non-mandatory training.', 'Record all applications for CPD funding by ethnicity and report them to the Education Governance Group every six months.', 'Head of Learning and Development', 'October 2021', 'Not yet begun – new e-learning system goes live in January.', 'red'],
    ['Indicator 5', 'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months.'],
    ['BME staff 36.2%, White staff 27.9% (2020 staff survey).', 'Put up posters and ward-round reminders in every inpatient unit making clear that racist abuse of staff will be challenged, and log each incident on Datix.', 'Associate Director of Nursing', 'August 2021', 'Posters in all 14 wards; racist abuse now a Datix category.', 'green'],
    ['Indicator 7', 'Percentage believing that trust provides equal opportunities for career progression or promotion.'],
    ['BME staff 72.4%, White staff 86.9%.', 'Offer every BME member of staff at Bands 5 to 7 a career conversation with a senior leader from outside their own line.', 'Head of Organisational Development', '', 'Pilot in Adult Community services; 31 conversations held so far.', 'amber'],
    ['Indicator 9', 'Percentage difference between the organisations’ Board voting membership and its overall workforce.'],
    ['One BME voting member out of 13 (7.7%) against 14.4% of the workforce.', 'Brief the recruitment agency for the two non-executive director vacancies to produce a long list that reflects our local population.', 'Trust Secretary', 'January 2022', 'Not yet begun – vacancies advertised in the new year.', 'red'],
  ];
  const secs = []; let theme = null; let ind = null;
  for (const r of rows) {
    if (r.length === 2) { secs.push(p.line(r, { border: true, styles: [{ bold: true }, { italic: true }] })); theme = r[0]; ind = r[0].replace('Indicator ', ''); continue; }
    const [an, act, lead, date, prog, rag] = r;
    p.action(['', an, act, lead, date, prog], { indicators: [ind], theme, action: act, lead, due: date, rag, progress: prog }, { styles: [{}, { font: { size: 9 } }, {}, {}, {}, { fill: F[rag] }] });
  }
  p.blank();
  p.line(['Progress against this plan is reported to the Workforce Committee every quarter.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after a published mental health trust WRES plan (fictional trust, every sentence and number new). Sheet 'WRES Action Plan': trust name, title 'WRES ACTION Plan 2021 - 2022', a four-row colour KEY in columns A–B (Red Not yet begun, Amber Begun but not complete, Green Complete, Blue New for 2021 onwards), the header 'Objective | Analysis | WRES Action | Lead | Date | RAG Rating' (row 9, frozen), and for each indicator a bordered row 'Indicator n' in Objective with the indicator's wording in Analysis, followed by its actions with Objective blank. The Analysis column holds that row's data (year figures) or nothing. The RAG Rating cell holds the PROGRESS TEXT, and its fill is the RAG. Judgement calls: each 'Indicator n' row is a section row (not an action) – theme = its label 'Indicator n' and the indicator comes from it; the indicator's wording and the data in Analysis are context, never an action or progress; action = WRES Action; lead = Lead as written, the run-together 'Workforce Information Manager D&I Facilitator' and 'D&I Facilitator BME Network Chair' kept whole; due = Date as typed ('September 2021'), '' where blank (Indicator 7); status '' (the plan writes no status word), rag from the RAG Rating fill through the key (light blue 'New for 2021 onwards' → blue); progress = the text in the RAG Rating cell; the key rows and the closing reporting line are not actions.", { mode: 'fill', ragCol: 6, statusIsCell: false, colourOnly: { col: 'F', progress: true }, sections: secs, notFrom: ['B'], dataRows: keyRows });
}
