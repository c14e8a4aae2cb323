// holdout39-wres-2019-20-cullerford: follows the 'Combined Staffordshire and Stoke on Trent CCG Workforce Race Equality Standard (WRES)
// Summary Report 2019/20' (https://docslib.org/doc/10752472/staffordshire-and-stoke-on-trent-ccgs-wres-report-2019-20): the six member
// organisations' names run together at the top, the combined report's title, 'Contents' with dot leaders and page numbers ('WRES and CCGs
// Responsibilities ...... 2', 'WRES Indicator 1 BAME workforce across all pay bands compared to White staff ...... 5', 'WRES Metric 3',
// 'WRES Metric 5-8 taken from the National NHS Staff Survey', 'WRES Indicator 9', '… Virtual BAME Staff Support Group ...... 10'), '1 | P a g e'
// footers, 'WRES and CCGs Responsibilities' (two roles – commissioner and employer – shaped by the Equality Act 2010 and the public sector
// Equality Duty, the NHS standard contract, the CCG Improvement and Assessment Framework), the third year of a combined report, and 'This
// year's publishing requirements are to report against 5 of the 9 WRES workforce indicators (due to Covid-19)'. Here a primary-care
// collaborative of six member organisations. ASSUMED: the summary data table's figures and the closing 'Next steps' action table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cullerford and District Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout39-wres-2019-20-cullerford', sheet: 'WRES Summary 2019-20', standard: 'WRES', period: '2019-20', trust, widths: [16, 56, 26, 18], font: { name: 'Calibri', size: 11 } });
  const para = (t, h = 30, st = {}) => p.line([t], { merge: ['A', 'D'], height: h, style: st });
  const foot = (n) => p.line([undefined, undefined, undefined, `${n} | P a g e`], { styles: [{}, {}, {}, { alignment: { horizontal: 'right' }, color: 'FF808080', font: { name: 'Calibri', size: 9 } }] });
  para('Cullerford North PCN   Cullerford South PCN   Haybridge Health Partnership   Moorlands Rural PCN   Tillington and Wharley PCN   Cullerford GP Federation', 30, { bold: true, color: C.nhs });
  para(`Combined ${trust} Workforce Race Equality Standard (WRES) Summary Report 2019/20`, 30, { bold: true, font: { name: 'Calibri', size: 14 } });
  para('Contents', 18, { bold: true });
  const toc = ['WRES and the Collaborative\'s Responsibilities ...... 2', 'Ethnic profile of Cullerford and District ...... 2', 'Covid-19 ...... 3', 'Summary of key WRES 2020 data ...... 4', 'WRES Indicator 1 BAME workforce across all pay bands compared to White staff ...... 5', 'WRES Indicator 2 – Relative likelihood of staff being appointed from shortlisting ...... 5', 'WRES Metric 3 ...... 6', 'WRES Metric 4 ...... 6', 'WRES Indicator 9 ...... 9', 'Virtual BAME Staff Support Group ...... 10', 'Next steps for 2020/21 ...... 11'];
  const tocRows = toc.map((t) => p.line([t], { merge: ['A', 'D'] }));
  const feet = [foot(1)];
  para('WRES and the Collaborative\'s Responsibilities', 18, { bold: true });
  para('The member organisations have two roles in relation to the WRES – as providers of NHS services and as employers. In both roles our work is shaped by:', 30);
  const bul = ['• The Equality Act 2010 and the public sector Equality Duty.', '• The NHS Standard Contract and its schedules.', '• The collaborative\'s agreement with the integrated care system.'].map((b) => p.line([undefined, b], { merge: ['B', 'D'] }));
  para('This is the third year that the six member organisations have produced a combined WRES report. This year\'s figures are compared with last year\'s, and the report will be shared with each member\'s board and partnership meeting.', 44);
  para('This year we are required to report against 5 of the 9 WRES indicators (due to Covid-19): indicators 1 to 4, which use our own workforce data, and indicator 9 on board membership.', 30);
  para('Summary of key WRES 2020 data', 18, { bold: true });
  p.header(['Indicator', 'Measure', 'BAME', 'White'], { style: { fill: C.paleblue } });
  const data = [['1', 'Staff in the workforce (headcount 1,184)', '9.6%', '84.1%'], ['2', 'Relative likelihood of white applicants being appointed from shortlisting', '1.48', ''], ['3', 'Relative likelihood of BAME staff entering a formal disciplinary process', '0.00', ''], ['4', 'Relative likelihood of white staff accessing non-mandatory training', '1.06', ''], ['9', 'Board members across the six member boards (41 in all)', '4.9%', '92.7%']];
  const dataRows = data.map((d) => p.line(d, { border: true }));
  feet.push(foot(4));
  para('Virtual BAME Staff Support Group', 18, { bold: true });
  para('During the first wave of Covid-19 a virtual support group was set up for BAME staff across the six members. It meets every month online and has around 30 regular members. Its members helped to shape the next steps below.', 44);
  para('Next steps for 2020/21', 18, { bold: true });
  p.header(['Indicator', 'Action', 'Lead', 'Target date'], { style: { fill: C.paleblue } });
  const acts = [
    ['1', 'Ask staff in every practice to check their ethnicity record, so that fewer records are "not stated" (now 6.3%).', 'Collaborative Workforce Lead', 'December 2020', ['1']],
    ['1, 7', 'Offer BAME nurses and practice staff places on the ICS "Next Step" leadership course.', 'Training Hub Manager', 'March 2021', ['1', '7']],
    ['2', 'Add a standard interview question on equality and make sure every panel has more than one interviewer.', 'Practice Managers\' Forum', 'January 2021', ['2']],
    ['3', 'Use one HR adviser for disciplinary cases across the members and record ethnicity for every case.', 'GP Federation HR Adviser', 'Ongoing', ['3']],
    ['4', 'Keep a shared record of non-mandatory training so that access can be compared by ethnicity.', 'Training Hub Manager', 'March 2021', ['4']],
    ['—', 'Keep the Virtual BAME Staff Support Group running, with a named partner or GP sponsor from each member.', 'Clinical Director, Moorlands Rural PCN', 'Monthly', []],
    ['9', 'Ask each member board to consider race equality when filling its next vacancy.', 'Chair of the Collaborative Board', 'As vacancies arise', ['9']],
  ];
  for (const [ind, a, lead, due, inds] of acts) p.action([ind, a, lead, due], { indicators: inds, action: a, lead, due });
  feet.push(foot(11));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional organisation, a primary-care collaborative of six member organisations – five primary care networks / partnerships and a GP federation) following a real COMBINED WRES summary report of six commissioning organisations (the Staffordshire and Stoke-on-Trent CCGs' 2019/20 report), converted from PDF into one sheet: the six members' names run together in one line, the combined report title, 'Contents' with DOT-LEADER lines and page numbers – several naming WRES indicators ('WRES Indicator 1 BAME workforce across all pay bands compared to White staff ...... 5', 'WRES Metric 3 ...... 6') – '1 | P a g e' page FOOTERS at the right (pages 1, 4 and 11), 'WRES and the Collaborative's Responsibilities' with a paragraph and three '•' bullets, two paragraphs (third combined report; only 5 of the 9 indicators reported this year because of Covid-19), 'Summary of key WRES 2020 data' with a data table 'Indicator | Measure | BAME | White' (row 24, five rows with figures), 'Virtual BAME Staff Support Group' with a paragraph, and 'Next steps for 2020/21' with the action table 'Indicator | Action | Lead | Target date' (row 34). Judgement calls: the contents lines, footers, bullets and data rows are not actions (the data rows carry indicator numbers and figures but are findings); the actions are the seven 'Next steps' rows; indicators from their Indicator column ('1, 7' → ['1', '7'] – indicator 7 comes from the staff survey and was not reported this year, but the action still names it –, '—' → []), not from the report's statement that only indicators 1–4 and 9 were reported; no ref; lead and target date as written ('Ongoing', 'Monthly', 'As vacancies arise'); the support group paragraph is background – the action to keep it running is in the table; no status, rag null; period 2019-20 as the title gives it (data at 31 March 2020).", { dataRows: [...tocRows, ...bul, ...dataRows, ...feet] });
}
