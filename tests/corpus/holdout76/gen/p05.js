// holdout76-wdes-2021-22-ridlingham: acute teaching FT, the WDES working version kept by the EDI adviser (SB) with action owners typing
// in their own lines. The Metric cell merged down beside its actions, a swatch key, RAG typed as letters and words in several cases
// ('G', 'Green', 'green ', 'AMBER', 'Blue - done', 'complete'), one empty RAG cell, two leads in one cell on two lines, and one row where
// the completion date was typed into the RAG column and the Completion date cell left empty.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ridlingham University Hospitals NHS Foundation Trust';
  const font = { name: 'Calibri', size: 10 };
  const p = new Plan(book, { name: 'holdout76-wdes-2021-22-ridlingham', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust, widths: [18, 6, 50, 26, 14, 13, 52], font });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard – action plan 2021/22 (WORKING VERSION – owners please update monthly)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Key:', '', 'Complete', 'On track', 'Slipping', 'Not on track'], { styles: [{ bold: true, alignment: { horizontal: 'right' } }, {}, { fill: C.lightblue }, { fill: C.green }, { fill: C.amber }, { fill: C.red }] });
  p.blank();
  p.header(['Metric', 'No.', 'Action', 'Responsible', 'Completion date', 'Progress RAG', 'Commentary'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, topLeftCell: 'A6', activeCell: 'C6' }];
  const WORD = { G: 'green', Green: 'green', green: 'green', AMBER: 'amber', 'Blue - done': 'blue', 'Not on track': 'red', complete: 'blue' };
  const FILL = { blue: C.lightblue, green: C.green, amber: C.amber, red: C.red };
  const misplaced = {};
  // groups: [metric cell, codes, actions: [no, action, lead, due, fmt, rag cell, filled, commentary, special]]
  const groups = [
    ['Metric 1\n(workforce by band)', ['1'], [
      ['1', 'Add a “tell us once” disability question to the onboarding portal so new starters can declare before their first day.', 'Head of Workforce Systems', D(2021, 10, 31), 'dd/mm/yyyy', 'G', true,
        'Live since 18/10 – 27 declarations in the first fortnight. SB 03/11'],
      ['2', 'Write to staff recorded as “not stated” on ESR inviting them to update, with a short film from the network chair.', 'Comms Lead / SB', D(2021, 12, 1), 'mmm-yy', 'Green', false,
        'SB 06/12/21: letters sent to 2,140 staff\nSB 20/01/22: film recorded, being edited'],
    ]],
    ['Metric 2\n(shortlisting)', ['2'], [
      ['3', 'Check that the guaranteed-interview flag is honoured on every shortlist in medicine, surgery and estates.', 'Recruitment Manager', '31/3/22', null, 'green ', true,
        'Audit 1 (Nov): 3 of 96 missed, managers spoken to – LT'],
    ]],
    ['Metric 3\n(capability)', ['3'], [
      ['4', 'Add a reasonable adjustments checkpoint to the capability procedure, so no formal stage goes ahead without one being recorded.', 'Head of Employee Relations', '', null, '28/02/22', false,
        'Policy out to consultation until 14/02 – HR policy group. TW', 'dueInRag'],
    ]],
    ['Metrics 4a & 4b\n(harassment, bullying or abuse; reporting it)', ['4a', '4b'], [
      ['5', 'Run “Difference not deficit” sessions with the disability network for ward managers and consultants.', 'Head of OD\nDisability Network chair', 'March 2022', null, 'AMBER', true,
        '2 of 6 sessions run. Consultant uptake low (4). Re-offering in a grand round slot – JP 15/12'],
      ['6', 'Let staff report harassment related to a disability through the Freedom to Speak Up app, with a disability tag.', 'FTSU Guardian', 'Q3', null, 'Blue - done', true,
        'Tag added 01/10/21. 5 reports so far.'],
    ]],
    ['Metric 5\n(career progression)', ['5'], [
      ['7', 'Open the “Stepping Forward” Band 5–7 career programme to disabled staff with a ring-fenced cohort of ten.', 'Leadership Development Lead', D(2022, 1, 31), 'd mmm yyyy', '', false,
        'Cohort recruited – starts in February.'],
    ]],
    ['Metric 8\n(adjustments)', ['8'], [
      ['8', 'Set up a central budget for reasonable adjustments so that equipment is not held up while a department finds the money.', 'Chief People Officer', D(2022, 3, 1), 'mmm-yy', 'Not on track', true,
        'Business case deferred to the 22/23 budget round – CPO office 09/02/22'],
    ]],
    ['Metrics 9a & 9b\n(engagement; network)', ['9a', '9b'], [
      ['9', 'Give the Disability & Long-Term Conditions Network chair two days a month protected time and a seat at the People Committee.', 'Chief People Officer', 'Sept 21', null, 'complete', false,
        'Agreed at People Committee 23/09/21.'],
    ]],
  ];
  for (const [met, codes, acts] of groups) {
    let first = null, last = null;
    for (const [no, act, lead, due, f, rc, filled, com, special] of acts) {
      const st = rc.trim();
      const gold = special === 'dueInRag'
        ? { ref: no, indicators: codes, action: act, lead, due: rc, status: '', rag: null, progress: com }
        : { ref: no, indicators: codes, action: act, lead, due: due instanceof Date ? shown(due, f) : due, status: st, rag: st ? WORD[st] : null, progress: com };
      const r = p.action([first === null ? met : '', no, act, lead, due, rc, com], gold,
        { styles: [{ bold: true, alignment: { vertical: 'middle' } }, { alignment: { horizontal: 'center' } }, {}, {}, f ? { numFmt: f, alignment: { horizontal: 'left' } } : {}, { ...(filled ? { fill: FILL[WORD[st]] } : {}), alignment: { horizontal: 'center' } }, {}] });
      if (special === 'dueInRag') misplaced[r] = { due: { col: 'F' }, status: { empty: true } };
      if (first === null) first = r; last = r;
    }
    mergeDown(p.ws, 'A', first, last);
  }
  p.blank();
  p.line(['Updated for People Committee 10/03/22 (SB). Metrics 6, 7 and 10 are covered by the Health & Wellbeing plan and the Board’s own development plan.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT, 2021 WDES metric set) kept as a working version by the EDI adviser (SB) with action owners typing into their own rows. Sheet 'WDES 21-22': trust name and title merged across, a KEY row of coloured swatch cells with words (Complete light blue, On track green, Slipping amber, Not on track red), a blank row, the header 'Metric | No. | Action | Responsible | Completion date | Progress RAG | Commentary' (row 5, frozen), nine actions numbered 1–9 with the METRIC cell MERGED DOWN beside each metric's actions ('Metric 1\\n(workforce by band)', 'Metrics 4a & 4b\\n(…)', 'Metrics 9a & 9b\\n(…)'), a blank row and an italic closing line. RAG typed 'G', 'Green', 'green ' (trailing space), 'AMBER', 'Blue - done', 'Not on track', 'complete', one empty; filled on some rows only. Completion dates as real dates ('31/10/2021', 'Dec-21', '31 Jan 2022', 'Mar-22') and text ('31/3/22', 'March 2022', 'Q3', 'Sept 21'). Judgement calls: indicators = the codes of the merged Metric cell beside the action (4a and 4b, 9a and 9b); theme null (the metric is an indicator, not a theme). ROW 9 (No. 4) HAS ITS COMPLETION DATE TYPED IN THE PROGRESS RAG COLUMN ('28/02/22', no fill) and its Completion date cell empty: due = '28/02/22', status '' and rag null. Row 12 (No. 7) has an empty, unfilled RAG cell: status '', rag null. Status otherwise = the word as typed (trailing space dropped, case kept); rag = the fill where coloured, otherwise the word read through the key ('Green' → green, 'complete' → blue). Lead = Responsible as written – 'Head of OD\\nDisability Network chair' is one cell kept whole with its line break; 'Comms Lead / SB' kept. Progress = Commentary with its initials and dates (no dues). Ref = No. The closing line (update date, metrics covered elsewhere) gives no action a field.",
    { mode: 'fillOrWord', ragCol: 6, words: WORD, cols: { ref: 'B', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' }, misplaced, indCol: 'A', forbidden: ['10/03/22'] });
}
