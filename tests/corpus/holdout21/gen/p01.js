// holdout21-wres-2015-16-carrowmere: ORDINARY first-year WRES plan of an ISLAND HEALTH AND CARE trust (acute, community, mental
// health and ambulance on one island) – merged title lines, the KEY as an italic line ABOVE the table; grey header
// 'Indicator | Issue identified | Action | Executive lead | Date | Progress'; 'Indicator N' and 'Issue identified' MERGED DOWN
// over each group; 'By January 2016' text dates; status WORDS IN COLOURED FONT (no fill); approval line below.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wres-2015-16-carrowmere', sheet: 'WRES Action Plan', standard: 'WRES', period: '2015-16', trust: 'Carrowmere Island Health and Care NHS Trust', widths: [13, 34, 58, 30, 16, 16] });
  p.line(['Carrowmere Island Health and Care NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2015/16'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Progress is shown in coloured text: green = completed, orange = in progress, red = not yet started.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Indicator', 'Issue identified', 'Action', 'Executive lead', 'Date', 'Progress'], { style: { fill: C.grey } });
  const S = { Completed: [C.green, 'green'], 'In progress': [C.orange, 'amber'], 'Not yet started': [C.red, 'red'] };
  const groups = [
    ['Indicator 1', ['1'], 'BME staff are 4.2% of the workforce and are concentrated in Bands 2–5; ethnicity is not recorded for 9% of staff.', [
      ['Run an ESR self-service campaign so that staff record their ethnicity, starting with the ambulance service and community teams.', 'Director of HR and Organisational Development', 'By January 2016', 'Completed'],
      ['Report the workforce profile by band and ethnicity for each service (hospital, community, mental health, ambulance) to the Workforce Committee.', 'Director of HR and Organisational Development', 'March 2016', 'In progress'],
    ]],
    ['Indicator 2', ['2'], 'Most applicants for Band 6 and above come from the mainland; BME shortlisted applicants are less likely to be appointed.', [
      ['Track shortlisting and appointment by ethnicity for every post advertised on NHS Jobs, including relocation candidates from the mainland.', 'Director of HR and Organisational Development', 'December 2015', 'In progress'],
      ['Include an independent panel member on all interview panels for Band 7 and above.', 'Chief Nurse', 'April 2016', 'Not yet started'],
    ]],
    ['Indicator 3', ['3'], 'Small numbers: 3 BME staff entered a formal disciplinary process in 2014/15.', [
      ['Ask an HR Business Partner to review every decision to start a formal disciplinary investigation involving a BME member of staff before it proceeds.', 'Director of HR and Organisational Development', 'From October 2015', 'Completed'],
    ]],
    ['Indicator 4', ['4'], 'Access to non-mandatory training is not recorded for staff who travel to the mainland for courses.', [
      ['Record all non-mandatory training and study leave, including courses on the mainland, on the learning management system.', 'Director of Education', 'March 2016', 'In progress'],
    ]],
    ['Indicators 5 and 6', ['5', '6'], 'BME staff report more harassment, bullying or abuse from patients and the public (35%) and from colleagues (29%).', [
      ['Share the 2014 staff survey results by ethnicity with each service\'s management team and agree a local response.', 'Chief Operating Officer', 'November 2015', 'Completed'],
      ['Run a zero-tolerance campaign on the ferry-port ambulance station and the emergency department about abuse of staff.', 'Chief Operating Officer', 'February 2016', 'Not yet started'],
    ]],
    ['Indicator 7', ['7'], 'BME staff are less likely to believe the Trust provides equal opportunities for career progression.', [
      ['Offer BME staff places on the regional Leadership Academy programmes, with travel costs from the island paid.', 'Director of Education', 'March 2016', 'In progress'],
    ]],
    ['Indicator 8', ['8'], '14% of BME staff experienced discrimination at work from a manager or colleague.', [
      ['Set up a BME staff network that meets on the island and online, with the Chief Executive as sponsor.', 'Chief Executive', 'January 2016', 'Completed'],
    ]],
    ['Indicator 9', ['9'], 'No BME voting Board members.', [
      ['Ask the NHS Trust Development Authority to include BME candidates in the shortlist for the next non-executive appointment.', 'Chair', 'Ongoing', 'Not yet started'],
    ]],
  ];
  for (const [ind, inds, issue, rows] of groups) {
    const first = p.r + 1;
    for (const [action, lead, due, st] of rows)
      p.action([ind, issue, action, lead, due, st], { indicators: inds, action, lead, due, status: st, rag: S[st][1] }, { styles: [{ bold: true }, {}, {}, {}, {}, { color: S[st][0], bold: true }] });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Approved by the Executive Management Committee on 28 July 2015. Progress reviewed by the Workforce Committee every quarter.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first-year WRES plan of an ISLAND HEALTH AND CARE trust (hospital, community, mental health and ambulance services on one island): two merged bold title lines (trust; 'Workforce Race Equality Standard (WRES) – Action Plan 2015/16'), a merged italic KEY line above the table ('Progress is shown in coloured text: green = completed, orange = in progress, red = not yet started.'), a blank row, then a grey header 'Indicator | Issue identified | Action | Executive lead | Date | Progress' (row 5). 'Indicator N' (bold) and the 'Issue identified' text are MERGED DOWN over each indicator's actions; 'Indicators 5 and 6' = ['5','6']. No refs. Leads are executive job titles. Dates are text ('By January 2016', 'December 2015', 'From October 2015', 'Ongoing'). Progress holds a status WORD in bold COLOURED FONT with no fill: Completed green, In progress orange, Not yet started red. An approval line sits under the table. Judgement calls: the merged Indicator cell belongs to every action it spans; 'Issue identified' is context (the data finding), not progress or outcome, so no gold field comes from it; the status is the word and the rag its font colour (orange = amber); the key line and approval line are not actions; theme null (the indicator is a column, not a heading row).", { ragCol: 'F', mode: 'font', notFrom: ['B'] });
}
