// holdout57-wres-2020-21-severnmouth: an ambulance trust's WRES plan in FOUR columns with no lead or date column – each action cell
// ends with two labelled lines 'Owner – …' / 'Deadline – …'; merged heading rows name the WRES indicators in brackets; the measure
// and the year-end update are long prose cells. ASSUMED layout.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Severnmouth Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout57-wres-2020-21-severnmouth', sheet: 'Action plan', standard: 'WRES', period: '2020-21', trust, widths: [6, 70, 44, 56], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'D'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard action plan 2020-21 – year-end position'], { merge: ['A', 'D'], style: { bold: true } });
  p.line(['COVID-19 meant that several pieces of work were paused between April and July 2020 while staff were redeployed. The update column shows where each action stood at the end of March 2021.'], { merge: ['A', 'D'], height: 30, style: { italic: true } });
  p.header(['No.', 'Action', 'How we will know it has worked', 'Update (March 2021)'], { style: { fill: C.darkblue, color: C.white } });
  const OD = (a, o, d) => `${a}\nOwner – ${o}\nDeadline – ${d}`;
  const sections = [
    ['Recruitment and progression (WRES 1 and 2)', ['1', '2'], [
      ['1', 'Rewrite the job descriptions and adverts for Band 6 paramedic and Band 7 team leader posts in plain language, removing requirements that are not needed on day one, and advertise through community and faith organisations in the two cities as well as NHS Jobs.', 'Head of Recruitment', '30 September 2020', 'BME applicants for Band 6 and 7 operational posts rise from 9% to at least 12% of all applicants in the second half of the year.', 'Adverts rewritten and used from October 2020. BME applicants were 11.4% of Band 6–7 applicants from October to March, up from 9.0%. Community advertising reached six organisations; we will add two more next year.'],
      ['2', 'Set up a "Next Step" coaching offer for BME colleagues in control rooms and on the road who want to move into team leader or clinical supervisor roles, with trained coaches drawn from senior managers who have volunteered.', 'Head of Leadership and OD', '31 March 2021', 'At least 20 BME colleagues have completed three or more coaching sessions, and we track how many apply for promotion within a year.', 'Started late (November 2020) because of the first wave. 14 colleagues matched with coaches; 9 have had three sessions. Carried into 2021-22.'],
    ]],
    ['Fair treatment (WRES 3)', ['3'], [
      ['3', 'Use a two-stage decision check before any formal investigation of a BME colleague is started: the investigating manager and an HR lead must agree and record why an informal approach is not suitable.', 'Deputy Director of People', '31 August 2020', 'The relative likelihood of BME staff entering a formal disciplinary process falls below 1.25 in the 2021 return.', 'In place since September 2020. Eleven cases checked, four resolved informally. The 2021 return will show whether the ratio has moved.'],
    ]],
    ['Bullying, harassment and discrimination (WRES 5, 6 and 8)', ['5', '6', '8'], [
      ['4', 'Fit body-worn cameras to all front-line crews in the two urban areas and give crews a short briefing on using them when a patient or member of the public becomes racially abusive.', 'Head of Security and Resilience', '31 December 2020', 'Reported racist incidents from the public go up at first (more staff report) and the proportion of BME staff saying they have experienced harassment from the public falls in the 2021 staff survey.', 'Cameras issued to 86% of front-line crews by December; the rest follow in April 2021. Reports of racial abuse rose from 23 to 41 in the half-year, which we expected.'],
      ['5', 'Train every team leader and station manager in how to respond when a colleague reports racism from another member of staff, using the trust\'s new "Call it out" guidance, and make the session part of the team leader induction.', 'Head of Leadership and OD', '31 March 2021', 'All current team leaders trained; fewer BME staff report discrimination from a manager or colleague in the 2021 staff survey.', 'Sessions moved online. 212 of 260 team leaders and station managers trained (82%). Added to team leader induction from February 2021.'],
      ['6', 'Publish a short quarterly summary of the racism-related concerns raised with the Freedom to Speak Up Guardians and what was done about them, so that staff can see that raising a concern leads to action.', 'Freedom to Speak Up Guardian', 'Quarterly from July 2020', 'The quarterly summaries are published on the intranet and the BME Network says it has confidence in the route.', 'Two summaries published (October 2020, January 2021). The July summary was missed during redeployment.'],
    ]],
    ['Board and leadership (WRES 9)', ['9'], [
      ['7', 'Give each non-executive director a reverse mentor from the BME Network for twelve months, with meetings at least every two months and a joint reflection at the end of the year shared with the Board.', 'Director of Corporate Affairs', '31 March 2021', 'All non-executive directors have a mentor and the Board receives the reflections in its development session.', 'Five of six non-executive directors matched; meetings held by video. Reflections session booked for May 2021.'],
      ['8', 'Include the WRES data and this plan in the Board\'s annual development day and agree a race equality objective for every executive director.', 'Chief Executive', '30 November 2020', 'Every executive director has a race equality objective in their 2020-21 appraisal.', 'Development day held on 18 November 2020. Objectives agreed for all seven executive directors.'],
    ]],
  ];
  const secs = [];
  for (const [h, inds, acts] of sections) {
    secs.push(p.line([h], { merge: ['A', 'D'], style: { bold: true, fill: C.paleblue }, border: true }));
    for (const [n, a, o, d, m, u] of acts) {
      const cell = OD(a, o, d);
      p.action([n, cell, m, u], { ref: n, indicators: inds, theme: h, action: cell, lead: o, due: d, outcome: m, progress: u, dueSource: 'labelled' }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }] });
    }
  }
  p.blank();
  p.line(['Presented to the People Committee on 22 April 2021 by the Head of Equality, Diversity and Inclusion.'], { merge: ['A', 'D'], style: { italic: true, font: { size: 9 } } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an ambulance service trust) at YEAR END, in FOUR COLUMNS: trust name, title, an italic COVID note, one navy header 'No. | Action | How we will know it has worked | Update (March 2021)' (row 4), four pale-blue merged HEADING ROWS naming the WRES indicators in brackets ('Recruitment and progression (WRES 1 and 2)', 'Bullying, harassment and discrimination (WRES 5, 6 and 8)'), eight numbered actions, and a presentation line at the foot. There is NO lead or date column: each action cell is a paragraph followed by two labelled lines, 'Owner – <role>' and 'Deadline – <date>' (dates written out, '30 September 2020'; one 'Quarterly from July 2020'). The measure and the update are long prose cells. Judgement calls: action = the whole cell as written (labels included, as holdout42 carrowdene); lead = the text after 'Owner – ', due = the text after 'Deadline – ' (dueSource 'labelled'); the update's later dates ('the rest follow in April 2021', 'booked for May 2021', 'Carried into 2021-22') are progress, never the due; outcome = the whole 'How we will know it has worked' cell; progress = the whole update cell; ref = No.; indicators and theme from the heading row above (brackets: 'WRES 5, 6 and 8' → ['5','6','8']); no status column – 'Carried into 2021-22' and 'Started late' are not status words (status '', rag null); the presenter on the foot line is not a lead.", { indFrom: { from: 'theme', bracket: true }, sections: secs, labels: { col: 'B', lead: 'Owner – ', due: 'Deadline – ' }, wholeCells: { outcome: 'C', progress: 'D' } });
}
