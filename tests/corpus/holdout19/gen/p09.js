// holdout19-wres-2023-24-merebrook: ORDINARY post-2023 WRES plan of a large ACUTE foundation trust – navy trust bar, title
// naming the EDI Improvement Plan; header 'HIA | WRES indicator | Action | SRO | Lead | Quarter due | Status | Evidence
// of impact' (lead = Lead, a team); 'HIA N'; 'Indicator N'; FY quarters; PALE status fills; HIA legend lines below.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout19-wres-2023-24-merebrook', sheet: 'WRES 2023-24', standard: 'WRES', period: '2023-24', trust: 'Merebrook Hospitals NHS Foundation Trust', widths: [8, 16, 54, 22, 26, 13, 13, 38], font });
  p.line(['Merebrook Hospitals NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, fill: C.navy, color: C.white, font: { ...font, size: 14 } } });
  p.line(['WRES Action Plan 2023/24 – aligned to the NHS EDI Improvement Plan high impact actions (HIA)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['HIA', 'WRES indicator', 'Action', 'SRO', 'Lead', 'Quarter due', 'Status', 'Evidence of impact'], { style: { fill: C.paleblue } });
  const S = { Complete: ['FF9BC2E6', 'blue'], 'On track': ['FFE2EFDA', 'green'], Delayed: ['FFFFF2CC', 'amber'], 'Not started': ['FFFFC7CE', 'red'] };
  const data = [
    ['HIA 1', 'Indicator 9', ['9'], 'Include an EDI objective in every Board member\'s 2023/24 appraisal and review it mid-year.', 'Chair', 'Corporate Governance Team', 'Q1 2023/24', 'Complete', 'All objectives set and recorded.'],
    ['HIA 3', 'Indicator 1', ['1'], 'Publish divisional ethnicity pay-band data and the ethnicity pay gap every six months.', 'Chief People Officer', 'Workforce Intelligence Team', 'Q2 2023/24', 'Complete', 'Dashboard on the intranet.'],
    ['HIA 2', 'Indicator 2', ['2'], 'Use values-based, de-biased shortlisting for all Band 6 and above roles.', 'Chief People Officer', 'Recruitment Team', 'Q3 2023/24', 'On track', 'Likelihood ratio to be re-measured in Q4.'],
    ['HIA 2', 'Indicator 7', ['7'], 'Create a talent pool of BME staff at Bands 6–8a ready for promotion, with sponsors.', 'Chief People Officer', 'Leadership and OD Team', 'Q4 2023/24', 'Delayed', 'Sponsor recruitment slow.'],
    ['HIA 5', 'Indicator 4', ['4'], 'Monitor access to CPD funding for internationally educated nurses and midwives.', 'Chief Nurse', 'Education Team', 'Q3 2023/24', 'On track', 'Monitoring from October.'],
    ['HIA 5', 'Indicator 1', ['1'], 'Run a career-progression programme for internationally educated nurses into Band 6.', 'Chief Nurse', 'Practice Development Team', 'Q4 2023/24', 'Not started', 'Cohort planned for February.'],
    ['HIA 6', 'Indicator 3', ['3'], 'Review every formal disciplinary against a BME colleague with a trained "fair and just" panel before it goes ahead.', 'Chief People Officer', 'Employee Relations Team', 'Q2 2023/24', 'Complete', 'Panel has reviewed 14 cases.'],
    ['HIA 6', 'Indicators 5 & 6', ['5', '6'], 'Adopt the sexual-safety and anti-racism charter with a clear route to report abuse from patients and colleagues.', 'Chief Nurse', 'Health and Safety Team', 'Q3 2023/24', 'On track', 'Charter signed; training under way.'],
    ['HIA 6', 'Indicator 8', ['8'], 'Train all managers in civility and in handling discrimination complaints.', 'Chief People Officer', 'Leadership and OD Team', 'Q4 2023/24', 'Delayed', 'Course capacity short.'],
    ['HIA 1', 'Indicators 1–9', ALL_WRES, 'Report WRES progress to the People Committee every quarter and to the Board twice a year.', 'Chief People Officer', 'EDI Team', 'Q4 2023/24', 'On track', 'Q1 and Q2 reports received.'],
  ];
  for (const [hia, ind, inds, action, sro, lead, due, st, ev] of data)
    p.action([hia, ind, action, sro, lead, due, st, ev], { indicators: inds, action, lead, due, status: st, rag: S[st][1], outcome: ev }, { styles: [{}, {}, {}, {}, {}, {}, { fill: S[st][0] }] });
  p.blank();
  p.line(['High impact actions: HIA 1 – measurable objectives on EDI for Chairs, Chief Executives and Board members; HIA 2 – overhaul recruitment processes and embed talent management; HIA 3 – eliminate total pay gaps; HIA 4 – address health inequalities within the workforce; HIA 5 – comprehensive induction and onboarding for internationally recruited staff; HIA 6 – eliminate conditions in which bullying, discrimination, harassment and physical violence occur.'], { merge: ['A', 'H'], height: 45, style: { font: { ...font, size: 9 } } });
  p.line(['Status: Complete (blue), On track (green), Delayed (amber), Not started (red).'], { merge: ['A', 'H'], style: { font: { ...font, size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY post-2023 WRES plan of a large ACUTE foundation trust, Calibri 11: a navy merged TRUST BAR (white text), a bold merged title naming the EDI Improvement Plan high impact actions, a blank row, then a pale-blue header 'HIA | WRES indicator | Action | SRO | Lead | Quarter due | Status | Evidence of impact' (row 4). 'HIA N' in the first column (not a theme); 'Indicator N', 'Indicators 5 & 6', 'Indicators 1–9' (= all nine). Two person columns: SRO (an executive role) and Lead (a TEAM, 'Recruitment Team') – gold lead = Lead. Timescales are FY quarters as text ('Q3 2023/24'). Status words in PALE fills: Complete pale blue, On track pale green, Delayed pale yellow (amber), Not started pale red; a status key line and an HIA legend line (the six HIAs' wording) below the table. Evidence of impact = outcome (this is a plan-with-evidence, no progress column). Judgement calls: lead = Lead (team), not SRO; the HIA column is not a theme; pale yellow is amber; the legend lines are non-action rows.", { ragCol: 'G', mode: 'fill' });
}
