// holdout26-wdes-2019-20-loddonvale: follows Berkshire Healthcare NHS FT's 'Equality and Inclusion Strategy' (Version 8 FINAL, August
// 2016; http://businessdocbox.com/Human_Resources/71974232-Equality-and-inclusion-strategy.html): a document-control block (Version,
// Director, Author, Date), and appendices 'Appendix 1: Key Performance Indicators for Equality Priority Objectives' and 'Appendix 2
// Equality Improvement Plan Implementation Timetable'. Here the two appendices for the disability strand, as one sheet.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Loddon Vale Healthcare NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout26-wdes-2019-20-loddonvale', sheet: 'Appendices 1-2', standard: 'WDES', period: '2019-20', trust, widths: [30, 58, 30, 10, 10, 10, 10, 12] });
  const wide = (t, st = {}, h) => p.line([t, null, null, null, null, null, null, null], { merge: ['A', 'H'], style: st, height: h });
  wide(`${trust} – EQUALITY AND INCLUSION STRATEGY 2019–2022`, { bold: true, font: { size: 14 } });
  for (const [l, v] of [['Version:', '6 FINAL'], ['Director:', 'Helen Marchbank, Director of Corporate Affairs'], ['Author:', 'Tomasz Adeyemi, Equality & Diversity Manager'], ['Date:', 'June 2019']]) p.line([l, v], { styles: [{ bold: true }] });
  p.blank();
  wide('Appendix 1: Key Performance Indicators for Equality Priority Objectives – disability', { bold: true, font: { size: 12 }, color: C.nhs });
  p.line(['Priority objective', 'Key performance indicator', 'Baseline (2019)', 'Target (2022)'], { border: true, style: { bold: true, fill: C.grey }, merge: ['D', 'H'] });
  for (const r of [['PO1 Disabled staff can progress', 'Disabled staff at band 7 and above as a share of all disabled staff (WDES metric 1)', '14%', '20%'], ['PO2 Disabled staff are treated fairly', 'Disabled staff reporting harassment or bullying from managers (WDES metric 4)', '19.2%', 'Below 14%'], ['PO3 Disabled staff have a voice', 'Staff engagement score, disabled staff (WDES metric 9)', '6.4', '7.0']]) p.line(r, { border: true, merge: ['D', 'H'] });
  p.blank();
  wide('Appendix 2: Equality Improvement Plan Implementation Timetable – disability', { bold: true, font: { size: 12 }, color: C.nhs });
  const hr = p.header(['Priority objective', 'Action', 'Lead', 'Apr–Jun 19', 'Jul–Sep 19', 'Oct–Dec 19', 'Jan–Mar 20', 'WDES metric'], { style: { fill: C.grey, alignment: { horizontal: 'center' } } });
  const Q = ['Apr–Jun 19', 'Jul–Sep 19', 'Oct–Dec 19', 'Jan–Mar 20'];
  const groups = [
    ['PO1 Disabled staff can progress', [
      ['Run a career coaching offer for disabled staff at bands 4 to 6, promoted through the Disability Network.', 'Head of Learning and Development', [0, 1, 1, 0], '1'],
      ['Guarantee an interview to disabled applicants who meet the essential criteria, and audit the outcome.', 'Recruitment Manager', [1, 1, 0, 0], '2']]],
    ['PO2 Disabled staff are treated fairly', [
      ['Take the capability policy through an equality impact assessment with the Disability Network.', 'Head of HR Policy', [0, 0, 1, 0], '3'],
      ['Add a module on disability and reasonable adjustments to the managers\' essentials course.', 'Head of Learning and Development', [0, 1, 1, 1], '4, 5'],
      ['Introduce a reasonable adjustments passport and a central budget for equipment.', 'Occupational Health Manager', [1, 1, 1, 1], '7']]],
    ['PO3 Disabled staff have a voice', [
      ['Give the Disability Network chair protected time and a seat on the Equality and Inclusion Steering Group.', 'Director of Corporate Affairs', [1, 0, 0, 0], '9'],
      ['Ask every member of the Board to declare, voluntarily, whether they have a disability or long-term condition.', 'Company Secretary', [0, 0, 0, 1], '10']]],
  ];
  const placed = {};
  for (const [po, acts] of groups) {
    const r0 = p.r + 1;
    acts.forEach(([a, lead, q, m], i) => {
      const last = q.lastIndexOf(1);
      const r = p.action([i === 0 ? po : null, a, lead, ...q.map((x) => (x ? '●' : null)), m], { indicators: m.split(', '), action: a, lead, due: Q[last] }, { border: true, styles: [{}, {}, {}, ...q.map((x) => ({ alignment: { horizontal: 'center' }, ...(x ? { fill: C.lightblue } : {}) })), { alignment: { horizontal: 'center' } }] });
      placed[r] = q;
    });
    mergeDown(p.ws, 'A', r0, p.r);
  }
  p.blank();
  wide('● = activity planned in that quarter. Progress against the timetable is reported to the Equality and Inclusion Steering Group each quarter.', { italic: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and community trust) following the appendices of a trust's Equality and Inclusion Strategy: a title naming the trust and strategy, a document-control block (Version: 6 FINAL, Director:, Author:, Date: June 2019), 'Appendix 1: Key Performance Indicators for Equality Priority Objectives' (`Priority objective | Key performance indicator | Baseline (2019) | Target (2022)`, three KPI rows), then 'Appendix 2: Equality Improvement Plan Implementation Timetable' with `Priority objective | Action | Lead | Apr–Jun 19 | Jul–Sep 19 | Oct–Dec 19 | Jan–Mar 20 | WDES metric`, the priority objective MERGED DOWN over its actions, and a '●' (on a light-blue fill) in each quarter in which the action is planned; a footnote explains the mark. Judgement calls: the actions are the timetable rows only – the KPI rows of Appendix 1 (with metric numbers, baselines and targets) are measures, not actions; due = the header of the LAST quarter marked for the action ('Jan–Mar 20'), since the timetable shows when the work runs and ends – never the first marked quarter; lead = the Lead column (the Director and Author in the document-control block are not leads, though one action's lead is the same Director of Corporate Affairs by title); indicators = the WDES metric column ('4, 5' → ['4','5']); the priority objective codes 'PO1'–'PO3' are the trust's objectives, not metrics; the merged priority objective is a column, not a section row (theme null); no status – the blue fill marks planned quarters, not a RAG (rag null).", { timetable: { headerRow: hr, from: 4, to: 7, mark: '●', placed }, forbidden: ['Helen Marchbank, Director of Corporate Affairs', 'June 2019', 'Tomasz Adeyemi, Equality & Diversity Manager'], notFrom: ['A'] });
}
