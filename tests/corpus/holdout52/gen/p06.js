// holdout52-wdes-2024-25-nibley: a specialist orthopaedic trust's WDES plan compiled by an HR adviser covering the EDI lead vacancy.
// One header at the top; then per metric a bold metric line, a row RESTATING THE FIGURES in cells (year / value pairs), an italic
// comment, then the metric's actions with the metric cell empty. Statuses typed freely, misspelt, no colour.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Nibley Royal Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout52-wdes-2024-25-nibley', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [12, 56, 24, 14, 16], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard - action plan 2024-25'], { style: { bold: true } });
  p.line(['Compiled by: HR Advisory (S. Pettifer) - covering EDI lead vacancy.  Last updated: 3rd Dec 2024'], { style: { italic: true } });
  p.header(['Metric', 'Action', 'Lead', 'Date', 'Status'], { style: { fill: 'FFBDD7EE' } });
  const G = [
    ['1', 'Metric 1 - disabled staff in each pay band', ['2023', '4.1%', '2024', '4.6%', 'of workforce on ESR'], 'Going up slowly. Survey says 24% have a long term condition so ESR is still way under.', [
      ['Disability declaration drive during Disability History Month with a prize draw', 'Comms / HR', 'Nov 24', 'Complete'],
      ['Add declaration to the onboarding checklist so new starters are asked on day 1', 'Recruitment', 'Jan 25', 'In progess'],
    ]],
    ['2', 'Metric 2 - appointed from shortlisting', ['2023', '1.12', '2024', '1.31', '(non-disabled more likely)'], 'Worse. Could be the new ATS not flagging guaranteed interview.', [
      ['Check the applicant tracking system flags Disability Confident guaranteed interviews to shortlisters', 'Head of Recruitment', 'Oct 24', 'Compete'],
    ]],
    ['4a', 'Metric 4a - bullying and harassment (patients, managers, colleagues)', ['2023', '31.2%', '2024', '28.4%', '(non-disabled 19.9%)'], 'Better than last year but still a big gap. National average 2024 is about 30%.', [
      ['Civility and respect workshops for theatres and ward teams', 'OD Manager', 'March 25', 'In progess'],
      ['Managers guide on supporting staff after abuse from patients', 'Head of Nursing', 'Feb 25', 'Not stared'],
    ]],
    ['5', 'Metric 5 - equal opportunities for career progression', ['2023', '49%', '2024', '52%', '(non-disabled 58%)'], 'Smaller gap.', [
      ['Offer reasonable adjustments for all internal interviews and say so in the advert', 'Head of Recruitment', 'Dec 24', 'Complete'],
    ]],
    ['6', 'Metric 6 - pressure to come to work when unwell', ['2023', '27%', '2024', '30%', '(non-disabled 21%)'], 'Worse - ties in with the sickness policy review.', [
      ['Disability leave separated from sickness absence in the new attendance policy', 'HR Policy Lead', 'April 25', 'ongoing'],
    ]],
    ['7', 'Metric 7 - feeling valued', ['2023', '33%', '2024', '35%', '(non-disabled 44%)'], '', [
      ['Exec walkabouts to include a meet-up with the Enable network', 'Chief People Officer', 'quarterly', 'On hold'],
    ]],
    ['8', 'Metric 8 - adequate reasonable adjustments', ['2023', '71%', '2024', '69%', ''], 'Slightly down. Network says waits for OH assessments are the issue.', [
      ['Reasonable adjustments passport relaunched with a simpler form', 'OH Lead', 'Jan 25', 'In progess'],
      ['Agree a 6 week target from request to adjustment in place and report it to People Committee', 'OH Lead', 'March 25', 'Not stared'],
    ]],
    ['10', 'Metric 10 - Board', ['2023', '0%', '2024', '7.1%', '(1 Board member)'], 'First Board member declared.', [
      ['Include disability in the Board development programme for 2025', 'Company Secretary', 'April 25', ''],
    ]],
  ];
  for (const [m, name, figs, com, acts] of G) {
    p.line([name], { merge: ['A', 'E'], border: true, style: { bold: true, fill: 'FFDDEBF7' } });
    p.line(['', ...figs], { border: false, styles: [{}, { italic: true }] });
    if (com) p.line(['', com], { merge: ['B', 'E'], style: { italic: true, color: 'FF7F7F7F' } });
    for (const [a, lead, when, st] of acts) p.action(['', a, lead, when, st], { indicators: [m], theme: name, action: a, lead, due: when, status: st }, { height: 30 });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic trust): a WDES plan compiled by an HR adviser covering the EDI lead vacancy, sheet 'WDES 24-25' – trust, title, a 'Compiled by … Last updated: 3rd Dec 2024' line, then ONE header 'Metric | Action | Lead | Date | Status' at row 4. Below it the plan RESTATES THE FIGURES BEFORE EACH ACTION GROUP: per metric a bold blue-shaded line merged across ('Metric 4a - bullying and harassment (patients, managers, colleagues)'), then a row of figures typed into the cells under Action … Status ('2023 | 31.2% | 2024 | 28.4% | (non-disabled 19.9%)'), usually an italic grey comment ('Better than last year but still a big gap …'), then the metric's actions with the Metric cell EMPTY. Dates are typed text throughout ('Nov 24', 'March 25', 'quarterly'); statuses typed freely with slips and no colour ('In progess', 'Compete', 'Not stared', 'Complete', 'ongoing', 'On hold', one blank). Judgement calls: theme = the bold metric line above and indicators from its metric (2021 set: '4a'); the figure rows sit in the action columns but are data – not actions and never progress or status (the '2023'/'2024' cells are not dues); the comment rows are commentary, not progress; status as typed, misspellings kept; rag null throughout (no colour, and the plan gives no RAG); due as typed; progress '' (no update column).", { themeRows: true });
}
