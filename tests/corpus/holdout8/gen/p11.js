// holdout8-wdes-2023-24-elderfield: HIA-era plan with PARENT ACTIONS (own lead, date, status) and sub-actions 1.1…; bullets
// and paragraphs in cells; leads are groups; status symbols keyed by a footnote; footnotes and approval under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wdes-2023-24-elderfield', sheet: 'WDES action plan', standard: 'WDES', period: '2023-24', trust: 'Elderfield Integrated Care NHS Trust', widths: [6, 8, 11, 56, 26, 13, 40, 9] });
  p.line(['Elderfield Integrated Care NHS Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES action plan 2023-24 (incorporating the EDI Improvement Plan high impact actions)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['No.', 'HIA', 'Metric', 'Action', 'Lead', 'By when', 'Progress', 'Status*'], { style: { fill: C.nhs, color: C.white } });
  const RG = { '✔': 'blue', '➜': 'green', '⚠': 'amber', '✖': 'red' };
  const act = (ref, hia, metric, inds, action, lead, due, progress, sym, parent) => p.action([ref, hia, metric, action, lead, due, progress, sym], { ref, indicators: inds, action, lead, due, status: sym, rag: RG[sym] ?? null, progress }, { style: parent ? { bold: true } : {}, styles: [{}, {}, {}, {}, {}, {}, {}, { alignment: { horizontal: 'center' } }] });
  act('1', 'HIA 1', 'M10', ['10'], 'Every Board member to have a measurable disability inclusion objective, reviewed at appraisal.', 'Chair', 'Q2 23/24', 'Objectives set for all executive directors; non-executives in October.', '➜', true);
  act('1.1', 'HIA 1', 'M10', ['10'], 'Board development session with the Disability and Long-Term Conditions Network on the WDES results.', 'Trust Secretary', 'Sept 2023', 'Held 14 September 2023.', '✔');
  act('1.2', 'HIA 1', 'M9b', ['9b'], 'Executive sponsor to attend the Network\'s meetings at least quarterly and report back to the Executive Team.', 'Chief Nurse (Executive Sponsor)', 'Quarterly', 'Attended in June and September.', '➜');
  act('2', 'HIA 2', 'M1, M2', ['1', '2'], 'Fair and inclusive recruitment for disabled applicants.', 'Recruitment and Retention Group', 'March 2024', 'See 2.1 and 2.2.', '⚠', true);
  act('2.1', 'HIA 2', 'M2', ['2'], 'Review the recruitment process with disabled staff:\n• accessible adverts and application packs\n• adjustments offered at every stage\n• guaranteed interview scheme audited quarterly', 'Head of Resourcing', 'Q3 23/24', 'Review workshops held; audit not yet started.', '⚠');
  act('2.2', 'HIA 2', 'M1', ['1'], 'Declaration campaign so that staff can update their disability status on ESR.\nLinked to the national "Count me in" week.', 'Workforce Intelligence Team', 'Dec 2023', 'Declaration up from 4.2% to 5.0%.', '➜');
  act('3', 'HIA 4', 'M6, M8', ['6', '8'], 'Reasonable adjustments and health and wellbeing support that meet disabled staff\'s needs.', 'Health and Wellbeing Steering Group', 'March 2024', '', '➜', true);
  act('3.1', 'HIA 4', 'M8', ['8'], 'Launch the Reasonable Adjustments Passport¹ across all services and record adjustments on ESR.', 'Head of Occupational Health', 'Q3 23/24', 'Passport live in community services; acute sites in January.', '➜');
  act('3.2', 'HIA 4', 'M6', ['6'], 'Train managers on supportive attendance conversations, so that disabled staff do not feel pressure to come to work when unwell.', 'HR Business Partners', 'Q4 23/24', 'Not started.', '✖');
  act('4', 'HIA 6', 'M4a, M4b', ['4a', '4b'], 'Zero tolerance of bullying, harassment and abuse of disabled staff.', 'EDI Steering Group', 'Ongoing', '', '➜', true);
  act('4.1', 'HIA 6', 'M4a', ['4a'], 'Add disability to the Datix categories for abuse from patients and the public, and report the figures to the Health and Safety Committee.', 'Head of Risk', 'Oct 2023', 'Category added in October.', '✔');
  act('4.2', 'HIA 6', 'M4b', ['4b'], 'Publicise the routes for reporting harassment, including Freedom to Speak Up and the Network\'s confidential contacts.', 'Freedom to Speak Up Guardian', 'Ongoing', '', '');
  p.blank();
  p.line(['* Status: ✔ complete (blue) · ➜ on track (green) · ⚠ at risk (amber) · ✖ not started (red)'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['¹ The passport replaces the 2021 "Workplace Adjustments Agreement".'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Approved by the People Committee on 19 October 2023 and the Trust Board on 2 November 2023.'], { merge: ['A', 'H'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), a post-2023 WDES plan with an HIA column. Two merged title rows, a blank row, one header on row 4 (white on NHS blue): 'No. | HIA | Metric | Action | Lead | By when | Progress | Status*'. PARENT ACTIONS '1' … '4' (bold, not merged, not filled) are themselves actions – each has its own lead, timescale and status – and are followed by SUB-ACTIONS '1.1', '1.2', '2.1' … (text refs). All twelve rows are gold actions; theme null (the parent is an action, not a heading; the HIA column 'HIA 1' … is a code with no gold field). Metric codes 'M10', 'M9b', 'M1, M2' → ['1','2'], 'M6, M8', 'M4a, M4b' → ['4a','4b']. Two sub-actions are multi-line cells (a lead-in plus '•' bullets; a sentence plus a second line) – gold action = the whole cell. Leads are often groups ('Recruitment and Retention Group', 'Health and Wellbeing Steering Group', 'EDI Steering Group', 'Workforce Intelligence Team', 'HR Business Partners') or a role with a bracketed note ('Chief Nurse (Executive Sponsor)'); gold lead = the cell. 'By when' text: 'Q2 23/24', 'Sept 2023', 'Quarterly', 'March 2024', 'Q3 23/24', 'Dec 2023', 'Q4 23/24', 'Ongoing', 'Oct 2023'. Status is a SYMBOL only (✔ / ➜ / ⚠ / ✖), keyed by the footnote marked by the '*' in the header ('* Status: ✔ complete (blue) · ➜ on track (green) · ⚠ at risk (amber) · ✖ not started (red)'); rag by that key; action 4.2 has no status (rag null). Action 3.1 carries a footnote marker '¹' kept in the action text. After a blank row the status key, the footnote and the approval line are non-action rows.",
    { ragCol: 'H', mode: 'word', words: { '✔': 'blue', '➜': 'green', '⚠': 'amber', '✖': 'red' } });
}
