// holdout51-wres-2022-23-wickhollow: an ordinary WRES plan of a new integrated care board. Quirks: two SUB-HEADING ROWS splitting the
// table into the ICB as an employer and the ICB as a system leader, and a 'Last updated … by …' line at the foot of the sheet.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Wickhollow Integrated Care Board';
  const p = new Plan(book, { name: 'holdout51-wres-2022-23-wickhollow', sheet: 'WRES action plan', standard: 'WRES', period: '2022-23', trust, widths: [62, 13, 30, 14, 14] });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['Workforce Race Equality Standard: our action plan for 2022/23'], { merge: ['A', 'E'], style: { bold: true } });
  p.blank();
  p.header(['Action', 'Indicator(s)', 'Lead', 'When', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const groups = [
    ['Part A – The ICB as an employer', [
      ['Bring the ethnicity records of staff who transferred from the three CCGs into one ESR hierarchy and close the gaps.', '1', 'Head of People Services', 'September 2022', 'Done'],
      ['Use the ICB\'s new values-based interview questions and a diverse panel for every post from Band 8a.', '2', 'Head of People Services', 'October 2022', 'Done'],
      ['Make sure ethnic minority staff can take up the leadership offer of the regional Leadership Academy.', '4, 7', 'Head of Organisational Development', 'December 2022', 'Started'],
      ['Survey staff on bullying and discrimination in the ICB\'s first year, as the national survey has no ICB data yet.', '6, 8', 'Head of Organisational Development', 'January 2023', 'Started'],
      ['Set up an ICB race equality network and agree its terms of reference with an executive sponsor.', '7', 'Chief People Officer', 'November 2022', 'Done'],
      ['Agree an inclusive approach to appointing the ICB\'s partner and non-executive members.', '9', 'Director of Corporate Governance', 'March 2023', 'Not started'],
    ]],
    ['Part B – The ICB as a system leader', [
      ['Collect every NHS provider\'s WRES data and action plan in one place and report the system picture to the People Board.', '—', 'ICS Workforce Programme Director', 'February 2023', 'Started'],
      ['Run a system-wide reverse mentoring programme for chief executives and chairs.', '—', 'ICS Workforce Programme Director', 'March 2023', 'Not started'],
      ['Agree a common approach to reporting racist abuse from patients across the acute and community providers.', '5', 'Chief Nurse', 'March 2023', 'Not started'],
      ['Build WRES metrics into the ICS People Plan dashboard.', 'All', 'Head of Workforce Intelligence', 'December 2022', 'Started'],
    ]],
  ];
  const subs = [];
  for (const [sec, acts] of groups) {
    subs.push(p.line([sec], { merge: ['A', 'E'], style: { bold: true, fill: C.paleblue }, border: true }));
    for (const [a, ind, lead, due, st] of acts) {
      const inds = ind === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind === '—' ? [] : ind.split(', ');
      p.action([a, ind, lead, due, st], { theme: sec, indicators: inds, action: a, lead, due, status: st }, { styles: [{}, { alignment: { horizontal: 'center' } }] });
    }
  }
  p.blank();
  p.line(['Last updated 03/02/2023 by the ICB People Team. Contact: people.team@wickhollow-icb.nhs.example'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9, color: { argb: 'FF595959' } } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board in its first year): an ordinary single grid. ICB name (row 1), title (row 2), a blank row, one blue header 'Action | Indicator(s) | Lead | When | Status' (row 4), then TWO SUB-HEADING ROWS (merged pale-blue cells) 'Part A – The ICB as an employer' (row 5, six actions) and 'Part B – The ICB as a system leader' (row 12, four actions) – ten actions in all; indicators a number, two numbers ('4, 7'), 'All', or '—' for the system actions that name none; 'When' as month and year text; Status plain words (Done / Started / Not started) with no colour. At the foot, after a blank row, a grey italic line 'Last updated 03/02/2023 by the ICB People Team. Contact: …' (row 18). Judgement calls: the sub-headings are headings (the actions' themes), not actions; the system-leader actions are actions of this plan even where they name no indicator ('—' → [], none guessed from the wording); 'All' = all nine; the Last updated line is not an action and its date is not a due, and 'the ICB People Team' is not a lead; status = the word, rag null; no refs or progress.", { sections: subs, subHeads: subs, stamp: { row: 18, value: '03/02/2023' }, forbidden: ['the ICB People Team', 'ICB People Team'] });
}
