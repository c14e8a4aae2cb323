// holdout58-wres-2025-26-calderbrook: specialist orthopaedic trust, a PMO PROGRAMME TRACKER 19 columns wide: workstream column,
// deliverables with a WRES metric, baseline / target / four QUARTERLY ACTUALS (numbers) and a trend arrow, SRO beside Delivery lead,
// milestone date, a Confidence rating (H / M / L) beside the BRAG letter, risk / issue and mitigation, and a commentary column.
import { Book, Plan, C, wideAction, dt } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Royal Calderbrook Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout58-wres-2025-26-calderbrook', sheet: 'Programme tracker', standard: 'WRES', period: '2025-26', trust, font: { name: 'Segoe UI', size: 9 },
    widths: [8, 18, 44, 9, 10, 10, 9, 9, 9, 9, 7, 20, 22, 12, 11, 7, 30, 30, 36] });
  const ws = p.ws;
  p.line(['Race Equality Programme 2025/26 – WRES delivery tracker'], { merge: ['A', 'S'], style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line([trust], { merge: ['A', 'S'], style: { bold: true } });
  p.line(['Programme board: People Programme Board  ·  Reporting period: Q2 (to 30 September 2025)  ·  Version 0.7'], { merge: ['A', 'S'], style: { color: 'FF595959' } });
  p.blank();
  const band = p.header(['', '', '', '', 'Measure', '', '', '', '', '', '', 'Ownership', '', 'Delivery', '', '', 'RAID', '', ''], { merge: [['E', 'K'], ['L', 'M'], ['N', 'P'], ['Q', 'R']], style: { fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['ID', 'Workstream', 'Deliverable', 'WRES metric', 'Baseline', 'Target 25/26', 'Q1 actual', 'Q2 actual', 'Q3 actual', 'Q4 actual', 'Trend', 'SRO', 'Delivery lead', 'Milestone date', 'Confidence', 'BRAG', 'Risk / issue', 'Mitigation', 'Commentary (Q2)'], { style: { fill: C.paleblue } });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: hdr }];
  ws.autoFilter = `A${hdr}:S${hdr}`;
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red };
  const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const M = { ref: 0, action: 2, lead: 12, due: 13, status: 15, progress: 18 };
  const P = '0.0%', N = '0.00';
  const rows = [
    ['RE-01', 'Representation', 'Agree a trajectory for ethnic minority representation at Band 8a+ with each division and report it quarterly to the People Programme Board.', '1', 0.118, 0.14, 0.121, 0.125, '', '', '▲', 'Chief People Officer', 'Workforce Insight Lead', dt(2025, 6, 30, 'dd-mmm-yy'), 'H', 'B', '', '', 'Trajectories agreed by all three divisions in June.'],
    ['RE-02', 'Representation', 'Add an ethnic minority senior colleague to every Band 8c+ and consultant appointment panel.', '2', 1.62, 1.3, 1.55, 1.41, '', '', '▲', 'Chief People Officer', 'Head of Resourcing', dt(2025, 12, 31, 'dd-mmm-yy'), 'M', 'G', 'Small pool of senior panellists', 'Regional panel-sharing agreement', 'Panel compliance 82% in Q2, up from 60%.'],
    ['RE-03', 'Representation', 'Publish consultant appointment outcomes by ethnicity after each Advisory Appointments Committee.', '2', '', '', '', '', '', '', '', 'Medical Director', 'Medical Staffing Manager', 'TBC', 'L', 'R', 'Data held outside ESR', 'Manual log until ESR change', 'Not started – log format not yet agreed with the Royal College assessor.'],
    ['RE-04', 'Fair treatment', 'Apply a decision-tree check to every proposed formal disciplinary involving an ethnic minority colleague.', '3', 1.44, 1.0, 1.38, 1.12, '', '', '▲', 'Chief People Officer', 'Head of Employee Relations', dt(2025, 9, 30, 'dd-mmm-yy'), 'H', 'G', '', '', 'Decision tree in use; Q2 ratio 1.12.'],
    ['RE-05', 'Fair treatment', 'Open theatre practitioner CPD funding to all bands with a transparent application window.', '4', 0.91, 1.0, 0.93, 0.9, '', '', '▼', 'Chief Nurse', 'Theatres Education Lead', dt(2025, 11, 30, 'dd-mmm-yy'), 'M', 'A', 'Funding bid outcome', 'Prioritise within existing CPD budget', 'Window opened; uptake by ethnic minority staff dipped in Q2.'],
    ['RE-06', 'Culture', 'Roll out "Active Bystander" training to all theatre and ward teams.', '5, 6', 0.27, 0.22, '', '', '', '', '', 'Chief Nurse', 'Head of OD', dt(2026, 3, 31, 'dd-mmm-yy'), 'M', 'G', 'Release of theatre staff', 'Sessions at list start', '14 of 40 teams trained; survey measure reported annually.'],
    ['RE-07', 'Culture', 'Run an anti-racism learning review of every upheld grievance and share learning with the division.', '6, 8', '', '', '', '', '', '', '', 'Chief People Officer', 'Head of Employee Relations', dt(2026, 1, 31, 'dd-mmm-yy'), 'M', 'A', 'Low number of cases limits themes', 'Combine with regional ER network', 'Two reviews done; template in draft.'],
    ['RE-08', 'Leadership', 'Sponsor two ethnic minority colleagues a year on the NHS Leadership Academy Mary Seacole programme.', '7', 0.58, 0.65, '', '', '', '', '', 'Chief Executive', 'Head of OD', dt(2025, 10, 31, 'dd-mmm-yy'), 'H', 'G', '', '', 'Two places funded; cohort starts October.'],
    ['RE-09', 'Leadership', 'Recruit a Board-level associate non-executive with lived experience of race inequity.', '9', 0, 1, 0, 0, '', '', '►', 'Chair', 'Company Secretary', dt(2025, 12, 31, 'dd-mmm-yy'), 'L', 'A', 'Candidate field', 'Use specialist search firm', 'Shortlisting in November after re-advert.'],
  ];
  for (const v of rows) {
    const pct = ['1', '5, 6', '7'].includes(v[3]);
    const st = { 3: { alignment: { horizontal: 'center', vertical: 'top' } }, 10: { alignment: { horizontal: 'center', vertical: 'top' } }, 14: { alignment: { horizontal: 'center', vertical: 'top' } }, 15: { fill: F[v[15]], alignment: { horizontal: 'center', vertical: 'top' } } };
    if (v[3] !== '9') for (let i = 4; i <= 9; i++) st[i] = { numFmt: pct ? P : N };
    wideAction(p, v, M, { indicators: v[3].split(', '), rag: RG[v[15]] }, { styles: st });
  }
  p.blank();
  p.line(['BRAG: B complete · G on track · A at risk · R off track / not started. Confidence is the delivery lead\'s confidence of meeting the milestone (H/M/L); it is not the BRAG.'], { merge: ['A', 'S'], style: { italic: true } });
  p.line(['Metrics 5–8 are staff survey measures reported once a year; metric 9 is a head count.'], { merge: ['A', 'S'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original wide PMO PROGRAMME TRACKER (fictional specialist orthopaedic FT), 19 columns, Segoe UI 9: programme title, the trust's name, a board/period/version line, a blank row, a navy BAND ROW (row 5: Measure over E–K, Ownership over L–M, Delivery over N–P, RAID over Q–R) over the header (row 6) 'ID | Workstream | Deliverable | WRES metric | Baseline | Target 25/26 | Q1 actual … Q4 actual | Trend | SRO | Delivery lead | Milestone date | Confidence | BRAG | Risk / issue | Mitigation | Commentary (Q2)'; frozen at D7 with an autofilter; a BRAG key line and a metric note below. Judgement calls: action = Deliverable; lead = Delivery lead, never the SRO; due = Milestone date as shown (dd-mmm-yy; RE-03 'TBC' kept as written); status = the BRAG letter with its fill (B blue per the key line), NEVER the Confidence H/M/L; progress = Commentary (Q2) – the quarterly ACTUALS are figures of the measure (percentages, ratios, head counts), not progress, and the Trend arrows are not statuses; Risk / issue and Mitigation are context, not progress or outcome (outcome '' – the plan has no success-measure column; Baseline and Target are numbers); Workstream is a column, not a section row, so theme null; '5, 6' and '6, 8' give two indicators; the key and metric lines are not actions.",
    { wide: { headerRow: hdr, bands: [band] }, cols: { ref: 'A', action: 'C', lead: 'M', due: 'N', status: 'P', progress: 'S' }, indCol: 'D', frozen: [3, hdr], notFrom: ['B', 'G', 'H', 'K', 'L', 'O', 'Q', 'R'], ragCol: 'P', mode: 'fill' });
}
