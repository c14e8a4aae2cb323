// holdout62-wres-2023-24-coldharbour: ICB BOARD PAPER – cover lines, numbered sections, a SELF-ASSESSMENT TABLE rating the ICB against each HIA
// (rated rows, not actions), then the action table with an HIA column, a WRES indicator column, owner and timescale, and a recommendation.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Coldharbour and Wealdside Integrated Care Board';
  const p = new Plan(book, { name: 'holdout62-wres-2023-24-coldharbour', sheet: 'Board paper', standard: 'WRES', period: '2023-24', trust, widths: [18, 64, 14, 30, 18], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['Board meeting in public – 28 November 2023'], { merge: ['A', 'E'] });
  p.line(['Agenda item 11', 'Workforce Race Equality Standard 2023 and response to the NHS EDI Improvement Plan'], { merge: ['B', 'E'], style: { bold: true } });
  p.line(['Executive lead: Chief People Officer    Author: Head of Inclusion and Belonging'], { merge: ['A', 'E'], style: { italic: true } });
  p.line(['1. Purpose'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['This paper sets out the ICB\'s 2023 WRES results for its own staff, rates the ICB against the six High Impact Actions of the NHS EDI Improvement Plan (June 2023), and asks the Board to approve the actions in section 3.'], { merge: ['A', 'E'], height: 40 });
  p.line(['2. Self-assessment against the High Impact Actions'], { merge: ['A', 'E'], style: { bold: true } });
  p.header(['High Impact Action', 'Where we are', 'Rating'], { style: { fill: C.grey } });
  const selfA = [
    ['HIA 1 – Board objectives', 'Two of nine Board members have an EDI objective.', 'Partly met', C.amber],
    ['HIA 2 – Recruitment and talent', 'Shortlisting gap of 1.6 in favour of white applicants.', 'Not met', C.red],
    ['HIA 3 – Pay gaps', 'Ethnicity pay gap calculated for the first time; not yet published.', 'Partly met', C.amber],
    ['HIA 4 – Health inequalities', 'Wellbeing offer in place; no analysis by ethnicity.', 'Partly met', C.amber],
    ['HIA 5 – International recruitment', 'The ICB does not recruit internationally.', 'Not applicable', C.grey],
    ['HIA 6 – Bullying, harassment and discrimination', 'Staff survey shows 19% of BME staff experienced discrimination from a manager or colleague.', 'Not met', C.red],
  ];
  const dataRows = [];
  for (const [h, w, r, f] of selfA) dataRows.push(p.line([h, w, r], { border: true, styles: [{}, {}, { fill: f }] }));
  p.line(['3. Actions for 2023/24'], { merge: ['A', 'E'], style: { bold: true } });
  p.header(['HIA', 'Action', 'WRES indicator', 'Owner', 'Timescale'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['HIA 1', 'Agree an EDI objective with each Board member and review it at their mid-year appraisal.', '9', 'Chair and Chief Executive', 'March 2024'],
    ['HIA 2', 'Remove names and dates of birth from application forms seen by shortlisting panels.', '2', 'Associate Director of Workforce', 'January 2024'],
    ['HIA 2', 'Set up a talent pool for BME colleagues at Bands 6 and 7 with access to the system leadership programme.', '1, 7', 'Associate Director of Workforce', 'June 2024'],
    ['HIA 3', 'Publish the ICB ethnicity pay gap with the gender pay gap report and agree an improvement trajectory.', '—', 'Director of Finance', 'March 2024'],
    ['HIA 4', 'Break down sickness absence and wellbeing service use by ethnicity and report to the Remuneration and People Committee.', '—', 'Head of Inclusion and Belonging', 'April 2024'],
    ['HIA 6', 'Relaunch the Dignity at Work policy with a named route for reporting racism, and train managers in using it.', '6, 8', 'Head of HR', 'February 2024'],
    ['HIA 6', 'Set up a race equality network with protected time for its chair and a direct line to the Executive Team.', '7', 'Chief People Officer', 'December 2023'],
  ];
  for (const [h, a, ind, lead, due] of acts) {
    const inds = ind === '—' ? [] : ind.split(/,\s*/);
    p.action([h, a, ind, lead, due], { indicators: inds, action: a, lead, due }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }] });
  }
  p.line(['4. Recommendation'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['The Board is asked to note the 2023 WRES results, note the self-assessment and approve the actions in section 3 for monitoring by the Remuneration and People Committee.'], { merge: ['A', 'E'], height: 28 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care board), kept as a BOARD PAPER on one sheet: the ICB's name, the meeting line (28 November 2023), 'Agenda item 11' with the paper title, an executive lead / author line, '1. Purpose' and a paragraph, '2. Self-assessment against the High Impact Actions' with a small table 'High Impact Action | Where we are | Rating' (header row 8, six RATED HIA rows 9–14, rating words on red / amber / grey fills), '3. Actions for 2023/24' with the action header 'HIA | Action | WRES indicator | Owner | Timescale' (row 16), seven actions, then '4. Recommendation' and its paragraph. Judgement calls: the six self-assessment rows are findings about the ICB, not actions – their ratings ('Not met', 'Partly met') are not statuses of any action; the action table has no status column (status '', rag null); indicators from the WRES indicator column only ('1, 7' → ['1','7']; '—' → [] for the pay gap and health-inequalities actions), never the HIA column's number; the HIA column is a per-row mapping, not a theme (theme null) – noted here; lead = Owner as written ('Chair and Chief Executive'); due = Timescale as written; ref '' (no numbering); the executive lead (Chief People Officer) and author on the cover lines are not leads, the meeting date is not a due.", { indCol: 'C', dataRows, forbidden: ['28 November 2023', 'Not met', 'Partly met', 'Not applicable'] });
}
