// holdout72-wdes-2021-22-tolmere: specialist cancer centre, laid out like a published ambulance-trust WDES page whose metric table puts
// the STAFF SURVEY QUESTION after the metric number ('6. Q11e Percentage of …') with 'Percentage Non-Disabled | Percentage Disabled'
// beside it – here with the action columns to the right, the metric and its figures MERGED DOWN beside one or two actions, figures as
// real percentages, a 'No action required this year' row, and an 'updated March 2022' RAG letter on its fill.
import { Book, Plan, C, mergeDown } from './lib.js';
import { fitHeight, fitMerged } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [44, 13, 13, 48, 24, 10, 8];
  const trust = 'Tolmere Cancer Centre NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2021-22-tolmere', sheet: 'WDES 2021-22', standard: 'WDES', period: '2021-22', trust, widths: W, font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['WDES Action Plan 2021-2022 (updated March 2022)'], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['Metric figures from ESR, TRAC, the employee relations case log and the 2021 NHS Staff Survey (staff survey question numbers are shown after the metric number).'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const hdr = p.header(['Metric', 'Percentage Non-Disabled', 'Percentage Disabled', 'Action', 'Lead', 'Timescale', 'RAG (Mar 22)'], { style: { fill: C.teal, color: C.white }, height: 26 });
  const F = { G: C.green, A: C.amber, R: C.red }; const R = { G: 'green', A: 'amber', R: 'red' };
  const pct = { numFmt: '0.0%', alignment: { horizontal: 'center' } };
  // [metric, non-disabled, disabled (or [text] for one merged B:C cell), actions [[action, lead, when, rag]] or a string = no action]
  const blocks = [
    ['1. Percentage of staff in AfC pay bands 1-9 and VSM (including Executive Board members) who have declared a disability, compared with the overall workforce (ESR)', 0.781, 0.036, [
      ['Run a declaration campaign in Disability History Month, with a short video from the Chief Executive.', 'Workforce Information Lead', 'Dec-21', 'G']]],
    ['2. Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts (TRAC)', ['Relative likelihood 1.27'], null, [
      ['Guarantee an interview to disabled applicants who meet the essential criteria, and check this each quarter.', 'Recruitment Manager', 'Jan-22', 'G']]],
    ['3. Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process (ER case log)', ['Relative likelihood 0.00'], null,
      'No action required this year – no disabled staff entered the formal capability process.'],
    ['4a. Q14a-c Percentage of staff experiencing harassment, bullying or abuse from patients/service users, their relatives or the public; managers; other colleagues', 'Public 22.4%\nManagers 9.8%\nColleagues 15.1%', 'Public 29.0%\nManagers 15.3%\nColleagues 21.7%', [
      ['Civility and respect workshops for the chemotherapy day unit and radiotherapy teams.', 'Head of OD', 'Jun-22', 'A'],
      ['Add disability to the hate incident categories on Datix and report them to the Health and Safety Committee.', 'Risk Manager', 'Dec-21', 'G']]],
    ['4b. Q14d Percentage of staff saying that the last time they experienced harassment, bullying or abuse at work, they or a colleague reported it', 0.471, 0.438, [
      ['Introduce Speak Up champions from the Disability and Long-Term Conditions Group.', 'FTSU Guardian', 'Mar-22', 'R']]],
    ['5. Q15 Percentage of staff believing that the Trust provides equal opportunities for career progression or promotion', 0.589, 0.512, [
      ['Keep places for disabled staff on the Aspire leadership programme and offer each of them a mentor.', 'Head of Learning', 'Sep-22', 'A']]],
    ['6. Q11e Percentage of staff saying that they have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties', 0.198, 0.287, [
      ['Brief managers on adjusting sickness absence triggers for disability-related absence.', 'HR Business Partner', 'Feb-22', 'G']]],
    ['7. Q4b Percentage of staff satisfied with the extent to which the organisation values their work', 0.468, 0.359, [
      ['Add disabled staff stories to the Tolmere Stars recognition scheme and the staff newsletter.', 'Communications Lead', 'Apr-22', 'A']]],
    ['8. Q28b Percentage of disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work', '—', 0.742, [
      ['Relaunch the Reasonable Adjustments Passport with Occupational Health and add it to the manager induction.', 'Occupational Health Manager', 'Mar-22', 'G']]],
    ['9a. Staff engagement score (0-10)', 7.1, 6.6, [
      ['Quarterly listening sessions for disabled staff with the Chief Nurse.', 'Chief Nurse', 'Quarterly', 'G']]],
    ['9b. Has the Trust taken action to facilitate the voices of disabled staff in the organisation to be heard? (Yes/No)', ['Yes'], null, [
      ['Appoint an executive sponsor for the Disability and Long-Term Conditions Group and give its chair protected time.', 'Director of Workforce', 'Oct-21', 'G']]],
    ['10. Percentage difference between the Board voting membership and the overall workforce (disabled)', ['-3.6%'], null, [
      ['Include disability in the Board skills and diversity audit.', 'Trust Secretary', 'Mar-22', 'A']]],
  ];
  const none = [];
  for (const [metric, nd, dis, acts] of blocks) {
    const merged = Array.isArray(nd); const score = typeof nd === 'number' && nd > 1;
    const fmt = (v) => (typeof v === 'number' ? (score ? { numFmt: '0.0', alignment: { horizontal: 'center' } } : pct) : { alignment: { horizontal: 'center' } });
    const B = merged ? nd[0] : nd; const Cv = merged ? '' : dis;
    if (typeof acts === 'string') {
      const r = p.write([metric, B, Cv, acts, '', '', ''], { height: fitHeight([metric], W, 9), styles: [{}, fmt(B), fmt(Cv), { italic: true, color: 'FF7F7F7F' }] });
      p.nonActionRows.push(r); none.push(r); if (merged) p.ws.mergeCells(`B${r}:C${r}`); continue;
    }
    let first = null;
    acts.forEach(([act, lead, when, rag], i) => {
      const vals = [i ? '' : metric, i ? '' : B, i ? '' : Cv, act, lead, when, rag];
      const r = p.action(vals, { indicators: [metric.split('.')[0]], action: act, lead, due: when, status: rag, rag: R[rag] }, { height: fitHeight(['', '', '', act], W, 9), styles: [{}, fmt(B), fmt(Cv), {}, {}, { alignment: { horizontal: 'center' } }, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
      if (i === 0) first = r;
    });
    if (merged) p.ws.mergeCells(`B${first}:C${p.r}`);
    else { mergeDown(p.ws, 'B', first, p.r); mergeDown(p.ws, 'C', first, p.r); }
    mergeDown(p.ws, 'A', first, p.r); fitMerged(p.ws, first, p.r, metric, W[0], 9);
  }
  p.blank();
  const key = p.line(['RAG: G = complete or on track;  A = some slippage;  R = not started or off track'], { merge: ['A', 'G'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist cancer centre), laid out like a published ambulance-trust WDES page whose metric table writes the STAFF SURVEY QUESTION after the metric number, with the action columns added to the right. Sheet 'WDES 2021-22': trust name, title 'WDES Action Plan 2021-2022 (updated March 2022)', an italic sources line, a blank row, the header 'Metric | Percentage Non-Disabled | Percentage Disabled | Action | Lead | Timescale | RAG (Mar 22)' (row 5, frozen), then one block per metric (1, 2, 3, 4a, 4b, 5, 6, 7, 8, 9a, 9b, 10) with the metric cell and its figures MERGED DOWN beside one or two actions: percentages are real numbers shown '0.0%', the engagement score '0.0', relative likelihoods and Yes / -3.6% written in one cell merged across both figure columns, 4a's figures as three lines per cell, '—' where there is no non-disabled figure. Metric 3's row says 'No action required this year – no disabled staff entered the formal capability process.' in grey italic in the Action column, with no lead, timescale or RAG. RAG letters G / A / R on green / amber / red fills, with a key line under the table. Judgement calls: indicators = the metric number the merged metric cell starts with ('4a.', '4b.', '9a.'), NEVER the staff survey question that follows it (metric 7's 'Q4b' is not metric 4b; 'Q14a-c', 'Q14d', 'Q15', 'Q11e', 'Q28b' give nothing); the figures are context; the metric 3 row is no action (it says none is needed); due = Timescale as typed ('Dec-21', 'Quarterly'); lead = Lead; status = the RAG letter, rag from its fill (the key line agrees); no ref, theme null, no progress.", { mode: 'fill', ragCol: 7, qCodes: { col: 'A' }, notFrom: ['B', 'C'], dataRows: [...none, key] });
}
