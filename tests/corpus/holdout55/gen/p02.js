// holdout55-wres-2017-18-glasshaven: follows NHS England's news item on the Association of Ambulance Chief Executives signing up to
// the WRES (england.nhs.uk/2016/11/aace-sign-up/): each ambulance trust to focus on FOUR WRES indicators (BME staff numbers, shortlisting
// and appointment, abuse from patients and public, abuse from colleagues) and to commit to SHORT, MEDIUM AND LONG TERM goals for each.
// Laid out as an ambulance trust's 2017/18 plan would keep it: a timeframe key, the priority indicator merged down, one goal a row.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Glasshaven Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout55-wres-2017-18-glasshaven', sheet: 'WRES 2017-18', standard: 'WRES', period: '2017-18', trust, widths: [30, 58, 14, 30, 44] });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2017/18'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['In November 2016 the ambulance chief executives agreed that every English ambulance trust would concentrate on four WRES indicators and set short, medium and long term goals against each. This plan is our response and is reviewed by the Workforce Committee each quarter.'], { merge: ['A', 'E'], height: 42 });
  p.line(['Timeframe key:', 'Short term = by 31 March 2018', 'Medium term = by 31 March 2019', '', 'Long term = by 31 March 2021'], { style: { italic: true }, merge: ['C', 'D'] });
  p.blank();
  p.header(['Priority indicator', 'Goal', 'Timeframe', 'Lead', 'Progress (December 2017)'], { style: { fill: C.grey } });
  const groups = [
    ['WRES 1 – BME staff in each pay band', ['1'], [
      ['Attend community and faith events in the two cities with the largest BME populations to promote emergency care assistant roles.', 'Short term', 'Head of Recruitment', 'Four events attended; 31 enquiries logged.'],
      ['Reach a BME workforce that matches the population we serve in each operational area.', 'Long term', 'Director of Workforce', ''],
    ]],
    ['WRES 2 – appointment from shortlisting', ['2'], [
      ['Add a BME assessor to every paramedic and ECA assessment centre panel.', 'Short term', 'Recruitment Manager', 'In place for the October and November centres.'],
      ['Review the driving and fitness assessments with an equality analysis of pass rates by ethnicity.', 'Medium term', 'Head of Education', 'Data request with the driving school.'],
    ]],
    ['WRES 5 – abuse from patients and the public', ['5'], [
      ['Brief crews at every station on how to report racist abuse from patients and the public.', 'Short term', 'Head of Health, Safety and Security', 'Briefings finished at 14 of 22 stations.'],
      ['Agree a joint protocol with the police for pursuing racially aggravated assaults on staff.', 'Medium term', 'Head of Health, Safety and Security', ''],
    ]],
    ['WRES 6 – abuse from colleagues', ['6'], [
      ['Train a network of Dignity at Work advisers drawn from BME and white colleagues.', 'Medium term', 'Head of Organisational Development', 'Twelve volunteers identified.'],
      ['Bring BME staff reports of bullying from colleagues down to the level reported by white staff.', 'Long term', 'Director of Workforce', ''],
    ]],
    ['All four priority indicators', ['1', '2', '5', '6'], [
      ['Report a WRES dashboard of the four indicators to the Trust Board every quarter.', 'Short term', 'Equality and Diversity Manager', 'First dashboard to the January Board.'],
    ]],
  ];
  for (const [ind, codes, goals] of groups) {
    const first = p.r + 1;
    goals.forEach(([a, tf, lead, prog], i) => {
      p.action([i === 0 ? ind : undefined, a, tf, lead, prog], { indicators: codes, action: a, lead, due: tf, progress: prog });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Approved by the Workforce Committee, 12 July 2017. Next review: January 2018.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) following NHS England's published account of the ambulance chief executives' 2016 WRES commitment: focus on FOUR indicators (1, 2, 5, 6) and set SHORT, MEDIUM AND LONG TERM goals for each. Layout: trust line, title, an intro paragraph, a TIMEFRAME KEY row ('Timeframe key:' | 'Short term = by 31 March 2018' | 'Medium term = by 31 March 2019' | 'Long term = by 31 March 2021'), one header 'Priority indicator | Goal | Timeframe | Lead | Progress (December 2017)' (row 6), the priority indicator MERGED DOWN over its two goals, a last group 'All four priority indicators', and an approval line. Judgement calls: every goal row is an action (long term goals included); indicators from the merged Priority indicator cell ('WRES 6 – …' → ['6']; 'All four priority indicators' → ['1','2','5','6'], the four the intro and the other groups name); theme null (the indicator is a column, not a section row); due = the Timeframe cell as written ('Short term'), NOT expanded from the key – the key row is context; lead = Lead; progress = the December 2017 text where there is one, '' where blank; no status column: status '', rag null; the key, intro and approval line (with its dates) are not actions and give no due.", { notFrom: ['A'], dueFrom: ['C'] });
}
