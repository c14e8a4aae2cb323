// holdout50-wres-2019-20-wealdgate: a SHARED-SERVICES organisation hosted by a trust, its own WRES plan, actions under service-line section rows.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wealdgate Shared Business Services';
  const host = 'Wealdgate and Downs NHS Trust';
  const p = new Plan(book, { name: 'holdout50-wres-2019-20-wealdgate', sheet: 'Sheet1', standard: 'WRES', period: '2019-20', trust, widths: [58, 10, 30, 14, 46], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – Race Equality Action Plan 2019/20`], { style: { bold: true, font: { size: 14 } }, border: false });
  p.line([`Hosted by ${host}`], { style: { italic: true }, border: false });
  p.line(['We provide payroll, recruitment, procurement and financial services to seven NHS organisations in the South East. Our 418 colleagues are employed by our host and are counted in its WRES return, but the service has its own leadership team and agrees this plan with its own staff forum.'], { merge: ['A', 'E'], height: 48 });
  p.line(['Organisations we serve: Wealdgate and Downs NHS Trust; Eastbourne Levels Community NHS Trust; Pevensey Vale Mental Health NHS Foundation Trust; three CCGs; Sussex Weald Hospice.'], { merge: ['A', 'E'], height: 30, style: { font: { size: 9 }, color: 'FF595959' } });
  p.blank();
  p.header(['What we will do', 'WRES ind.', 'Service lead', 'Timescale', 'Progress at December 2019'], { style: { fill: 'FF7F7F7F', color: C.white } });
  const secs = [];
  const groups = [
    ['Payroll and Pensions', [
      ['Open the payroll team leader vacancies (Band 5 and 6) to internal expressions of interest first, with a named coach for each applicant from an ethnic minority background.', '1', 'Payroll Services Manager', 'From June 2019', 'Two of five team leader posts filled this way; one by a BME colleague.'],
      ['Check every informal and formal capability case in Payroll against the ethnicity of the colleague, each quarter, with the HR business partner.', '3', 'Payroll Services Manager', 'Quarterly', 'Q1 and Q2 done – no difference found in small numbers.'],
    ]],
    ['Recruitment Services', [
      ['Remove names, ages and addresses from application forms before they reach the shortlisting managers in our own recruitment.', '2', 'Head of Recruitment Services', 'September 2019', 'Live on TRAC for all Shared Services posts since 2 September.'],
      ['Train all 31 recruitment advisers to challenge all-white shortlists and interview panels, and record when they do.', '2', 'Recruitment Operations Lead', 'November 2019', '24 of 31 trained.'],
    ]],
    ['Procurement and Finance', [
      ['Give every colleague in Procurement and Finance one protected day a year for training that is not mandatory, and record uptake by ethnicity.', '4', 'Head of Procurement', 'March 2020', 'Started in Finance; Procurement to follow in January.'],
      ['Create two finance apprenticeship places aimed at school leavers in Hastings and Eastbourne, advertised through community groups.', '1', 'Director of Finance Services', 'January 2020', 'Both places offered; starts agreed for January.'],
    ]],
    ['All services', [
      ['Set up a Shared Services race equality forum, with time off to attend and a sponsor from the leadership team.', '7', 'Managing Director', 'July 2019', 'First meeting held 23 July; 19 members.'],
      ['Ask our host trust to report our part of the WRES survey results (indicators 5 to 8) separately, so that we can see our own picture.', '5, 6, 7, 8', 'Head of Business Support', 'October 2019', 'Agreed by the host; first split due with the 2019 survey.'],
      ['Make sure the Shared Services leadership team includes at least one member from an ethnic minority background when posts next fall vacant.', '9', 'Managing Director', 'Ongoing', ''],
    ]],
  ];
  for (const [sec, acts] of groups) {
    secs.push(p.line([sec], { merge: ['A', 'E'], style: { bold: true, fill: 'FFD9D9D9' }, border: true }));
    for (const [act, ind, lead, ts, prog] of acts) p.action([act, ind, lead, ts, prog], { indicators: ind.split(', '), theme: sec, action: act, lead, due: ts, progress: prog });
  }
  p.blank();
  p.line(['Agreed by the Shared Services Leadership Team and Staff Forum, 18 April 2019. Contact: Head of Business Support.'], { style: { italic: true, font: { size: 9 } }, border: false });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional SHARED-SERVICES organisation hosted by an NHS trust) on 'Sheet1', Calibri 11, the way a small business-support team types it: a title naming the shared service (row 1), a 'Hosted by Wealdgate and Downs NHS Trust' line, a merged paragraph explaining that the service's staff are employed by the host and counted in the host's WRES return but that the service keeps its own plan, a grey small-print list of the organisations the service serves, a grey header 'What we will do | WRES ind. | Service lead | Timescale | Progress at December 2019' (row 6), then four SERVICE-LINE SECTION ROWS (Payroll and Pensions; Recruitment Services; Procurement and Finance; All services) with two or three actions each, and an agreement line. No ref and no status column. Judgement calls: IDENTITY = the shared service as the title names it ('Wealdgate Shared Business Services') – the plan is the service's own, agreed by its own leadership team; the HOST TRUST (named on row 2 and in the paragraph) is not the identity, and the seven customer organisations are context; theme = the service-line section row; lead = Service lead as written; timescales kept as written ('From June 2019', 'Quarterly', 'Ongoing'); '5, 6, 7, 8' gives four indicators; progress = the December cell ('' where empty); no status, rag null; ref '' throughout.", { fieldCols: { lead: 'C', due: 'D' }, sections: secs, notIdentity: [host] });
}
