// holdout64-wdes-2020-21-hollinbrook: follows a mental health trust's WDES page (Leicestershire Partnership NHS Trust,
// https://leicspart.nhs.uk/about/equality-diversity-and-inclusion/workforce-disability-equality-standard): the Board monitors the plan, the
// trust's named disability network (an acronym, MAPLE there) and staff side are kept up to date, the WDES is linked to EDS2. The workbook
// split (metrics sheet + plan sheet) and the two-row header with a Start / End timescale are ASSUMED.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hollinbrook Partnership NHS Trust';
  // sheet 1: the metrics (context only)
  const m = book.wb.addWorksheet('WDES metrics 2020');
  [8, 60, 14, 14].forEach((w, i) => { m.getColumn(i + 1).width = w; });
  m.getCell('A1').value = `${trust} – WDES metrics, 31 March 2020`; m.getCell('A1').font = { name: 'Arial', size: 12, bold: true };
  m.getRow(3).values = ['Metric', 'Description', 'Disabled', 'Non-disabled']; m.getRow(3).font = { name: 'Arial', size: 10, bold: true };
  const rows = [['1', 'Percentage of staff in AfC bands 1-9 and VSM (declared on ESR)', '4.1%', '83.2%'], ['2', 'Relative likelihood of appointment from shortlisting', '1.34', ''], ['3', 'Relative likelihood of entering the formal capability process', '2.10', ''], ['4', 'Harassment, bullying or abuse from patients / managers / colleagues; reporting', '33.5%', '24.8%'], ['5', 'Belief in equal opportunities for career progression', '79.0%', '86.3%'], ['6', 'Pressure from manager to come to work when unwell', '30.2%', '20.1%'], ['7', 'Satisfaction with the extent the organisation values their work', '38.7%', '49.9%'], ['8', 'Adequate adjustments made', '72.4%', ''], ['9', 'Staff engagement score / network in place', '6.5', '7.1'], ['10', 'Board membership (voting)', '0%', '100%']];
  rows.forEach((r, i) => { m.getRow(4 + i).values = r; });
  const p = new Plan(book, { name: 'holdout64-wdes-2020-21-hollinbrook', sheet: 'Action plan', standard: 'WDES', period: '2020-21', trust, widths: [7, 54, 10, 28, 11, 11, 44] });
  p.line(['WDES Action Plan 2020-21'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Agreed with LANTERN (our Lived-experience And Neurodiversity Network) and staff side. Progress is reported to the Trust Board twice a year and cross-referenced to EDS2.'], { merge: ['A', 'G'], height: 28 });
  p.blank();
  const h1 = p.header(['Ref', 'Action', 'Metric(s)', 'Lead', 'Timescale', '', 'Progress (December 2020)'], { style: { fill: C.teal, color: C.white, alignment: { horizontal: 'center' } } });
  const h2 = p.header(['', '', '', '', 'Start', 'End', ''], { style: { fill: C.teal, color: C.white, alignment: { horizontal: 'center' } } });
  for (const c of ['A', 'B', 'C', 'D', 'G']) p.ws.mergeCells(`${c}${h1}:${c}${h2}`);
  p.ws.mergeCells(`E${h1}:F${h1}`);
  const A = [
    ['HB1', 'Write to every colleague who has not completed the disability field on ESR, with a link to the self-service page and a note from the LANTERN chair.', '1', 'Workforce Information Manager', D(2020, 10, 1), D(2020, 12, 31), 'Letters sent in October; declaration rate now 5.3%.'],
    ['HB2', 'Train all recruiting managers in inclusive shortlisting, including the Disability Confident interview guarantee.', '2', 'Head of Recruitment', D(2020, 10, 1), D(2021, 3, 31), '112 managers trained through online sessions.'],
    ['HB3', 'Analyse the capability cases involving disabled staff since 2017 and report the findings to the Workforce Committee.', '3', 'Head of HR Operations', D(2020, 11, 1), D(2021, 2, 28), ''],
    ['HB4', 'Extend the Freedom to Speak Up champion network with champions who have lived experience of disability.', '4', 'Freedom to Speak Up Guardian', D(2020, 9, 1), D(2021, 1, 31), 'Four new champions recruited.'],
    ['HB5', 'Publish stories from disabled colleagues who have progressed, alongside the secondment opportunities bulletin.', '5, 7', 'Communications Lead', D(2021, 1, 1), D(2021, 3, 31), ''],
    ['HB6', 'Include a wellbeing and adjustments question in every return-to-work conversation.', '6', 'Head of Health and Wellbeing', D(2020, 10, 1), D(2021, 3, 31), 'Template updated and live on the intranet.'],
    ['HB7', 'Pilot a tailored adjustments agreement in two community mental health teams before rolling it out.', '8', 'Associate Director of People', D(2020, 11, 1), D(2021, 6, 30), 'Pilot teams agreed; first agreements signed.'],
    ['HB8', 'Agree a terms of reference and a small budget for LANTERN, with an executive sponsor.', '9', 'Head of EDI', D(2020, 9, 1), D(2020, 11, 30), 'Sponsor is the Director of Nursing.'],
  ];
  for (const [ref, a, met, lead, st, end, prog] of A) {
    const due = end.toLocaleDateString('en-GB', { timeZone: 'UTC' }).replace(/^\d+\//, (x) => x);
    p.action([ref, a, met, lead, st, end, prog], { ref, indicators: met.split(', '), action: a, lead, due: `${String(end.getUTCDate()).padStart(2, '0')}/${String(end.getUTCMonth() + 1).padStart(2, '0')}/${String(end.getUTCFullYear()).slice(2)}`, progress: prog }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'dd/mm/yy' }, { numFmt: 'dd/mm/yy' }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health and community partnership trust) following a real published WDES page of a mental health trust (Leicestershire Partnership): TWO SHEETS – 'WDES metrics 2020' (the ten metrics with disabled / non-disabled figures, context only) and 'Action plan' (this gold's sheet): a title, a line naming the trust's disability network by its acronym and how progress is reported, then a TWO-ROW HEADER (rows 4-5): 'Ref | Action | Metric(s) | Lead | Timescale | Progress (December 2020)' with Ref, Action, Metric(s), Lead and Progress merged down over both rows and 'Timescale' merged across E:F over 'Start' and 'End'. Eight actions HB1-HB8. Judgement calls: the metrics sheet holds no actions; both header rows are header rows; due = the END date (dd/mm/yy as shown), never the Start; ref = Ref; indicators from Metric(s) ('5, 7' → ['5','7']), the pre-2021 set; progress = the December 2020 column where filled; no status column – status '' and rag null; the network and Board are not leads; the trust is named only on the metrics sheet (identity from there).", { crossRef: { metricCol: 'C', otherCols: [] }, dueFrom: ['F'] });
}
