// holdout32-wdes-2021-22-ellerby: an HR business partner's committee paper written in Word, its action table COPIED AND PASTED into
// Excel. Excel splits every cell paragraph onto a row of its own and merges the one-paragraph cells of that table row down over them;
// a metric cell vertically merged in Word arrives merged over both actions; the paper's headings and paragraphs land in column A.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ellerby Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout32-wdes-2021-22-ellerby', sheet: 'Sheet1', standard: 'WDES', period: '2021-22', trust,
    widths: [16, 34, 50, 20, 16, 40], font: { name: 'Arial', size: 11 } });
  const ws = p.ws; const nb = { border: false };
  p.line([trust], { style: { bold: true } });
  p.line(['People and Culture Committee – 16 November 2021']);
  p.line(['Workforce Disability Equality Standard (WDES) 2021 – action plan for 2021/22'], { style: { bold: true, font: { size: 14 } } });
  p.line(['Author: Priya Sandhu, HR Business Partner (Inclusion)          Executive sponsor: Director of People']);
  p.blank();
  p.line(['1.  Purpose'], { style: { bold: true } });
  p.line(['1.1  This paper sets out the actions the Trust will take in 2021/22 in response to its third WDES return, submitted in August 2021.']);
  p.line(['2.  Action plan'], { style: { bold: true } });
  p.line(['2.1  The actions were agreed with the Disability and Wellbeing Network on 3 November 2021. Timescales are for 2021/22 unless stated.']);
  p.line(['Table 1: WDES action plan 2021/22'], { style: { italic: true } });
  const hdr = p.header(['WDES metric', 'What the data tells us', 'Action', 'Lead', 'Timescale', 'How we will measure success'], { style: { fill: 'FFD9E2F3' } });
  // groups: metric text, finding, and its actions: [action paragraphs[], lead, timescale, measure paragraphs[], indicators]
  const G = [
    ['Metric 1', 'Disabled staff are 2.9% of the workforce but declare at 5.1% in the staff survey; Bands 7+ lowest.', [
      [['Run a declaration campaign, “Update your ESR”, with the Network, explaining why the data matters and how it is used.'], 'Head of Workforce Information', 'January – March 2022', ['ESR declaration up from 2.9% to 4%', 'Not-stated records down by a quarter'], ['1']],
    ]],
    ['Metric 2', 'Non-disabled applicants are 1.41 times more likely to be appointed from shortlisting.', [
      [['Audit a sample of 60 shortlisting and interview decisions for candidates who declared a disability.', 'Share the findings with recruiting managers through the Managers’ Briefing.'], 'Resourcing Manager', 'Q4 2021/22', ['Audit report to this Committee', 'Relative likelihood below 1.2 in the 2022 return'], ['2']],
      [['Renew Disability Confident Leader status and check every advert carries the guaranteed interview wording.'], 'Resourcing Manager', 'March 2022', ['Leader status renewed'], ['2']],
    ]],
    ['Metric 4a and 4b', 'More disabled staff report harassment from managers and colleagues (4a) and fewer report it (4b).', [
      [['Add a disability section to the bullying and harassment training for managers.', 'Record attendance by service line.'], 'Head of Learning and OD', 'From February 2022', ['80% of managers trained by year end', 'Staff survey 4a gap narrowed'], ['4a', '4b']],
    ]],
    ['Metric 5', 'Disabled staff are less likely to believe the Trust offers equal opportunities for career progression.', [
      [['Ring-fence four places on the Stepping Up leadership programme for disabled staff.'], 'Head of Learning and OD', 'September 2022', ['Four places filled', 'Progression of participants tracked for two years'], ['5']],
    ]],
    ['Metric 7', 'Only 29% of disabled staff feel their work is valued, against 41% of non-disabled staff.', [
      [['Introduce a reasonable adjustments passport that moves with the member of staff between teams.', 'Brief managers through the monthly leadership huddle.'], 'HR Business Partner (Inclusion)', 'Passport live by December 2021', ['Number of passports agreed', 'Network feedback at six months', 'Staff survey metric 7 improves'], ['7']],
      [['Set up a central budget for workplace adjustments so that teams do not carry the cost.'], 'Deputy Director of Finance', 'April 2022', ['Budget in place for 2022/23'], ['7']],
    ]],
    ['Metric 9a and 9b', 'Engagement score for disabled staff is 6.5 against 7.0; the Network has no protected time.', [
      [['Give the Network chair and vice chair protected time (one day a month) and a seat at the Equality and Inclusion Group.'], 'Director of People', 'December 2021', ['Protected time in job plans', 'Chair attends EIG'], ['9a', '9b']],
    ]],
  ];
  for (const [metric, finding, acts] of G) {
    const gFirst = p.r + 1;
    for (const [paras, lead, when, measure, inds] of acts) {
      const n = Math.max(paras.length, measure.length); const r0 = p.r + 1;
      for (let i = 0; i < n; i++) {
        const vals = [i === 0 && r0 === gFirst ? metric : undefined, i === 0 && r0 === gFirst ? finding : undefined, paras[i], i === 0 ? lead : undefined, i === 0 ? when : undefined, measure[i]];
        if (i === 0) p.action(vals, { indicators: inds, action: paras.join(' '), lead, due: when, outcome: measure.join(' ') });
        else p.line(vals, { border: true });
      }
      for (const col of ['D', 'E']) mergeDown(ws, col, r0, r0 + n - 1);
      if (paras.length === 1) mergeDown(ws, 'C', r0, r0 + n - 1);
      const more = []; for (let i = 1; i < n; i++) more.push(r0 + i);
      const j = []; if (paras.length > 1) j.push({ col: 'C', rows: more.slice(0, paras.length - 1) }); if (measure.length > 1) j.push({ col: 'F', rows: more.slice(0, measure.length - 1) });
      if (j.length) p.joins[r0] = j;
    }
    mergeDown(ws, 'A', gFirst, p.r); mergeDown(ws, 'B', gFirst, p.r);
  }
  p.blank();
  p.line(['3.  Monitoring'], { style: { bold: true } });
  p.line(['3.1  Progress will be reported to the Equality and Inclusion Group each quarter and to this Committee in May 2022.']);
  p.line(['4.  Recommendation'], { style: { bold: true } });
  p.line(['4.1  The Committee is asked to approve the WDES action plan for publication by 31 October.']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) written by an HR business partner as a committee paper in Word and COPIED AND PASTED into Excel ('Sheet1', Arial 11, no title formatting beyond bold): the trust, the committee and date, the paper's title, an 'Author: … Executive sponsor: …' line, numbered headings and paragraphs in column A ('1. Purpose', '1.1 …', '2. Action plan', '2.1 …'), the caption 'Table 1: WDES action plan 2021/22', then the Word table with its shaded header 'WDES metric | What the data tells us | Action | Lead | Timescale | How we will measure success' (row 11), then '3. Monitoring' and '4. Recommendation' paragraphs. PASTE ARTEFACTS: every paragraph inside a Word cell arrives on a row of its own – an action of two paragraphs fills column C on two rows and its success measures fill column F one per row, while the one-paragraph cells of the same table row (Lead, Timescale, and the action when it has one paragraph) are MERGED DOWN over all of them; the metric and finding cells, vertically merged in Word over two actions, arrive merged over both actions' rows. Judgement calls: one action per Word table row – the row holding its first paragraph; the following paragraph rows are continuation rows (non-action rows), their action paragraph joined to the first with a space (gold action = the whole cell as written in Word) and their measure lines joined into outcome; indicators from the metric cell ('Metric 4a and 4b' → ['4a','4b'], 'Metric 9a and 9b' → ['9a','9b']), shared by both actions under a merged metric; lead and due (timescale) as written ('Passport live by December 2021', 'From February 2022', 'Q4 2021/22'); the finding column is context, never progress; the paper's author and executive sponsor are not leads, the committee date and the 31 October in the recommendation are not dues; no status, rag null; theme null (the metric cell is a column, not a section row).",
    { notFrom: ['B'], wordPaste: { merged: ['D', 'E'] }, forbidden: ['Priya Sandhu, HR Business Partner (Inclusion)', 'Priya Sandhu', '16 November 2021', '31 October'] });
}
