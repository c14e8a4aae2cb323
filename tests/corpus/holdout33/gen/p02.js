// holdout33-wdes-2025-26-marcliffe: follows the East of England Ambulance Service NHS Trust's Trust Board paper 'WDES 2024/25 Annual Report &
// WDES & WRES 2025/26 Action Plans' (eastamb.nhs.uk/about-us/trust-board/wres-and-wdes-data-report-september-2025): the board cover sheet –
// Meeting, Date, Report Title, Agenda Item, Author, Lead Director, Purpose, Assurance, Link to Strategic Risk (SR codes), 'Previously
// considered by:' with Phase 1 / Phase 2 / Phase 3 – then the action plan as an appendix. The appendix's columns are ASSUMED.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marcliffe and Downs Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout33-wdes-2025-26-marcliffe', sheet: 'Board paper', standard: 'WDES', period: '2025-26', trust, widths: [22, 10, 22, 50, 26, 13, 36], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  const L = (label, value, h) => p.line([label, value], { border: true, merge: ['B', 'G'], height: h, styles: [{ bold: true, fill: C.palegrey }] });
  L('Meeting:', 'Trust Board – Public Meeting');
  L('Date:', '10 September 2025');
  L('Report Title:', 'WDES 2024/25 Annual Report & WDES 2025/26 Action Plan');
  L('Agenda Item:', 'PUB25/09/7.2');
  L('Author:', 'Senior HR Adviser – Equality and Inclusion');
  L('Lead Director:', 'Chief People Officer & Deputy Chief Executive');
  L('Purpose:', 'Decision/Approval');
  L('Assurance:', 'Substantial');
  L('Link to Strategic Risk:', 'SR7 Workforce Sustainability; SR8 Staff Retention; SR9 Organisational Development');
  L('Previously considered by:', 'Phase 1: the WDES data summary went to the People Committee and the Board for sign-off before upload to the national data collection; the deadline was met.', 30);
  L('', 'Phase 2: the draft 2025/26 plan was shared with the Disability Support Network for comment and suggestions before it was finalised.', 30);
  L('', 'Phase 3: the People Committee approved the plan on 30 July 2025.');
  p.blank();
  p.line(['Appendix 2 – WDES Action Plan 2025/26'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.header(['No.', 'WDES Metric', 'Area of focus', 'Action', 'Action Owner', 'Target date', 'Measure of success'], { style: { fill: C.darkblue, color: C.white } });
  const acts = [
    ['1', '2', 'Recruitment', 'Publish a plain-English guide to the guaranteed interview scheme on the careers site and in every job advert for frontline roles.', 'Head of Recruitment', D(2025, 11, 30), 'Disabled applicants appointed from shortlisting at parity (ratio 0.8–1.25).'],
    ['2', '3', 'Capability', 'Require an occupational health referral and an adjustments review before any Disabled colleague enters stage 2 of the capability policy.', 'Head of Employee Relations', D(2025, 12, 31), 'No stage 2 case opened without both checks.'],
    ['3', '4a', 'Violence and aggression', 'Offer a post-incident debrief with a trained wellbeing lead to every crew member who reports abuse from a patient or member of the public.', 'Head of Health, Safety and Security', D(2026, 1, 31), 'Debrief offered in 95% of reported incidents.'],
    ['4', '4b', 'Reporting', 'Add a disability field to the incident reporting system so that reports of bullying by Disabled staff can be analysed.', 'Head of Risk', D(2025, 10, 31), 'Field live and used in the quarterly EDI Group report.'],
    ['5', '6', 'Presenteeism', 'Brief all station and control room managers on the attendance policy\'s adjustments for long-term conditions, using case studies from the Disability Support Network.', 'Deputy Director of Operations', D(2026, 3, 31), 'Fall in Disabled staff reporting pressure to work when unwell.'],
    ['6', '8', 'Reasonable adjustments', 'Launch a single digital adjustments passport that moves with the member of staff between stations and sectors.', 'EDI Manager', D(2026, 2, 28), '200 passports in use by year end.'],
    ['7', '9a', 'Engagement', 'Fund protected time for the Disability Support Network chair and two deputies.', 'Chief People Officer', D(2025, 10, 31), 'Time agreed in job plans.'],
    ['8', '10', 'Board', 'Run a Board development session on disability inclusion led by the Disability Support Network.', 'Director of Corporate Affairs', D(2026, 3, 31), 'Session held and actions logged.'],
  ];
  for (const [no, m, area, a, lead, due, out] of acts) {
    p.action([no, m, area, a, lead, due, out], { ref: no, indicators: [m], action: a, lead, due: shown(due, 'dd/mm/yyyy'), outcome: out }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) laid out like a real ambulance trust's public Trust Board paper carrying its WDES action plan (the East of England Ambulance Service's September 2025 paper): the trust name, then a BOARD COVER SHEET of label | value rows – 'Meeting:', 'Date:' (10 September 2025), 'Report Title:', 'Agenda Item:' ('PUB25/09/7.2'), 'Author:', 'Lead Director:' ('Chief People Officer & Deputy Chief Executive'), 'Purpose:' ('Decision/Approval'), 'Assurance:' ('Substantial'), 'Link to Strategic Risk:' ('SR7 …; SR8 …; SR9 …'), and 'Previously considered by:' followed by three PHASE LINES (Phase 1, 2, 3) – then a heading 'Appendix 2 – WDES Action Plan 2025/26' and the plan 'No. | WDES Metric | Area of focus | Action | Action Owner | Target date | Measure of success' (row 16). Target dates are real dates shown dd/mm/yyyy. Judgement calls: every cover-sheet row is context – the Lead Director is the paper's sponsor, never an action's lead (lead = Action Owner on each row, so the plan's own Chief People Officer on action 7 is from the row, not the cover sheet); the paper date and the Phase 3 approval date are not dues; 'Decision/Approval' and 'Substantial' are not statuses; the SR codes and the agenda item code are not WDES metrics; the Phase lines are the paper's history, not actions, even though they read like steps; ref = No.; indicators from the WDES Metric column (4a, 4b and 9a as written); due = Target date as displayed; outcome = Measure of success; Area of focus is a per-row label (a column, not a section row) so theme null; no status column (status '', rag null).", { forbidden: ['Chief People Officer & Deputy Chief Executive', '10 September 2025', '30 July 2025', 'Decision/Approval', 'Substantial', 'Senior HR Adviser – Equality and Inclusion'] });
}
