// holdout79-wres-2022-23-ottercombe: acute trust Board paper on two tabs – a 'Cover sheet' (the only place the trust is named, with
// the presenting director and meeting date) and 'Report': numbered paragraphs – summary, findings, progress on last year's plan,
// actions with the lead and date inside the sentence (one passive), the recommendation – and an Appendix 1 data table.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ottercombe University Hospitals NHS Trust';
  const cover = book.wb.addWorksheet('Cover sheet');
  cover.getColumn(1).width = 22; cover.getColumn(2).width = 70;
  const cv = [['Trust', trust], ['Meeting', 'Trust Board (public)'], ['Date', '28 July 2022'], ['Agenda item', '11.2'], ['Report title', 'Workforce Race Equality Standard 2022 – report and action plan'], ['Presented by', 'Chief People Officer'], ['Prepared by', 'Head of Equality, Diversity and Inclusion'], ['Purpose', 'For approval'], ['Previously considered by', 'People Committee, 12 July 2022']];
  cv.forEach(([k, v], i) => { const r = cover.getRow(i + 1); r.getCell(1).value = k; r.getCell(2).value = v; r.getCell(1).font = { name: 'Arial', size: 10, bold: true }; r.getCell(2).font = { name: 'Arial', size: 10 }; r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; for (const c of [1, 2]) r.getCell(c).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; });
  const p = new Plan(book, { name: 'holdout79-wres-2022-23-ottercombe', sheet: 'Report', standard: 'WRES', period: '2022-23', trust, widths: [6, 62, 12, 12, 12], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ showGridLines: false }];
  const M = { merge: ['B', 'E'] };
  p.line(['', 'Workforce Race Equality Standard (WRES) 2022 – report and action plan'], { ...M, style: { bold: true, font: { size: 12 } } });
  p.blank();
  const H = (t) => p.line([t], { merge: ['A', 'E'], style: { bold: true } });
  const data = [];
  const P = (no, t, h = 28) => { const r = p.line([no, t], { ...M, height: h }); data.push(r); return r; };
  const A = (no, t, lead, due, inds) => p.action([no, t], { ref: no, action: t, indicators: inds, lead, due, dueSource: 'labelled' }, { ...M, border: false, height: 28 });
  H('1. Executive summary');
  P('1.1', 'Our 2022 WRES data shows improvement on four indicators and deterioration on two. This paper sets out the data and the actions proposed for 2022/23.');
  H('2. The 2022 data');
  P('2.1', 'The full indicator table is at Appendix 1. The main points are set out below.', 16);
  P('2.2', 'BME staff now make up 27.4% of the workforce, up from 25.1%, but only 9.8% of staff at Band 8a and above.', 16);
  P('2.3', 'The relative likelihood of White shortlisted applicants being appointed rather than BME shortlisted applicants fell from 1.62 to 1.34.');
  P('2.4', 'BME staff reporting discrimination from a manager or colleague rose to 16.9% (2021: 14.2%).', 16);
  H('3. Progress on the 2021/22 plan');
  P('3.1', 'The Inclusive Recruitment standard was adopted in January 2022 and diverse panels are now in place for every post at Band 8a and above.');
  P('3.2', 'Forty BME nurses completed the Stepping Up programme; eleven have since been promoted.', 16);
  P('3.3', 'The review of disciplinary decisions begun in 2021/22 was not completed and is carried into this plan at paragraph 4.3.');
  H('4. Actions for 2022/23');
  A('4.1', 'The Head of Talent Acquisition will extend diverse interview panels to all Band 7 posts by 30 September 2022 (indicator 2).', 'Head of Talent Acquisition', '30 September 2022', ['2']);
  A('4.2', 'The Deputy Chief People Officer will agree a target for BME representation at Band 8a and above with each clinical division by December 2022 (indicator 1).', 'Deputy Chief People Officer', 'December 2022', ['1']);
  A('4.3', 'The Head of Employee Relations will complete the review of disciplinary decisions carried over from 2021/22 and present its findings to the People Committee by November 2022 (indicator 3).', 'Head of Employee Relations', 'November 2022', ['3']);
  A('4.4', 'A reverse mentoring scheme for the executive team will be launched by the Chief People Officer in October 2022 (indicator 7).', 'Chief People Officer', 'October 2022', ['7']);
  A('4.5', 'The Freedom to Speak Up Guardian will hold quarterly sessions for BME staff on raising concerns about discrimination, with the first by August 2022 (indicator 8).', 'Freedom to Speak Up Guardian', 'August 2022', ['8']);
  A('4.6', 'The Chief Nurse will introduce a Civility Saves Lives briefing for every ward team, with a focus on abuse from patients and visitors, by March 2023 (indicator 5).', 'Chief Nurse', 'March 2023', ['5']);
  A('4.7', 'The Chair will ask the search agency for shortlists that include BME candidates for the two non-executive appointments to be made by April 2023 (indicator 9).', 'Chair', 'April 2023', ['9']);
  H('5. Recommendation');
  P('5.1', 'The Board is asked to approve the actions in section 4 and the publication of the WRES data on the Trust website by 31 October 2022.');
  p.blank();
  p.line(['', 'Appendix 1 – WRES indicators, 2021 and 2022'], { ...M, style: { bold: true } });
  p.header(['', 'Indicator', '2021', '2022', 'Change'], { style: { fill: 'FFDDEBF7' } });
  const ind = [['1 – BME staff at Band 8a and above', '8.9%', '9.8%', '+0.9 pts'], ['2 – relative likelihood of appointment from shortlisting (White : BME)', '1.62', '1.34', 'better'], ['3 – relative likelihood of entering formal disciplinary (BME : White)', '1.48', '1.21', 'better'], ['4 – relative likelihood of accessing non-mandatory training (White : BME)', '1.04', '1.09', 'worse'], ['5 – BME staff experiencing harassment from patients or public', '29.7%', '28.1%', 'better'], ['6 – BME staff experiencing harassment from staff', '27.3%', '25.9%', 'better'], ['7 – BME staff believing the Trust offers equal opportunities', '44.6%', '46.0%', 'better'], ['8 – BME staff experiencing discrimination from a manager or colleague', '14.2%', '16.9%', 'worse'], ['9 – BME voting Board members', '1 of 12', '1 of 12', 'no change']];
  for (const row of ind) { const r = p.line(['', ...row], { border: true, styles: [{}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] }); data.push(r); }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional teaching acute trust). Two tabs: 'Cover sheet' – a Board cover (Trust, Meeting, Date 28 July 2022, Agenda item, Report title, Presented by: Chief People Officer, Prepared by, Purpose, Previously considered by) – the ONLY place the trust is named; and 'Report' (the gold sheet, gridlines off): the report title, then numbered headings merged A:E ('1. Executive summary', '2. The 2022 data', '3. Progress on the 2021/22 plan', '4. Actions for 2022/23', '5. Recommendation') over numbered paragraphs (number in A, text merged B:E), and 'Appendix 1 – WRES indicators, 2021 and 2022' with its own header 'Indicator | 2021 | 2022 | Change' (row 27, a header row of the data table) and nine indicator rows. Judgement calls: identity = the trust on the cover sheet. The actions are the seven paragraphs of section 4, each naming who will do what by when; 1.1 is the summary, 2.1–2.4 the findings, 3.1 and 3.2 say what WAS done last year, 3.3 says an unfinished action is carried forward – it points to 4.3, which is the action, so 3.3 is not one; 5.1 is the recommendation (the publication date is no due); the appendix rows are data. Action = the paragraph cell; ref = its number; lead = the post the sentence names as doing it, in 4.4 the agent of a passive sentence ('will be launched by the Chief People Officer in October 2022' → lead 'Chief People Officer', due 'October 2022'); due = the date in the sentence as written ('30 September 2022', 'December 2022'; dueSource 'labelled'); 4.5's 'quarterly' is a frequency, the due is the first session 'August 2022'; 4.3's People Committee receives the findings and is no lead; indicators = the bracketed indicator. The cover's meeting date, 'Previously considered by' and 'Prepared by' give no field (the presenting Chief People Officer is 4.4's lead only because 4.4 names that post). No status or RAG; theme null (the headings are the paper's structure).", { prose: { leadInText: true }, dataRows: data, forbidden: ['28 July 2022', '12 July 2022', 'Head of Equality, Diversity and Inclusion', 'People Committee', '31 October 2022', 'January 2022'] });
}
