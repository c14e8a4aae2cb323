// holdout24-wdes-2025-26-cowlinge: an ambulance trust whose Board tracks its WDES 2025/26 actions in the format of its public Trust
// Board ACTION TRACKER (East of England Ambulance Service's: 'Ref | Source (agenda title / item / date / Action Ref) | Action | Lead |
// Due Date | Status | Proposed to Open/ Close', leads as ABBREVIATIONS, dd.mm.yyyy dates, a narrative Status and an O / C column).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cowlinge and Fenland Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wdes-2025-26-cowlinge', sheet: 'Action Tracker', standard: 'WDES', period: '2025-26', trust, widths: [9, 30, 54, 10, 12, 48, 14] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, color: C.nhs } });
  p.line(['In Public Trust Board – WDES 2025/26 Action Plan tracker for the meeting on 11.03.2026'], { merge: ['A', 'G'], style: { bold: true } });
  p.header(['Ref', 'Source\n(agenda title / item / date / WDES metric)', 'Action', 'Lead', 'Due Date', 'Status', 'Proposed to Open/ Close'], { style: { fill: C.grey }, height: 40 });
  const F = 'dd.mm.yyyy';
  const rows = [
    ['WD25.01', 'Public Board, 10.09.2025, PUB25/09/6.4, WDES Metric 1', ['1'], 'Run a declaration campaign with the Disability Support Network so that fewer staff records say "not stated".', 'CPO', D(2025, 12, 31), 'Campaign ran in November; "not stated" down from 21% to 17%.', 'Proposed for Closure'],
    ['WD25.02', 'Public Board, 10.09.2025, PUB25/09/6.4, WDES Metric 2', ['2'], 'Check that every eligible disabled applicant for a call-handler post is offered an interview.', 'HoR', D(2026, 1, 31), 'Audit of two recruitment rounds under way.', 'O'],
    ['WD25.03', 'Public Board, 10.09.2025, PUB25/09/6.4, WDES Metrics 4a and 4b', ['4a', '4b'], 'Introduce a simple reporting route for abuse of staff by patients in the control room, and share the numbers with the Board quarterly.', 'DoO', D(2026, 3, 31), 'Route agreed with staff side; first quarterly report in April.', 'O'],
    ['WD25.04', 'People Committee, 30.07.2025, PC25/07/8, WDES Metric 6', ['6'], 'Train station managers to discuss reasonable adjustments at every return-to-work meeting.', 'HoWB', D(2026, 2, 28), '64% of station managers trained.', 'O'],
    ['WD25.05', 'People Committee, 30.07.2025, PC25/07/8, WDES Metric 9b', ['9b'], 'Give the Disability Support Network chair protected time and a place on the People Committee.', 'CPO', D(2025, 10, 31), 'Chair joined the committee in October.', 'C'],
    ['WD25.06', 'Public Board, 10.09.2025, PUB25/09/6.4, WDES Metric 10', ['10'], 'Set a disability representation ambition for the Board and report it in the annual report.', 'Chair', D(2026, 3, 31), 'Verbal update to be provided.', 'O'],
  ];
  for (const [ref, src, codes, a, lead, due, st, oc] of rows) p.action([ref, src, a, lead, due, st, oc], { ref, indicators: codes, action: a, lead, due: shown(due, F), status: oc, progress: st }, { styles: [{}, {}, {}, {}, { numFmt: F }] });
  p.blank();
  p.line(['Leads: CPO – Chief People Officer; HoR – Head of Resourcing; DoO – Director of Operations; HoWB – Head of Wellbeing. O = open; C = closed.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service) kept in the format of a real NHS ambulance trust's public TRUST BOARD ACTION TRACKER (East of England Ambulance Service's, whose board received its WDES and WRES 2025/26 action plans): the trust line, a title 'In Public Trust Board – WDES 2025/26 Action Plan tracker for the meeting on 11.03.2026', then a grey header 'Ref | Source (agenda title / item / date / WDES metric) | Action | Lead | Due Date | Status | Proposed to Open/ Close' (row 3, with line breaks), six actions 'WD25.01'…'WD25.06', a blank row and a key line decoding the lead ABBREVIATIONS and O / C. The Source cell names the meeting, its date, the agenda reference and at its end the WDES metric ('… PUB25/09/6.4, WDES Metrics 4a and 4b'). Due dates are real dates shown dd.mm.yyyy. 'Status' holds a NARRATIVE update; 'Proposed to Open/ Close' holds 'O', 'C' or 'Proposed for Closure'. Judgement calls: indicators from the metric named at the end of Source (never from the agenda numbers or dates in it); lead as written, the abbreviation ('CPO'), not expanded from the key; due as shown; the narrative 'Status' column is progress; the STATUS is the 'Proposed to Open/ Close' cell as written ('O', 'C', 'Proposed for Closure') – it is the only column saying where the action stands; no colours, so rag null; the closed row (WD25.05) is still one of this year's actions; theme null.");
}
