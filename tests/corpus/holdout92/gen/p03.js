// holdout92-wres-2018-19-furnleigh: ambulance trust; 'What we are addressing' quotes the STAFF SURVEY QUESTION (or describes the WRES
// measure) behind each action, never a number; one cell is merged down over two actions; 'from managers' and 'from other colleagues'
// is harassment from staff (6), not discrimination (8). Status words on fills; real dates shown mmm-yy.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Furnleigh and Downs Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout92-wres-2018-19-furnleigh', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [8, 44, 46, 24, 9, 42, 14], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: 'FF00563F' } });
  p.line(['WRES action plan 2018-19 – staff in A&E operations, the Emergency Operations Centre, PTS and support services'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Where an action answers a staff survey question the question is quoted as it appears in the 2017 NHS Staff Survey.'], { merge: ['A', 'G'], style: { italic: true } });
  p.header(['Action no.', 'What we are addressing', 'What we will do', 'Who', 'When', 'Update (Q3)', 'Status'], { style: { fill: 'FF00563F', color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const M = {
    'Workforce profile: BME staff at each Agenda for Change band compared with the Trust as a whole': ['1'],
    'White applicants more likely to be appointed once shortlisted than BME applicants': ['2'],
    'BME staff more likely to enter a formal disciplinary investigation': ['3'],
    'Uptake of non-mandatory training and CPD': ['4'],
    '“In the last 12 months how many times have you personally experienced harassment, bullying or abuse at work from patients / service users, their relatives or other members of the public?”': ['5'],
    '“… from managers?” and “… from other colleagues?”': ['6'],
    '“Does your organisation act fairly with regard to career progression / promotion, regardless of ethnic background, gender, religion, sexual orientation, disability or age?”': ['7'],
    '“In the last 12 months have you personally experienced discrimination at work from manager / team leader or other colleagues?”': ['8'],
  };
  const FILL = { Complete: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], 'At risk': [C.amber, 'amber'], Overdue: [C.red, 'red'] };
  const rows = [
    ['18.1', 'Workforce profile: BME staff at each Agenda for Change band compared with the Trust as a whole', 'Show paramedic, EMT and call handler headcount by ethnicity for each operating area on the workforce dashboard.', 'Workforce Information Manager', D(2018, 7, 31), 'Dashboard live from August for all five operating areas.', 'Complete'],
    ['18.2', 'White applicants more likely to be appointed once shortlisted than BME applicants', 'Hold two open days for the student paramedic intake at community venues in the two most diverse towns in our area.', 'Recruitment & Resourcing Lead', D(2018, 10, 31), 'One held (62 attendees); second booked for January.', 'At risk'],
    ['18.3', 'BME staff more likely to enter a formal disciplinary investigation', 'Have the Deputy Director of HR sign off every formal investigation involving front-line staff before terms of reference are issued.', 'Deputy Director of HR', D(2018, 6, 30), 'In place since June; 11 cases reviewed, 3 resolved informally.', 'Complete'],
    ['18.4', 'Uptake of non-mandatory training and CPD', 'Publish the criteria for places on the advanced paramedic practitioner course and report applicants and places by ethnicity.', 'Head of Clinical Education', D(2019, 1, 31), 'Criteria published; first report due after the January panel.', 'On track'],
    ['18.5', '“In the last 12 months how many times have you personally experienced harassment, bullying or abuse at work from patients / service users, their relatives or other members of the public?”', 'Add a “racially motivated” option to the incident form used by crews, and follow up each report within 72 hours.', 'Head of Risk & Security', D(2018, 9, 30), 'Option added in September; follow-up within 72 hours in 40 of 47 reports.', 'On track'],
    ['18.6', '', 'Give EOC call handlers a script and a supervisor call-back for racist abuse on 999 calls.', 'EOC Operations Manager', D(2018, 12, 31), 'Script drafted; supervisor rota not yet agreed.', 'At risk'],
    ['18.7', '“… from managers?” and “… from other colleagues?”', 'Run a bullying and harassment helpline staffed by trained colleagues from the BME network, open out of hours for shift workers.', 'Head of Staff Engagement', D(2018, 11, 30), 'Helpline launched 5 November.', 'Complete'],
    ['18.8', '“Does your organisation act fairly with regard to career progression / promotion, regardless of ethnic background, gender, religion, sexual orientation, disability or age?”', 'Offer a shadowing week with an operations manager to BME staff in Bands 4 to 6 who want to move into team leader posts.', 'Head of Operations (North)', D(2019, 3, 31), 'Not yet started – waiting for rota cover.', 'Overdue'],
    ['18.9', '“In the last 12 months have you personally experienced discrimination at work from manager / team leader or other colleagues?”', 'Include a session on race and everyday discrimination in the new first-line managers’ course for clinical team leaders.', 'Learning & Development Manager', D(2019, 2, 28), 'Session written with the network; first course in February.', 'On track'],
  ];
  let first5 = 0;
  for (const r of rows) {
    const [no, what, act, who, when, upd, st] = r;
    const inds = M[what || rows[4][1]];
    const rr = p.action(r, { ref: no, indicators: inds, action: act, lead: who, due: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][when.getUTCMonth()]}-${String(when.getUTCFullYear()).slice(2)}`, status: st, rag: FILL[st][1], progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } }, {}, { fill: FILL[st][0] }] });
    if (no === '18.5') first5 = rr;
  }
  mergeDown(p.ws, 'B', first5, first5 + 1);
  p.blank();
  p.line(['Board voting membership: no action in this plan – the Nominations Committee reports separately.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Sheet 'WRES 2018-19', Arial 9: trust name, plan title naming the staff groups, an italic line saying survey questions are quoted from the 2017 NHS Staff Survey, then the dark-green header 'Action no. | What we are addressing | What we will do | Who | When | Update (Q3) | Status' (row 4, frozen), nine actions, a blank row and an italic line on Board membership. THE INDICATOR IS NEVER A NUMBER: 'What we are addressing' either describes the WRES measure or QUOTES THE STAFF SURVEY QUESTION behind it. Mapping: 'Workforce profile: BME staff at each Agenda for Change band compared with the Trust as a whole' → 1; 'White applicants more likely to be appointed once shortlisted than BME applicants' → 2; 'BME staff more likely to enter a formal disciplinary investigation' → 3; 'Uptake of non-mandatory training and CPD' → 4; the harassment-from-patients question → 5 (the cell is MERGED DOWN over 18.5 and 18.6, so both take 5); '“… from managers?” and “… from other colleagues?”' continues the harassment question → 6 (harassment, bullying or abuse from staff – NOT 8, which is the separate discrimination question); the fair-career-progression question → 7; the discrimination question → 8. Other calls: ref = Action no. ('18.1' … text, not a number); lead = Who; due = When, real dates shown mmm-yy ('Jul-18'); progress = Update (Q3); status = the word, rag from its fill (On track light green → green, At risk amber, Overdue red). The Board line under the table is not an action and gives indicator 9 to nothing.", { mode: 'fill', ragCol: 7, notFrom: ['B'], indWords: { col: 'B', map: M } });
}
