// holdout45-wres-2020-21-ribblesdale: a CCG's own-staff WRES plan on 'Sheet1' – four quarter columns holding only a RAG LETTER on a fill
// (no update text; G / A / R / C complete / P paused for the COVID-19 response on grey), one 'Comments' column overwritten each quarter,
// Q4 filled for some actions only, timescales typed as text.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Ribblesdale Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout45-wres-2020-21-ribblesdale', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust, widths: [5, 50, 11, 24, 10, 7, 7, 7, 7, 46], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 12 } }, border: false });
  p.line(['Workforce Race Equality Standard – Action Plan 2020/21 (CCG staff)'], { style: { bold: true } });
  p.line(['Key:  G = on track   A = some delay   R = at risk   C = complete   P = paused (COVID-19 response – staff redeployed)'], { style: { italic: true, font: { size: 9 } } });
  p.blank();
  const hs = { fill: C.palegrey, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  p.header(['#', 'Action', 'Indicator(s)', 'Lead', 'Due', 'Q1\nApr–Jun', 'Q2\nJul–Sep', 'Q3\nOct–Dec', 'Q4\nJan–Mar', 'Comments (updated March 2021)'], { style: hs, height: 28 });
  const F = { G: C.green, A: C.amber, R: C.red, C: C.lightblue, P: C.grey };
  const RG = { G: 'green', A: 'amber', R: 'red', C: 'blue', P: null };
  const rows = [
    ['1', 'Ask every member of staff to check and update their ethnicity on ESR during the annual data refresh.', '1', 'Head of Corporate Services', 'Sept 20', ['P', 'G', 'C', ''], 'Declaration rate now 96%.'],
    ['2', 'Include an independent BAME panel member on every interview panel for posts at Band 7 and above.', '2', 'HR Business Partner (CSU)', 'Dec 20', ['P', 'A', 'G', 'G'], 'Pool of nine panel members shared with the two neighbouring CCGs.'],
    ['3', "Review the CCG's use of formal disciplinary processes by ethnicity with the CSU HR team, over three years because the numbers are small.", '3', 'HR Business Partner (CSU)', 'Mar 21', ['P', 'P', 'G', ''], 'Three-year review agreed; report due in April.'],
    ['4', 'Offer coaching through the ICS Leadership Academy to BAME staff at Bands 6 to 8a.', '4, 7', 'Director of Corporate Affairs', 'Mar 21', ['P', 'P', 'P', 'A'], 'The Academy restarted its coaching offer in February; three staff enrolled so far.'],
    ['5', "Hold a 'Let's talk about race' session for all staff with an external facilitator.", '5, 6, 8', 'Chief Officer', 'Oct 20', ['P', 'G', 'C', ''], 'Held online on 15 October; 61 staff attended. Follow-up session to go in next year\'s plan.'],
    ['6', 'Set up a BAME staff reference group with a Governing Body sponsor.', '8', 'Chief Officer', 'Ongoing', ['G', 'G', 'G', 'G'], 'The group meets monthly; its sponsor is the Lay Member for Governance.'],
    ['7', 'Publish the ethnicity of Governing Body members and set out how future appointments will widen diversity.', '9', 'Director of Corporate Affairs', 'Mar 21', ['P', 'P', 'P', 'P'], 'Paused – Governing Body recruitment suspended until the move to the ICB.'],
  ];
  const ragCells = {}; const Q = ['F', 'G', 'H', 'I'];
  for (const [no, a, ind, lead, due, q, com] of rows) {
    let last = -1; q.forEach((x, i) => { if (x) last = i; });
    const r = p.action([no, a, ind, lead, due, ...q, com], { ref: no, indicators: ind.split(', '), action: a, lead, due, status: q[last], rag: RG[q[last]], progress: com }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, ...q.map((x) => (x ? { fill: F[x], bold: true, alignment: { horizontal: 'center', vertical: 'top' } } : {})), {}] });
    ragCells[r] = Q[last];
  }
  p.blank();
  p.line(['Comments are overwritten at each quarterly update; earlier comments are in the Governing Body papers for each quarter.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional clinical commissioning group, own staff) on a sheet left as 'Sheet1', unmerged title lines in A: the CCG's name, the plan's title, a key line (G / A / R / C complete / P paused for the COVID-19 response), then ONE header row (row 5) '# | Action | Indicator(s) | Lead | Due | Q1 Apr–Jun | Q2 Jul–Sep | Q3 Oct–Dec | Q4 Jan–Mar | Comments (updated March 2021)'. The four QUARTER COLUMNS hold only a RAG LETTER on a fill (G green, A amber, R red, C light blue, P grey) – no update text; most actions start 'P' in Q1 (staff redeployed); Q4 is filled for four actions only (the two completed in Q3 and action 3 were not re-rated). ONE Comments column, overwritten each quarter (footnote says so). Judgement calls: status = the LATEST FILLED QUARTER LETTER as written ('C', 'G', 'A', 'P'), rag = its fill (C blue; P grey → null: paused is not a RAG colour); earlier quarters are history; action 7 paused all year → status 'P', rag null; progress = Comments; due as typed ('Sept 20', 'Dec 20', 'Mar 21', 'Ongoing'); indicators from 'Indicator(s)' split on ', ' ('5, 6, 8' → ['5','6','8']); ref = '#'; no theme rows; the footnote is not an action.", { ragCells, latest: { field: 'status', cols: Q, needHistory: true, exempt: [] } });
}
