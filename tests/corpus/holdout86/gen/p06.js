// holdout86-wdes-2024-25-crondale: acute trust, the metric MERGED DOWN in column A beside its actions; a column saying how the Disability
// & Neurodiversity Network is involved; Accountable (an executive) beside Responsible; quarters as dues; status words in coloured FONT;
// a grey italic row inside the metric-8 group recording last year's action carried into this plan.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Crondale University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2024-25-crondale', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [24, 6, 48, 34, 22, 26, 13, 13], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2024-25 – based on the 2024 WDES data return (31 March 2024 workforce, 2023 NHS Staff Survey)'], { merge: ['A', 'H'], height: 28 });
  p.header(['WDES metric', 'No.', 'Action', 'How the Disability & Neurodiversity Network is involved', 'Accountable', 'Responsible', 'Due', 'Status'], { style: { fill: C.nhs, color: C.white }, height: 30 });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  const COL = { Complete: C.green, 'On track': C.green, 'At risk': C.orange, Behind: C.red, 'Not started': C.black };
  const RAG = { Complete: 'green', 'On track': 'green', 'At risk': 'amber', Behind: 'red', 'Not started': null };
  const grey = { italic: true, color: 'FF808080' };
  const groups = [
    ['1. Representation across pay bands', ['1'], [
      ['1.1', 'Set a declaration target of 8% by March 2025 for each clinical division and report it on the divisional dashboards.', 'Network reviews the dashboard wording', 'Chief People Officer', 'Head of Workforce Information', 'Q2 2024/25', 'On track'],
      ['1.2', 'Offer reasonable adjustments conversations at every Band 7+ promotion interview and record that they were offered.', 'Network members sit on the task-and-finish group', 'Chief People Officer', 'Head of Resourcing', 'Q3 2024/25', 'Not started'],
    ]],
    ['4b. Harassment, bullying or abuse from managers', ['4b'], [
      ['4.1', 'Bring a disability and neurodiversity module into the "Leading at Crondale" programme for all new Band 7 and 8a managers.', 'Co-written and co-delivered by the Network', 'Chief Nurse', 'Head of Leadership & OD', 'Q3 2024/25', 'At risk'],
      ['4.2', 'Publish the number and outcome of bullying cases raised by disabled staff in the six-monthly Speak Up report.', 'Network chair comments on each report', 'Chief Executive', 'Freedom to Speak Up Guardian', 'Q4 2024/25', 'On track'],
    ]],
    ['8. Adequate reasonable adjustments', ['8'], [
      null,
      ['8.1', 'Set up a central reasonable adjustments fund held by Occupational Health, so equipment is bought within 20 working days.', 'Network tested the request form', 'Chief Finance Officer', 'Occupational Health Manager', 'Q1 2024/25', 'Complete'],
      ['8.2', 'Finish the adjustments passport on ESR and make it visible to every new manager when a member of staff transfers.', 'Network champions explain the passport at team briefs', 'Chief People Officer', 'ESR Systems Lead', 'Q4 2024/25', 'Behind'],
    ]],
    ['9a / 9b. Engagement and the Network\'s voice', ['9a', '9b'], [
      ['9.1', 'Hold two "Ask the Board" sessions a year with the Network, one of them on night shift.', 'Network sets the agenda', 'Chief Executive', 'Head of Equality, Diversity & Inclusion', 'Q4 2024/25', 'On track'],
      ['9.2', 'Pay network leads for two days a month and recognise the role in job plans and appraisals.', 'Network leads agree the role description', 'Chief People Officer', 'Head of Equality, Diversity & Inclusion', 'Q2 2024/25', 'Complete'],
    ]],
  ];
  for (const [met, inds, acts] of groups) {
    const first = p.r + 1;
    acts.forEach((a, i) => {
      if (a === null) {
        p.line([i === 0 ? met : '', '', 'Carried forward: 2023-24 action 8c (adjustments passport) was not finished and continues as 8.2 below.', '', '', '', '', 'Carried forward'], { border: true, styles: [{}, {}, grey, {}, {}, {}, {}, grey] });
        return;
      }
      const [no, act, net, acc, resp, due, st] = a;
      p.action([i === 0 ? met : '', no, act, net, acc, resp, due, st], { ref: no, indicators: inds, action: act, lead: resp, due, status: st, rag: RAG[st] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { color: 'FF404040' }, {}, {}, {}, { bold: true, color: COL[st] }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
    p.ws.getCell(`A${first}`).font = { name: 'Arial', size: 10, bold: true };
    p.ws.getCell(`A${first}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.paleblue } };
  }
  p.blank();
  p.line(['Status is shown in coloured text: green complete / on track, orange at risk, red behind, black not started.'], { merge: ['A', 'H'], style: { italic: true } });
  p.line(['Approved by the People Committee on 25 June 2024; progress reported quarterly.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional university hospitals trust). Sheet 'WDES 2024-25': trust, a subtitle naming the data the plan answers, the blue header 'WDES metric | No. | Action | How the Disability & Neurodiversity Network is involved | Accountable | Responsible | Due | Status' (row 3, frozen), four metric groups with the METRIC MERGED DOWN in column A on a pale blue fill, and two italic closing lines (font-colour key; approval). Inside the metric-8 group, row 8 is a grey italic CARRIED-FORWARD note in the Action column with 'Carried forward' in the Status column – it records that last year's action continues as 8.2 and sets out no work of its own, so it is a non-action row. Judgement calls: indicators from the merged metric cell ('4b. …' → 4b; '9a / 9b. …' → both for each action in that group), theme null (a merged column, not a section row); ref = No.; lead = Responsible, never Accountable (an executive) and never the network-involvement column; due = the quarter as written ('Q3 2024/25'); status = the word, rag from its FONT colour as the key gives it (orange at risk → amber, black 'Not started' → null); no progress column; the approval date is no due.", { mode: 'font', ragCol: 8, notFrom: ['D', 'E'], forbidden: ['25 June 2024', 'Carried forward'] });
}
