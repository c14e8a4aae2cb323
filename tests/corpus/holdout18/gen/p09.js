// holdout18-wres-2026-27-aldermoor: ORDINARY new-year plan of a multi-site HOSPITAL GROUP – navy trust bar, title, approval
// line; header 'WRES indicator | HIA | Our 2026 data | Action | Senior responsible owner | Delivery lead | Delivery by |
// Success measure' (gold lead = Delivery lead); two indicators on TWO LINES of one cell ('WRES 5\nWRES 6'); 'HIA 2';
// data figures per row; real dd/mm/yyyy + 'Quarterly'; NO status column (new plan); footnote lines.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout18-wres-2026-27-aldermoor', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust: 'University Hospitals of Aldermoor NHS Trust', widths: [14, 9, 24, 52, 24, 28, 13, 38], font: { name: 'Aptos Narrow', size: 11 } });
  p.line(['University Hospitals of Aldermoor NHS Trust'], { merge: ['A', 'H'], height: 22, style: { bold: true, font: { size: 14 }, color: C.white, fill: C.navy, alignment: { vertical: 'middle' } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2026/27 (Aldermoor General, St Cuthbert\'s and Welby Community Hospital)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Approved by the Group People Committee, 14 May 2026. Progress will be reported from Q2.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['WRES indicator', 'HIA', 'Our 2026 data', 'Action', 'Senior responsible owner', 'Delivery lead', 'Delivery by', 'Success measure'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const F = 'dd/mm/yyyy';
  const data = [
    ['WRES 1', 'HIA 2', ['1'], '9.8% of Band 8c+ staff are from ethnic minorities (34% of all staff).', 'Agree representation goals for Band 8a+ on each site and report them in the Group workforce report.', 'Chief People Officer', 'Group Head of Workforce Intelligence', D(2026, 7, 31), 'Goals in the Q2 workforce report.'],
    ['WRES 2', 'HIA 2', ['2'], 'Relative likelihood 1.52 (2025: 1.61).', 'Require structured scoring and an inclusion panel member for every interview at Band 7 and above.', 'Chief People Officer', 'Group Head of Resourcing', D(2026, 9, 30), 'Relative likelihood below 1.30.'],
    ['WRES 2', 'HIA 2', ['2'], '', 'Give feedback and a career conversation to every internal ethnic minority candidate not appointed at Band 7+.', 'Chief People Officer', 'Group Head of Resourcing', D(2026, 12, 31), '90% of unsuccessful internal candidates offered feedback.'],
    ['WRES 3', 'HIA 6', ['3'], 'Relative likelihood 1.34.', 'Audit every formal disciplinary case against the just culture guide each quarter.', 'Chief People Officer', 'Head of Employee Relations', 'Quarterly', 'Relative likelihood at or below 1.25.'],
    ['WRES 4', 'HIA 4', ['4'], 'Relative likelihood 1.08 (white staff more likely).', 'Publish access to CPD funding by ethnicity for each professional group and site.', 'Chief Nurse', 'Head of Education', D(2026, 10, 31), 'Report published; gaps explained.'],
    ['WRES 5\nWRES 6', 'HIA 6', ['5', '6'], '31% / 27% of ethnic minority staff report harassment from the public / from staff.', 'Extend the "Respect for all" anti-racism programme to St Cuthbert\'s and Welby.', 'Chief Nurse', 'Head of Inclusion', D(2027, 3, 31), 'Both figures fall by 3 points in the 2026 survey.'],
    ['WRES 7', 'HIA 2', ['7'], '44% of ethnic minority staff believe the Trust provides equal opportunities (white 58%).', 'Run a cross-site sponsorship programme for ethnic minority staff at Bands 6–8a.', 'Chief Executive', 'Head of Leadership and Talent', D(2027, 1, 31), '20 sponsored staff; half promoted or seconded within two years.'],
    ['WRES 8', 'HIA 6', ['8'], '16% report discrimination from a manager or colleague.', 'Introduce a civility and respect pledge for all managers, with a 360° feedback check.', 'Chief People Officer', 'Head of Organisational Development', D(2026, 11, 30), 'Indicator 8 below 13%.'],
    ['WRES 8', 'HIA 5', ['8'], '', 'Give international recruits a first-year pastoral buddy and an induction on raising concerns.', 'Chief Nurse', 'Head of International Recruitment', D(2026, 9, 30), 'Every new international recruit has a buddy.'],
    ['WRES 9', 'HIA 1', ['9'], '2 of 14 Board members are from ethnic minorities.', 'Give every Board member an EDI objective and report the outcome in the annual report.', 'Chair', 'Group Company Secretary', D(2026, 6, 30), 'All Board members have an EDI objective.'],
    ['WRES 1–9', 'HIA 1', ALL_WRES, '', 'Report progress on this plan quarterly to the Group People Committee.', 'Chief People Officer', 'Head of Inclusion', 'Quarterly', 'Four reports received.'],
  ];
  for (const [ind, hia, inds, dat, action, sro, lead, due, measure] of data) {
    const isDate = due instanceof Date;
    p.action([ind, hia, dat || null, action, sro, lead, due, measure], { indicators: inds, action, lead, due: isDate ? shown(due, F) : due, outcome: measure }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, isDate ? { numFmt: F } : {}] });
  }
  p.blank();
  p.line(['HIA = high impact action of the NHS EDI Improvement Plan (2023). Data are from the 2026 WRES return (indicators 1–4, 9) and the 2025 NHS Staff Survey (indicators 5–8).'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY new-year WRES plan (2026-27) of a multi-site HOSPITAL GROUP, Aptos Narrow 11: a navy merged bar with the trust name, a bold title naming the three sites, an italic approval line, a blank row, then a pale-blue header 'WRES indicator | HIA | Our 2026 data | Action | Senior responsible owner | Delivery lead | Delivery by | Success measure' (row 5). Indicators 'WRES N', one cell with TWO INDICATORS ON TWO LINES ('WRES 5' / 'WRES 6') and 'WRES 1–9' (= all nine). HIA as 'HIA N' (a column, not a theme). 'Our 2026 data' is written on the first row of an indicator only (context). Two person columns: gold lead = Delivery lead, not the Senior responsible owner. 'Delivery by' real dates shown dd/mm/yyyy plus 'Quarterly'. Success measure = outcome. NO status or progress column (a new plan): status '', rag null. A footnote line below. Judgement calls: lead = Delivery lead; the data column is context, not outcome; the two-line indicator cell gives both indicators.");
}
