// holdout55-wres-2016-17-stanbury: follows NHS Warrington CCG's Equality and Diversity Annual Report 2016/2017 (pdfslide.net/documents/
// equality-and-diversity-warrington-ccg-…): a contents list (Foreword, Who we are and what we do, Our population, the Equality Act and
// due regard, Equality Delivery System 2, Equality Objectives, Governance, …, Our workforce, Staff training, Conclusion, Appendix) and
// the plan in the appendix. Converted to Excel from the report: the contents with their page numbers, the short workforce section and the
// appendix table with a RAG word column.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stanbury Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2016-17-stanbury', sheet: 'Equality report 2016-17', standard: 'WRES', period: '2016-17', trust, widths: [30, 56, 26, 16, 10], font: { name: 'Calibri', size: 11 } });
  p.line(['Equality and Diversity Annual Report 2016/2017'], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true } });
  p.blank();
  p.line(['Contents'], { style: { bold: true } });
  for (const [s, pg] of [['Foreword', 2], ['Who we are and what we do', 3], ['Our patients and population', 4], ['The Equality Act 2010 and due regard', 5], ['Equality Delivery System 2 (EDS2)', 6], ['Our Equality Objectives', 8], ['Governance', 9], ['Our workforce and the WRES', 10], ['Staff training', 12], ['Conclusion', 13], ['Appendix – WRES action plan 2016/17', 14]]) {
    p.line([s, '', '', '', pg], { styles: [{}, {}, {}, {}, { alignment: { horizontal: 'right' } }] });
  }
  p.blank();
  p.line(['Our workforce and the WRES'], { style: { bold: true } });
  p.line(['This is our second WRES return. BME staff make up 11% of our workforce but 3% of staff at Band 8a and above, and BME staff were 1.6 times as likely as white staff to enter a formal disciplinary process. The actions agreed by the Equality and Diversity Steering Group are in the appendix.'], { merge: ['A', 'E'], height: 48 });
  p.blank();
  p.line(['Appendix – WRES action plan 2016/17'], { style: { bold: true, font: { size: 12 } } });
  p.header(['Objective', 'Action', 'Responsible', 'Timescale', 'RAG'], { style: { fill: C.grey } });
  const RAG = { Green: [C.green, 'green'], Amber: [C.amber, 'amber'], Red: [C.red, 'red'] };
  const objs = [
    ['Improve the quality of our workforce data', [
      ['Run an ESR data cleanse so that ethnicity is recorded for at least 95% of staff.', 'Workforce Information Manager', 'September 2016', 'Green', ['1']],
      ['Report recruitment outcomes by ethnicity from the new applicant tracking system.', 'Recruitment Manager', 'December 2016', 'Amber', ['2']],
    ]],
    ['Fair treatment in employee relations', [
      ['Review every disciplinary case opened against a BME member of staff at the monthly HR case review.', 'Head of HR', 'Monthly', 'Green', ['3']],
      ['Refresh the Dignity at Work policy with staff side and the BME staff network.', 'Head of HR', 'March 2017', 'Red', ['6', '8']],
    ]],
    ['Opportunities to develop and progress', [
      ['Advertise all secondment and acting-up opportunities on the intranet.', 'Heads of Department', 'June 2016', 'Green', ['7']],
      ['Set up a mentoring scheme for BME staff at Bands 5 to 7.', 'Learning and Development Lead', 'March 2017', 'Amber', ['4', '7']],
    ]],
    ['Leadership', [
      ['Hold a Board development session on race equality and unconscious bias.', 'Trust Secretary', 'January 2017', 'Green', ['9']],
    ]],
  ];
  for (const [obj, acts] of objs) {
    const first = p.r + 1;
    acts.forEach(([a, lead, ts, rag, codes], i) => {
      p.action([i === 0 ? obj : undefined, a, lead, ts, rag], { indicators: [], action: a, lead, due: ts, status: rag, rag: RAG[rag][1] }, { styles: [{ bold: true }, {}, {}, {}, { fill: RAG[rag][0], alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Progress is reviewed by the Equality and Diversity Steering Group each quarter; RAG as at March 2017.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust) following a real NHS body's published Equality and Diversity Annual Report 2016/2017 (Warrington CCG's), converted from the report to Excel: the report title, the trust, a 'Contents' list of eleven sections WITH PAGE NUMBERS in column E (rows 5–15), the 'Our workforce and the WRES' section (a paragraph with this year's figures), then 'Appendix – WRES action plan 2016/17' with one header 'Objective | Action | Responsible | Timescale | RAG' (row 21), four objectives MERGED DOWN column A over their actions, RAG as WORDS on their own fills (Green / Amber / Red), and a closing line 'RAG as at March 2017'. Judgement calls: the contents lines (with their page numbers) and the report sections are not actions and give no field – the page numbers are not refs, dues or statuses; every row of the appendix table is an action; the plan names NO WRES indicator anywhere (no column, no mention in the actions) – indicators [] for every action, not inferred from the wording (a disciplinary action is not thereby indicator 3); ref '' (no numbering); theme null (the objective is a merged column); lead = Responsible; due = Timescale as written ('Monthly' kept); status = the RAG word, rag = its colour; the closing line's 'March 2017' is the RAG date, not a due.", { ragCol: 'E', mode: 'fill', dueFrom: ['D'], notFrom: ['A'] });
}
