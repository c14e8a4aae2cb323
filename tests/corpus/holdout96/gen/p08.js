// holdout96-wdes-2024-25-wychcombe: integrated care board (own staff), WDES report on one sheet: last year's actions reviewed as a
// NUMBERED PROSE LIST (each with its lead and outcome in brackets); the 2024 figures with a 'Rating' column of Red / Amber / Green WORDS ON
// FILLS; then the plan with Accountable and Responsible columns, Start and End as real dates, and its own RAG words on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Wychcombe Integrated Care Board';
  const p = new Plan(book, { name: 'holdout96-wdes-2024-25-wychcombe', sheet: 'WDES 2024', standard: 'WDES', period: '2024-25', trust, widths: [7, 9, 52, 22, 26, 11, 11, 10], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'H'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard 2024 – report on our own staff and action plan 2024/25'], { merge: M, style: { bold: true } });
  p.line(['Presented to the Remuneration and People Committee, 9 October 2024. Headcount 612 (ESR, 31 March 2024).'], { merge: M, style: { italic: true } });
  p.blank();
  const narr = [];
  p.line(['1. What we did in 2023/24'], { merge: M, style: { bold: true, color: C.nhs } });
  for (const t of [
    '1.  We introduced a Reasonable Adjustments Passport for all staff (Head of HR; complete – 58 passports agreed).',
    '2.  We asked all staff to update their disability status on ESR (Workforce Information Lead; partly complete – declaration rose from 61% to 70%).',
    '3.  We trained line managers in neurodiversity awareness (OD Lead; not complete – moved into this year’s plan as W3).',
  ]) narr.push(p.line(['', t], { merge: ['B', 'H'] }));
  p.blank();
  p.line(['2. Our 2024 figures'], { merge: M, style: { bold: true, color: C.nhs } });
  const ctx = [];
  ctx.push(p.line(['Metric', '', 'Measure', 'Disabled', 'Non-disabled', '2023', '2024', 'Rating'], { border: true, merge: ['A', 'B'], style: { bold: true, fill: C.paleblue } }));
  const RF = { Red: C.red, Amber: C.amber, Green: C.green };
  const figs = [
    ['1', 'Disabled staff in Bands 8a and above (of staff at 8a+)', '', '', '4.8%', '6.1%', 'Amber'],
    ['2', 'Relative likelihood of non-disabled applicants being appointed', '', '', '1.12', '1.38', 'Red'],
    ['3', 'Formal capability process (two-year rolling)', '', '', '–', '–', ''],
    ['4a', 'Bullying or harassment from managers', '14.6%', '8.0%', '15.9%', '14.6%', 'Amber'],
    ['4a', 'Bullying or harassment from other colleagues', '19.2%', '11.3%', '17.5%', '19.2%', 'Red'],
    ['4b', 'Last experience of harassment reported', '52.0%', '49.1%', '46.8%', '52.0%', 'Green'],
    ['5', 'Equal opportunities for career progression', '55.4%', '61.2%', '53.9%', '55.4%', 'Amber'],
    ['6', 'Felt pressure to come to work when unwell', '24.1%', '15.7%', '27.2%', '24.1%', 'Green'],
    ['7', 'Satisfied that their work is valued', '41.3%', '53.8%', '42.0%', '41.3%', 'Amber'],
    ['8', 'Adequate adjustments made', '81.5%', '', '76.9%', '81.5%', 'Green'],
    ['9a', 'Staff engagement score', '6.8', '7.2', '6.7', '6.8', 'Amber'],
    ['10', 'Disabled voting Board members', '1 of 14', '', '0 of 14', '1 of 14', 'Green'],
  ];
  for (const [m, meas, d, nd, a, b, rt] of figs) ctx.push(p.line([m, '', meas, d, nd, a, b, rt], { border: true, merge: ['A', 'B'], styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { fill: RF[rt], alignment: { horizontal: 'center' } }] }));
  narr.push(p.line(['Metric 3 is not shown because fewer than five staff were in a formal capability process. Ratings compare us with the other ICBs in the region: Red = in the bottom quarter, Green = in the top quarter.'], { merge: M, style: { italic: true, font: { size: 9 } }, height: 28 }));
  p.blank();
  p.line(['3. Action plan 2024/25'], { merge: M, style: { bold: true, color: C.nhs } });
  const hdr = p.header(['Ref', 'Metric', 'Action', 'Accountable', 'Responsible', 'Start', 'End', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const R = { Green: 'green', Amber: 'amber', Red: 'red', Blue: 'blue' }; const F = { Green: C.green, Amber: C.amber, Red: C.red, Blue: C.blue };
  const rows = [
    ['W1', '1', 'Include a disability-confident statement and an adjustments contact in every Band 8a+ job advert and candidate pack.', 'Chief People Officer', 'Recruitment and Onboarding Manager', D(2024, 7, 1), D(2024, 10, 31), 'Blue'],
    ['W2', '2', 'Offer every disabled candidate a pre-interview call to agree adjustments, and audit offers made to them each quarter.', 'Chief People Officer', 'Recruitment and Onboarding Manager', D(2024, 9, 1), D(2025, 3, 31), 'Green'],
    ['W3', '4a', 'Complete neurodiversity awareness training for all line managers (carried forward from 2023/24).', 'Director of Corporate Affairs', 'OD Lead', D(2024, 5, 1), D(2024, 12, 31), 'Amber'],
    ['W4', '4a, 4b', 'Publish a “speak up about bullying” guide for disabled staff that explains the three routes to report and what happens next.', 'Chief People Officer', 'Freedom to Speak Up Guardian', D(2024, 10, 1), D(2025, 1, 31), 'Green'],
    ['W5', '5, 7', 'Run a development programme for disabled staff at Bands 5 to 7 with a mentor from the senior leadership team.', 'Chief People Officer', 'OD Lead', D(2024, 11, 1), D(2025, 3, 31), 'Red'],
    ['W6', '8', 'Cut the average time to put an agreed adjustment in place from 47 days to 20 by paying for equipment centrally.', 'Chief Finance Officer', 'Head of HR', D(2024, 6, 1), D(2025, 2, 28), 'Amber'],
    ['W7', '9a, 9b', 'Give the Disability and Wellbeing Network a standing item at the Staff Partnership Forum and a budget of its own.', 'Chief Executive', 'Equality, Diversity and Inclusion Manager', D(2024, 4, 1), D(2024, 9, 30), 'Blue'],
  ];
  for (const r of rows) {
    const [ref, m, act, acc, resp, st, end, rag] = r;
    p.action(r, { ref, indicators: m.split(', '), action: act, lead: resp, due: shown(end, 'mmm-yy'), status: rag, rag: R[rag] }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }, { fill: F[rag], alignment: { horizontal: 'center' } }] });
  }
  p.line(['RAG: Blue = complete, Green = on track, Amber = at risk, Red = off track. Position at 30 September 2024.'], { merge: M, style: { italic: true, font: { size: 9 } } });
  p.ws.views = [{ showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original report (fictional integrated care board, its own staff), the WDES 2024 report on ONE sheet in three numbered parts. Top: the ICB name, title, a committee / headcount line. '1. What we did in 2023/24' – three NUMBERED PROSE LINES reviewing last year's actions, each naming its lead and outcome in brackets. '2. Our 2024 figures' – a FIGURES TABLE 'Metric | Measure | Disabled | Non-disabled | 2023 | 2024 | Rating' (WDES 2024 codes in the Metric column) whose Rating column holds the words Red / Amber / Green ON THEIR FILLS (a regional benchmark), and an italic note. '3. Action plan 2024/25' – navy header 'Ref | Metric | Action | Accountable | Responsible | Start | End | RAG' (row ${hdr}), seven actions W1–W7 with real dates shown 'mmm-yy' and RAG words on fills, and a key line. Judgement calls: last year's review lines are not actions (they report what was done; W3 carries item 3 forward in its own words and is the action); the figures rows are not actions and their Rating words are no statuses; header rows = [${hdr}]; ref = Ref; indicators from the Metric column ('4a, 4b', '9a, 9b' → both); lead = Responsible – Accountable is the executive, never the lead; due = End as shown ('Oct-24'), never Start; status = the RAG word, rag from its fill (Blue → blue); theme null; the committee date and 30 September 2024 are no dues.`, { mode: 'fill', ragCol: 8, notFrom: ['D', 'F'], dataRows: [...ctx, ...narr], notFromRows: { rows: ctx, fields: ['action', 'lead', 'due'] }, forbidden: ['9 October 2024', '30 September 2024', 'Chief People Officer'] });
}
