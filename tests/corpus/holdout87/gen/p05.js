// holdout87-wdes-2021-22-wendlebury: specialist orthopaedic trust, a THREE-YEAR disability inclusion strategy 2021–2024 as one grid:
// three priorities, each with a 'Where we are' and 'Where we want to be by 2024' row, actions timed in PLAN YEARS ('Y1', 'Y1–Y3') from a
// key above the header; status of the first year as a word in coloured font.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wendlebury Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout87-wdes-2021-22-wendlebury', sheet: 'Strategy delivery plan', standard: 'WDES', period: '2021-22', trust, widths: [7, 50, 10, 26, 9, 16], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Disability Inclusion Strategy 2021–2024: delivery plan (WDES)'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['When:  Y1 = 2021/22 (by 31 March 2022)   Y2 = 2022/23   Y3 = 2023/24.  Status shown is at the end of Quarter 4 of Year 1.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WDES metric', 'Lead', 'When', 'Status (Q4 21/22)'], { style: { fill: C.purple, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const FC = { Complete: C.blue, 'On track': C.green, Delayed: C.red, 'Some delay': C.orange, 'Not yet started': C.black };
  const R = { Complete: 'blue', 'On track': 'green', Delayed: 'red', 'Some delay': 'amber', 'Not yet started': null };
  const sections = []; const dataRows = [];
  const pris = [
    ['Priority 1 – Being counted and heard', 'Where we are (2021 WDES): 4.8% of staff declare a disability in ESR against 21% in the staff survey; engagement score 6.6 v 7.1.', 'Where we want to be by 2024: ESR declaration above 10%; engagement gap under 0.2.', [
      ['P1.1', 'Run a declaration campaign each October, fronted by staff from the Enable network, and show staff how to update their own record.', '1', 'Head of Workforce Systems', 'Y1–Y3', 'On track'],
      ['P1.2', 'Give the Enable network a budget, an executive sponsor and a standing item at the People Committee twice a year.', '9b', 'Chief People Officer', 'Y1', 'Complete'],
      ['P1.3', 'Hold listening events with disabled theatre and ward staff and publish what we will change as a result.', '9a', 'Equality & Inclusion Lead', 'Y2', 'Not yet started'],
    ]],
    ['Priority 2 – Fair processes', 'Where we are (2021 WDES): non-disabled applicants 1.37 times more likely to be appointed; disabled staff 1.8 times more likely to enter formal capability.', 'Where we want to be by 2024: both measures between 0.8 and 1.25.', [
      ['P2.1', 'Publish a reasonable adjustments passport, and make a signed passport travel with staff who move between departments.', '5, 6', 'Head of Occupational Health', 'Y1', 'Delayed'],
      ['P2.2', 'Check every formal capability case for whether adjustments were agreed first, before the hearing is arranged.', '3', 'Senior HR Business Partner', 'Y1–Y2', 'On track'],
      ['P2.3', 'Add a disability-confident module to the recruiting managers\' course and audit a sample of interview adjustments each year.', '2', 'Resourcing Manager', 'Y2–Y3', 'Not yet started'],
    ]],
    ['Priority 3 – Safe and supported at work', 'Where we are (2021 WDES): 29% of disabled staff harassed by patients, 24% by managers; 31% felt pressure to come to work when unwell.', 'Where we want to be by 2024: each measure within 5 points of non-disabled colleagues.', [
      ['P3.1', 'Train ward sisters and theatre team leaders in supporting staff with long-term conditions, using real cases from the network.', '4a, 7', 'Deputy Chief Nurse', 'Y1–Y2', 'Some delay'],
      ['P3.2', 'Review the attendance policy so that disability-related absence is recorded separately and not counted towards triggers.', '7', 'Head of HR Policy', 'Y1', 'Complete'],
      ['P3.3', 'Introduce a confidential route to report bullying by managers, reviewed by the Freedom to Speak Up Guardian.', '4a, 4b', 'Freedom to Speak Up Guardian', 'Y3', 'Not yet started'],
    ]],
  ];
  for (const [pri, now, want, acts] of pris) {
    sections.push(p.line([pri], { merge: ['A', 'F'], style: { bold: true, fill: C.lilac } }));
    dataRows.push(p.line(['', now], { merge: ['B', 'F'], style: { italic: true } }));
    dataRows.push(p.line(['', want], { merge: ['B', 'F'], style: { italic: true } }));
    for (const [ref, act, ind, lead, when, st] of acts) {
      const inds = ind.split(', ');
      p.action([ref, act, ind, lead, when, st], { ref, indicators: inds, theme: pri, action: act, lead, due: when, status: st, rag: R[st] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { alignment: { horizontal: 'center' } }, { bold: true, color: FC[st] }] });
    }
  }
  p.blank();
  p.line(['Approved by the Board of Directors on 29 July 2021. Refreshed each year after the WDES return; the Year 2 refresh is due in October 2022.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic FT). A THREE-YEAR strategy's delivery plan kept as one grid. Sheet 'Strategy delivery plan': trust name, title 'Disability Inclusion Strategy 2021–2024: delivery plan (WDES)', an italic KEY line ('Y1 = 2021/22 (by 31 March 2022) Y2 = 2022/23 Y3 = 2023/24'; status at the end of Q4 of Year 1), a blank row, the header 'Ref | Action | WDES metric | Lead | When | Status (Q4 21/22)' (row 5, frozen), three lilac PRIORITY rows, each followed by two italic rows merged B–F – 'Where we are (2021 WDES): …' and 'Where we want to be by 2024: …' – and three actions; an approval line at the end. Judgement calls: the plan's period is its FIRST year as stated (2021–2024, Y1 = 2021/22) → '2021-22'; due = the When cell AS WRITTEN in plan years ('Y1', 'Y2', 'Y1–Y2', 'Y2–Y3', 'Y1–Y3', 'Y3') – the key explains them but the gold keeps what the cell says; the 'Where we are' / 'Where we want to be' rows are the priority's baseline and target, no actions, and give no action an outcome (outcome ''); theme = the priority row; ref = Ref; indicators from the WDES metric column in order ('5, 6', '4a, 7'); '4a, 4b' → both; status = the word, rag from its FONT colour (blue Complete → blue, orange Some delay → amber, black Not yet started → null); progress ''. The approval line's dates (29 July 2021, October 2022) are no dues.", { mode: 'font', ragCol: 6, sections, dataRows, forbidden: ['October 2022', '29 July 2021'] });
}
