// holdout19-wdes-2024-25-calderstone: ORDINARY WDES plan of a SPECIALIST SPINAL INJURIES AND REHABILITATION trust – title
// first, trust on the second line; question header 'Metric(s) | Why? (our 2024 data) | What will we do? | Who? | When? |
// How will we know? | Progress RAG'; colour WORDS typed UNFILLED (Blue/Green/Amber/Red); real dd/mm/yyyy dates; key below.
import { Book, Plan, C, D, shown, ALL_WDES21 } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wdes-2024-25-calderstone', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust: 'Calderstone Spinal and Rehabilitation NHS Trust', widths: [16, 34, 52, 28, 12, 34, 11] });
  p.line(['WDES Action Plan 2024/25'], { style: { bold: true, font: { size: 16 } } });
  p.line(['Calderstone Spinal and Rehabilitation NHS Trust – People and Culture Directorate'], { style: { bold: true } });
  p.blank();
  p.header(['Metric(s)', 'Why? (our 2024 data)', 'What will we do?', 'Who?', 'When?', 'How will we know?', 'Progress RAG'], { style: { fill: 'FFFFE699' } });
  const W = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const F = 'dd/mm/yyyy';
  const data = [
    ['Metric 1', ['1'], '4.2% declared disabled on ESR; 23% in the staff survey.', 'Run a "closing the declaration gap" campaign with the Disability and Neurodiversity Network.', 'Workforce Systems Team', D(2024, 10, 31), 'ESR declaration above 8%.', 'Green'],
    ['Metric 2', ['2'], 'Relative likelihood of appointment 1.31.', 'Offer adjustments at every stage of recruitment and record them on TRAC.', 'Recruitment Team', D(2024, 12, 31), 'Ratio below 1.2.', 'Amber'],
    ['Metric 3', ['3'], 'Small numbers; two cases in two years.', 'Add an adjustments review to the capability policy before any formal stage.', 'Employee Relations Team', D(2024, 9, 30), 'Policy approved.', 'Blue'],
    ['Metrics 4a and 4b', ['4a', '4b'], 'Disabled staff more likely to be harassed by patients and colleagues.', 'Train rehabilitation ward staff to challenge and report abuse, including ableist comments.', 'Clinical Education Team', D(2025, 1, 31), 'Gap in 4a closes by 3 points.', 'Green'],
    ['Metric 5', ['5'], '49% of disabled staff think progression is fair.', 'Ring-fence places for disabled staff on the Band 5–6 leadership course.', 'Organisational Development Team', D(2025, 3, 31), '25% of places taken by disabled staff.', 'Red'],
    ['Metric 6', ['6'], '27% felt pressure to come to work when unwell.', 'Update the attendance policy so disability-related absence is recorded separately.', 'HR Policy Group', D(2024, 11, 30), 'Policy in use.', 'Amber'],
    ['Metric 7', ['7'], 'Disabled staff feel less valued.', 'Include disabled staff stories in the monthly Chief Executive briefing.', 'Communications Team', D(2024, 8, 31), 'Four stories published.', 'Blue'],
    ['Metric 8', ['8'], 'Only 69% say adjustments are adequate.', 'Move to a tailored adjustments passport reviewed every year.', 'Occupational Health', D(2025, 2, 28), '80% say adjustments are adequate.', 'Green'],
    ['Metric 9a', ['9a'], 'Engagement score 6.5 v 7.0.', 'Hold an annual disabled staff conference with the executive team.', 'Disability and Neurodiversity Network', D(2025, 3, 31), 'Conference held; actions agreed.', 'Green'],
    ['Metric 10', ['10'], 'No Board member has shared a disability.', 'Run a Board development session on disability inclusion.', 'Company Secretary', D(2025, 1, 31), 'Session held.', 'Red'],
    ['All metrics', ALL_WDES21, 'Plan needs regular scrutiny.', 'Report progress to the People Committee each quarter.', 'EDI Team', D(2025, 3, 31), 'Quarterly reports received.', 'Green'],
  ];
  for (const [m, inds, why, action, lead, due, how, st] of data)
    p.action([m, why, action, lead, due, how, st], { indicators: inds, action, lead, due: shown(due, F), status: st, rag: W[st], outcome: how }, { styles: [{}, {}, {}, {}, { numFmt: F }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.blank();
  p.line(['Progress RAG: Blue – done; Green – on track; Amber – at risk; Red – off track.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WDES plan of a SPECIALIST SPINAL INJURIES AND REHABILITATION trust: the TITLE first ('WDES Action Plan 2024/25', bold 16) and the trust on the second line ('Calderstone Spinal and Rehabilitation NHS Trust – People and Culture Directorate'), unmerged in column A; a blank row, then a yellow QUESTION header 'Metric(s) | Why? (our 2024 data) | What will we do? | Who? | When? | How will we know? | Progress RAG' (row 4). Metrics 'Metric N', 'Metrics 4a and 4b', 'Metric 9a', 'All metrics' (= all twelve 2021+ metrics). 'Why?' is the data finding (context). Leads are TEAMS, a network, a policy group or a role. When = real dates dd/mm/yyyy. 'How will we know?' = outcome. The RAG cell holds a colour WORD (Blue / Green / Amber / Red) typed UNFILLED and in black; the key line under the table says what each means. Judgement calls: an unfilled colour word still names its colour (rag = the word's colour); the 'Why?' data is context, not outcome; the trust is on line 2, under the title.", { ragCol: 'G', mode: 'word', words: W });
}
