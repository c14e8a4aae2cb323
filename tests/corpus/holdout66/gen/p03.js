// holdout66-wres-2019-20-lindenford: a community trust's Workforce Committee paper where the plan is grouped under the report's own
// RECOMMENDATIONS (each a bold row the actions answer), with a plain narrative paragraph merged across between groups, a quarter's
// data row, and a pointer to an appendix; statuses are coloured letters.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lindenford Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout66-wres-2019-20-lindenford', sheet: 'Sheet1', standard: 'WRES', period: '2019-20', trust, widths: [6, 58, 11, 26, 14, 8], font: { name: 'Arial', size: 10 } });
  p.line(['Workforce Committee – 21 January 2020'], { merge: ['A', 'F'], style: { bold: true } });
  p.line([`${trust}: Workforce Race Equality Standard – action plan 2019/20 and progress`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(['No.', 'What we will do', 'Indicator', 'Who', 'When', 'RAG'], { style: { fill: C.grey } });
  const RAGF = { G: C.green, A: C.amber, R: C.red };
  const rec = (t) => p.line([t], { merge: ['A', 'F'], style: { bold: true } });
  const para = (t, h = 42) => p.line([t], { merge: ['A', 'F'], height: h });
  const act = (th, [n, a, ind, who, when, rag]) => p.action([n, a, ind, who, when, rag], { ref: n, indicators: ind ? String(ind).split(/\s*&\s*/) : [], theme: th, action: a, lead: who, due: when, status: rag, rag: { G: 'green', A: 'amber', R: 'red' }[rag] }, { styles: [{}, {}, {}, {}, {}, { bold: true, color: RAGF[rag], alignment: { horizontal: 'center' } }] });
  let t = 'Recommendation 1: Improve the quality of our ethnicity data';
  rec(t);
  act(t, ['1', 'Write to every member of staff whose ethnicity is recorded as "not stated" and invite them to update it through ESR self-service.', '1', 'Workforce Information Lead', 'Oct 2019', 'G']);
  act(t, ['2', 'Add ethnicity to the monthly workforce report that goes to each locality board.', '1', 'Workforce Information Lead', 'Dec 2019', 'G']);
  p.line([undefined, 'Q3 data: "not stated" fell from 11.8% to 6.4% of staff (target 5%)'], { border: true, style: { italic: true } });
  para('The committee will recall that the 2019 submission showed our BME staff were concentrated in Bands 2 to 5 and that the relative likelihood of appointment from shortlisting had worsened. The next recommendation responds to that finding; the actions under it were agreed with the BME Staff Network in September.');
  t = 'Recommendation 2: Make recruitment and promotion fairer';
  rec(t);
  act(t, ['3', 'Include a BME staff member on every shortlisting and interview panel for posts at Band 7 and above.', '2', 'Head of HR Operations', 'Jan 2020', 'A']);
  act(t, ['4', 'Offer a coaching place on the Trust\'s Stepping Up programme to every BME applicant not appointed at interview for a Band 6 or 7 post.', '2 & 4', 'Organisational Development Lead', 'Mar 2020', 'A']);
  act(t, ['5', 'Review the wording of job adverts with the network and remove requirements that are not essential to the role.', '2', 'Recruitment Manager', 'Nov 2019', 'G']);
  para('Recommendation 3 was added after the staff survey results were shared in the autumn: BME colleagues reported more harassment from the public than white colleagues, and fewer believed the Trust offers equal opportunities for progression.');
  t = 'Recommendation 3: Reduce harassment and abuse of BME staff';
  rec(t);
  act(t, ['6', 'Put up posters in every clinic and health centre stating that racist abuse of staff will not be tolerated.', '5', 'Head of Facilities', 'Feb 2020', 'R']);
  act(t, ['7', 'Train all team leaders to log and follow up incidents of racist abuse from patients on Datix.', '5 & 6', 'Head of Patient Safety', 'Mar 2020', 'A']);
  p.line([undefined, 'Appendix 2 (separate paper) sets out indicator 1 by pay band and locality.'], { border: false, style: { italic: true } });
  p.blank();
  p.line(['The committee is asked to note the progress made and the risk to action 6, where the poster design has not yet been approved.'], { merge: ['A', 'F'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust): a Workforce Committee paper on one sheet ('Sheet1'): the meeting line, a title naming the trust and the WRES action plan 2019/20, then one header 'No. | What we will do | Indicator | Who | When | RAG' (row 4). The plan is grouped under the paper's RECOMMENDATIONS – bold rows merged across ('Recommendation 1: Improve the quality of our ethnicity data') that the actions answer. Between groups sit PLAIN merged NARRATIVE PARAGRAPHS (unshaded, not bold) telling the committee why the next recommendation exists; after recommendation 1 an italic 'Q3 data: …' row in the action column quotes the indicator's figure; an italic row points to Appendix 2; a closing sentence asks the committee to note progress. The RAG column holds a bold coloured LETTER (G / A / R) in the font colour, no fill. Judgement calls: the recommendation rows are headings, not actions – theme = the recommendation row; the narrative paragraphs, the data row, the appendix pointer and the closing 'asked to note' sentence are not actions; ref = the number in 'No.'; indicators from the Indicator column ('2 & 4' → ['2','4']); lead = Who; due = When as written; status = the letter as written, rag = the letter's colour (G green, A amber, R red).", { mode: 'font', ragCol: 'F' });
}
