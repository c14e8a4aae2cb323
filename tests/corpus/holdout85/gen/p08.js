// holdout85-wdes-2023-24-brackenmere: community trust WDES plan with the data summary beside each action: 'Metric | What the data tells
// us | Action | Lead | By when | RAG', RAG letters on fills with the key above, a second 'Data 2023' tab, and a metric 10 row that says
// no action is needed.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenmere Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout85-wdes-2023-24-brackenmere', sheet: 'Action plan', standard: 'WDES', period: '2023-24', trust, widths: [12, 36, 50, 24, 12, 7], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 11 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2023-24'], { merge: ['A', 'F'], style: { bold: true, font: { size: 11 } } });
  const key = p.line(['RAG: G = complete or on track   A = some delay   R = significant delay or not started'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Metric', 'What the data tells us', 'Action', 'Lead', 'By when', 'RAG'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const F = { G: C.green, A: C.amber, R: C.red }, RG = { G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['Metric 1', ['1'], '5.4% of staff have declared a disability on ESR, against 23% in the staff survey.', 'Hold a declaration week in each locality hub with the Disability and Long-Term Conditions Network, explaining how the data is used.', 'Workforce Information Manager', 'Nov 2023', 'G'],
    ['Metric 2', ['2'], 'Non-disabled applicants are 1.34 times more likely to be appointed from shortlisting.', 'Check a sample of 30 shortlisting decisions a quarter where a Disabled applicant was not appointed.', 'Recruitment Team Leader', 'End of Q3', 'A'],
    ['Metric 3', ['3'], 'Disabled staff are 2.05 times more likely to enter the formal capability process (6 cases).', 'Require a reasonable adjustments check before any capability meeting on grounds of performance.', 'Head of HR Operations', 'Sept 2023', 'G'],
    ['Metric 4a', ['4a'], '29.8% of Disabled staff report bullying from patients or the public (non-disabled 21.0%).', 'Include hidden disabilities in conflict resolution training for district nurses and therapists visiting homes.', 'Violence Prevention and Reduction Lead', 'March 2024', 'R'],
    ['Metric 4b', ['4b'], '47.6% of Disabled staff reported the last incident (non-disabled 50.2%).', 'Promote the anonymous reporting route through the network newsletter and team huddles.', 'Freedom to Speak Up Guardian', 'Dec 2023', 'A'],
    ['Metrics 5 & 7', ['5', '7'], 'Disabled staff less likely to believe the Trust offers equal opportunities (51.9% v 58.3%) and to feel valued (35.1% v 44.7%).', 'Offer Disabled staff at Bands 4–7 a place on the “Next Step” coaching programme, with adjustments built in.', 'Head of Learning and OD', 'March 2024', 'A'],
    ['Metric 6', ['6'], '27.3% of Disabled staff felt pressure to come to work when unwell (non-disabled 19.8%).', 'Add a wellbeing and adjustments conversation to every return-to-work meeting and audit 20 a quarter.', 'Head of HR Operations', 'Jan 2024', 'G'],
    ['Metric 9a', ['9a'], 'Engagement score 6.6 for Disabled staff, 7.0 for non-disabled staff.', 'Ask the network to lead a “you said, we did” session on the survey results in each locality.', 'Disability and LTC Network Chair', 'Feb 2024', 'R'],
  ];
  for (const [m, inds, data, act, lead, by, rag] of rows) p.action([m, data, act, lead, by, rag], { indicators: inds, action: act, lead, due: by, status: rag, rag: RG[rag] }, { styles: [{ bold: true }, { italic: true }, {}, {}, {}, { fill: F[rag], alignment: { horizontal: 'center' } }] });
  const m10 = p.line(['Metric 10', 'Board: 9.1% Disabled members against 5.4% of the workforce (declared).', 'No action needed this year – Board representation is above the workforce figure.', '–', '', ''], { border: true, styles: [{ bold: true }, { italic: true }] });
  p.blank();
  p.line(['Reported to the Equality, Diversity and Inclusion Committee each quarter. Data source: ESR at 31 March 2023 and the 2022 NHS Staff Survey (see tab “Data 2023”).'], { merge: ['A', 'F'], style: { font: { size: 8 } } });
  const ds = book.wb.addWorksheet('Data 2023');
  ds.getColumn(1).width = 12; ds.getColumn(2).width = 14; ds.getColumn(3).width = 14;
  [['Metric', 'Disabled', 'Non-disabled'], ['4a', '29.8%', '21.0%'], ['4b', '47.6%', '50.2%'], ['5', '51.9%', '58.3%'], ['6', '27.3%', '19.8%'], ['7', '35.1%', '44.7%'], ['9a', 6.6, 7.0]].forEach((r, i) => { const row = ds.getRow(i + 1); r.forEach((v, j) => { row.getCell(j + 1).value = v; if (i === 0) row.getCell(j + 1).font = { bold: true }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust, every sentence and number new), laid out like published community trust WDES plans that summarise the data beside each action. Sheet 'Action plan' (a second tab 'Data 2023' holds a small figures table): trust name, title, an italic key line 'RAG: G = complete or on track   A = some delay   R = significant delay or not started', a blank row, the teal header 'Metric | What the data tells us | Action | Lead | By when | RAG' (row 5, frozen), eight actions, then a METRIC 10 row whose Action cell says 'No action needed this year – …' with '–' as its lead, and a small reporting / data-source line. RAG letters on fills. Judgement calls: indicators from the Metric cell ('Metric 4a' → '4a', 'Metrics 5 & 7' → ['5','7']); the metric 10 row sets out no work, so it is not an action (and no action gets metric 10); the data summary is context, never an action or progress; theme null; lead = Lead; due = By when as typed ('End of Q3', 'Sept 2023'); status = the RAG letter, rag from its fill; no ref (no numbering); the committee in the closing line is no lead and the 31 March data date is no due.", { mode: 'fill', ragCol: 6, notFrom: ['B'], dataRows: [key, m10] });
}
