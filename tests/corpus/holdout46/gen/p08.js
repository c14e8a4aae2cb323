// holdout46-wres-2022-23-ostley: a specialist children's trust's CARE GROUP plan (Care Group 2 – Surgery, Theatres and Critical Care) for its
// part of the WRES: two theme rows, the care group's own actions with B/G/A/R letters on fills, and TRUST-WIDE actions copied in for
// information in grey italics (led corporately, not reported by the care group) between them.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = "Ostley Children's Hospital NHS Foundation Trust";
  const p = new Plan(book, { name: 'holdout46-wres-2022-23-ostley', sheet: 'CG2 WRES 22-23', standard: 'WRES', period: '2022-23', trust, widths: [9, 11, 52, 26, 11, 7, 42] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Care Group 2 – Surgery, Theatres and Critical Care: Race Equality (WRES) Plan 2022-23'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Care group triumvirate: Clinical Director Dr A. Mensah | Associate Director of Nursing R. Whitfield | General Manager T. Byrne'], { merge: ['A', 'G'] });
  p.line(['Rows in grey italics are Trust-wide actions led by the corporate People team. They are shown so that teams can see the whole picture; the care group does not report on them.'], { merge: ['A', 'G'], height: 28, style: { italic: true } });
  p.header(['Ref', 'WRES indicator', 'Action', 'Care group lead', 'By', 'RAG', 'Update (Q3)'], { style: { fill: C.darkblue, color: C.white } });
  const FILL = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const GREY = { italic: true, color: 'FF808080' };
  const secs = []; const info = [];
  const parts = [
    ['Theme 1 – Recruitment and progression', [
      ['CG2-1', '1', 'Set a care group target for ethnic minority nurses at Band 7 and above in theatres and PICU, and track it at the monthly performance review.', 'Associate Director of Nursing', 'Jun-22', 'B', 'Target agreed (18% by March 2024); on the performance dashboard from July.'],
      ['TW-2', '2', 'Trust-wide: introduce diverse interview panels for all posts at Band 8a and above.', 'Corporate People team', 'Sep-22'],
      ['CG2-2', '2', 'Release two senior nurses from each area to be trained as inclusive recruitment panel members.', 'Matrons (Theatres, PICU, Surgical Wards)', 'Sep-22', 'G', 'Nine of ten released; training dates booked.'],
      ['CG2-3', '1, 7', 'Give every ethnic minority Band 5 and 6 nurse a career conversation with a matron within the year.', 'Matrons (Theatres, PICU, Surgical Wards)', 'Mar-23', 'A', '38 of 71 conversations held; PICU behind because of winter pressures.'],
      ['CG2-4', '4', 'Share out places on funded courses (such as the paediatric critical care course) by open application, not by nomination.', 'Care Group Education Lead', 'Oct-22', 'G', 'All places for the January intake advertised openly.'],
      ['TW-4', '4', 'Trust-wide: publish access to non-mandatory training by ethnicity twice a year.', 'Corporate People team', 'Dec-22'],
    ]],
    ['Theme 2 – Culture and experience', [
      ['CG2-5', '5', 'Agree with the Family Liaison team a script for responding when a parent or carer is racist to a member of staff, and use it in every area.', 'General Manager', 'Nov-22', 'A', 'Script drafted; waiting for sign-off by the Safeguarding team.'],
      ['CG2-6', '6, 8', 'Hold a "Let\'s talk about race" session in every team huddle in theatres and PICU, run with the Race Equality Network.', 'Clinical Director', 'Jan-23', 'R', 'Only two sessions held; theatres sessions cancelled twice.'],
      ['TW-7', '6', 'Trust-wide: relaunch the Freedom to Speak Up champions network with more ethnic minority champions.', 'Corporate People team', 'Mar-23'],
      ['CG2-7', '3', 'Ask the care group HR business partner to check every formal case involving an ethnic minority colleague with the Clinical Director before it starts.', 'Clinical Director', 'Jul-22', 'B', 'In place since July; no formal case started without the check.'],
      ['CG2-8', '7', 'Set up reciprocal mentoring between the triumvirate and three ethnic minority colleagues from the care group.', 'General Manager', 'Feb-23', 'G', 'Pairs matched in December.'],
      ['CG2-9', '6', 'Make "Civility Saves Lives" part of the theatres induction for all new starters.', 'Theatres Matron', 'Dec-22', 'G', 'In the induction pack from November.'],
    ]],
  ];
  for (const [head, rows] of parts) {
    secs.push(p.line([head], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [ref, ind, a, lead, by, rag, upd] of rows) {
      if (ref.startsWith('TW')) { info.push(p.line([ref, ind, a, lead, by], { border: true, style: GREY, ambiguous: true })); continue; }
      p.action([ref, ind, a, lead, by, rag, upd], { ref, indicators: ind.split(', '), theme: head, action: a, lead, due: by, status: rag, rag: RAG[rag], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[rag], alignment: { horizontal: 'center' } }, {}] });
    }
  }
  p.blank();
  p.line(['RAG: B = complete, G = on track, A = at risk, R = off track.'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(["Reported to the Care Group 2 Board monthly and summarised in the Trust's WRES action plan update to the People Committee."], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist children's hospital foundation trust) written BY ONE CARE GROUP (Care Group 2 – Surgery, Theatres and Critical Care) for its part of the WRES: trust name, care-group plan title, a line naming the care group triumvirate, an italic note that grey italic rows are Trust-wide actions shown for information which the care group does not report on, a navy header on row 5 'Ref | WRES indicator | Action | Care group lead | By | RAG | Update (Q3)', two pale-blue theme rows ('Theme 1 – Recruitment and progression', 'Theme 2 – Culture and experience'), the care group's nine actions ('CG2-1' … 'CG2-9') with B/G/A/R letters on fills and a Q3 update, and between them three GREY ITALIC Trust-wide rows ('TW-2', 'TW-4', 'TW-7', action text starting 'Trust-wide:', lead 'Corporate People team', a month, no RAG, no update); a RAG key line and a reporting line below. Dates are month text ('Jun-22'). Judgement calls: the grey italic Trust-wide rows are NOT actions of this plan (the note says they are shown for information only and the care group does not report on them) – non-action rows, listed as ambiguous because they look like actions; theme = the theme row above; ref = 'CG2-n'; indicators from the WRES indicator column in order ('1, 7' → ['1','7']); lead = 'Care group lead' as written ('Matrons (Theatres, PICU, Surgical Wards)'), never the triumvirate names; due = 'By' as written; status = the letter, rag = its fill (B blue, G green, A amber, R red); progress = 'Update (Q3)'.", { sections: secs, mode: 'fill', ragCol: 'F', fieldCols: { ref: 'A', lead: 'D', due: 'E', status: 'F', progress: 'G' }, indicatorsFrom: 'B', infoRows: { rows: info, col: 'C' }, forbidden: ['Corporate People team', 'Dr A. Mensah', 'R. Whitfield', 'T. Byrne'] });
}
