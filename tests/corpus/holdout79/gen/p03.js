// holdout79-wdes-2019-20-gorsedene: first WDES report to a Workforce Committee, pasted in: numbered narrative paragraphs (findings,
// what staff said, the approach, a paragraph that RESTATES one appendix action, an assurance line, the recommendation), then
// 'Appendix A – WDES action plan 2019/20' as a table with status fills. Only the appendix rows are actions.
import { Book, Plan, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Gorsedene Healthcare NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout79-wdes-2019-20-gorsedene', sheet: 'WDES paper', standard: 'WDES', period: '2019-20', trust, widths: [7, 10, 52, 24, 13, 14], font: { name: 'Arial', size: 10 } });
  p.ws.views = [{ showGridLines: false }];
  const M = { merge: ['B', 'F'] };
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Report to: Workforce Committee, 12 September 2019'], { merge: ['A', 'F'] });
  p.line(['Workforce Disability Equality Standard – first report and action plan'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  const H = (no, t) => p.line([no, t], { ...M, style: { bold: true } });
  const P = (no, t, h = 28) => p.line([no, t], { ...M, height: h });
  const data = [];
  H('1', 'Background');
  data.push(P('1.1', 'The WDES came into force for NHS trusts in April 2019. It has ten metrics, each comparing the experience of disabled and non-disabled staff.'));
  data.push(P('1.2', 'We submitted our first return on 30 August 2019. On ESR 4.1% of our staff have declared a disability, against 19% of respondents to the 2018 staff survey.'));
  H('2', 'Our findings');
  data.push(P('2.1', 'Non-disabled applicants who were shortlisted were 1.38 times more likely to be appointed than disabled applicants who were shortlisted (metric 2).'));
  data.push(P('2.2', 'Disabled staff were 2.6 times more likely to enter the formal capability process on grounds of performance, although the figure rests on only eight cases (metric 3).'));
  data.push(P('2.3', 'Only 71% of disabled staff said their manager had made adequate adjustments to enable them to carry out their work (metric 8).'));
  H('3', 'What staff told us');
  data.push(P('3.1', 'Forty-two disabled staff came to three listening events in July. Many did not know how to ask for an adjustment, and several said they had stopped asking.'));
  H('4', 'Our approach');
  data.push(P('4.1', 'We intend to concentrate first on declaration, adjustments and the voice of disabled staff. The full plan, with leads and dates, is at Appendix A.'));
  const dup = P('4.2', 'The Head of HR will introduce a reasonable adjustments passport by 31 December 2019 (Appendix A, action A3).', 20);
  data.push(P('4.3', 'Progress against Appendix A will be reported to this Committee every quarter by the Equality and Inclusion Manager.', 20));
  H('5', 'Recommendation');
  data.push(P('5.1', 'The Committee is asked to approve the action plan at Appendix A so that it can be published on the Trust website by 31 October 2019.', 20));
  p.blank();
  p.line(['Appendix A – WDES action plan 2019/20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 11 } } });
  p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Target date', 'Status'], { style: { fill: 'FFD9E1F2' } });
  const F = { 'Not started': 'FFD9D9D9', 'In progress': 'FFFFC000', Complete: 'FF00B050' };
  const R = { 'Not started': null, 'In progress': 'amber', Complete: 'green' };
  const rows = [
    ['A1', '1', 'Run an \'It\'s OK to tell us\' declaration campaign with the Disability Network and open ESR self-service so every member of staff can update their own record', 'Equality and Inclusion Manager', D(2019, 11, 30), 'In progress'],
    ['A2', '2', 'Sign up to Disability Confident (level 2) and guarantee an interview to disabled applicants who meet the essential criteria', 'Head of Resourcing', D(2020, 3, 31), 'Not started'],
    ['A3', '8', 'Introduce a reasonable adjustments passport that stays with the member of staff when they change post or manager', 'Head of HR', D(2019, 12, 31), 'In progress'],
    ['A4', '3', 'Review every capability case involving a disabled member of staff since April 2017, with the Disability Network chair', 'Deputy Director of HR', D(2020, 1, 31), 'Not started'],
    ['A5', '4, 5', 'Add a disability field to the Datix form for violence, aggression and harassment incidents', 'Health and Safety Lead', D(2019, 10, 31), 'Complete'],
    ['A6', '9', 'Set up a Disability Network with an executive sponsor and one hour a month of protected time for members', 'Director of Workforce', D(2019, 9, 30), 'Complete'],
    ['A7', '6', 'Add guidance on presenteeism and phased returns to the managers\' sickness absence toolkit', 'Head of Occupational Health', 'TBC', 'Not started'],
    ['A8', '10', 'Hold a disability awareness session for the Board, led by members of the Disability Network', 'Trust Secretary', D(2020, 3, 31), 'Not started'],
  ];
  for (const [ref, m, act, lead, when, st] of rows) {
    const due = typeof when === 'string' ? when : `${String(when.getUTCDate()).padStart(2, '0')}/${String(when.getUTCMonth() + 1).padStart(2, '0')}/${when.getUTCFullYear()}`;
    p.action([ref, m, act, lead, when, st], { ref, indicators: m.split(', '), action: act, lead, due, status: st, rag: R[st] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'center' } }, { fill: F[st] }] });
  }
  p.line(['', 'Status key: Not started (grey) · In progress (amber) · Complete (green)'], { merge: ['B', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute and community FT, first WDES year). Sheet 'WDES paper', gridlines off: a committee paper pasted into Excel – trust, 'Report to: Workforce Committee, 12 September 2019', title, then numbered paragraphs (number in A, text merged B:F) under headings '1 Background', '2 Our findings', '3 What staff told us', '4 Our approach', '5 Recommendation'; after a blank row 'Appendix A – WDES action plan 2019/20', the header 'Ref | WDES metric | Action | Lead | Target date | Status' (row 23), eight actions A1–A8 and an italic status key. Judgement calls: ONLY the appendix rows are actions. 1.1–1.2 are background, 2.1–2.3 findings (with figures), 3.1 what staff said, 4.1 the approach (it points to the appendix), 4.3 the assurance route (the Equality and Inclusion Manager reports quarterly – not an action and no lead), 5.1 the recommendation (the publication date in it is no due). 4.2 reads like an action – 'The Head of HR will introduce a reasonable adjustments passport by 31 December 2019' – but it RESTATES appendix action A3, as its bracket says; it is a non-action row so the action is not counted twice, and A3's fields come from the appendix row. Appendix: action = Action; ref = Ref (A1 …); indicators from the WDES metric column (2019 wording, '4' without a letter; '4, 5' → both); lead = Lead; due = Target date as displayed (real dates shown dd/mm/yyyy, '31/12/2019'; A7 'TBC' kept); status = the Status word, rag from its fill (amber In progress, green Complete; grey Not started → null). The key line is no action. Theme null.", { mode: 'fill', ragCol: 6, dataRows: [...data, dup], forbidden: ['Workforce Committee', '12 September 2019', '31 October 2019', '30 August 2019', 'Equality and Inclusion Manager reports'] });
}
