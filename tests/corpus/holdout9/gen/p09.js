// holdout9-wres-2019-20-pellmoor: STACKED FORM layout. Each indicator is a block: a heading row, a 'Finding' row, then per
// action the label rows 'Action 1.1' / 'Owner' / 'By when' / 'RAG' / 'Progress' with the value merged across B:F.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wres-2019-20-pellmoor', sheet: 'WRES Action Plan 2019-20', standard: 'WRES', period: '2019-20', trust: 'Pellmoor Hospitals NHS Trust', widths: [16, 20, 20, 20, 20, 20] });
  p.line(['Pellmoor Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2019/20'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each indicator is set out as what the data shows, then each action with its owner, timescale and progress. RAG: Green = complete or on track; Amber = started but behind plan; Red = not started or off track. Progress is reported to the Workforce Committee quarterly.'], { merge: ['A', 'F'], style: { italic: true }, height: 42 });
  const F = { Green: C.green, Amber: C.amber, Red: C.red }; const R = { Green: 'green', Amber: 'amber', Red: 'red' };
  const V = (label, value, style = {}) => p.line([label, value], { border: true, merge: ['B', 'F'], styles: [{ bold: true, fill: C.palegrey }, style] });
  let theme, inds;
  const block = (heading, indicators, finding) => { p.blank(); p.line([heading], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.paleblue } }); theme = heading; inds = indicators; V('Finding', finding); };
  const act = (ref, action, owner, due, rag, prog) => {
    const r = p.action([`Action ${ref}`, action], { ref, indicators: inds, theme, action, lead: owner, due, status: rag, rag: R[rag] ?? null, progress: prog, dueSource: 'labelled' },
      { merge: ['B', 'F'], styles: [{ bold: true, fill: C.palegrey }], height: 30 });
    V('Owner', owner); V('By when', due); V('RAG', rag, F[rag] ? { fill: F[rag] } : {}); const end = V('Progress', prog);
    p.blocks[r] = [r, end];
  };
  block('WRES Indicator 1 – Percentage of BME staff in Bands 8–9 and VSM compared with the percentage of BME staff in the overall workforce', ['1'], 'BME staff are 16.3% of the workforce and 7.9% of staff at Band 8a and above (31 March 2019).');
  act('1.1', 'Agree a trajectory for BME representation at Band 8a and above for each clinical division, in line with the Model Employer goals.', 'Director of Workforce', 'September 2019', 'Green', 'Trajectories agreed at the Workforce Committee in September.');
  act('1.2', 'Add ethnicity to the monthly divisional workforce dashboard.', 'Head of Workforce Information', 'July 2019', 'Green', 'Included from the July dashboard.');
  block('WRES Indicator 2 – Relative likelihood of White staff being appointed from shortlisting compared with BME staff', ['2'], 'White applicants 1.58 times more likely to be appointed from shortlisting (2018/19).');
  act('2.1', 'Train a pool of BME staff as recruitment panel members and include one on every Band 7+ interview panel.', 'Head of Resourcing', 'December 2019', 'Amber', '23 trained; panels at Band 7+ diverse in 61% of cases.');
  act('2.2', 'Review the shortlisting stage of the recruitment policy with the BME Staff Network.', 'Recruitment Manager', 'Q3', 'Red', 'Not started – policy review deferred to Q4.');
  block('WRES Indicator 3 – Relative likelihood of BME staff entering the formal disciplinary process compared with White staff', ['3'], 'BME staff 1.61 times more likely to enter the formal disciplinary process.');
  act('3.1', 'Introduce a pre-disciplinary decision checklist and a second review by a senior HR manager for every case.', 'Head of Employee Relations', 'October 2019', 'Green', 'Checklist in use from 1 October.');
  block('WRES Indicator 4 – Relative likelihood of BME staff accessing non-mandatory training and CPD', ['4'], 'Relative likelihood 1.07 – no significant difference, but CPD is not fully recorded.');
  act('4.1', 'Record all CPD funding decisions on the learning management system so they can be analysed by ethnicity.', 'Head of Education', 'March 2020', 'Amber', 'Recording in place for nursing; medical and AHP to follow.');
  block('WRES Indicators 5 and 6 – Harassment, bullying or abuse from patients, relatives or the public, and from staff', ['5', '6'], 'BME 30.1% (patients) and 28.4% (staff), both higher than White staff (Staff Survey 2018).');
  act('5.1', 'Launch a campaign with the BME Staff Network making clear that racist abuse from patients and visitors will not be tolerated.', 'Director of Nursing', 'Q2', 'Green', 'Campaign launched in August; posters in all wards.');
  act('5.2', 'Train 40 Dignity at Work advisors, at least a third of them from BME backgrounds.', 'Head of OD', 'January 2020', 'Amber', '28 trained, 11 from BME backgrounds.');
  block('WRES Indicators 7 and 8 – Equal opportunities for career progression, and discrimination from a manager or colleague', ['7', '8'], 'BME 72% and White 87% believe the Trust provides equal opportunities; BME 14% experienced discrimination from a manager or colleague.');
  act('7.1', 'Run a reciprocal mentoring programme pairing BME staff with executive and senior leaders.', 'Chief Executive', 'Ongoing', 'Green', 'Cohort 1 of 12 pairs running since June.');
  block('WRES Indicator 9 – Percentage difference between the Board voting membership and the overall workforce', ['9'], 'One BME voting Board member (7.1%) against 16.3% of the workforce.');
  act('9.1', 'Use a diverse shortlist and an independent panel member for every executive and non-executive appointment.', 'Chair', 'As vacancies arise', 'Green', 'Applied to the Director of Finance appointment.');
  p.blank();
  p.line(['Approved by the Trust Board, 25 July 2019.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) laid out as a STACKED FORM, not a grid: there is no header row. Two merged title rows and a merged italic intro (row 3) that also gives the RAG key (Green = complete or on track, Amber = started but behind plan, Red = not started or off track). Then seven INDICATOR BLOCKS, each after a blank row: a heading row merged A:F on pale blue ('WRES Indicator 1 – Percentage of BME staff in Bands 8–9 and VSM …', 'WRES Indicators 5 and 6 – …', 'WRES Indicators 7 and 8 – …'), a 'Finding' row (label in A, the data in B merged B:F), and then, for each action, FIVE LABEL ROWS with the label in column A and the value merged across B:F: 'Action 1.1' | action text, 'Owner' | lead, 'By when' | timescale, 'RAG' | colour word filled in its colour, 'Progress' | update. Gold action row = the 'Action N.N' row (gold ref '1.1' from its label); gold lead, due, status and progress are the values on the Owner, By when, RAG and Progress rows BELOW it (dueSource 'labelled'). Every other row – headings, Finding, Owner, By when, RAG, Progress – is a non-action row. Gold theme = the block heading verbatim and indicators = the indicator(s) it names ('Indicators 5 and 6' → ['5','6']). Due is text: 'September 2019', 'July 2019', 'December 2019', 'Q3', 'October 2019', 'March 2020', 'Q2', 'January 2020', 'Ongoing', 'As vacancies arise'. RAG words Green / Amber / Red filled; rag by the intro key. Ten actions. The approval line after a blank row is a non-action row.", { ragCol: 'B', mode: 'word', words: { Green: 'green', Amber: 'amber', Red: 'red' }, labelCol: 'A', statusLabel: 'RAG' });
}
