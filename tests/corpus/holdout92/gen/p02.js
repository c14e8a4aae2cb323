// holdout92-wres-2017-18-saxtonbury: mental health FT; the plan is grouped under teal HEADING ROWS that paraphrase the WRES indicator
// wording (no numbers); one heading covers harassment from the public AND from colleagues; the representation heading quotes
// 'Bands 8a to 9 and VSM'. RAG words on fills; a measure of success per action; a foot line on what has no action this year.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Saxtonbury Health and Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout92-wres-2017-18-saxtonbury', sheet: 'Action plan', standard: 'WRES', period: '2017-18', trust, widths: [6, 50, 26, 12, 38, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – Race Equality Action Plan 2017-18`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Our response to the 2017 WRES data. Each heading below is the WRES measure the actions under it are meant to move.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['No.', 'Action', 'Lead', 'By when', 'Measure of success', 'RAG'], { style: { fill: C.grey } });
  const H = {};
  const heading = (t, codes) => { const r = p.line([t], { merge: ['A', 'F'], style: { bold: true, fill: C.teal, color: C.white } }); H[t] = codes; return r; };
  const RAG = { Complete: [C.lightblue, 'blue'], 'On track': [C.green, 'green'], 'Some slippage': [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  const rows = [];
  const act = (t, no, a, lead, by, ms, st) => { const r = p.action([no, a, lead, by, ms, st], { ref: no, indicators: H[t], theme: t, action: a, lead, due: by, status: st, rag: RAG[st][1], outcome: ms }, { styles: [{}, {}, {}, {}, {}, { fill: RAG[st][0] }] }); rows.push(r); };
  let t;
  t = 'Representation of BME staff in Bands 8a to 9 and VSM compared with the whole workforce'; heading(t, ['1']);
  act(t, '1', 'Agree a target for BME staff in Band 8a and above for each care group and report it in every quarterly workforce dashboard.', 'Associate Director of Workforce', 'Sep 2017', 'Targets agreed by all four care groups and reported from Q2.', 'Complete');
  t = 'How likely white applicants are to be appointed from shortlisting compared with BME applicants'; heading(t, ['2']);
  act(t, '2', 'Add an independent member from the BME Staff Network to interview panels for all Band 7 and above clinical posts.', 'Head of Recruitment', 'Dec 2017', 'Independent member on at least 80% of Band 7+ panels.', 'On track');
  act(t, '3', 'Audit three months of shortlisting decisions in community mental health teams for reasons given when BME applicants are not shortlisted.', 'Recruitment Manager (Community)', 'Jan 2018', 'Audit report with findings to the Workforce Group.', 'Some slippage');
  t = 'BME staff entering the formal disciplinary process'; heading(t, ['3']);
  act(t, '4', 'Introduce a pre-formal checklist so that managers record the informal steps taken before any disciplinary referral.', 'Head of Employee Relations', 'Oct 2017', 'Checklist attached to every new referral.', 'Complete');
  t = 'Harassment, bullying or abuse from service users, relatives or the public, and from colleagues'; heading(t, ['5', '6']);
  act(t, '5', 'Add an ethnicity field to the Datix form for violence and aggression incidents so racist abuse by service users is counted.', 'Head of Health, Safety & Security', 'Nov 2017', 'Field live; first quarterly figures reported.', 'On track');
  act(t, '6', 'Train inpatient ward managers to respond to staff reports of racist behaviour by colleagues within five working days.', 'Head of Nursing – Inpatients', 'Mar 2018', 'All 14 ward managers trained.', 'Not started');
  t = 'Believing the Trust provides equal opportunities for career progression or promotion'; heading(t, ['7']);
  act(t, '7', 'Offer a coaching pair with a senior leader to every BME Band 5 and 6 nurse who asks for one.', 'Head of Leadership & OD', 'Feb 2018', '30 coaching pairs running.', 'Some slippage');
  t = 'Board voting membership compared with the workforce'; heading(t, ['9']);
  act(t, '8', 'Ask the Council of Governors’ nominations committee to include a diverse long list in the brief for the next non-executive appointment.', 'Trust Secretary', 'Mar 2018', 'Brief approved by the Council of Governors.', 'On track');
  p.blank();
  p.line(['Not covered by separate actions this year: access to non-mandatory training and CPD, and discrimination from managers or colleagues – both sit in the OD plan.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['RAG: Complete (light blue) · On track (green) · Some slippage (amber) · Not started (red)'], { merge: ['A', 'F'] });
  await book.save(`${p.name}.xlsx`);
  const hrows = Object.keys(H).map((k) => p.nonActionRows.find((r) => p.ws.getCell(`A${r}`).value === k));
  p.saveGold("Original plan (fictional mental health FT). Sheet 'Action plan', Arial 10: a teal title with the trust name, an italic intro saying each heading is the WRES measure its actions are meant to move, a blank row, the grey header 'No. | Action | Lead | By when | Measure of success | RAG' (row 4), then six teal HEADING ROWS merged A–F, each followed by its actions (eight in all), a blank row, an italic line naming what has no action this year, and a RAG key line. NO INDICATOR NUMBERS ANYWHERE: each heading paraphrases a WRES indicator and gives every action under it its indicator(s) and its theme (gold theme = the heading verbatim). Mapping: 'Representation of BME staff in Bands 8a to 9 and VSM compared with the whole workforce' → 1 (the '9' is the top pay band, not indicator 9); 'How likely white applicants are to be appointed from shortlisting compared with BME applicants' → 2; 'BME staff entering the formal disciplinary process' → 3; 'Harassment, bullying or abuse from service users, relatives or the public, and from colleagues' names TWO indicators → ['5','6'] for both its actions, although action 5 is about service users and action 6 about colleagues (the heading, not the action's sentence, ties them); 'Believing the Trust provides equal opportunities for career progression or promotion' → 7; 'Board voting membership compared with the workforce' → 9. Other calls: ref = No.; lead = Lead; due = By when as typed ('Sep 2017'); outcome = Measure of success; status = the RAG word, rag from its fill (Complete light blue → blue). The foot line naming training / CPD and discrimination (indicators 4 and 8) is NOT an action and gives no indicators; the key line is not an action.", { mode: 'fill', ragCol: 6, sections: hrows, indWords: { rows: hrows, map: H } });
}
