// holdout8-wres-2016-17-hallowmere: KMPT-style plan. Key block with Blue = "New for 2016 onwards"; indicator named only on an
// unmerged heading row (number in A, official wording in B); RAG Rating column holds progress text filled in colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wres-2016-17-hallowmere', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust: 'Hallowmere Hospitals NHS Trust', widths: [13, 34, 52, 24, 14, 40] });
  book.wb.title = 'WRES action plan 2016-17';
  p.line(['Hallowmere Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['WRES ACTION PLAN 2016-2017'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  const key = [['Red', C.red, 'Not yet begun'], ['Amber', C.amber, 'Begun but not complete'], ['Green', C.green, 'Complete'], ['Blue', C.lightblue, 'New for 2016 onwards']];
  for (const [w, f, m] of key) p.line([w, m], { border: true, styles: [{ fill: f, bold: true }] });
  p.blank();
  p.header(['Objective', 'Analysis', 'WRES Action', 'Lead', 'Date', 'RAG Rating'], { style: { fill: C.paleblue } });
  const sec = (n, wording) => { p.line([`Indicator ${n}`, wording], { border: true, styles: [{ bold: true }, { bold: true }] }); return wording; };
  const act = (ind, theme, analysis, action, lead, due, fill, progress) => p.action(['', analysis, action, lead, due, progress], {
    indicators: [ind], theme, action, lead, due, status: '', rag: fill ? { [C.red]: 'red', [C.amber]: 'amber', [C.green]: 'green', [C.lightblue]: 'blue' }[fill] : null, progress,
  }, { styles: [{}, {}, {}, {}, {}, fill ? { fill } : {}] });
  let t = sec(1, 'Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce.');
  act('1', t, 'As of 31/03/2016 BME staff 14.2%, White staff 83.9%, not stated 1.9%.', 'Work with senior managers in the divisions with the lowest BME representation at Band 7 and above to understand the barriers to staff applying for senior posts and agree local actions.', 'D&I Facilitator\nSenior Managers', 'May 2016', C.amber, 'Divisional conversations held in Medicine and Surgery; Women\'s and Children\'s booked for January.');
  act('1', t, 'BME staff make up 6.1% of staff at Band 8a and above.', 'Analyse workforce reports to identify departments and job roles where BME staff are poorly represented and report them to the Equality and Diversity Steering Group.', 'Workforce Information Manager', 'Quarterly', C.green, 'Quarterly report in place since September 2016.');
  act('1', t, '', 'Propose and run staff development workshops for BME staff at Bands 5 and 6 (personal effectiveness, career planning and job interview skills).', 'D&I Facilitator\nBME Network Chair', 'March 2017', C.lightblue, '');
  t = sec(2, 'Relative likelihood of staff being appointed from shortlisting across all posts.');
  act('2', t, 'White staff 1.52 times more likely to be appointed from shortlisting than BME staff (2015/16).', 'All recruiting managers and panel members to attend Resourcing and Selection training, which now includes a session on unconscious bias.', 'Recruitment Manager', '31.03.17', C.amber, '61% of recruiting managers trained to date.');
  act('2', t, '', 'Include a trained BME member of staff on interview panels for all posts at Band 8a and above.', 'Head of HR\nRecruitment Manager', 'October 2016', C.red, 'Not started – pool of panel members still being recruited.');
  t = sec(3, 'Relative likelihood of staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation.');
  act('3', t, 'BME staff 1.84 times more likely than White staff to enter the formal disciplinary process.', 'Review all disciplinary cases involving BME staff over the last two years to identify themes and learning for managers.', 'Head of Employee Relations', 'December 2016', C.green, 'Review completed; findings to the Workforce Committee in January 2017.');
  t = sec(4, 'Relative likelihood of staff accessing non-mandatory training and CPD.');
  act('4', t, 'Non-mandatory training is not recorded on OLM for all staff groups.', 'Record all non-mandatory training and CPD on OLM so that access can be analysed by ethnicity.', 'Head of Learning and Development', '', C.amber, 'Recording in place for internal courses; external CPD still recorded on paper.');
  t = sec(5, 'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months.');
  act('5', t, 'BME 31%, White 27% (Staff Survey 2015).', 'Publicise the Trust\'s zero tolerance policy on abuse of staff in all patient areas and support staff to report incidents on Datix.', 'Head of Security / LSMS', 'Ongoing', C.green, 'Posters displayed in all wards; Datix reports reviewed monthly.');
  t = sec(6, 'Percentage of staff experiencing harassment, bullying or abuse from staff in last 12 months.');
  act('6', t, 'BME 29%, White 24% (Staff Survey 2015).', 'Train and launch a network of Dignity at Work advisors, including BME staff, whom staff can approach in confidence.', 'OD Team', 'January 2017', C.lightblue, '');
  t = sec(7, 'Percentage believing that trust provides equal opportunities for career progression or promotion.');
  act('7', t, 'BME 71%, White 88% (Staff Survey 2015).', 'Pilot a reverse mentoring scheme pairing BME staff with members of the executive team.', 'Director of Workforce and OD', 'March 2017', C.amber, 'Six pairs matched; launch event held in November.');
  t = sec(8, 'In the last 12 months have you personally experienced discrimination at work from any of the following? b) Manager/team leader or other colleagues');
  act('8', t, 'BME 13%, White 6% (Staff Survey 2015).', 'Hold listening events with BME staff to understand their experience of discrimination and agree further actions with the BME Network.', 'Director of Workforce and OD\nBME Network Chair', 'September 2016', C.green, 'Three events held; 84 staff attended. Actions agreed with the Network.');
  t = sec(9, 'Percentage difference between the organisations\' Board voting membership and its overall workforce.');
  act('9', t, 'No BME voting Board members; BME workforce 14.2%.', 'Ensure shortlists for executive and non-executive Board appointments include BME candidates, working with search agencies and NHS Improvement.', 'Chief Executive\nChairman', 'Ongoing', null, '');
  p.blank();
  p.line(['Approved by the Trust Board on 28 July 2016. Progress is reviewed quarterly by the Equality and Diversity Steering Group.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Data sources: ESR at 31 March 2016; NHS Staff Survey 2015; recruitment data from NHS Jobs 2015/16.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), laid out like a real 2016-2020 WRES plan (KMPT). Two merged title rows (trust; 'WRES ACTION PLAN 2016-2017'), a blank row, a four-row key block (rows 4–7): a colour word filled in its colour beside its meaning – Red 'Not yet begun', Amber 'Begun but not complete', Green 'Complete' and Blue 'New for 2016 onwards' (blue here means a NEW action, not a completed one; gold rag for a blue cell is still 'blue', the colour shown). A blank row, then one header on row 9: 'Objective | Analysis | WRES Action | Lead | Date | RAG Rating'. Each indicator opens with an UNMERGED heading row: 'Indicator N' in A and the indicator's official wording in B, nothing else – a non-action row; gold indicator = N and gold theme = the wording in B (the heading's text; 'Indicator N' itself is the indicator). The action rows below have an EMPTY Objective cell (not merged) and inherit the heading's indicator. 'Analysis' holds the data behind the action (empty on some rows) and has no gold field. Lead cells often hold two roles on two lines ('D&I Facilitator\\nSenior Managers'); gold lead = the whole cell. 'Date' is text: 'May 2016', 'Quarterly', '31.03.17' (typed text), 'Ongoing', 'March 2017'; one action has no date (due ''). 'RAG Rating' holds the PROGRESS TEXT filled in the RAG colour (as in the KMPT plan): gold status '' and progress = the text, rag = the fill colour by the key. Two blue (new) actions have a filled cell with no text; the Indicator 9 action has no fill and no text (rag null). Approval and data-source lines after a blank row are non-action rows.",
    { ragCol: 'F', mode: 'fill', statusIsCell: false });
}
