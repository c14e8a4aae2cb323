// holdout9-wres-2025-26-tarnwick: ordinary 2025 plan: owner/approval line, key row of filled words (Not started unfilled),
// grey merged THEME section rows, 'W'-codes incl. a range 'W5–W8', HIA column, committee leads, sign-off table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wres-2025-26-tarnwick', sheet: 'WRES plan 2025-26', standard: 'WRES', period: '2025-26', trust: 'Tarnwick Health NHS Trust', widths: [54, 11, 10, 28, 13, 13, 44] });
  p.line(['Tarnwick Health NHS Trust – WRES Action Plan 2025/26'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Owner: Chief People Officer  |  Approved: People Committee, 17 July 2025  |  Next review: January 2026'], { merge: ['A', 'G'] });
  p.blank();
  p.line(['Status key:', 'Complete', 'On track', 'Delayed', 'Off track', 'Not started'], { border: true, styles: [{ bold: true, alignment: { horizontal: 'right' } }, { fill: C.lightblue }, { fill: C.green }, { fill: C.amber }, { fill: C.red }, {}] });
  p.blank();
  p.header(['Action', 'WRES Ind.', 'HIA', 'Lead', 'Due', 'Status', 'Update (Q2)'], { style: { fill: C.navy, color: C.white } });
  const F = { Complete: C.lightblue, 'On track': C.green, Delayed: C.amber, 'Off track': C.red }; const R = { Complete: 'blue', 'On track': 'green', Delayed: 'amber', 'Off track': 'red' };
  let theme = null;
  const sec = (t) => { p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.grey } }); theme = t; };
  const act = (action, ind, inds, hia, lead, due, status, upd) => p.action([action, ind, hia, lead, due, status, upd], { indicators: inds, theme, action, lead, due, status, rag: R[status] ?? null, progress: upd },
    { styles: [{}, {}, {}, {}, {}, F[status] ? { fill: F[status] } : {}] });
  sec('Theme 1: Fair recruitment and career progression');
  act('Use a diverse panel and de-biased shortlisting for every post at Band 8a and above, and publish the relative likelihood of appointment each quarter.', 'W2', ['2'], 'HIA 3', 'Head of Resourcing', 'Q2 25/26', 'On track', 'Diverse panels on 91% of 8a+ interviews in Q1.');
  act('Launch the "Reach" talent programme for ethnic minority staff at Bands 6–7 with a guaranteed interview for suitable 8a roles.', 'W1/W7', ['1', '7'], 'HIA 3', 'Head of Leadership and Talent', 'H1 2025/26', 'Complete', 'Cohort of 24 started in September.');
  act('Set each division a representation goal for Band 8a and above and review it at the quarterly performance reviews.', 'W1', ['1'], 'HIA 1', 'Divisional Directors', 'Mar 26', 'Delayed', 'Goals agreed in two of four divisions.');
  sec('Theme 2: Just and learning culture');
  act('Apply the pre-formal review panel to all cases before a disciplinary investigation starts and audit outcomes by ethnicity.', 'W3', ['3'], 'HIA 2', 'Employee Relations Group', 'Q3 25/26', 'On track', 'Panel in place; first audit due in November.');
  act('Report access to non-mandatory training and CPD funding by ethnicity every six months to the Education Board.', 'W4', ['4'], 'HIA 3', 'Education Board', 'By Dec 2025', 'Not started', '');
  sec('Theme 3: Tackling racism, bullying and harassment');
  act('Roll out the anti-racism framework, including bystander training for every team leader.', 'W5–W8', ['5', '6', '7', '8'], 'HIA 6', 'EDI Steering Group', 'Mar 26', 'On track', '420 team leaders trained (38%).');
  act('Make "racism" a mandatory category on the incident reporting system and feed back to every reporter within 10 working days.', 'W5', ['5'], 'HIA 6', 'Head of Health, Safety and Security', 'Q2 25/26', 'Complete', 'Category live from 1 July 2025.');
  act('Relaunch the Freedom to Speak Up champions with at least one champion from an ethnic minority background in every division.', 'W6/W8', ['6', '8'], 'HIA 6', 'Freedom to Speak Up Guardian', 'Q3 25/26', 'Off track', 'Only 5 champions recruited; relaunch delayed.');
  act('Publish the ethnicity pay gap report with actions agreed by the People Committee.', 'n/a', [], 'HIA 3', 'People Committee', 'Mar 26', 'Not started', '');
  sec('Theme 4: Leadership and accountability');
  act('Every Board member to hold a measurable EDI objective and report on it at their appraisal.', 'W9', ['9'], 'HIA 1', 'Chair and Chief Executive', 'Q1 25/26', 'Complete', 'Objectives set for all 14 Board members.');
  act('Co-design the 2026/27 plan with the Race Equality Network and present it to the Board with the WRES data.', 'W1–W9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'HIA 1', 'Chief People Officer', 'Mar 26', 'On track', 'Network workshops booked for January.');
  p.blank();
  p.line(['Sign-off', 'Name', '', 'Role', 'Date'], { border: true, style: { bold: true } });
  p.line(['Prepared by', 'A. Boateng', '', 'EDI Lead', '01/07/2025'], { border: true });
  p.line(['Approved by', 'People Committee', '', 'Chair: R. Dunmore', '17/07/2025'], { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary post-2023 plan. Title merged across A:G, an owner/approval/next-review line (row 2), a blank row, a STATUS KEY ROW (row 4: 'Status key:' then filled words Complete (light blue), On track (green), Delayed (amber), Off track (red) and an UNFILLED 'Not started'), a blank row, and one header on row 6 (white on navy): 'Action | WRES Ind. | HIA | Lead | Due | Status | Update (Q2)' – the action is the FIRST column and there is no ref. Four grey THEME section rows merged across the table ('Theme 1: Fair recruitment and career progression' …); gold theme = that heading verbatim; the headings name no indicator. Indicator codes: 'W2', 'W1/W7' → ['1','7'], 'W5–W8' (a RANGE) → ['5','6','7','8'], 'W6/W8', 'W1–W9' → all nine; the ethnicity pay gap action has 'n/a' → indicators [] and indicator null. The HIA column ('HIA 1' …) has no gold field and is not a theme. Leads are roles, groups and committees ('Employee Relations Group', 'Education Board', 'People Committee', 'Chair and Chief Executive'); gold lead = the cell. Due is text: 'Q2 25/26', 'H1 2025/26', 'Mar 26', 'By Dec 2025', 'Q1 25/26'. Status words are filled per the key; rag by the key (Complete → blue); 'Not started' has no colour in the key → rag null (two actions, no update). After a blank row, a small SIGN-OFF table (rows 23–25: 'Sign-off | Name | Role | Date', 'Prepared by …', 'Approved by …') – non-action rows (the second and third look like data rows but are not actions).", { ragCol: 'F', mode: 'fill' });
}
