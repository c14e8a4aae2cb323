// holdout43-wdes-2024-25-stourwell: follows NHS England South East's 'Advancing Disability Equality' page
// (https://www.england.nhs.uk/south-east/health-equalities/workforce-equality-and-diversity/advancing-race-disability-and-lgbtq-equality/advancing-disability-equality/):
// 'Workforce Disability Equality Standard' with its opening paragraph, 'Our priority areas in the South East:' with two numbered priorities
// (align internally to embed the metrics; work with ICB boards and track progress quarterly), 'Focusing on the following metrics:' with, per
// metric, 'Metric n', a short name ('Declaration rate', 'Recruitment shortlisting', 'Formal capability process', 'Presenteeism',
// 'Reasonable adjustment') and the descriptor, then 'WDES metrics – ICB breakdown'. ASSUMED: an action table under each focus metric,
// its Q2 position column and key, and the breakdown table's figures (here by provider trust, the body being an ICB).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Stourwell and Brede Integrated Care Board';
  const p = new Plan(book, { name: 'holdout43-wdes-2024-25-stourwell', sheet: 'Disability equality', standard: 'WDES', period: '2024-25', trust, widths: [8, 58, 28, 12, 16], font: { name: 'Arial', size: 10 } });
  const W = ['A', 'E'];
  p.line(['Advancing Disability Equality'], { merge: W, style: { bold: true, font: { size: 16 } }, height: 22 });
  p.line([`${trust} · Workforce equality · 2024/25`], { merge: W, style: { font: { size: 9, color: { argb: 'FF595959' } } } });
  p.line(['Workforce Disability Equality Standard'], { merge: W, style: { bold: true, font: { size: 13, color: { argb: C.nhs } } } });
  p.line(['The WDES is ten measures that let NHS organisations compare the working lives and careers of Disabled and non-disabled staff. Each organisation uses its figures to write and publish an action plan, and comparing one year with the next shows whether things are getting better.'], { merge: W, height: 44 });
  p.line(['Our priority areas in Stourwell and Brede:'], { merge: W, style: { bold: true } });
  p.line(['1. We will make sure the WDES metrics are built into every ICB portfolio, not held by the people team alone.'], { merge: W, ambiguous: true });
  p.line(['2. We will work with the boards of our five provider trusts and track progress against each focus metric every quarter.'], { merge: W, ambiguous: true, height: 28 });
  p.line(['Focusing on the following metrics (position at the end of Q2, September 2024):'], { merge: W, style: { bold: true } });
  const st = { 'On track': C.green, 'Behind plan': C.amber, 'Complete': C.blue, 'Not started': null };
  p.line(['Key: Complete (blue) · On track (green) · Behind plan (amber) · Not started (no colour)'], { merge: W, style: { italic: true, font: { size: 9 } } });
  const blocks = [
    ['1', 'Declaration rate', 'Percentage of staff in Agenda for Change pay bands or medical and dental subgroups and very senior managers (including Executive Board members) compared with the percentage of staff in the overall workforce.', [
      ['Agree one wording for the disability question across all five trusts\' ESR self-service screens and the ICB\'s own.', 'ICS Workforce Information Lead', 'Q1', 'Complete'],
      ['Run a system-wide declaration week in December with the disabled staff networks, each trust reporting its before and after rate.', 'Head of EDI, ICB', 'Q3', 'On track'],
    ]],
    ['2', 'Recruitment shortlisting', 'Relative likelihood of non-Disabled staff compared to Disabled staff being appointed from shortlisting across all posts.', [
      ['Check a sample of 50 vacancies in each trust for use of the guaranteed interview scheme and share the findings with Directors of People.', 'ICS Recruitment Collaborative', 'Q2', 'Behind plan'],
      ['Add an accessible-application statement and a named contact for adjustments to every advert on the shared jobs portal.', 'ICS Recruitment Collaborative', 'Q2', 'Complete'],
    ]],
    ['3', 'Formal capability process', 'Relative likelihood of Disabled staff entering the formal capability process, as measured by entry into the formal capability procedure.', [
      ['Ask each trust to review its last 20 capability cases for whether an adjustment conversation took place first, and bring the themes to the People Board.', 'Chief People Officer, ICB', 'Q3', 'Not started'],
    ]],
    ['6', 'Presenteeism', 'Percentage of Disabled staff compared to non-Disabled staff saying that they have felt pressure from their manager to come to work, despite not feeling well enough to perform their duties.', [
      ['Publish a system attendance principle that disability-related absence is recorded separately and not counted towards triggers.', 'Chief People Officer, ICB', 'Q4', 'On track'],
      ['Offer a 90-minute "supportive attendance conversations" session to line managers in all five trusts.', 'ICS Leadership Academy', 'Q3', 'On track'],
    ]],
    ['8', 'Reasonable adjustment', 'Percentage of Disabled staff saying that their employer has made adequate adjustment(s) to enable them to carry out their work.', [
      ['Introduce a passport for adjustments that moves with a colleague between trusts in the system.', 'Head of EDI, ICB', 'Q4', 'Behind plan'],
      ['Set a 28-day standard from request to adjustment in place and report it quarterly by trust.', 'ICS Workforce Information Lead', 'Q2', 'On track'],
    ]],
  ];
  const secRows = [];
  for (const [m, name, desc, acts] of blocks) {
    p.blank();
    p.line([`Metric ${m}`], { merge: W, style: { bold: true, font: { size: 12 } } });
    secRows.push(p.line([name], { merge: W, style: { italic: true, bold: true } }));
    p.line([desc], { merge: W, height: 30 });
    p.header(['No.', 'Action', 'Owner', 'Quarter', 'Q2 position'], { style: { fill: C.grey } });
    acts.forEach(([a, o, q, s], i) => {
      const ref = `${m}.${i + 1}`;
      p.action([ref, a, o, q, s], { ref, theme: name, indicators: [m], action: a, lead: o, due: q, status: s, rag: st[s] ? (s === 'Complete' ? 'blue' : s === 'On track' ? 'green' : 'amber') : null }, { height: 30, styles: [{}, {}, {}, {}, st[s] ? { fill: st[s] } : {}] });
    });
  }
  p.blank();
  p.line(['WDES metrics – provider breakdown'], { merge: W, style: { bold: true, font: { size: 13, color: { argb: C.nhs } } } });
  p.header(['', 'Trust', 'Declaration rate (ESR)', 'Metric 2', 'Metric 8'], { style: { fill: C.grey } });
  const data = [['Stourwell General Hospital NHS Trust', '3.9%', '1.22', '71.4%'], ['Brede Valley NHS Foundation Trust', '5.6%', '1.08', '74.0%'], ['Stourwell and Brede Partnership NHS Trust', '6.8%', '0.97', '76.2%'], ['Brede Community Health NHS Trust', '4.4%', '1.15', '69.9%'], ['Southern Coast Ambulance Service NHS Trust', '3.1%', '1.41', '66.3%']]
    .map((r) => p.line(['', ...r], { border: true }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an integrated care board working with its provider trusts) following the layout of a real NHS England regional 'Advancing Disability Equality' web page: the page title, a line naming the ICB and year, the heading 'Workforce Disability Equality Standard' and a paragraph, 'Our priority areas in Stourwell and Brede:' with two numbered 'We will …' priorities, 'Focusing on the following metrics (position at the end of Q2, September 2024):', a colour key line, then FIVE FOCUS-METRIC BLOCKS, each: a blank row, 'Metric n' (bold), the metric's short name ('Declaration rate', 'Recruitment shortlisting', 'Formal capability process', 'Presenteeism', 'Reasonable adjustment'), its descriptor, and a REPEATED header 'No. | Action | Owner | Quarter | Q2 position' with one or two actions numbered 'n.1', 'n.2'; last, 'WDES metrics – provider breakdown' with a small data table per trust. Judgement calls: the two numbered priority areas are headline commitments with no owner or date that the actions below deliver – non-action rows, listed as ambiguous because they are written as 'We will …'; the metric descriptors and the key are not actions; theme = the metric's short name row (the block's heading), indicators = the number in its 'Metric n' row; ref = 'n.m' as written; lead = Owner; due = the quarter as written ('Q3', not turned into a date); status = the Q2 position word, rag from its fill per the key (Complete blue, On track green, Behind plan amber, Not started no colour → rag null); the provider breakdown rows are data, not actions, and its 'Metric 2' / 'Metric 8' header cells are not a plan header for actions.", { mode: 'fill', ragCol: 'E', sections: secRows, dataRows: data });
}
