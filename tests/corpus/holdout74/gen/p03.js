// holdout74-wres-2018-19-elderbeck: mental health FT, plan agreed section by section with the BME Staff Network: under each PRIORITY
// row the actions, then a small grey SIGN-OFF row of initials and dates ('Agreed – BME Staff Network: OA 03/07/18 · …'); under
// Priority 1 a 'Where we are' label and three BAND DATA rows whose figures ('White 1,412', 'BME 498', '26.1% BME') sit in the lead and
// date columns of the grid. Status words in coloured font; an Exec lead column beside the Operational lead.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Elderbeck Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout74-wres-2018-19-elderbeck', sheet: 'Action plan', standard: 'WRES', period: '2018-19', trust, widths: [7, 52, 9, 22, 26, 13, 13], font: { name: 'Verdana', size: 9 } });
  const ws = p.ws;
  p.line([`${trust} – Workforce Race Equality Standard action plan 2018/19`], { merge: ['A', 'G'], style: { bold: true, font: { size: 11 } } });
  p.line(['Written with the BME Staff Network and agreed section by section in July 2018. Reported to the Workforce & Education Committee twice a year.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const hdr = p.header(['Ref', 'Action', 'WRES ind.', 'Exec lead', 'Operational lead', 'By', 'Status'], { style: { fill: C.purple, color: C.white } });
  const FONT = { Complete: C.blue, 'On track': C.green, Behind: C.orange, 'Not started': C.black };
  const RAGW = { Complete: 'blue', 'On track': 'green', Behind: 'amber', 'Not started': null };
  const secs = []; let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.lilac } })); };
  const act = (ref, a, ind, exec, lead, by, st) => p.action([ref, a, ind, exec, lead, by, st], { ref, indicators: ind.split(', '), theme, action: a, lead, due: by, status: st, rag: RAGW[st] },
    { styles: [{}, {}, { alignment: { horizontal: 'center' } }, { color: 'FF595959' }, {}, {}, { bold: true, color: FONT[st] }] });
  const ig = {};
  const signed = (t) => { const r = p.line(['', t], { merge: ['B', 'G'], border: true, style: { font: { size: 7 }, color: 'FF808080' } }); ig[r] = 'sign-off row'; return r; };
  const data = (t, w, b, pc) => { const r = p.line(['', t, '', w, b, pc, ''], { border: true, style: { italic: true, color: 'FF404040', fill: 'FFF7F7F7' } }); ig[r] = 'band data row'; return r; };
  sec('Priority 1: A workforce that reflects the communities we serve');
  const lab = p.line(['', 'Where we are (ESR, 31 March 2018) – headcount by pay band:'], { merge: ['B', 'G'], border: true, style: { italic: true, bold: true, fill: 'FFF7F7F7' } }); ig[lab] = 'band data label';
  const d1 = data('Bands 1–5', 'White 1,412', 'BME 498', '26.1% BME');
  const d2 = data('Bands 6–7', 'White 903', 'BME 187', '17.2% BME');
  const d3 = data('Band 8a and above', 'White 214', 'BME 19', '8.2% BME');
  act('1.1', 'Set a trajectory with each care group for BME staff at Band 6 and above and review it at the quarterly performance reviews.', '1', 'Director of Workforce', 'Workforce Planning Lead', 'Oct 2018', 'Complete');
  act('1.2', 'Advertise Band 6 and 7 posts through community radio and the two mosques and three churches that already host our recruitment days.', '1', 'Director of Workforce', 'Recruitment & Retention Manager', 'Jan 2019', 'On track');
  const s1 = signed('Agreed – BME Staff Network: OA 03/07/18 · Workforce: KT 05/07/18');
  sec('Priority 2: Fair recruitment and fair treatment');
  act('2.1', 'Put a trained BME panel member on every shortlisting and interview panel for Band 7 and above.', '2', 'Director of Workforce', 'Recruitment & Retention Manager', 'Sep 2018', 'Complete');
  act('2.2', 'Give unsuccessful internal BME candidates a feedback conversation with the panel chair within two weeks.', '2', 'Chief Operating Officer', 'Care Group HR Business Partners', 'Dec 2018', 'Behind');
  act('2.3', 'Ask a second senior manager to review every decision to start a formal disciplinary investigation into a BME member of staff, and log the outcome.', '3', 'Director of Workforce', 'Head of Employee Relations', 'Aug 2018', 'Complete');
  const s2 = signed('Agreed – BME Staff Network: OA 03/07/18 · Workforce: KT 05/07/18 · Staff Side: DM 09/07/18');
  sec('Priority 3: Safe to work here, safe to speak up');
  act('3.1', 'Agree with inpatient ward managers how to challenge racist abuse from service users, and record every incident on Datix with a race-hate flag.', '5', 'Director of Nursing', 'Head of Nursing – Inpatient Services', 'Nov 2018', 'On track');
  act('3.2', 'Appoint two BME Freedom to Speak Up champions and promote them at every team brief.', '6, 8', 'Chief Executive', 'Freedom to Speak Up Guardian', 'Oct 2018', 'Not started');
  const s3 = signed('Agreed – BME Staff Network: OA 10/07/18 · Workforce: KT 10/07/18');
  sec('Priority 4: Progression and leadership');
  act('4.1', 'Publish access to non-mandatory training and CPD funding by ethnicity for each care group every six months.', '4', 'Director of Workforce', 'Head of Learning & Development', 'Mar 2019', 'On track');
  act('4.2', 'Start reverse mentoring between BME staff and the eight executive and non-executive directors.', '7, 9', 'Chair', 'Head of Organisational Development', 'Feb 2019', 'Behind');
  const s4 = signed('Agreed – BME Staff Network: OA 10/07/18 · Workforce: KT 11/07/18');
  p.blank();
  p.line(['Status colours: blue = complete, green = on track, orange = behind, black = not started.'], { merge: ['A', 'G'], style: { font: { size: 8 } } });
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional mental health FT) written with the BME Staff Network and agreed section by section. Sheet 'Action plan': title with the trust name, an italic line on how it was agreed, a blank row, the purple header 'Ref | Action | WRES ind. | Exec lead | Operational lead | By | Status' (row ${hdr}, frozen), four lilac PRIORITY rows (themes) with their actions, and a colour key under the grid. In-grid non-action rows: row ${lab} (band data label) and row ${d1}, row ${d2}, row ${d3} (band data rows) – under Priority 1 a bold italic 'Where we are (ESR, 31 March 2018) – headcount by pay band:' label and three grey rows with a band in the Action column and its figures typed in the Exec lead, Operational lead and By columns ('White 1,412 | BME 498 | 26.1% BME'): data, not actions, and no lead or due; row ${s1}, row ${s2}, row ${s3}, row ${s4} (sign-off rows) – a small grey row after each priority's actions recording who agreed the section and when ('Agreed – BME Staff Network: OA 03/07/18 · Workforce: KT 05/07/18'): a record of agreement, not an action; its initials are no leads and its dates no dues. Judgement calls: theme = the priority row above; indicators from 'WRES ind.' ('6, 8' → both, in that order); lead = Operational lead, NEVER the Exec lead; due = By as typed; ref = Ref; status = the word, rag from its FONT colour (blue Complete → blue, green On track, orange Behind → amber, black Not started → null).`,
    { mode: 'font', ragCol: 7, sections: secs, notFrom: ['D'], forbidden: ['OA', 'KT', 'DM', '03/07/18', '05/07/18'], inGrid: ig });
}
