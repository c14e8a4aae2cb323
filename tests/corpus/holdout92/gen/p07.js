// holdout92-wres-2023-24-ketterdale: mental health FT; the 'Staff survey question / WRES measure' column gives the survey question
// number and its words ('Q14a – …') for the survey indicators and 'Not from the survey: …' with the measure's wording for the others;
// Q14b/Q14c (harassment from managers / colleagues) are 6, Q16b (discrimination) is 8. Executive lead beside the Lead; status words in
// coloured FONT.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ketterdale Mental Health and Wellbeing NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout92-wres-2023-24-ketterdale', sheet: 'Race equality plan', standard: 'WRES', period: '2023-24', trust, widths: [7, 40, 52, 24, 28, 12, 14, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – action plan 2023/24. Survey question numbers are those of the 2022 NHS Staff Survey.'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Staff survey question / WRES measure', 'Action', 'Executive lead', 'Lead', 'Due', 'Status', 'Update (Q3)'], { style: { fill: C.purple, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
  const M = {
    'Q14a – harassment, bullying or abuse at work from patients / service users, their relatives or other members of the public': ['5'],
    'Q14b / Q14c – harassment, bullying or abuse from managers / from other colleagues': ['6'],
    'Q15 – does your organisation act fairly with regard to career progression / promotion': ['7'],
    'Q16b – discrimination at work from a manager / team leader or other colleagues': ['8'],
    'Not from the survey: relative likelihood of white applicants being appointed from shortlisting': ['2'],
    'Not from the survey: relative likelihood of entering the formal disciplinary process': ['3'],
    'Not from the survey: access to non-mandatory training and CPD': ['4'],
    'Not from the survey: Board voting membership and executive membership compared with the workforce': ['9'],
  };
  const FONT = { Complete: [C.blue, 'blue'], 'On track': ['FF00823B', 'green'], 'At risk': [C.orange, 'amber'], 'Off track': [C.red, 'red'], 'Not yet due': [null, null] };
  const rows = [
    ['R1', 'Q14a – harassment, bullying or abuse at work from patients / service users, their relatives or other members of the public', 'Use body-worn cameras on the two acute admission wards and the PICU, with a review of every racist incident they record.', 'Chief Nurse', 'Head of Security & Reducing Restrictive Practice', 'Dec 2023', 'On track', 'Cameras in use on both admission wards; PICU from January.'],
    ['R2', 'Q14a – harassment, bullying or abuse at work from patients / service users, their relatives or other members of the public', 'Give every inpatient a welcome leaflet that says racist abuse of staff will be challenged, in the six most-spoken local languages.', 'Chief Nurse', 'Patient Experience Lead', 'Oct 2023', 'Complete', 'Leaflet printed and in use from October.'],
    ['R3', 'Q14b / Q14c – harassment, bullying or abuse from managers / from other colleagues', 'Train all Band 7 team managers in civility and respect, using scenarios written with the Race Equality Network.', 'Chief People Officer', 'Head of Organisational Development', 'Mar 2024', 'At risk', '48 of 130 managers trained; backfill is the problem.'],
    ['R4', 'Q15 – does your organisation act fairly with regard to career progression / promotion', 'Run a second “Rising” cohort for ethnic minority staff at Bands 5 to 7, with a sponsor from the senior leadership team.', 'Chief People Officer', 'Leadership Development Manager', 'Jan 2024', 'On track', 'Cohort of 16 started in November.'],
    ['R5', 'Q16b – discrimination at work from a manager / team leader or other colleagues', 'Publish a quarterly summary of discrimination concerns raised through Freedom to Speak Up and what changed as a result.', 'Director of Corporate Affairs', 'Freedom to Speak Up Guardian', 'Quarterly', 'Not yet due', ''],
    ['R6', 'Not from the survey: relative likelihood of white applicants being appointed from shortlisting', 'Move all Band 6 and above recruitment to structured interviews with scoring agreed before the panel meets.', 'Chief People Officer', 'Head of Resourcing', 'Nov 2023', 'Off track', 'Template agreed but use in community teams is patchy.'],
    ['R7', 'Not from the survey: relative likelihood of entering the formal disciplinary process', 'Apply a just and learning culture check before any case is referred to formal process, signed off by an Associate Director.', 'Chief People Officer', 'Employee Relations Manager', 'Sep 2023', 'Complete', 'In place; referrals down from 19 to 11 on the same period last year.'],
    ['R8', 'Not from the survey: access to non-mandatory training and CPD', 'Ring-fence part of the CPD budget for nursing associates and support workers, and report take-up by ethnicity each quarter.', 'Chief Nurse', 'Head of Education & Training', 'Mar 2024', 'On track', 'First quarter report shows take-up matches the workforce.'],
    ['R9', 'Not from the survey: Board voting membership and executive membership compared with the workforce', 'Use a search firm with a diverse candidate commitment for the Chief Operating Officer vacancy.', 'Chair', 'Trust Secretary', 'Feb 2024', 'On track', 'Firm appointed; long list due in January.'],
  ];
  for (const r of rows) {
    const [ref, q, act, exec, lead, due, st, upd] = r;
    const [col, rag] = FONT[st];
    p.action(r, { ref, indicators: M[q], action: act, lead, due, status: st, rag, progress: upd }, { styles: [{}, {}, {}, {}, {}, {}, col ? { color: col, bold: true } : {}, {}] });
  }
  p.blank();
  p.line(['Status is chosen from the drop-down: Complete / On track / At risk / Off track / Not yet due.'], { merge: ['A', 'H'], style: { italic: true } });
  p.ws.dataValidations.add('G5:G13', { type: 'list', allowBlank: true, formulae: ['"Complete,On track,At risk,Off track,Not yet due"'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT). Sheet 'Race equality plan', Arial 10: trust name, a title line saying the survey question numbers are those of the 2022 NHS Staff Survey, a blank row, the purple header 'Ref | Staff survey question / WRES measure | Action | Executive lead | Lead | Due | Status | Update (Q3)' (row 4, frozen at B), nine actions R1–R9, a blank row and an italic line listing the drop-down statuses. THE INDICATOR IS NEVER A WRES NUMBER: column B gives the STAFF SURVEY QUESTION NUMBER AND WORDS for the four survey indicators and 'Not from the survey: <the measure in words>' for the others; the question numbers (Q14a, Q15, Q16b) are survey numbering, not WRES indicators. Mapping: 'Q14a – harassment, bullying or abuse … from patients / service users, their relatives or other members of the public' → 5 (R1 and R2); 'Q14b / Q14c – harassment, bullying or abuse from managers / from other colleagues' → 6 (harassment from staff; NOT 8); 'Q15 – does your organisation act fairly with regard to career progression / promotion' → 7; 'Q16b – discrimination at work from a manager / team leader or other colleagues' → 8; 'Not from the survey: relative likelihood of white applicants being appointed from shortlisting' → 2; '… entering the formal disciplinary process' → 3; '… access to non-mandatory training and CPD' → 4; '… Board voting membership and executive membership compared with the workforce' → 9. Other calls: ref = Ref; lead = Lead, NEVER the Executive lead beside it; due = Due as typed ('Dec 2023', 'Quarterly' kept); status = the drop-down word, rag from its FONT colour (Complete blue, On track green, At risk orange → amber, Off track red); 'Not yet due' in black → rag null; progress = the Q3 update (blank for R5). The drop-down line is not an action.", { mode: 'font', ragCol: 7, notFrom: ['B', 'D'], indWords: { col: 'B', map: M } });
}
