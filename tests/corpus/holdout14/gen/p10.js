// holdout14-wdes-2024-25-ashgill: ORDINARY 2024 PLAN – 'Priority' cell MERGED DOWN over its actions, 'M'-codes, a HIDDEN
// 'People Plan link' column, '•' bullets inside actions, 'Accountable' only, text quarters, B/G/A/R letters filled,
// autofilter + frozen panes, a BRAG swatch block and a sign-off line under the table.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wdes-2024-25-ashgill', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust: 'Ashgill Community and Mental Health NHS Trust', widths: [18, 12, 62, 20, 26, 16, 8] });
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
  p.ws.getColumn(4).hidden = true;
  p.line(['Ashgill Community and Mental Health NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, fill: C.nhs, color: C.white } });
  p.line(['Workforce Disability Equality Standard – action plan 2024/25 (update to People and Culture Committee, November 2024)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Priority', 'Metric(s)', 'Action', 'People Plan link', 'Accountable', 'Timescale', 'BRAG'], { style: { fill: 'FFBDD7EE', alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.autoFilter = 'A4:G4';
  const F = { B: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const group = (label, rows) => {
    const first = p.r + 1;
    rows.forEach(([mt, inds, action, link, lead, due, b], i) => p.action([i ? undefined : label, mt, action, link, lead, due, b], { indicators: inds, action, lead, due, status: b, rag: F[b][1] },
      { styles: [{ bold: true, fill: C.palegrey }, {}, {}, {}, {}, {}, { fill: F[b][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(F[b][2] ? { color: F[b][2] } : {}) }] }));
    mergeDown(p.ws, 'A', first, p.r);
  };
  group('Data and recruitment', [
    ['M1', ['1'], 'Improve disability declaration on ESR:\n• self-service reminder in every payslip quarter\n• declaration question added to appraisal', 'Looking after our people', 'Deputy Chief People Officer', 'Q2 24/25', 'B'],
    ['M2', ['2'], 'Make the offer of reasonable adjustments at interview explicit in every invitation letter and track take-up.', 'Belonging in the NHS', 'Head of Recruitment', 'Sept 2024', 'G'],
  ]);
  group('Fair processes', [
    ['M3', ['3'], 'Audit all capability cases opened in 2023/24 for evidence that adjustments and occupational health advice were considered.', 'Belonging in the NHS', 'Head of Employee Relations', 'By end Q3 24/25', 'A'],
  ]);
  group('Safety at work', [
    ['M4a', ['4a'], 'Extend lone-worker devices and de-escalation training to all community teams, with disability-related abuse covered.', 'Looking after our people', 'Head of Health, Safety and Security', 'By end Q4 24/25', 'G'],
    ['M4b, M4c', ['4b'], 'Deliver "Speak Up, Listen Up" sessions for team leaders on bullying of disabled colleagues and how to report it.', 'New ways of working', 'Freedom to Speak Up Guardian', 'Q3 24/25', 'R'],
  ]);
  group('Adjustments and wellbeing', [
    ['M6, M8', ['6', '8'], 'Launch the Workplace Adjustments Passport and a central adjustments budget:\n• passport on the intranet\n• budget held by Occupational Health', 'Looking after our people', 'Head of Occupational Health', 'By end Q4 24/25', 'A'],
    ['M8', ['8'], 'Reduce the time taken to put adjustments in place to 20 working days and report it quarterly.', 'Looking after our people', 'Head of Occupational Health', 'Ongoing', 'G'],
  ]);
  group('Voice and leadership', [
    ['M5, M7', ['5', '7'], 'Offer reciprocal mentoring between members of the Disability Network and executive directors.', 'Growing for the future', 'Head of Leadership and OD', 'Q2 24/25', 'B'],
    ['M9a/M9b', ['9a', '9b'], 'Agree an annual budget and protected time for the Disability Network leads.', 'Belonging in the NHS', 'Chief People Officer', 'Q1 24/25', 'B'],
    ['M1, M10', ['1', '10'], 'Ask Board members to review their equality details and publish Board disability data in the annual report.', 'Belonging in the NHS', 'Director of Corporate Affairs', 'Q4 24/25', 'G'],
  ]);
  p.blank();
  p.line(['BRAG', 'B', 'Complete'], { border: true, styles: [{ bold: true }, { fill: C.blue, color: C.white, bold: true }] });
  p.line([null, 'G', 'On track'], { border: true, styles: [{}, { fill: C.green, bold: true }] });
  p.line([null, 'A', 'At risk of slipping'], { border: true, styles: [{}, { fill: C.amber, bold: true }] });
  p.line([null, 'R', 'Off track / not started'], { border: true, styles: [{}, { fill: C.red, color: C.white, bold: true }] });
  p.blank();
  p.line(['Executive lead: Chief People Officer. Approved: People and Culture Committee, 19 September 2024.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2024 WDES plan: NHS-blue trust bar, title with the committee update, blank row, one blue header 'Priority | Metric(s) | Action | People Plan link | Accountable | Timescale | BRAG' (row 4, AUTOFILTER, frozen at C5). Column D 'People Plan link' is HIDDEN (People Plan pillar words). The PRIORITY cell is MERGED DOWN over its group of actions (five groups, pale grey, bold) – a column, so gold theme null (as in holdout13's greyhaven). Metric codes 'M1', 'M4a', 'M6, M8', 'M9a/M9b', 'M1, M10' (2021 set); one cell says 'M4b, M4c' – there is no metric 4c in the WDES, so gold keeps only 4b. Two actions have '•' bullet lines inside the cell (gold action = the whole cell). 'Accountable' is the only person column (the lead). Timescales text ('Q2 24/25', 'By end Q4 24/25', 'Sept 2024', 'Ongoing'). BRAG letters filled B blue / G green / A amber / R red, keyed by a four-row SWATCH BLOCK under the table ('BRAG' label, letter, meaning); approval line below. Judgement calls: hidden column ignored; priority is not a theme row; 'M4c' typo dropped; bullets part of the action.", { ragCol: 'G', mode: 'fill' });
}
