// holdout47-wres-2020-21-hogsmill: follows Kingston Hospital NHS FT's 'Equality and Diversity Strategy 2019 to 2021' (readkong copy): the
// title page, the running header 'Kingston Hospital – Equality and Diversity Strategy 2019-21' and 'Page | n' footers, and the Contents with dot
// leaders – joint foreword by the interim Chief Executive and the Chair of the Equality and Diversity Committee, '1. Purpose and vision …', 'Our
// local profile' with one entry per borough served, '2. Our Legal Obligations and Good practice frameworks' whose sub-entries are numbered
// '1.1 Equality Act 2010', '1.2 NHS Equality Delivery System 2' (the numbering restarts, as in the real contents). ASSUMED: the appendix
// holding the year-two WRES action plan, its 'Links to' column naming WRES and EDS2 together, and font-coloured status words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Hogsmill Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout47-wres-2020-21-hogsmill', sheet: 'Strategy', standard: 'WRES', period: '2020-21', trust, widths: [7, 50, 17, 30, 13, 34, 15], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'G'] };
  const RUN = 'Hogsmill Hospital – Equality and Diversity Strategy 2019-21';
  p.line([trust], { ...W, style: { bold: true, font: { size: 12 } } });
  p.line(['Equality and Diversity Strategy 2019 to 2021'], { ...W, style: { bold: true, font: { size: 20 }, color: C.nhs } });
  p.line([`${RUN}                                                            Page | 1`], { ...W, style: { font: { size: 8 }, color: 'FF808080' } });
  p.line(['Contents'], { ...W, style: { bold: true, font: { size: 13 } } });
  const contents = [
    ['Joint foreword by the Chief Executive and the Chair of the Equality and Diversity Committee', '3'], ['1.   Purpose and vision of our Equality and Diversity Strategy', '4'],
    ['Our local profile', '5'], ['      Coombe Rise', '5'], ['      Malden Fields', '5'], ['      Ditton Marsh', '6'], ['      Berrymead', '7'],
    ['2.   Our legal obligations and good practice frameworks', '8'], ['1.1  Equality Act 2010', '8'], ['1.2  NHS Equality Delivery System 2', '8'], ['1.3  Workforce Race Equality Standard', '9'],
    ['3.   Our equality objectives for 2019 to 2021', '10'], ['Appendix A – WRES Action Plan, Year 2 (2020/21)', '14'],
  ];
  for (const [t, pg] of contents) p.line([`${t} ${'.'.repeat(Math.max(8, 100 - t.length))} ${pg}`], W);
  p.line([`${RUN}                                                            Page | 2`], { ...W, style: { font: { size: 8 }, color: 'FF808080' } });
  p.blank();
  p.line(['Appendix A – WRES Action Plan, Year 2 (2020/21)'], { ...W, style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['This appendix was refreshed in September 2020 after our 2020 WRES submission. It sits under the strategy\'s three equality objectives. \'Links to\' shows the WRES indicator and the EDS2 outcome each action supports. Status colours: green – complete; amber – in progress; red – not yet started; grey – paused because of COVID-19.'], { ...W, height: 42 });
  p.header(['Ref', 'Action', 'Links to', 'Lead (executive / operational)', 'By when', 'Measure of success', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const font = { Complete: C.green, 'In progress': C.amber, 'Not yet started': C.red, 'Paused (COVID-19)': 'FF808080' };
  const rag = { Complete: 'green', 'In progress': 'amber', 'Not yet started': 'red', 'Paused (COVID-19)': null };
  const secs = [];
  const plan = [
    ['Objective 1: A workforce that reflects the communities we serve', [
      ['A1', 'Set a target for BME staff at Band 8a and above and publish progress against it each quarter', 'WRES 1; EDS2 3.1', 'Chief People Officer / Head of Workforce Planning', 'October 2020', 'Target agreed by the Board; quarterly figures on the intranet', 'Complete'],
      ['A2', 'Use diverse interview panels for every post at Band 7 and above', 'WRES 2; EDS2 3.1', 'Chief People Officer / Head of Recruitment', 'March 2021', 'Relative likelihood of appointment below 1.3', 'In progress'],
      ['A3', 'Hold a careers open day with local schools and colleges in Malden Fields and Ditton Marsh', 'EDS2 3.1', 'Chief People Officer / Widening Participation Lead', 'Summer 2021', 'One event held, 150 young people attend', 'Paused (COVID-19)'],
    ]],
    ['Objective 2: Fair treatment and a safe place to work', [
      ['A4', 'Bring every formal disciplinary case involving a BME colleague to a panel review before it starts', 'WRES 3; EDS2 3.3', 'Chief People Officer / Head of Employee Relations', 'November 2020', 'Relative likelihood of entering a formal process below 1.25', 'In progress'],
      ['A5', 'Complete a COVID-19 risk assessment for every BME colleague and follow up any actions', 'EDS2 3.4', 'Chief Nurse / Health and Wellbeing Lead', 'September 2020', '100% of BME colleagues offered an assessment', 'Complete'],
      ['A6', 'Train Freedom to Speak Up champions from BME backgrounds in every division', 'WRES 6, 8; EDS2 3.3', 'Chief Executive / Freedom to Speak Up Guardian', 'January 2021', 'Six champions trained; concerns raised by BME staff rise', 'Not yet started'],
      ['A7', 'Introduce a clear process for managers to follow when a patient racially abuses a colleague', 'WRES 5; EDS2 3.6', 'Chief Operating Officer / Head of Security', 'December 2020', 'Process in place and used', 'In progress'],
    ]],
    ['Objective 3: Inclusive leadership', [
      ['A8', 'Offer reverse mentoring to every member of the Board with a BME colleague', 'WRES 9; EDS2 4.1', 'Chair / Head of Organisational Development', 'December 2020', 'All Board members paired', 'Complete'],
      ['A9', 'Add an inclusive leadership module to the management development programme', 'WRES 7; EDS2 4.2', 'Chief People Officer / Head of Organisational Development', 'March 2021', 'Module delivered to two cohorts', 'Not yet started'],
    ]],
  ];
  for (const [obj, acts] of plan) {
    secs.push(p.line([obj], { ...W, border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [ref, a, links, lead, due, measure, st] of acts) {
      const m = /WRES\s+([\d ,&and]+)/.exec(links);
      p.action([ref, a, links, lead, due, measure, st], { ref, indicators: m ? m[1].match(/\d+/g) : [], theme: obj, action: a, lead, due, outcome: measure, status: st, rag: rag[st] }, { styles: [{}, {}, {}, {}, {}, {}, { bold: true, color: font[st] }] });
    }
  }
  p.line([`${RUN}                                                            Page | 14`], { ...W, style: { font: { size: 8 }, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) following a real published trust 'Equality and Diversity Strategy 2019 to 2021' (Kingston Hospital's) converted to one sheet: trust name, title, RUNNING HEADER/FOOTER lines ('Hogsmill Hospital – Equality and Diversity Strategy 2019-21 … Page | n', rows 3, 18 and the last row), 'Contents' with thirteen DOT-LEADER entries ending in page numbers (a foreword, '1. Purpose and vision', 'Our local profile' and four indented area names, '2. Our legal obligations …' whose sub-entries are numbered '1.1', '1.2', '1.3' – the numbering restarts as in the real contents – '3. Our equality objectives for 2019 to 2021', 'Appendix A – WRES Action Plan, Year 2 (2020/21)'), then the appendix: its title, an explanatory paragraph that also gives the STATUS COLOUR KEY in words, one header 'Ref | Action | Links to | Lead (executive / operational) | By when | Measure of success | Status' (row 22), three OBJECTIVE section rows and nine actions. 'Links to' MIXES FRAMEWORKS: 'WRES 6, 8; EDS2 3.3', and two cells name only an EDS2 outcome ('EDS2 3.1', 'EDS2 3.4'). Status words are coloured by FONT only (no fill). Judgement calls: the plan period is the appendix's year two (2020/21), not the strategy's span; indicators = only the numbers after 'WRES' in Links to (['6','8']) – EDS2 outcome numbers are not indicators – and [] where only EDS2 is named (those rows stay actions); lead = the combined cell as written ('Chief People Officer / Head of Recruitment'); theme = the objective section row; outcome = Measure of success; due as written ('Summer 2021'); status = the word, rag from its font colour per the key (green complete, amber in progress, red not yet started, grey 'Paused (COVID-19)' → null); the contents entries (one names 'Appendix A – WRES Action Plan …' and one the WRES) and the running header/footer lines are not actions and give no field.", { sections: secs, mode: 'font', ragCol: 'G', wresIn: 'C', forbidden: [RUN] });
}
