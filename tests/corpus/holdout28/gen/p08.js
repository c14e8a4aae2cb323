// holdout28-wdes-2023-24-calderwick: follows Rotherham Doncaster and South Humber NHS FT's "Workforce disability equality standard (WDES)
// annual report 2023" (https://www.rdash.nhs.uk/documents/workforce-disability-equality-standard-wdes-annual-report-2023/): a contents
// list '1. Executive summary 2. Background 3. WDES in 2022 and 2023 4. Consultation 5. Conclusion 6. Recommendations 7. WDES data table',
// numbered section headings ('1 Executive summary'), the data drawn from ESR, recruitment, disciplinary and training datasets and the
// staff survey as of 31 March 2023, and the EDI workstream and the disabled staff network (DAWN) co-producing the action plan for the
// executive team and Board. The excerpt stops at section 2: the numbered recommendations ('6.1 …') and the data table's columns are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Calderwick and Humber Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout28-wdes-2023-24-calderwick', sheet: 'WDES annual report', standard: 'WDES', period: '2023-24', trust, widths: [8, 70, 14, 14, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, color: C.nhs } });
  p.line(['Workforce disability equality standard (WDES) annual report 2023 and recommendations for 2023/24'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['Contents'], { merge: ['A', 'E'], style: { bold: true } });
  const toc = ['Executive summary', 'Background', 'WDES in 2022 and 2023', 'Consultation', 'Conclusion', 'Recommendations', 'WDES data table'];
  const tocRows = toc.map((t, i) => p.line([`${i + 1}.`, t]));
  p.blank();
  const sec = (n, t) => p.line([String(n), t], { style: { bold: true, font: { size: 12 } } });
  const para = (t, h = 44) => p.line(['', t], { merge: ['B', 'E'], height: h });
  sec(1, 'Executive summary');
  para('This report sets out what the trust must do to meet the WDES in its contract, using data from ESR, recruitment, employee relations and training records and the national staff survey as at 31 March 2023.');
  para('Comparing 2023 with 2022 shows improvement in some metrics and a decline in others; there is still a clear gap between the experience of disabled and non-disabled colleagues.', 30);
  sec(2, 'Background');
  para('The WDES lets us show progress against ten metrics of disability equality. This report explains how the data were gathered and how the action plan was written with disabled colleagues.', 30);
  sec(3, 'WDES in 2022 and 2023');
  para('Declaration on ESR rose from 4.8% to 5.6%. Disabled colleagues remain more likely to enter a formal capability process, and fewer of them say their work is valued.', 30);
  sec(4, 'Consultation');
  para('The draft findings were discussed at two meetings of the Disability and Wellbeing Network (DAWN) in June 2023 and at the EDI steering group in July 2023.', 30);
  sec(5, 'Conclusion');
  para('There is still a long way to go. The recommendations below are the areas the EDI workstream and DAWN will turn into the full action plan for the Executive Management Team and the Board.', 30);
  sec(6, 'Recommendations');
  const recs = [
    ['6.1', 'Run a declaration campaign with DAWN so that ESR reflects the 24% of staff who tell the staff survey they are disabled (metric 1), by March 2024.', ['1'], 'March 2024'],
    ['6.2', 'Require an adjustments discussion before any formal capability hearing and audit compliance each quarter (metric 3).', ['3'], ''],
    ['6.3', 'Extend the civility and respect programme to the inpatient wards where disabled staff report most harassment (metric 4a), by June 2024.', ['4a'], 'June 2024'],
    ['6.4', 'Publish a single reasonable adjustments process with a target of eight weeks from request to adjustment (metric 8), by December 2023.', ['8'], 'December 2023'],
    ['6.5', 'Give DAWN two hours of protected time a month for its chair and vice chair, and an executive sponsor (metric 9b).', ['9b'], ''],
    ['6.6', 'Present progress against these recommendations to the People and Culture Committee every six months.', [], ''],
  ];
  for (const [ref, t, inds, due] of recs) p.action([ref, t], { ref, indicators: inds, theme: null, action: t, due, dueSource: due ? 'action text' : null }, { merge: [['B', 'E']], height: 30 });
  sec(7, 'WDES data table');
  const data = [];
  data.push(p.line(['', 'Metric', '2022', '2023', 'Change'], { border: true, style: { bold: true, fill: C.grey } }));
  for (const [m, a, b, c] of [['1 – disabled staff on ESR', '4.8%', '5.6%', '+0.8'], ['2 – relative likelihood of appointment from shortlisting', '1.09', '1.21', '+0.12'], ['3 – relative likelihood of entering formal capability', '1.88', '2.41', '+0.53'], ['4a – harassment from managers (disabled)', '16.4%', '15.1%', '-1.3'], ['7 – feel their work is valued (disabled)', '34.0%', '32.6%', '-1.4'], ['9a – staff engagement score (disabled)', '6.5', '6.6', '+0.1']]) data.push(p.line(['', m, a, b, c], { border: true }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health, learning disability and community FT) following a real trust's 'WDES annual report 2023' web page: trust line, title ('… annual report 2023 and recommendations for 2023/24' – the period), a CONTENTS list numbered 1.–7. (Executive summary, Background, WDES in 2022 and 2023, Consultation, Conclusion, Recommendations, WDES data table), then numbered section headings ('1 | Executive summary') with paragraphs, the RECOMMENDATIONS numbered 6.1–6.6 (number in column A, text in B merged to E), and a closing data table 'Metric | 2022 | 2023 | Change'. Judgement calls: only the recommendations are actions (ref '6.1' … '6.6'); the contents list, section headings (and their numbers 1–7), paragraphs and data table are not; the numbers in the contents and headings are not indicators; indicators only where a recommendation names a metric in brackets ('(metric 9b)' → ['9b']), [] for 6.6; due from the text's 'by March 2024' (dueSource 'action text'), '' where none is written; no leads (the EDI workstream and DAWN are named in the conclusion as the authors of the plan, not as leads of a recommendation); dates in paragraphs ('31 March 2023', 'June 2023', 'July 2023') are not dues; theme null (the 'Recommendations' heading is the document's section, not a theme of the plan); no status.", { dataRows: [...tocRows, ...data], forbidden: ['June 2023', 'July 2023', '31 March 2023', 'EDI workstream and DAWN'], textIndicators: '\\(metric ([^)]*)\\)' });
}
