// holdout12-wres-2025-26-westfell: ambulance trust plan – 'Action ID' codes, a 'Service area' column (EOC, 111, PTS…),
// WRES indicator codes, real dd/mm/yyyy completion dates, 'Measure of success', status words filled, key below.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wres-2025-26-westfell', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust: 'West Fells Ambulance Service NHS Trust', widths: [10, 22, 12, 54, 28, 14, 40, 14], font: { name: 'Arial', size: 10 } });
  p.line(['West Fells Ambulance Service NHS Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, fill: C.darkblue, color: C.white } });
  p.line(['Workforce Race Equality Standard – Action Plan 2025/26 (based on 2025 WRES data)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Version 1.0 – approved by the Trust Board on 24 September 2025'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Action ID', 'Service area', 'WRES indicator', 'Action', 'Accountable lead', 'Completion date', 'Measure of success', 'Status'], { style: { fill: C.grey }, height: 28 });
  const F = { Complete: [C.green, 'green'], 'In progress': [C.amber, 'amber'], 'Not started': [C.red, 'red'], Delayed: [C.red, 'red'] };
  const act = (id, area, ind, inds, action, lead, due, measure, s) => p.action([id, area, ind, action, lead, due, measure, s], { ref: id, indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'dd/mm/yyyy') : due, status: s, rag: F[s][1], outcome: measure },
    { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, due instanceof Date ? { numFmt: 'dd/mm/yyyy' } : {}, {}, { fill: F[s][0] }] });
  act('WR-01', 'Trust-wide', 'WRES 1', ['1'], 'Set and publish BME representation targets for each band from Band 6 upwards in line with the local working-age population (8.4%).', 'Director of People', D(2025, 12, 31), 'Targets agreed by the Board and reported quarterly.', 'In progress');
  act('WR-02', 'Emergency Operations Centre', 'WRES 1', ['1'], 'Run recruitment open days for call handler and dispatcher roles in the two most ethnically diverse towns in the region.', 'Head of EOC', D(2025, 11, 30), 'BME applicants for EOC roles up from 6% to 10%.', 'Complete');
  act('WR-03', 'A&E Operations', 'WRES 2', ['2'], 'Include a trained inclusion representative on every interview panel for Paramedic, Specialist Paramedic and Clinical Team Leader posts.', 'Head of Recruitment', D(2026, 3, 31), 'Relative likelihood of appointment below 1.25.', 'In progress');
  act('WR-04', 'Education and Training', 'WRES 2', ['2'], 'Widen the student paramedic apprenticeship with university partners and schools in under-represented communities.', 'Head of Education', D(2026, 3, 31), 'At least 12% of 2026 apprentices from BME backgrounds.', 'Not started');
  act('WR-05', 'Trust-wide', 'WRES 3', ['3'], 'Introduce independent pre-investigation review of all conduct cases involving BME staff, using the just and learning culture checklist.', 'Deputy Director of People', D(2025, 10, 31), 'Relative likelihood of entering formal process below 1.25.', 'Complete');
  act('WR-06', 'A&E Operations', 'WRES 5', ['5'], 'Roll out body-worn cameras to all frontline crews and record racially aggravated incidents separately on Datix.', 'Director of Operations', D(2025, 9, 30), 'Camera use on 95% of shifts; racist incidents reported and tracked.', 'Delayed');
  act('WR-07', 'NHS 111 / Clinical Assessment Service', 'WRES 5', ['5'], 'Give call handlers a call-termination protocol and post-call debrief for racist abuse from callers.', 'Head of 111', D(2025, 12, 31), 'Protocol in use; staff survey indicator 5 improves.', 'In progress');
  act('WR-08', 'Trust-wide', 'WRES 6, 8', ['6', '8'], 'Deliver the "Active Bystander" programme to all station and team leaders.', 'Head of OD', D(2026, 3, 31), '90% of station and team leaders trained.', 'In progress');
  act('WR-09', 'Patient Transport Service', 'WRES 6', ['6'], 'Hold quarterly listening sessions with PTS crews at each hub with the Race Equality Network.', 'Head of PTS', 'Quarterly', 'Themes fed back to the Culture Board.', 'In progress');
  act('WR-10', 'Trust-wide', 'WRES 7', ['7'], 'Launch a "Next Steps" development programme for BME staff at Bands 4–6, including acting-up opportunities.', 'Head of Leadership and Talent', D(2026, 1, 31), '20 participants; 25% promoted within 12 months.', 'Not started');
  act('WR-11', 'Corporate', 'WRES 9', ['9'], 'Include race equality objectives in all Board member appraisals (EDI Improvement Plan HIA 1).', 'Chair', D(2026, 3, 31), 'All Board members have an EDI objective.', 'In progress');
  act('WR-12', 'Trust-wide', 'WRES 1-9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Publish six-monthly progress on this plan on the Trust website and at the Culture Board.', 'Head of EDI', 'Oct 2025 and Apr 2026', 'Reports published on time.', 'In progress');
  p.blank();
  p.line(['Status key: Complete (green); In progress (amber); Not started or Delayed (red).'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['EOC – Emergency Operations Centre; PTS – Patient Transport Service; CAS – Clinical Assessment Service.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an AMBULANCE TRUST plan: title on dark blue, a subtitle, a version/approval line with a date, a blank, then the header 'Action ID | Service area | WRES indicator | Action | Accountable lead | Completion date | Measure of success | Status'. Action IDs 'WR-01'…'WR-12'. The 'Service area' column (Trust-wide, Emergency Operations Centre, A&E Operations, NHS 111 / Clinical Assessment Service, Patient Transport Service, Corporate, Education and Training) is an organisational unit, not a theme: gold theme null (judgement). Indicators 'WRES 1', 'WRES 6, 8', 'WRES 1-9' (all nine). Completion dates are real dates shown dd/mm/yyyy plus text 'Quarterly' and 'Oct 2025 and Apr 2026'. 'Measure of success' is gold outcome. Status words filled: Complete green, In progress amber, Not started and Delayed red (both red by the key line under the table). An abbreviations line is a non-action row.", { ragCol: 'H', mode: 'fill' });
}
