// holdout69-wdes-2019-20-staldric: specialist orthopaedic trust, three printed A4 pages in one sheet, each page opening with the TITLE
// BLOCK (logo text | trust, plan title) and the TWO-ROW HEADER typed again (group headings over field headings, 'Timescale' over
// 'Start' / 'Complete'), each page closing with a three-cell footer (author | approval | Page n of 3).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Royal St Aldric Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout69-wdes-2019-20-staldric', sheet: 'WDES AP 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [8, 30, 52, 26, 12, 12], font: { name: 'Verdana', size: 9 } });
  const ws = p.ws; const furn = []; const supers = []; const heads = []; let page = 0;
  const top = () => {
    page++;
    furn.push(p.line(['NHS', '', trust], { merge: [['A', 'B'], ['C', 'F']], styles: [{ bold: true, italic: true, color: C.white, fill: C.nhs, font: { size: 14 } }, {}, { bold: true, alignment: { horizontal: 'right' } }], height: 22 }));
    furn.push(p.line(['Workforce Disability Equality Standard – Action Plan 2019-20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.nhs } }));
    supers.push(p.header(['WDES metric', '', 'Action', 'Accountability', 'Timescale', ''], { merge: [['A', 'B'], ['E', 'F']], style: { bold: true, fill: C.navy, color: C.white, alignment: { horizontal: 'center' } } }));
    heads.push(p.header(['No.', 'Metric', 'What we will do', 'Executive lead', 'Start', 'Complete'], { style: { bold: true, fill: C.paleblue } }));
  };
  const foot = (last) => { p.blank(); const r = p.line(['Author: Equality and Diversity Lead', '', 'Approved: People Committee 21/11/2019', '', `Page ${page} of 3`, ''], { merge: [['A', 'B'], ['C', 'D'], ['E', 'F']], style: { font: { size: 7 }, color: 'FF595959' }, styles: [{}, {}, {}, {}, { alignment: { horizontal: 'right' } }] }); furn.push(r); if (!last) ws.getRow(r).addPageBreak(); };
  const M = {
    1: 'Workforce representation by band', 2: 'Relative likelihood of appointment from shortlisting', 3: 'Relative likelihood of entering the formal capability process', 4: 'Harassment, bullying or abuse', 5: 'Equal opportunities for career progression', 7: 'Feeling valued by the organisation', 8: 'Adequate adjustments', 9: 'Engagement and staff voice', 10: 'Board representation',
  };
  const add = (n, a, lead, st, en) => p.action([n, M[n], a, lead, st, en], { ref: '', indicators: [String(n)], action: a, lead, due: en, outcome: '' }, { styles: [{ alignment: { horizontal: 'center' } }] });
  top();
  add(1, 'Write to all staff with no recorded disability status, explaining why we ask and how to update ESR.', 'Director of Workforce', 'Oct 2019', 'Jan 2020');
  add(2, 'Join the Disability Confident scheme at Employer level and publish our commitment on the careers site.', 'Director of Workforce', 'Sep 2019', 'Dec 2019');
  add(2, 'Review shortlisting for theatre and ward posts where disabled applicants were shortlisted but not appointed.', 'Director of Nursing', 'Nov 2019', 'Mar 2020');
  foot(); top();
  add(3, 'Audit every formal capability case opened in 2018-19 for whether adjustments were considered first.', 'Director of Workforce', 'Oct 2019', 'Feb 2020');
  add(4, 'Add a question on disability to the exit interview and to the bullying and harassment advice line record.', 'Director of Workforce', 'Jan 2020', 'Mar 2020');
  add(5, 'Encourage disabled staff to apply for the in-house Aspiring Leaders course through the staff network.', 'Director of Nursing', 'Jan 2020', 'Jun 2020');
  foot(); top();
  add(8, 'Produce a reasonable-adjustments guide for managers with examples from our own wards and theatres.', 'Director of Workforce', 'Dec 2019', 'Apr 2020');
  add(7, 'Set up a disabled staff network with an executive sponsor and time to attend.', 'Chief Executive', 'Sep 2019', 'Dec 2019');
  add(9, 'Report this plan and the staff survey engagement score for disabled staff to the People Committee twice a year.', 'Director of Workforce', 'Mar 2020', 'Sep 2020');
  add(10, 'Include disability in the Board skills and diversity review carried out before each non-executive appointment.', 'Chair', 'Apr 2020', 'Mar 2021');
  foot(true);
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional specialist orthopaedic foundation trust) kept as THREE A4 PAGES typed into one sheet (Verdana 9, manual page breaks): every page opens with a TITLE BLOCK – an 'NHS' logo box merged A:B beside the trust name, then the plan title – and a TWO-ROW HEADER typed again: group headings 'WDES metric' (over No. and Metric) | 'Action' | 'Accountability' | 'Timescale' (over Start and Complete) (rows ${supers.join(', ')}) above 'No. | Metric | What we will do | Executive lead | Start | Complete' (rows ${heads.join(', ')}); every page closes with a three-cell FOOTER 'Author: Equality and Diversity Lead | Approved: People Committee 21/11/2019 | Page n of 3'. The actions carry the 2019 WDES metric number and its short name on every row (metric 2 twice; no metric 6). Judgement calls: title blocks, both header rows on every page and the footers are not actions and give no field (the author is not a lead, the approval date is not a due); indicators = the No. column; due = 'Complete' as written ('Jan 2020' – text, not a date); 'Start' is not the due; lead = 'Executive lead'; no ref (the No. column is the metric, repeated), no theme, no status, rag null.`,
    { forbidden: ['Equality and Diversity Lead', '21/11/2019', 'People Committee'], print: { furniture: furn, sameHeaders: true, superRows: supers, pageWords: 3 } });
}
