// holdout53-wres-2020-21-eskvalley: a clinical commissioning group's WRES plan for its own staff, in the COVID year: theme bands
// (merged, shaded), one header; Deadline cells keep the ORIGINAL date and, on the next line, 'Revised: <date> (<reason>)'; Owner cells
// list two or three named people 'Name – role' on separate lines; Update cells are dated entries NEWEST FIRST, separated by blank lines.
import { Book, Plan, C } from './lib.js';
import { L, nz, H } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Esk Valley Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout53-wres-2020-21-eskvalley', sheet: 'WRES plan 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [7, 7, 54, 32, 24, 52], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { name: 'Calibri', size: 14 } } });
  p.line(['Workforce Race Equality Standard 2020-21: our action plan for CCG staff'], { merge: ['A', 'F'], style: { bold: true, font: { name: 'Calibri', size: 12 } } });
  p.line(['We employ 212 staff; 9.4% are from a black, Asian or minority ethnic background (WRES return, August 2020). Several deadlines were moved when staff were redeployed to the COVID-19 response.'], { merge: ['A', 'F'], height: 30 });
  p.header(['Ref', 'Ind.', 'Action', 'Owner', 'Deadline', 'Update'], { style: { fill: C.teal, color: C.white } });
  const themes = [
    ['Theme A – Fair recruitment and progression', [
      ['A1', '2', 'Use a diverse panel (at least one BAME member) for every interview at Band 7 and above.', L('Priya Mistry – HR Business Partner', 'Owen Lathe – Head of Corporate Services'), L('30/09/2020', 'Revised: 31/12/2020 (panel members redeployed)'), L('[02/03/2021] Diverse panels on 11 of 13 interviews since December.', '', '[14/10/2020] Panel pool of 16 in place; 4 redeployed.'), '31/12/2020'],
      ['A2', '1', 'Offer a shadowing place with a director to every BAME member of staff at Band 6 to 8a who asks for one.', L('Priya Mistry – HR Business Partner', 'Dr Ruth Nkemelu – Director of Quality'), '31/03/2021', '[19/02/2021] Seven staff shadowing; two more booked for March.', '31/03/2021'],
      ['A3', '7', 'Ask every line manager to hold a career conversation in this year\'s appraisal and record it.', L('Owen Lathe – Head of Corporate Services'), L('31/12/2020', 'Revised: 31/03/2021 (appraisals paused April–July)'), L('[26/02/2021] 64% of appraisals record a career conversation.', '', '[05/11/2020] Appraisal form changed.'), '31/03/2021'],
    ]],
    ['Theme B – A workplace free from harassment and discrimination', [
      ['B1', '6', 'Set up a confidential "speak to someone" route for staff who experience racism at work, run by trained colleagues outside their team.', L('Kemi Adebayo – Chair, Race Equality Network', 'Tom Hirst – Freedom to Speak Up Guardian', 'Priya Mistry – HR Business Partner'), '31/01/2021', L('[28/01/2021] Five colleagues trained; route launched 25 January.', '', '[09/12/2020] Training booked.'), '31/01/2021'],
      ['B2', '8', 'Run a session on racial microaggressions for all managers in team meetings.', L('Kemi Adebayo – Chair, Race Equality Network', 'Owen Lathe – Head of Corporate Services'), L('31/10/2020', 'Revised: 30/04/2021 (moved online)'), '[11/02/2021] Online version being written with the network.', '30/04/2021'],
    ]],
    ['Theme C – Leadership and accountability', [
      ['C1', '9', 'Include a race equality question in the appraisal of every governing body member.', L('Sue Calloway – Chief Officer', 'Martin Fraser – Lay Chair'), '31/03/2021', '', '31/03/2021'],
      ['C2', '', 'Report progress on this plan to the governing body every quarter in public session.', L('Owen Lathe – Head of Corporate Services'), 'Quarterly', L('[21/01/2021] Q3 report taken to the January meeting.', '', '[15/10/2020] Q2 report taken.'), 'Quarterly'],
    ]],
  ];
  const secs = [];
  for (const [theme, acts] of themes) {
    secs.push(p.line([theme], { merge: ['A', 'F'], style: { bold: true, fill: C.palegrey } }));
    for (const [ref, ind, act, own, dl, upd, due] of acts) {
      p.action([ref, ind, act, own, dl, upd], { ref, indicators: ind ? [ind] : [], theme, action: nz(act), lead: nz(own), due, progress: nz(upd) }, { height: H(act, own, dl, upd) });
    }
  }
  p.blank();
  p.line(['Agreed by the Senior Management Team, 7 September 2020. Owner of this plan: Head of Corporate Services.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional clinical commissioning group, a plan for its own staff) in Calibri: name, title, a context line (staff numbers, a COVID-19 sentence), one teal header 'Ref | Ind. | Action | Owner | Deadline | Update' (row 4), three merged grey THEME BANDS ('Theme A – Fair recruitment and progression' …) each over two or three actions, seven actions, and a sign-off line. The cells hold structure: OWNER cells list one to three NAMED people as 'Name – role' on separate lines; three DEADLINE cells keep the ORIGINAL date and, on a second line, 'Revised: <date> (<reason>)'; UPDATE cells are DATED ENTRIES '[dd/mm/yyyy] …', NEWEST FIRST, with a blank line between entries. Judgement calls: action = the Action cell collapsed; lead = the whole Owner cell collapsed (all the named people with their roles, none chosen); due = the REVISED date where the cell gives one ('31/12/2020' not '30/09/2020') – the plan says the deadline moved – otherwise the date as written, 'Quarterly' as written; progress = the whole Update cell collapsed (every entry, newest first as written); ref = Ref; indicators from Ind. ('' for C2 → []); theme = the band above; no status (rag null); the context line's figures, the sign-off line and its owner are not actions or leads.", { actionCol: 'C', leadCol: 'D', progressCol: 'F', sections: secs, revised: { col: 'E' } });
}
