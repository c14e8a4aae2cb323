// holdout72-wdes-2020-21-dunmere: community and mental health trust formed by a merger in 2020, its first WDES plan laid out like a
// published 2020/21 equality plan of a merged trust, as it reached Excel from the PDF: 'Metric | Objective | Action/s | Timescales |
// Lead/s | Progress', the metric wording with a 'Summary:' (figures for the two former trusts) and the objective bullets merged down
// beside the actions, actions numbered 1., 2. … straight through the plan, 'See n. above/below.' pointer rows, the header repeated at
// the page break with one action's text carried on under it, an empty Progress column and a closing note.
import { Book, Plan, C, mergeDown } from './lib.js';
import { fitHeight, fitMerged } from './fit.js';
export async function build() {
  const book = new Book();
  const W = [42, 32, 50, 14, 28, 16];
  const trust = 'Dunmere Health and Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout72-wdes-2020-21-dunmere', sheet: 'WDES AP 2020-21', standard: 'WDES', period: '2020-21', trust, widths: W, font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Workforce Disability Equality Standard Action Plan 2020/21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['November 2020 - October 2021'], { merge: ['A', 'F'] });
  p.blank();
  const HDR = ['Metric', 'Objective', 'Action/s', 'Timescales', 'Lead/s', 'Progress'];
  const hstyle = { style: { fill: C.paleblue } };
  p.header(HDR, hstyle);
  const S = (n, wording, summary) => `${n}. ${wording}\n\nSummary: ${summary}`;
  // blocks: metric text, then items: ['obj', text] starts a new objective cell; ['act', n, text, when, lead]; ['see', text, when, lead];
  // ['break', n, text1, text2, when, lead] = an action split by the page break (header repeated, text carried on)
  const blocks = [
    [1, S(1, 'Percentage of Disabled staff in AfC Bands 1-9 and VSM (including Executive Board members) compared with the percentage of staff in the overall workforce', 'declaration on ESR is low in both former trusts (DPT 3.9%, TCS 2.6%) against 21% in the staff survey; very few staff above Band 7 have declared a disability.'), [
      ['obj', '• Close the gap between ESR and staff survey declaration.\n• Disabled staff represented at every band.'],
      ['act', 1, '1. Managers to prompt every member of staff to check their ESR equality details at their 2021 appraisal.', 'March 2021', 'Head of Workforce Information'],
      ['act', 2, '2. Run a “Why tell us?” campaign with stories from members of the Disability and Long-Term Conditions Network.', 'January 2021', 'Communications Manager/ Network Chair'],
    ]],
    [2, S(2, 'Relative likelihood of non-disabled staff compared to Disabled staff being appointed from shortlisting across all posts', 'non-disabled applicants are 1.31 times more likely to be appointed (DPT 1.18; TCS 1.52). The TCS figure reflects the Healthcare Support Worker campaign.'), [
      ['obj', '• Disabled applicants who are shortlisted are as likely to be appointed as anyone else.'],
      ['act', 3, '3. Check that every shortlisted applicant who asks for an adjustment at interview receives it, and record it on TRAC.', 'Ongoing', 'Recruitment Manager'],
      ['act', 4, '4. Include a Disabled or neurodivergent panel member for all Band 7 and above appointments, drawn from a trained pool.', 'June 2021', 'Recruitment Manager/ Inclusion Lead'],
      ['break', 5, '5. Review the wording of person specifications so that “excellent written communication” and driving licence requirements are only used where the job needs them,', 'and explain in each advert how to ask for an alternative.', 'September 2021', 'Head of Resourcing'],
    ]],
    [3, S(3, 'Relative likelihood of Disabled staff compared to non-disabled staff entering the formal capability process', '4 Disabled staff out of 131 entered formal capability in the year (relative likelihood 2.40). Numbers are small, so the figure moves a lot from year to year.'), [
      ['obj', '• Disabled staff are supported with adjustments before any formal capability stage.'],
      ['see', 'See 8. below.', '', ''],
    ]],
    [4, S(4, 'Percentage of Disabled staff compared to non-disabled staff experiencing harassment, bullying or abuse from patients, relatives or the public, from managers and from other colleagues, and saying that they or a colleague reported it', '33% of Disabled staff report abuse from the public (TCS community nursing 38%) against 24% of non-disabled staff. Disabled staff are less likely to say it was reported.'), [
      ['obj', '• Zero tolerance of abuse is clear to the public, and staff feel safe to report it.'],
      ['act', 6, '6. Lone-working devices to be offered to all community staff who ask for one as a reasonable adjustment.', 'March 2021', 'Head of Health and Safety'],
      ['see', 'See 2. above.', 'January 2021', 'Communications Manager'],
    ]],
    [5, S(5, 'Percentage of Disabled staff compared to non-disabled staff believing that the Trust provides equal opportunities for career progression or promotion', '49% of Disabled staff against 58% of non-disabled staff.'), [
      ['obj', '• Disabled staff can see a route to promotion and get support to take it.'],
      ['act', 7, '7. Offer coaching from the Trust coaching pool to any Disabled member of staff preparing for an interview.', 'From January 2021', 'Leadership & OD Lead'],
    ]],
    [6, S(6, 'Percentage of Disabled staff compared to non-disabled staff saying that they have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties', '29% against 21%; highest in the former TCS inpatient units.'), [
      ['obj', '• Managers use the attendance policy flexibly for disability-related absence.'],
      ['act', 8, '8. Record disability-related absence separately from other sickness in the new merged Attendance Policy, with adjusted triggers agreed in advance.', 'April 2021', 'Head of HR Policy'],
    ]],
    [7, S(7, 'Percentage of Disabled staff compared to non-disabled staff saying that they are satisfied with the extent to which their organisation values their work', '35% against 46%.'), [
      ['obj', '• Every Disabled member of staff has a conversation about what helps them do their job.'],
      ['act', 9, '9. Include a “what helps you do your job well” question in every appraisal.', 'March 2021', 'Head of Learning and Development'],
      ['obj', '• Recognise the contribution of Disabled staff.'],
      ['act', 10, '10. Add a Disability Champion category to the 2021 staff awards.', 'July 2021', 'Communications Manager'],
    ]],
    [8, S(8, 'Percentage of Disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work', '72% of Disabled staff say adequate adjustments have been made.'), [
      ['obj', '• Adjustments are agreed quickly and kept when staff move team.'],
      ['act', 11, '11. Set up a central reasonable adjustments fund so that teams do not pay for equipment from their own budgets.', 'April 2021', 'Director of People'],
    ]],
    [9, S(9, 'a) Staff engagement score for Disabled staff compared to non-disabled staff; b) has the Trust taken action to facilitate the voices of Disabled staff to be heard?', 'engagement 6.5 against 7.0. Yes – through the two legacy networks, now being merged.'), [
      ['obj', '• One network for the new Trust, with a voice at Board.'],
      ['act', 12, '12. Merge the two legacy networks into one Disability and Long-Term Conditions Network with an executive sponsor.', 'December 2020', 'Inclusion Lead'],
    ]],
    [10, S(10, 'Percentage difference between the organisation’s Board voting membership and its overall workforce', 'one voting Board member has declared a disability (7%).'), [
      ['obj', '• A Board that reflects the workforce and the communities we serve.'],
      ['act', 13, '13. Ask the search agency for the two new Non-Executive Director posts to reach Disabled candidates through disability organisations.', 'March 2021', 'Director of Corporate Affairs'],
    ]],
  ];
  const see = [];
  for (const [m, wording, items] of blocks) {
    let mStart = null; let oStart = null; let obj = null; let first = true; let newObj = false;
    const closeObj = () => { if (oStart) mergeDown(p.ws, 'B', oStart, p.r); };
    for (const it of items) {
      if (it[0] === 'obj') { closeObj(); obj = it[1]; newObj = true; oStart = null; continue; }
      const A = first ? wording : ''; const B = newObj ? obj : '';
      let r;
      if (it[0] === 'see') {
        const vals = [A, B, it[1], it[2], it[3], ''];
        r = p.write(vals, { height: fitHeight(vals, W) }); p.nonActionRows.push(r); see.push(r);
      } else if (it[0] === 'act') {
        const [, n, text, when, lead] = it; const vals = [A, B, text, when, lead, ''];
        r = p.action(vals, { ref: String(n), indicators: [String(m)], action: text, lead, due: when }, { height: fitHeight(['', ...vals.slice(1)], W) });
      } else {
        const [, n, t1, t2, when, lead] = it; const vals = [A, B, t1, when, lead, ''];
        r = p.action(vals, { ref: String(n), indicators: [String(m)], action: `${t1} ${t2}`, lead, due: when }, { height: fitHeight(['', ...vals.slice(1)], W) });
        if (first) mStart = r; if (newObj) oStart = r; closeObj(); mergeDown(p.ws, 'A', mStart, r); fitMerged(p.ws, mStart, r, wording, W[0]); mStart = null; oStart = null;
        p.header(HDR, hstyle); // page 2 starts: the PDF's repeated header row
        const c = p.write(['', '', t2, '', '', '']); p.nonActionRows.push(c); p.joins[r] = [{ col: 'C', rows: [c] }];
        first = false; newObj = false; continue;
      }
      if (first) mStart = r; if (newObj) oStart = r; first = false; newObj = false;
    }
    closeObj(); if (mStart) { mergeDown(p.ws, 'A', mStart, p.r); fitMerged(p.ws, mStart, p.r, wording, W[0]); }
  }
  p.blank();
  p.line(['Note: These actions were agreed with the Trust’s Disability Equality Working Group, which reports to the People Committee. For more information email equality@dunmerehc.nhs.uk.'], { merge: ['A', 'F'], style: { italic: true }, height: 26 });
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust formed by merging two trusts, 'DPT' and 'TCS', in 2020), laid out like a published 2020/21 equality action plan of a merged trust as it reaches Excel from the PDF. Sheet 'WDES AP 2020-21': trust name, title, the plan span 'November 2020 - October 2021', a blank row, the header 'Metric | Objective | Action/s | Timescales | Lead/s | Progress' (row 5), then ten metric blocks: the metric wording with its number and a 'Summary:' of the figures (for each former trust) MERGED DOWN column A, the objective bullets merged down column B (metric 7 has two objectives, each beside its own action), and the actions numbered 1. to 13. straight through the plan in the Action/s cell. At the page break the header is REPEATED (row 11) and action 5's text is carried on under it (row 12: 'and explain in each advert how to ask for an alternative.'). Two POINTER rows: metric 3's only row 'See 8. below.' (no timescale or lead) and metric 4's 'See 2. above.' with 'January 2021' and 'Communications Manager' beside it. The Progress column is empty throughout. A closing italic note. Judgement calls: each numbered Action/s cell is one action, ref = its number ('1' … '13'), the action text keeps the number as written; action 5 = its two parts read together across the page break (the repeated header and the carried-on line are not actions); the pointer rows set out no new work and are not actions – not even 'See 2. above.' with its own date and lead (metric 3 therefore has no action of its own); indicators from the number the merged metric cell starts with – a 2020-21 plan, so metrics 4 and 9 are whole metrics ['4'], ['9'] (the a) / b) inside metric 9's wording do not split it); the figures in the summaries (1.31, 2.40, 33% …) are not indicators; due = Timescales as written ('Ongoing', 'From January 2021' kept); lead = Lead/s as written; no status or progress (empty column) → status '', rag null; the objective is the block's aim, not an action's outcome (outcome ''); theme null (metric wording and objective are merged context, not headings); the note is not an action.", { notFrom: ['A', 'B'], metricLead: { col: 'A' }, seeRows: { col: 'C', rows: see } });
}
