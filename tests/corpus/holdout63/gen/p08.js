// holdout63-wdes-2023-24-quarndale: follows a health and social care trust's published Disability Action Plan (Southern Health and Social
// Care Trust, 'Disability Action Plan', 31 December 2007: http://www.docstoc.com/docs/41548539/SHSCT-Human-Resources-and-Organisational-Development):
// a cover with the plan's two aims, a contents list with page numbers (Foreword, Contact Details, 1. Introduction, 2. Previous Measures,
// 3. Proposed Action Measures, Appendix 1: Contributors to the consultation, Appendix 2: Implementation Plan), a note that the plan was written
// with partner organisations (listed as bullets), then the implementation plan. Here the same shape carries a primary care collaborative's
// WDES plan. ASSUMED: the implementation plan's columns, the numbering of measures under each aim.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quarndale Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout63-wdes-2023-24-quarndale', sheet: 'WDES Action Plan', standard: 'WDES', period: '2023-24', trust, widths: [8, 54, 40, 16, 30], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'E'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2023-24'], { merge: M, style: { bold: true, font: { size: 13 } } });
  p.line(['To promote positive attitudes towards Disabled colleagues'], { merge: M, style: { italic: true } });
  p.line(['To encourage Disabled people to work, train and lead in general practice'], { merge: M, style: { italic: true } });
  p.line(['Published 29 September 2023'], { merge: M });
  p.blank();
  p.line(['Contents', '', '', 'Page'], { style: { bold: true } });
  const toc = [['Foreword', '2'], ['Contact details', '3'], ['1.  Introduction', '4'], ['2.  What we did in 2022-23', '6'], ['3.  Proposed action measures', '8'], ['Appendix 1: Who we consulted', '11'], ['Appendix 2: Implementation plan', '12']]
    .map(([t, n]) => p.line(['', t, '', n]));
  p.blank();
  p.line(['This plan was written jointly by the member organisations of the collaborative, and has the support of each of their boards:'], { merge: M, height: 28 });
  const members = ['• Quarndale Central Primary Care Network', '• Quarndale North and Hillside Primary Care Network', '• Quarndale GP Federation', '• Quarndale Training Hub'].map((t) => p.line(['', t]));
  p.blank();
  p.line(['Appendix 2: Implementation plan'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.header(['No.', 'Action measure', 'Performance indicator / target', 'Timescale', 'Responsibility'], { style: { fill: C.tan } });
  const aims = [
    ['Aim 1: To promote positive attitudes towards Disabled colleagues', [
      ['1.1', 'Run a "disability at work" awareness session at every practice manager forum, co-delivered by colleagues with lived experience', 'Sessions held at all four forums', 'By Dec 2023', 'Collaborative EDI Lead', []],
      ['1.2', 'Ask all practices to sign up to Disability Confident Level 1 (WDES metric 1 declarations to be collected at the same time)', '60% of practices signed up; declaration rate recorded', 'By Mar 2024', 'Practice Managers', ['1']],
      ['1.3', 'Produce a short guide for GP partners on reasonable adjustments, including Access to Work', 'Guide published and sent to all partners', 'By Oct 2023', 'Training Hub Manager', []],
      ['1.4', 'Add a question on disability to the collaborative\'s annual staff pulse survey so the gap in feeling valued (WDES metric 7) can be measured', 'Question included in the January survey', 'Jan 2024', 'Workforce Analyst', ['7']],
    ]],
    ['Aim 2: To encourage Disabled people to work, train and lead in general practice', [
      ['2.1', 'Guarantee an interview to Disabled applicants who meet the essential criteria for roles advertised through the Federation', 'Guaranteed interview wording on all adverts', 'By Nov 2023', 'Federation HR Manager', []],
      ['2.2', 'Offer supported work placements for two young people with learning disabilities in practice reception teams', 'Two placements started', 'By Mar 2024', 'Training Hub Manager', []],
      ['2.3', 'Invite Disabled colleagues to join the collaborative\'s workforce board as co-opted members', 'Two co-opted members in post', 'By Feb 2024', 'Collaborative Clinical Director', []],
      ['2.4', 'Set up a peer network for Disabled staff across the four member organisations, with time to attend agreed by each employer', 'Network meeting every two months', 'Ongoing', 'Collaborative EDI Lead', []],
    ]],
  ];
  for (const [theme, items] of aims) {
    p.line([theme], { merge: M, border: true, style: { bold: true, fill: 'FFFDE9D9' } });
    for (const [ref, a, kpi, due, lead, inds] of items) p.action([ref, a, kpi, due, lead], { ref, theme, indicators: inds, action: a, outcome: kpi, due, lead }, { border: true, height: 40 });
  }
  p.blank();
  p.line(['Contact: Collaborative EDI Lead, Quarndale Primary Care Collaborative, Mill Street Health Centre, Quarndale QD1 4RT'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary care collaborative of two PCNs, a GP federation and a training hub) following a real published Disability Action Plan of a health and social care trust (Southern HSC Trust's 2007 plan: cover aims, contents with page numbers, joint authorship with partner bodies listed as bullets, an 'Implementation Plan' appendix), carrying a WDES plan: the collaborative's name, the plan title, the plan's TWO AIMS as italic lines, a publication date, a blank row, 'Contents | Page' and seven contents rows with page numbers, a sentence on joint authorship and four '•' member organisations, 'Appendix 2: Implementation plan', one header 'No. | Action measure | Performance indicator / target | Timescale | Responsibility' (row 23), the two aims again as shaded SECTION rows, each over four numbered action measures (1.1–1.4, 2.1–2.4), and a contact line. Judgement calls: the aims on the cover, the contents rows (page numbers are not refs or dates) and the member bullets are not actions; theme = the aim section row above the actions; ref as written ('1.2'); outcome = 'Performance indicator / target'; due as written ('By Dec 2023', 'Ongoing'); lead = Responsibility as written ('Practice Managers'); indicators only where a measure names a WDES metric in its text ('(WDES metric 1 …)' → ['1'], '(WDES metric 7)' → ['7']), [] elsewhere; the publication date is not a due date; no status, rag null.", { forbidden: ['Published 29 September 2023', 'To promote positive attitudes towards Disabled colleagues', 'Quarndale GP Federation'] });
}
