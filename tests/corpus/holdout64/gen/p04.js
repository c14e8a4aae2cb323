// holdout64-wdes-2021-22-ribbledale: follows a trust's published WDES update paper (Gateshead Health NHS FT, https://www.gatesheadhealth.nhs.uk/resources/wdes/):
// 'To provide an update on progress against the WDES indicators and propose future actions', purpose and background paragraphs, the
// public sector equality duty, then the indicators with last year's and this year's results and the proposed actions. The single
// results-plus-actions table (one row per metric, 'no further action' where the gap has closed) is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ribbledale Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout64-wdes-2021-22-ribbledale', sheet: 'WDES 2021', standard: 'WDES', period: '2021-22', trust, widths: [34, 10, 10, 8, 58, 28] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard – 2021 results and proposed actions for 2021/22'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Purpose: to update the People Committee on the trust\'s position against the WDES metrics and to propose actions, which will also form part of our equality objectives and EDI work plan.'], { merge: ['A', 'F'], height: 30 });
  p.line(['Arrows show the change from 2020: ↑ better for disabled staff, ↓ worse, ↔ no material change. Metric 2 is a relative likelihood (1.00 = parity).'], { merge: ['A', 'F'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['Metric', '2020', '2021', 'Change', 'Action(s) for 2021/22', 'Lead'], { style: { fill: C.purple, color: C.white } });
  const R = [
    ['1. Disabled staff in the workforce (ESR)', '3.6%', '4.4%', '↑', 'Run a second "Count me in" declaration week with the Able2 network in November.', 'Workforce Systems Manager', ['1']],
    ['2. Relative likelihood of appointment from shortlisting', '1.28', '1.09', '↑', 'Keep the guaranteed interview scheme and check shortlisting outcomes each quarter.', 'Resourcing Manager', ['2']],
    ['3. Likelihood of entering formal capability', '0.00', '0.00', '↔', 'No further action – no disabled colleague entered the formal process.', '', null],
    ['4a. Harassment, bullying or abuse (patients, managers, colleagues)', '27.1%', '29.4%', '↓', 'Add disability to the respect and civility training for community team leaders and record attendance.', 'Head of Organisational Development', ['4a']],
    ['4b. Reporting harassment, bullying or abuse', '48.0%', '51.6%', '↑', 'Make the anonymous reporting form available on staff phones.', 'Freedom to Speak Up Guardian', ['4b']],
    ['5. Equal opportunities for career progression', '83.4%', '85.0%', '↑', 'No further action – disabled staff now report at the same level as non-disabled colleagues.', '', null],
    ['6. Pressure to attend work when unwell', '28.0%', '31.2%', '↓', 'Refresh the managing attendance guidance to separate disability-related absence from trigger points.', 'Head of Employee Relations', ['6']],
    ['7. Feeling the organisation values their work', '40.2%', '41.0%', '↔', 'Add a question on feeling valued to the quarterly pulse survey and share the results with the network.', 'Head of Staff Engagement', ['7']],
    ['8. Adequate adjustments', '76.5%', '80.3%', '↑', 'Introduce the health passport in all localities and train managers to use it.', 'Head of Health and Wellbeing', ['8']],
    ['9a. Staff engagement score', '6.7', '6.8', '↔', 'Carry into the network\'s work plan; no separate action this year.', '', null],
    ['9b. Facilitating the voices of disabled staff', 'Yes', 'Yes', '↔', 'Give the Able2 chair two days a month of protected time.', 'Director of People', ['9b']],
    ['10. Board membership difference', '-4.1%', '-2.0%', '↑', 'Include lived experience of disability in the role profile for the next non-executive appointment.', 'Trust Secretary', ['10']],
  ];
  const none = [];
  for (const [met, a, b, ch, act, lead, inds] of R) {
    if (!inds) { none.push(p.line([met, a, b, ch, act, lead], { border: true, styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }, { italic: true, color: 'FF808080' }] })); continue; }
    p.action([met, a, b, ch, act, lead], { indicators: inds, action: act, lead }, { styles: [{}, {}, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Recommendation: the Committee is asked to note the 2021 results and approve the proposed actions for 2021/22.'], { merge: ['A', 'F'], style: { bold: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community trust) following a real published WDES update paper (Gateshead Health: 'update on progress against the WDES indicators and propose future actions'): trust and title lines, a purpose line, an italic key for the change arrows, then ONE ROW PER METRIC 'Metric | 2020 | 2021 | Change | Action(s) for 2021/22 | Lead' (row 6) over the 2021 metric set (4a, 4b, 9a, 9b), and a Committee recommendation. What is hard: three metric rows (3, 5, 9a) say there is NO further action (grey italic, no lead) – they are results rows, not actions, even though the action column holds text; the 2020 / 2021 / Change cells are results, not progress or status. Judgement calls: nine actions; indicators from the metric number that starts the Metric cell; no ref (the metric number is the indicator, not a reference); lead as written; no timescale column and none in the text – due ''; no status – rag null; the recommendation is not an action.", { crossRef: { metricCol: 'A', otherCols: [] }, dataRows: none, notFrom: ['B', 'C', 'D'] });
}
