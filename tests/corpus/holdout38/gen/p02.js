// holdout38-wdes-2024-25-cheldon: a specialist orthopaedic trust's WDES actions inside its ICB's annual WORKFORCE EQUALITY ASSURANCE
// RETURN – sections A (organisation details), B (data and publication questions with Yes / No / Partially), C (board assurance),
// D (the action plan) and E (declaration and signature). Only section D holds actions.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cheldon Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout38-wdes-2024-25-cheldon', sheet: 'WDES return', standard: 'WDES', period: '2024-25', trust, widths: [8, 46, 16, 30, 16, 14], font: { name: 'Calibri', size: 11 } });
  const sec = { bold: true, fill: C.teal, color: C.white };
  const lab = { bold: true, fill: C.palegrey };
  p.line(['NHS Vale of Severn Integrated Care Board'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Equality Assurance Return 2024/25 – Workforce Disability Equality Standard (WDES)'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Please complete all sections and return to the ICB People Directorate by 31 October 2024. Section D may be replaced by your published action plan if it covers the same fields.'], { merge: ['A', 'F'], style: { italic: true }, height: 30 });
  p.blank();
  p.line(['Section A – Organisation details'], { merge: ['A', 'F'], style: sec });
  const kv = (k, v, st = {}) => p.line([k, '', v], { merge: [['A', 'B'], ['C', 'F']], border: true, styles: [lab, lab, st] });
  const data = [
    kv('A1 Provider', trust),
    kv('A2 Period covered', '2024/25 (WDES data as at 31 March 2024)'),
    kv('A3 Executive lead for WDES', 'Dr Hannah Crewe, Director of People'),
    kv('A4 Contact for queries', 'Owen Pryce, Head of Inclusion (owen.pryce@nhs.net)'),
  ];
  p.blank();
  p.line(['Section B – Data and publication'], { merge: ['A', 'F'], style: sec });
  p.header(['Question', '', 'Response', 'Comments'], { merge: [['A', 'B'], ['D', 'F']], style: { fill: C.palegrey } });
  const qa = (q, r, c) => p.line([q, '', r, c], { merge: [['A', 'B'], ['D', 'F']], border: true, styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}] });
  data.push(
    qa('B1 WDES data submitted to NHS England by the national deadline?', 'Yes', 'Submitted 28 August 2024.'),
    qa('B2 Metrics and action plan published on the Trust website?', 'Yes', ''),
    qa('B3 Disabled staff network consulted on the action plan?', 'Partially', 'Network chair reviewed the draft; full network meeting in November.'),
    qa('B4 Disability declaration rate on ESR', '5.8%', 'Up from 4.9% in 2023.'),
  );
  p.blank();
  p.line(['Section C – Board assurance'], { merge: ['A', 'F'], style: sec });
  data.push(
    kv('C1 Date of Board approval', '26 September 2024'),
    kv('C2 Committee overseeing delivery', 'People and Culture Committee'),
  );
  p.blank();
  p.line(['Section D – Action plan (add rows as needed)'], { merge: ['A', 'F'], style: sec });
  p.header(['No.', 'Action', 'WDES metric', 'Responsible lead', 'Completion date', 'Status'], { style: { fill: C.palegrey } });
  const dt = { numFmt: 'mmm yyyy', alignment: { horizontal: 'left' } };
  const acts = [
    ['D1', 'Replace the paper reasonable adjustments form with a tailored adjustments passport held by the employee and carried between posts.', 'Metric 6', ['6'], 'Owen Pryce, Head of Inclusion', D(2024, 12, 31), 'Dec 2024', 'In progress'],
    ['D2', 'Set up a central budget for workplace adjustments so that equipment is not held up by ward or department budgets.', 'Metrics 6, 7', ['6', '7'], 'Deputy Director of Finance', D(2025, 3, 31), 'Mar 2025', 'Not started'],
    ['D3', 'Audit shortlisting-to-appointment decisions for disabled applicants in theatres and therapies, where the gap is widest.', 'Metric 2', ['2'], 'Recruitment Manager', D(2024, 11, 30), 'Nov 2024', 'Complete'],
    ['D4', 'Give line managers a one-page guide on capability and sickness processes that explains how disability-related absence is recorded.', 'Metric 3', ['3'], 'Head of Employee Relations', D(2025, 1, 31), 'Jan 2025', 'In progress'],
    ['D5', 'Add a question on disability-related harassment from patients to the quarterly pulse survey and report the results by division.', 'Metric 4a', ['4a'], 'Staff Experience Lead', D(2024, 12, 31), 'Dec 2024', 'In progress'],
    ['D6', 'Promote the Speak Up routes to disabled colleagues through the network, and add an accessible online reporting option.', 'Metric 4b', ['4b'], 'Freedom to Speak Up Guardian', D(2025, 2, 28), 'Feb 2025', 'Not started'],
    ['D7', 'Offer career coaching to every disabled colleague in Bands 2–6 who asks for it, and follow up at 12 months.', 'Metric 5', ['5'], 'Head of Organisational Development', D(2025, 3, 31), 'Mar 2025', 'In progress'],
    ['D8', 'Hold two listening events a year for disabled staff chaired by the executive lead, and publish the themes and responses.', 'Metrics 9a, 9b', ['9a', '9b'], 'Owen Pryce, Head of Inclusion', D(2025, 3, 31), 'Mar 2025', 'In progress'],
    ['D9', 'Run a declaration campaign on ESR alongside Disability History Month.', 'Metric 1', ['1'], 'Workforce Information Lead', D(2024, 12, 31), 'Dec 2024', 'Complete'],
    ['D10', 'Ask the Council of Governors and the Board to complete a voluntary disability declaration for the annual report.', 'Metric 10', ['10'], 'Company Secretary', D(2025, 3, 31), 'Mar 2025', 'Not started'],
  ];
  for (const [ref, act, met, inds, lead, due, dueShown, st] of acts) p.action([ref, act, met, lead, due, st], { ref, indicators: inds, action: act, lead, due: dueShown, status: st }, { styles: [{}, {}, {}, {}, dt, {}] });
  p.blank();
  p.line(['Section E – Declaration'], { merge: ['A', 'F'], style: sec });
  p.line(['I confirm that the information in this return is accurate and that the action plan has been approved by the Board.'], { merge: ['A', 'F'] });
  const decl = [
    p.line(['Name', '', 'Dr Hannah Crewe', 'Role', 'Director of People'], { merge: ['A', 'B'], border: true, styles: [lab, lab, {}, lab, {}] }),
    p.line(['Signature', '', 'H. Crewe (electronic)', 'Date', D(2024, 10, 14)], { merge: ['A', 'B'], border: true, styles: [lab, lab, {}, lab, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }] }),
  ];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust) written into its ICB's annual 'Workforce Equality Assurance Return 2024/25 – WDES' (one sheet, 'WDES return'): the ICB name, the return's title, an instruction line with the ICB's return deadline (31 October 2024), then FIVE TEAL SECTION BARS. Section A – Organisation details: four label | value rows (A1 Provider = the trust, A2 Period covered '2024/25 (WDES data as at 31 March 2024)', A3 Executive lead, A4 Contact). Section B – Data and publication: a small 'Question | Response | Comments' table, four questions answered 'Yes' / 'Yes' / 'Partially' / '5.8%'. Section C – Board assurance: date of Board approval, committee. Section D – Action plan: header 'No. | Action | WDES metric | Responsible lead | Completion date | Status' (ACTION BEFORE METRIC) and ten actions D1–D10. Section E – Declaration: a confirmation sentence, Name / Role and Signature / Date rows. Judgement calls: only section D's rows are actions; the B questions (even 'B3 Disabled staff network consulted…') are assurance questions with answers, not actions, and their Yes / Partially answers are not statuses; no field is taken from sections A, C or E (the executive lead and signatory is not any action's lead, the Board date, the return deadline and the signature date are not dues); period 2024-25 from A2; indicators from 'WDES metric' ('Metrics 6, 7' → ['6','7'], 'Metric 4a', 'Metrics 9a, 9b'); due = Completion date as shown (real dates, mmm yyyy); status = the word as written ('Not started' / 'In progress' / 'Complete'), no fill and no key, so rag null; theme null – 'Section D – Action plan' names the part of the return that holds the whole plan, not a theme; no progress column.",
    { dataRows: data.concat(decl), forbidden: ['Dr Hannah Crewe, Director of People', 'Dr Hannah Crewe', 'Director of People', '26 September 2024', '31 October 2024', '14/10/2024', 'Yes', 'Partially', 'People and Culture Committee', 'Section D – Action plan (add rows as needed)'] });
}
