// holdout11-wres-2023-24-kilvercombe: new 2023 plan with NO STATUS; PRIORITY heading rows (theme) over blocks; 'WRES indicator(s)'
// and 'HIA' columns; FY-half / month-range timescales; 'How will we know?' column; a SIGN-OFF table under the plan.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout11-wres-2023-24-kilvercombe', sheet: 'WRES plan', standard: 'WRES', period: '2023-24', trust: 'Kilvercombe and District NHS Foundation Trust', widths: [14, 10, 56, 30, 16, 40] });
  p.line(['Kilvercombe and District NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard: our actions for 2023/24'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our 2023 WRES data showed improvement in indicators 1 and 9 but a widening gap in indicators 2 and 6. The actions below were developed with the Race Equality Network and map to the six high impact actions (HIA) in the NHS EDI Improvement Plan.'], { merge: ['A', 'F'], height: 40 });
  p.blank();
  p.header(['WRES\nindicator(s)', 'HIA', 'Action', 'Owner', 'Timescale', 'How will we know?\n(success measure)'], { style: { fill: C.nhs, color: C.white }, height: 30 });
  let theme = null;
  const pri = (t) => { p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.paleblue } }); theme = t; };
  const act = (ind, inds, hia, action, lead, due, outcome) => p.action([ind, hia, action, lead, due, outcome], { indicators: inds, theme, action, lead, due, outcome }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  pri('Priority 1: Fair recruitment and progression');
  act('2', ['2'], 'HIA 3', 'Introduce diverse interview panels for all posts at Band 7 and above, with a trained inclusion panel member.', 'Head of Resourcing', 'Apr–Jun 2023', 'Relative likelihood (indicator 2) below 1.25 in 2024');
  act('2', ['2'], 'HIA 3', 'Use values-based, de-biased shortlisting with names removed on TRAC for Band 6+ posts.', 'Head of Resourcing', 'H1 2023/24', 'Shortlisting to appointment gap reduced');
  act('1, 7', ['1', '7'], 'HIA 3', 'Relaunch the Stepping Forward development programme for Black, Asian and minority ethnic staff at Bands 5–7, with sponsors.', 'Head of Leadership and OD', 'FY23/24 H2', 'Two cohorts of 20; 25% promoted within 18 months');
  act('1', ['1'], 'HIA 1', 'Agree measurable EDI objectives for every Board member, including BME representation at 8a+ in their area.', 'Chief Executive / Chair', 'By 30 June 2023', 'Objectives in every Board appraisal');
  pri('Priority 2: Closing the pay gap');
  act('1', ['1'], 'HIA 2', 'Publish the ethnicity pay gap alongside the gender pay gap with an improvement plan.', 'Deputy Director of People', 'By March 2024', 'Ethnicity pay gap published and reducing');
  act('1, 9', ['1', '9'], 'HIA 2', 'Review starting salaries and progression for internationally educated nurses and midwives.', 'Chief Nurse', 'H2 2023/24', 'No unexplained pay difference at Band 5–6');
  pri('Priority 3: A culture free from racism');
  act('5', ['5'], 'HIA 6', 'Launch an anti-racism statement and a clear process for supporting staff who are racially abused by patients.', 'Director of Nursing & Quality', 'Jul–Sep 2023', 'Fewer BME staff report abuse from patients (indicator 5)');
  act('6, 8', ['6', '8'], 'HIA 6', 'Deliver Active Bystander training to all teams in the three divisions with the widest gap in indicator 6.', 'Head of Leadership and OD', 'Ongoing', 'Gap in indicator 6 halved by 2025');
  act('3', ['3'], 'HIA 6', 'Apply the Just and Learning Culture review to every proposed disciplinary case before a formal process starts.', 'Head of Employee Relations', 'From May 2023', 'Relative likelihood (indicator 3) at or below 1.0');
  pri('Priority 4: Inclusive induction and onboarding');
  act('5, 6', ['5', '6'], 'HIA 5', 'Give every internationally recruited member of staff a buddy and pastoral support for their first year.', 'International Recruitment Lead', 'H1 2023/24', 'Retention of international recruits above 90% at 12 months');
  act('4', ['4'], 'HIA 5', 'Record access to non-mandatory training and CPD on ESR so indicator 4 can be reported by division.', 'Head of Education', 'Q3 2023/24', 'Indicator 4 reported by division in the 2024 return');
  act('All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'HIA 1', 'Report progress on these actions to the People Committee every six months and publish a year-end summary.', 'EDI Lead', 'Six-monthly', 'Reports received Oct 2023 and Apr 2024');
  p.blank();
  p.line(['Sign-off'], { style: { bold: true } });
  p.line(['Approved by', '', 'Date'], { merge: ['A', 'B'], border: true, style: { bold: true, fill: C.palegrey } });
  p.line(['People Committee', '', '18 July 2023'], { merge: ['A', 'B'], border: true });
  p.line(['Trust Board', '', '27 July 2023'], { merge: ['A', 'B'], border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary new-year WRES plan for 2023/24 with NO STATUS column (status '', rag null). Two merged title rows, a merged intro paragraph, a blank row, then one header on row 5 with line breaks (NHS blue): 'WRES\\nindicator(s) | HIA | Action | Owner | Timescale | How will we know?\\n(success measure)'. Actions sit under four PRIORITY rows merged across A:F ('Priority 1: Fair recruitment and progression' …) = gold theme; the priorities name no indicator – indicators come from each row's own column ('1, 7' → ['1','7'], 'All' → all nine). 'HIA 1'…'HIA 6' is a mapping column, not the theme. Owner is a role (one 'Chief Executive / Chair', kept whole). Timescales are text: month ranges ('Apr–Jun 2023', 'Jul–Sep 2023'), FY halves ('H1 2023/24', 'FY23/24 H2'), 'By 30 June 2023', 'From May 2023', 'Six-monthly', 'Ongoing'. 'How will we know?' is gold outcome. Under the plan: a bold 'Sign-off' row and a small bordered table ('Approved by | Date', 'People Committee | 18 July 2023', 'Trust Board | 27 July 2023') – all non-action rows.");
}
