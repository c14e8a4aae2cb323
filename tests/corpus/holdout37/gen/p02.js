// holdout37-wdes-2025-26-farrowdene: one joint race and disability plan for a mental health trust in which the STANDARD IS NAMED INSIDE THE
// MEASURE CELL ('WDES 8', 'WRES 2', 'WRES 9 and WDES 10'), under a TWO-ROW GROUPED HEADER whose right-hand group is the MEASURABLE OUTCOME
// and its data source. Structure after the combined 'WRES & WDES Reports 2024-2025 & Action Plan' page of a London mental health trust
// (South West London and St George's, swlstg.nhs.uk) and the EDI Improvement Plan's pairing of each action with a success metric; the
// grouped header and the columns are ASSUMED (see SOURCES.md).
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Farrowdene Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout37-wdes-2025-26-farrowdene', sheet: 'Action plan', standard: 'WDES', period: '2025-26', trust, widths: [6, 56, 18, 8, 28, 12, 36, 16], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race and Disability Equality Action Plan 2025-26'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['One plan for race (WRES) and disability (WDES), written with the Race Equality Network and the Disability and Neurodiversity Network. The Standard and measure column says which standard each action serves; HIA = high impact action of the NHS EDI Improvement Plan.'], { merge: ['A', 'H'], height: 30 });
  p.blank();
  const G = { fill: C.purple, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } };
  const h1 = p.header(['THE ACTION', '', '', '', 'DELIVERY', '', 'MEASURABLE OUTCOME', ''], { style: G });
  p.ws.mergeCells(`A${h1}:D${h1}`); p.ws.mergeCells(`E${h1}:F${h1}`); p.ws.mergeCells(`G${h1}:H${h1}`);
  p.header(['No.', 'Action', 'Standard and measure', 'HIA', 'Lead', 'Deadline', 'Outcome by March 2026', 'Data source'], { style: { fill: C.lilac } });
  const from = p.r + 1;
  const rows = [
    ['1', 'Launch a disability and neurodiversity passport with a 28-day target for putting agreed adjustments in place.', 'WDES 8', 'HIA 4', 'Head of Wellbeing', D(2025, 9, 30), '75% of agreed adjustments in place within 28 days', 'Adjustments log'],
    ['2', 'Re-run the positive action development programme for Black and minority ethnic staff at Bands 6 and 7.', 'WRES 7', 'HIA 2', 'Head of Leadership and OD', D(2026, 3, 31), 'Two thirds of participants apply for a higher band within a year', 'Programme records'],
    ['3', 'Guarantee an interview to disabled applicants who meet the essential criteria, and audit shortlisting twice a year.', 'WDES 2', 'HIA 2', 'Head of Resourcing', D(2025, 10, 31), 'Relative likelihood of appointment from shortlisting at or below 1.10', 'TRAC'],
    ['4', 'Put a diverse panel member on every interview panel for posts at Band 8a and above.', 'WRES 2', 'HIA 2', 'Head of Resourcing', D(2025, 7, 31), 'Every Band 8a+ panel diverse (monthly audit)', 'TRAC'],
    ['5', 'Give every Board member an objective on race and disability equality, and publish a summary in the annual report.', 'WRES 9 and WDES 10', 'HIA 1', 'Trust Chair', D(2025, 6, 30), 'Every Board member has an EDI objective at appraisal', 'Appraisal records'],
    ['6', 'Check every formal capability case involving a disabled colleague to confirm that adjustments were offered first.', 'WDES 3', 'HIA 4', 'Head of Employee Relations', D(2025, 12, 31), 'Relative likelihood of entering capability below 1.25', 'ESR'],
    ['7', 'Train ward managers to respond to racist abuse from patients and to support the colleague afterwards.', 'WRES 5', 'HIA 6', 'Associate Director of Nursing', D(2025, 11, 30), '90% of ward managers trained', 'Training records'],
    ['8', 'Open one reporting route for harassment from patients, relatives and the public, with feedback to teams every month.', 'WRES 5 and WDES 4a', 'HIA 6', 'Head of Security and Violence Reduction', D(2025, 11, 30), 'Disabled staff reporting their last incident up eight points', 'Datix / NSS 2025'],
    ['9', 'Relaunch the Disability and Neurodiversity Network with two hours of protected time a month for members.', 'WDES 7', 'HIA 6', 'Chief People Officer', D(2025, 7, 31), 'Membership doubles; disabled staff feeling valued up three points', 'Network records'],
    ['10', 'Offer an exit conversation to disabled colleagues who leave and take the themes to the People Committee twice a year.', 'WDES 9a', 'HIA 4', 'Head of Workforce', D(2026, 1, 31), 'Two themes acted on by March 2026', 'Exit survey'],
    ['11', 'Publish one pay gap report covering ethnicity and disability, with the actions agreed for each.', 'WRES and WDES (pay gap – no indicator)', 'HIA 3', 'Head of Reward', D(2026, 3, 31), 'Report published on the trust website', 'ESR'],
    ['12', 'Give internationally recruited nurses a cultural integration programme and a named buddy for their first six months.', 'WRES 6', 'HIA 5', 'Head of Nursing Workforce', D(2025, 9, 30), 'Internationally recruited nurses reporting bullying from colleagues down five points', 'NSS 2025'],
    ['13', 'Explain the staff survey disability questions in easy read and British Sign Language before the 2025 survey opens.', 'WDES 9b', 'HIA 6', 'Head of Staff Engagement', D(2025, 8, 31), 'Disabled staff response rate up five points', 'NSS 2025'],
  ];
  for (const [no, a, sm, hia, lead, due, out, src] of rows) {
    const styles = [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, { numFmt: 'dd/mm/yyyy' }, {}, { italic: true }];
    const vals = [no, a, sm, hia, lead, due, out, src];
    if (!/WDES/.test(sm)) { p.line(vals, { border: true, styles, ambiguous: true }); continue; }
    const inds = sm.split(' and ').filter((s) => /^WDES/.test(s)).flatMap((s) => s.replace(/^WDES/, '').match(/\d+[ab]?/g) || []);
    p.action(vals, { ref: no, indicators: inds, action: a, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, outcome: out }, { styles });
  }
  const to = p.r;
  p.blank();
  p.line(['Data sources: NSS = NHS Staff Survey; ESR = Electronic Staff Record; TRAC = recruitment system; Datix = incident reporting system.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  p.line(['Approved by the People Committee, 24 June 2025. Progress will be reported to the Committee in November 2025 and March 2026.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust) kept as ONE JOINT RACE AND DISABILITY PLAN in which the STANDARD IS NAMED INSIDE THE 'Standard and measure' CELL of each row ('WDES 8', 'WRES 2', 'WRES 9 and WDES 10', 'WRES and WDES (pay gap – no indicator)'): trust name, a purple plan title, an intro saying the plan covers both standards and that HIA = high impact action of the NHS EDI Improvement Plan, a blank row, then a TWO-ROW HEADER – row 5 the merged group cells 'THE ACTION' (A–D), 'DELIVERY' (E–F), 'MEASURABLE OUTCOME' (G–H), row 6 'No. | Action | Standard and measure | HIA | Lead | Deadline | Outcome by March 2026 | Data source' – then 13 rows numbered 1–13, a data-source glossary line and an approval line. No status column (a new-year plan). Judgement calls: this gold is the WDES reading (the file name's standard): rows whose cell names WDES (alone or with WRES) are the actions (9); the four rows that name only WRES (2, 4, 7, 12) are real actions of the WRES reading of the same sheet, so they are non-action rows listed as AMBIGUOUS (a WDES reading need not report them). Indicators = the WDES part of the cell only: 'WRES 9 and WDES 10' → ['10'], 'WRES 5 and WDES 4a' → ['4a'], 'WDES 9a' → ['9a']; the pay-gap row names no metric → []. The HIA column ('HIA 4') has no gold field and is no indicator. Ref = No. as written. Due = Deadline as shown (dd/mm/yyyy). Outcome = 'Outcome by March 2026' (its figures – '1.10', 'eight points', 'March 2026' – are targets, not dates or indicators). The Data source column ('TRAC', 'ESR', 'NSS 2025') is context and gives no field. Both header rows are header rows. Theme null (no sections; the group cells are header labels).", { combined: { col: 'C', from, to, own: 'WDES', other: '^WRES', joint: 'WRES.*WDES', indCol: 'C', ownSeg: '^\\s*WDES' }, notFrom: ['H', 'D'] });
}
