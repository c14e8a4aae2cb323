// holdout91-wres-2024-25-thornhythe: integrated acute and community trust, last year's plan reused: leads OVERTYPED in the cells (the old
// name struck through, the new one typed after it in red), a Q2 update column added after the Q1 one and filled on only some rows, and
// plain uncoloured status words.
import { Book, Plan, C, revised, liveText } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thornhythe Health and Care NHS Foundation Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout91-wres-2024-25-thornhythe', sheet: 'WRES 24-25', standard: 'WRES', period: '2024-25', trust, widths: [8, 50, 30, 12, 40, 40, 14], font });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.navy } });
  p.line(['WRES action plan 2024/25 (copied from 2023/24 – leads being updated)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  const h = p.header(['Ind.', 'Action', 'Lead', 'Due', 'Q1 update (Jul 24)', 'Q2 update (Oct 24)', 'Status'], { style: { fill: C.paleblue } });
  p.ws.getCell(`F${h}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.lilac } };
  const rows = [
    ['1', 'Set representation goals for BME staff at Band 8a and above in each care group and review them at the quarterly performance meetings.', ['Head of Workforce Intelligence'], 'Sep 2024', 'Goals agreed for 4 of 6 care groups.', 'All six agreed; first review in November.', 'Open'],
    ['2', 'Make every interview panel for Band 7 and above diverse in ethnicity, with a trained panel member from another care group.', [['Head of Recruitment ', 'Head of Resourcing & Talent']], 'Dec 2024', 'Panel pool rebuilt after the restructure – 40 members.', '', 'Open'],
    ['3', 'Have an independent reviewer look at every formal disciplinary involving a BME member of staff before it goes ahead.', ['Associate Director of Employee Relations'], 'Jul 2024', 'In place since June.', 'Closed – business as usual.', 'Closed'],
    ['4', 'Track access to the leadership apprenticeship levy by ethnicity and ring-fence a third of places for BME staff.', [['Head of Education ', 'Apprenticeship Lead']], 'Mar 2025', 'Levy data now split by ethnicity.', '', 'Open'],
    ['5', 'Give community staff who visit homes alone a way to report racist abuse from patients and families from their phone.', ['Head of Security Management'], 'Nov 2024', 'App chosen.', 'Pilot in two community teams from October.', 'Open – delayed'],
    ['6', 'Train Freedom to Speak Up champions in each care group to support BME staff who raise bullying by colleagues.', [['Freedom to Speak Up Guardian ', 'TBC']], 'Jan 2025', '', '', 'Open'],
    ['7', 'Run a cohort of the "Stepping Up" leadership programme for BME staff at Bands 5–7 with line-manager sponsorship.', ['Head of Organisational Development'], 'Mar 2025', '18 places filled.', 'Module 2 delivered.', 'Open'],
    ['8', 'Hold listening events for internationally educated nurses about fair access to promotion and publish what we changed.', [['Deputy Chief Nurse ', 'Chief Nurse']], 'Feb 2025', 'Two events held.', 'Action log published on the intranet.', 'Open'],
    ['9', 'Build BME representation into the board\'s succession plan and the brief for the next NED search.', ['Trust Secretary'], 'Mar 2025', 'With the Nominations Committee.', '', 'Open'],
  ];
  for (const [ind, a, leadParts, due, q1, q2, st] of rows) {
    const lead = leadParts.length === 1 && typeof leadParts[0] === 'string' ? leadParts[0] : revised(font, ...leadParts);
    p.action([ind, a, lead, due, q1, q2, st], { indicators: [ind], action: a, lead: liveText(leadParts).trim(), due, status: st, progress: q2 || q1 }, { styles: [{ alignment: { horizontal: 'center' } }] });
  }
  const dv = { type: 'list', allowBlank: true, formulae: ['"Open,Open – delayed,Closed"'] };
  for (let r = h + 1; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = dv;
  p.blank();
  p.line(['Leads: old name struck through, new lead in red (updated by HR BP team, Sept 2024).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated acute and community trust) copied from last year and found half-updated. Trust name, title 'WRES action plan 2024/25 (copied from 2023/24 – leads being updated)', a blank row, a pale-blue header 'Ind. | Action | Lead | Due | Q1 update (Jul 24) | Q2 update (Oct 24) | Status' (row 4; the Q2 header on lilac – added later), nine actions and an italic line saying old leads are struck through and new ones typed in red. LAST YEAR'S LEADS OVERTYPED: on four rows the Lead cell is rich text – last year's lead STRUCK THROUGH in grey, then the new lead in RED (row 6 'Head of Recruitment' → 'Head of Resourcing & Talent', row 8 'Head of Education' → 'Apprenticeship Lead', row 10 'Freedom to Speak Up Guardian' → 'TBC', row 12 'Deputy Chief Nurse' → 'Chief Nurse'). The Q2 update column is filled on only five rows. Status words from a drop-down, no colour. Judgement calls: lead = the cell without its struck run (the new lead; row 10's red 'TBC' kept as written – the old lead no longer holds); progress = the LATEST filled update (Q2 where filled, else Q1; '' on row 10 where both are empty); status as written ('Open – delayed' whole), rag null (no colour; the red is the overtyping colour, not a RAG); due as typed; indicators from Ind.; no ref; theme null.", { live: true, progressLatest: { cols: ['E', 'F'] }, forbidden: ['Head of Recruitment', 'Head of Education', 'Freedom to Speak Up Guardian', 'Deputy Chief Nurse'] });
}
