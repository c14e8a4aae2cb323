// holdout48-wres-2023-24-tarnbrook: follows a national NHS membership body's 'Anti-racism action plan' page (NHS Providers,
// https://nhsproviders.org/about-us/members/nhs-providers-anti-racism-action-plan): the public commitment to become actively anti-racist,
// the anti-racism statement's five commitments, the race equality action plan set out for each of four strategic objectives ('influence,
// voice, support and excellent organisation'), 'Holding ourselves to account' (a six-monthly review by the senior management team with
// challenge from a staff group, reported to a board sub-committee), then per objective a summary opening 'Influence – We have …'.
// ASSUMED: the action table under the objectives, its WRES column, owners, timescales and the six-month review words in coloured fonts.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tarnbrook Commissioning Support Unit';
  const p = new Plan(book, { name: 'holdout48-wres-2023-24-tarnbrook', sheet: 'Anti-racism plan', standard: 'WRES', period: '2023-24', trust, widths: [6, 58, 13, 30, 14, 18], font: { name: 'Calibri', size: 11 } });
  const M = ['A', 'F'];
  p.line(['Anti-racism action plan'], { merge: M, style: { bold: true, font: { size: 16 }, color: C.purple } });
  p.line([`In 2022 ${trust} made a public commitment to become an actively anti-racist organisation, where every colleague feels safe and valued and can reach their potential, and to use our work with clients to make a difference beyond our own walls.`], { merge: M, height: 44 });
  p.line(['Our anti-racism statement explains why we started this work. It sets out five commitments to:'], { merge: M });
  for (const t of ['•  name racism and challenge it wherever we see it', '•  listen to colleagues from ethnic minority backgrounds and act on what they tell us', '•  make our leadership reflect the people we employ and the communities our clients serve', '•  be open about our data and our progress', '•  use our influence with clients and suppliers for race equality']) p.line([t], { merge: M });
  p.line(['The statement is underpinned by a race equality action plan that sets out what we are doing under each of our four strategic objectives – insight, partnership, support and excellent organisation.'], { merge: M, height: 30 });
  p.line(['Holding ourselves to account'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['The senior management team reviews the plan every six months, with feedback and challenge from our Race Equality and Cultural Inclusion Group. We report to the board’s race equality sub-committee for detailed oversight and to the full board for approval.'], { merge: M, height: 44 });
  p.line(['Our 2023/24 race action plan and six-month review'], { merge: M, style: { bold: true, font: { size: 12 } } });
  const hdr = p.header(['No.', 'Action', 'WRES indicator', 'Senior owner', 'Timescale', 'Six-month review (Oct 2023)'], { style: { fill: C.purple, color: C.white } });
  const F = { 'Complete': C.blue, 'On track': C.green, 'Behind plan': C.orange, 'Stalled': C.darkred, 'Not started': null };
  const RG = { 'Complete': 'blue', 'On track': 'green', 'Behind plan': 'amber', 'Stalled': 'red', 'Not started': null };
  const objs = [
    ['Insight', 'Insight – We have published our first ethnicity pay gap figures and added a race equality view to our internal workforce dashboard.', [
      ['Publish our WRES data each year with a short narrative on every indicator and what we will do about it.', '1, 9', 'Director of People', 'Q3 2023/24', 'Complete'],
      ['Add ethnicity breakdowns to the workforce insight reports we produce for client ICBs.', '—', 'Head of Analytics', 'March 2024', 'On track'],
    ]],
    ['Partnership', 'Partnership – We have agreed a shared approach to race equality with two client ICBs and our staff side.', [
      ['Co-design a reverse mentoring programme with two client ICBs, open to our ethnic minority colleagues.', '7', 'Director of Transformation', 'Q4 2023/24', 'Behind plan'],
      ['Add anti-racism expectations to our supplier code of conduct and to our tender questions.', 'n/a', 'Head of Procurement', 'December 2023', 'Not started'],
    ]],
    ['Support', 'Support – We have trained 40 inclusion panel members and set up a confidential advice line run by the Race Equality and Cultural Inclusion Group.', [
      ['Require an ethnically diverse panel for every appointment at Band 7 and above.', '2', 'Head of Recruitment', 'September 2023', 'Complete'],
      ['Check every proposed formal disciplinary case with a second senior manager before it starts.', '3', 'Head of Employee Relations', 'Ongoing', 'On track'],
      ['Give colleagues a route to report racist behaviour from client staff, and follow up every report with the client.', '6, 8', 'Director of Client Services', 'January 2024', 'Stalled'],
    ]],
    ['Excellent organisation', 'Excellent organisation – We have made race equality a standing item at the senior management team.', [
      ['Give every senior management team member a race equality objective, reviewed at appraisal.', '9', 'Managing Director', 'June 2023', 'Complete'],
      ['Review how secondments and acting-up roles are offered, so that every one is advertised to all staff.', '7', 'Director of People', 'March 2024', 'On track'],
    ]],
  ];
  const secs = [], narr = []; let n = 0;
  for (const [obj, summary, acts] of objs) {
    secs.push(p.line([obj], { merge: M, border: true, style: { bold: true, fill: C.lilac } }));
    narr.push(p.line([summary], { merge: M, style: { italic: true }, height: 30 }));
    for (const [a, w, owner, when, st] of acts) {
      n++;
      p.action([String(n), a, w, owner, when, st], { ref: String(n), indicators: /^\d/.test(w) ? w.split(', ') : [], theme: obj, action: a, lead: owner, due: when, status: st, rag: RG[st] }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { bold: true, ...(F[st] ? { color: F[st] } : {}) }] });
    }
  }
  p.blank();
  p.line(['Key: blue = complete; green = on track; orange = behind plan; dark red = stalled; black = not started.'], { merge: M, style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional commissioning support unit, reporting the WRES by choice) laid out like a national NHS membership body's published 'Anti-racism action plan' page (NHS Providers'): title; the public commitment paragraph naming the body; 'Our anti-racism statement … five commitments to:' with five '•' commitments ('name racism and challenge it …'); a paragraph on the action plan's four strategic objectives; 'Holding ourselves to account' with its paragraph (six-monthly review, race equality sub-committee); 'Our 2023/24 race action plan and six-month review'; ONE header 'No. | Action | WRES indicator | Senior owner | Timescale | Six-month review (Oct 2023)' (row 13); then the four OBJECTIVES as lilac section rows, each followed by an italic SUMMARY row in the past tense ('Support – We have trained 40 inclusion panel members …') and its actions, numbered 1–9 straight through; a colour key line at the end. The review cell holds a bold word in a coloured FONT (no fill). Judgement calls: the five commitments are the statement's aims, NOT actions; each objective's summary row reports work already done and is NOT an action; theme = the objective section row ('Support'), not the summary; indicators from the WRES indicator column ('1, 9' → ['1','9']; '—' and 'n/a' → [] for the client-report and supplier actions, which are still actions of the plan); lead = Senior owner; due = Timescale as written ('Q3 2023/24', 'Ongoing'); status = the review word, rag = its font colour read with the key (blue = complete → 'blue'; orange → amber; dark red → red; black 'Not started' → null).", { mode: 'font', ragCol: 'F', sections: secs, dataRows: narr });
}
