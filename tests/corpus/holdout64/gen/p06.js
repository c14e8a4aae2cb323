// holdout64-wdes-2024-25-tamarisk: follows the system-level WDES page of a primary-care training hub (Shropshire, Telford and Wrekin
// Training Hub, https://stwtraininghub.co.uk/equality-diversity-inclusion/equality-delivery-system-eds/disability): general practice is not
// mandated to publish the WDES but the hub collects organisations' WDES reports and a system action plan. The plan itself – themes merged
// down, 'What we will do | Who | When | How we will know', metric codes 'M1', 'M4a/M4b', a partners' sign-off block – is ASSUMED.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tamarisk Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout64-wdes-2024-25-tamarisk', sheet: 'Plan 24-25', standard: 'WDES', period: '2024-25', trust, widths: [20, 9, 52, 22, 13, 40], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – disability equality action plan 2024/25 (voluntary use of the WDES metrics across our 14 practices)`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } }, height: 32 });
  p.blank();
  p.header(['Theme', 'WDES ref', 'What we will do', 'Who', 'When', 'How we will know'], { style: { fill: C.lightblue } });
  const T = [
    ['Knowing our workforce', [
      ['M1', 'Add a voluntary disability question to the collaborative\'s annual practice workforce return.', 'Workforce Lead', 'June 2024', 'Every practice returns the question; baseline published.', ['1']],
      ['M1', 'Explain to practice managers why the question is asked and how answers are kept confidential.', 'Practice Manager Forum chair', 'May 2024', 'Briefing given at the forum.', ['1']],
    ]],
    ['Getting in and getting on', [
      ['M2', 'Use the shared recruitment template, which offers adjustments at interview, for all clinical and reception vacancies.', 'HR Adviser', 'September 2024', 'Template used for every advert in the shared jobs board.', ['2']],
      ['M5', 'Open the collaborative\'s care navigator development scheme to staff with a disability through a guaranteed place.', 'Training Hub Lead', 'October 2024', 'At least two places taken up.', ['5']],
    ]],
    ['Safe and supported at work', [
      ['M4a/M4b', 'Introduce a zero-tolerance notice and a simple incident log for abuse from patients, including abuse about a staff member\'s disability.', 'Operations Manager', 'July 2024', 'Log in use in all 14 practices; incidents reviewed quarterly.', ['4a', '4b']],
      ['M8', 'Set up a shared fund for small adjustments (chairs, software, screen filters) that any practice can draw on.', 'Finance and Contracts Manager', 'August 2024', 'Fund agreed by the partners; first requests met within four weeks.', ['8']],
      ['M6', 'Give practice managers a short guide on supportive sickness absence conversations.', 'HR Adviser', 'November 2024', '', ['6']],
    ]],
    ['Having a voice', [
      ['M9b', 'Start a peer support group for staff with a disability or long-term condition, meeting online every other month.', 'Wellbeing Champion', 'Ongoing', 'Group meeting regularly; members\' feedback shared with the board.', ['9b']],
    ]],
  ];
  for (const [th, acts] of T) {
    const first = p.r + 1;
    acts.forEach(([ref, a, who, when, how, inds], i) => p.action([i === 0 ? th : undefined, ref, a, who, when, how], { theme: th, indicators: inds, action: a, lead: who, due: when, outcome: how }, { styles: [{ bold: true, fill: C.palegrey }] }));
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Agreed by the Collaborative Board of partners'], { style: { bold: true } });
  p.line(['Name:', 'Dr H. Okonjo-Reid', 'Role:', 'Clinical Director'], {});
  p.line(['Signature:', '', 'Date:', '17 April 2024'], {});
  p.line(['Review date:', 'March 2025'], {});
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a primary-care collaborative of GP practices using the WDES metrics voluntarily) following a real published system-level primary-care WDES page (STW Training Hub): a long title line naming the collaborative and the period, then 'Theme | WDES ref | What we will do | Who | When | How we will know' (row 3) with FOUR THEMES MERGED DOWN column A beside their actions (grey, bold), and a SIGN-OFF BLOCK under the table (agreed by the board; Name / Role; Signature / Date; Review date). Judgement calls: the theme is the merged A cell (theme = its text for every action it spans, not only the first); indicators from the 'WDES ref' codes without the M ('M4a/M4b' → ['4a','4b'], 'M9b' → ['9b']); no ref column (the WDES ref is a metric code, not a reference) – ref ''; lead = Who, due = When as written ('Ongoing' kept as written); outcome = How we will know where filled; no status – rag null; the sign-off names, dates and review date are not fields of any action.", { crossRef: { metricCol: 'B', otherCols: [] }, themeCol: 'A', forbidden: ['17 April 2024', 'March 2025', 'Dr H. Okonjo-Reid', 'Clinical Director'] });
}
