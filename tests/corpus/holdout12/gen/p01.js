// holdout12-wres-2015-16-hartsmere: a BOARD PAPER APPENDIX – cover-sheet lines, numbered report paragraphs (Purpose,
// Background, Findings, Recommendation) above the plan; indicator and issue merged down; no status column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wres-2015-16-hartsmere', sheet: 'Appendix B', standard: 'WRES', period: '2015-16', trust: 'Hartsmere Hospitals NHS Foundation Trust', widths: [30, 34, 62, 26, 18], font: { name: 'Arial', size: 10 } });
  const para = (t, h) => p.line([t], { merge: ['A', 'E'], height: h });
  p.line(['Hartsmere Hospitals NHS Foundation Trust'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Board of Directors – Part 1 (public)', '', '', 'Meeting date:', '29 July 2015'], { styles: [{ bold: true }, {}, {}, { bold: true }] });
  p.line(['Agenda item 14.2', '', '', 'Paper:', 'Appendix B'], { styles: [{ bold: true }, {}, {}, { bold: true }] });
  p.blank();
  p.line(['Workforce Race Equality Standard (WRES) – baseline report and action plan 2015/16'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['1. Purpose'], { style: { bold: true } });
  para('1.1 This paper presents the Trust\'s first return against the NHS Workforce Race Equality Standard, which came into force on 1 April 2015 through the NHS Standard Contract, and asks the Board to approve the action plan set out in section 5.', 42);
  p.line(['2. Background'], { style: { bold: true } });
  para('2.1 The WRES requires NHS organisations to compare the experiences of White and BME staff against nine indicators: four drawn from workforce data, four from the national NHS Staff Survey and one on Board composition. Data was submitted to NHS England via UNIFY on 1 July 2015 and must be published on the Trust\'s website by 1 August 2015.', 54);
  p.line(['3. Summary of findings'], { style: { bold: true } });
  para('3.1 BME staff make up 14.8% of the workforce but 6.1% of staff at Band 8a and above. White shortlisted applicants are 1.62 times more likely to be appointed than BME shortlisted applicants, and BME staff are 2.1 times more likely to enter the formal disciplinary process. Staff Survey results for indicators 5–8 are broadly in line with the acute trust average, except indicator 7 (equal opportunities for career progression), where 71% of BME staff agree compared with 88% of White staff.', 68);
  p.line(['4. Recommendation'], { style: { bold: true } });
  para('4.1 The Board is asked to NOTE the WRES baseline data and APPROVE the action plan below. Progress against each action will be reported to the Workforce and Organisational Development Committee quarterly, with a full review in the 2016 WRES report.', 42);
  p.blank();
  p.line(['5. WRES Action Plan 2015/16'], { style: { bold: true, font: { size: 12 } } });
  p.header(['WRES indicator', 'Issue identified', 'Action', 'Lead', 'Timescale'], { style: { fill: C.navy, color: C.white } });
  const blocks = [
    ['Indicator 1 – Workforce profile by band', '6.1% of staff at Band 8a and above are BME, against 14.8% of the whole workforce. 9.4% of staff have no recorded ethnicity.', [
      ['Undertake an ESR data cleanse so that every member of staff is asked to confirm their ethnicity through the self-service portal.', 'Head of Workforce Information', 'October 2015', ['1']],
      ['Produce a quarterly workforce profile by band, division and ethnicity for the Workforce and OD Committee.', 'Head of Workforce Information', 'From Q3 2015/16', ['1']],
    ]],
    ['Indicator 2 – Appointment from shortlisting', 'White applicants are 1.62 times more likely to be appointed from shortlisting.', [
      ['Review the recruitment and selection policy, including the use of diverse interview panels for posts at Band 7 and above.', 'Head of Recruitment', 'December 2015', ['2']],
      ['Deliver recruitment and selection training, including unconscious bias, to all recruiting managers.', 'Head of Learning and Development', 'March 2016', ['2']],
      ['Audit a sample of 50 recruitment campaigns to identify the stage at which BME applicants fall out of the process.', 'Equality and Diversity Manager', 'January 2016', ['2']],
    ]],
    ['Indicator 3 – Formal disciplinary process', 'BME staff are 2.1 times more likely to enter the formal disciplinary process.', [
      ['Introduce a pre-formal review by a senior HR manager for all disciplinary cases involving BME staff.', 'Deputy Director of HR', 'November 2015', ['3']],
      ['Record and report the ethnicity of staff at each stage of the disciplinary process.', 'Employee Relations Manager', 'Ongoing', ['3']],
    ]],
    ['Indicators 5 to 8 – Staff Survey', 'BME staff are less likely to believe the Trust provides equal opportunities for career progression (71% v 88%).', [
      ['Hold listening events with BME staff to understand their experience of career progression and bullying.', 'Director of Workforce and OD', 'September 2015', ['5', '6', '7', '8']],
      ['Support the establishment of a BME Staff Network with an executive sponsor.', 'Director of Workforce and OD', 'December 2015', ['5', '6', '7', '8']],
    ]],
    ['Indicator 9 – Board representation', 'There are no BME voting members of the Board.', [
      ['Work with the Council of Governors and the appointing search agency to encourage applications from BME candidates for future non-executive director vacancies.', 'Trust Secretary', 'As vacancies arise', ['9']],
    ]],
  ];
  const mergesToDo = [];
  for (const [ind, issue, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([a, lead, due, inds], i) => p.action([i === 0 ? ind : null, i === 0 ? issue : null, a, lead, due], { indicators: inds, action: a, lead, due }));
    if (acts.length > 1) mergesToDo.push(`A${first}:A${p.r}`, `B${first}:B${p.r}`);
  }
  mergesToDo.forEach((m) => p.ws.mergeCells(m));
  p.blank();
  p.line(['6. Monitoring'], { style: { bold: true } });
  para('6.1 The Equality and Diversity Manager will maintain this plan and report progress to the Workforce and OD Committee in October 2015, January 2016 and April 2016.', 30);
  p.blank();
  p.line(['Author: Equality and Diversity Manager', '', '', 'Executive lead:', 'Director of Workforce and OD'], { styles: [{ italic: true }, {}, {}, { bold: true }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a BOARD PAPER APPENDIX exported to Excel: trust name, a cover block ('Board of Directors – Part 1 (public)' with 'Meeting date:' / '29 July 2015' and 'Agenda item 14.2' / 'Paper:' / 'Appendix B' in D:E), a title, then numbered report headings (1. Purpose, 2. Background, 3. Summary of findings, 4. Recommendation) each followed by a long merged paragraph – these paragraphs mention the action plan, Band 8a, indicators 5–8 and dates, but are narrative, not actions. Heading '5. WRES Action Plan 2015/16', then the only table header 'WRES indicator | Issue identified | Action | Lead | Timescale' (white on navy). Indicator and Issue cells are MERGED DOWN over each block (gold indicator from the block; 'Indicators 5 to 8 – Staff Survey' block: both actions take all four, as the merged cell names them). Indicator 4 has no actions. No status column: status '' and rag null; no refs. Timescales are text ('From Q3 2015/16', 'Ongoing', 'As vacancies arise'). Under the table: '6. Monitoring' heading and paragraph, and an 'Author: … | Executive lead: Director of Workforce and OD' line – a lead-like label that is not an action.", {});
}
