// holdout74-wdes-2023-24-pebbleford: acute and community trust, WDES plan at November 2023: three metric sections open with a pale
// yellow 'What we learned in 2022-23: …' row; an 'ESCALATED to the People Committee …' row sits under the action it concerns with
// 'Escalated' on a red fill in the Status column. Status words on Excel's good / neutral / bad fills; real dates 'd mmm yyyy'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Pebbleford Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout74-wdes-2023-24-pebbleford', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [8, 9, 52, 26, 13, 12, 42], font: { name: 'Arial', size: 9 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard action plan 2023-24 · progress at 20 November 2023'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  const hdr = p.header(['Ref', 'Metric', 'Action', 'Owner', 'Due', 'Status', 'Progress (Nov 2023)'], { style: { fill: C.nhs, color: C.white } });
  const FILL = { Complete: C.lightblue, 'On track': C.goodG, Behind: C.neutralA };
  const RAG = { Complete: 'blue', 'On track': 'green', Behind: 'amber', 'Not started': null };
  const fmt = 'd mmm yyyy';
  const ig = {}; const secs = []; let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'G'], border: true, style: { bold: true, fill: 'FFDEEAF6' } })); };
  const learnt = (t) => { const r = p.line(['', '', t], { merge: ['C', 'G'], border: true, style: { italic: true, fill: 'FFFFF9E5' } }); ig[r] = 'lessons-learned row'; return r; };
  const act = (ref, m, a, owner, d, st, prog = '') => p.action([ref, m, a, owner, d, st, prog], { ref, indicators: m.split(', '), theme, action: a, lead: owner, due: shown(d, fmt), status: st, rag: RAG[st], progress: prog },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, { fill: FILL[st] }, {}] });
  sec('Metric 1 – Representation and declaration');
  learnt('What we learned in 2022-23: declaration went up only where managers talked about it in team meetings; the email campaign alone changed little.');
  act('M1.1', '1', 'Move the disability question to the front of the ESR self-service home page and hold a declaration week each March, with managers briefed to talk about it.', 'Head of Workforce Systems', D(2024, 3, 29), 'On track', 'Declaration week booked for 11 March.');
  act('M1.2', '1', 'Include disability in the workforce profile reported to each care group board, with acute and community services shown separately.', 'Workforce Intelligence Lead', D(2023, 10, 31), 'Complete', 'Included from the October packs.');
  sec('Metrics 2 and 3 – Recruitment and capability');
  learnt('What we learned in 2022-23: the guaranteed-interview scheme only worked where recruiting managers could see the flag on TRAC; in community services most could not.');
  act('M2.1', '2', 'Make the guaranteed-interview flag visible to every recruiting manager on TRAC and check ten vacancies a month.', 'Recruitment Manager', D(2023, 9, 30), 'Complete', 'Flag visible since September; monthly audit running.');
  act('M3.1', '3', 'Change the attendance policy so that disability-related absence is recorded separately and does not count towards capability triggers.', 'Head of Employee Relations', D(2024, 1, 31), 'Behind', 'Staff side consultation extended to December.');
  sec('Metric 4 – Harassment, bullying and abuse');
  act('M4.1', '4a', 'Give community staff who work alone a lone-worker device with a one-touch way to report abuse from patients or the public, including disability-related abuse.', 'Head of Health & Safety', D(2023, 12, 31), 'On track', '420 of 600 devices issued.');
  act('M4.2', '4b', 'Publish anonymised outcomes of harassment reports in the staff bulletin each quarter so staff can see that reporting makes a difference.', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'Not started');
  sec('Metrics 5 to 9 – Progression, adjustments and voice');
  learnt('What we learned in 2022-23: reasonable adjustments took an average of 14 weeks when the cost fell on the team’s own budget.');
  act('M5.1', '5', 'Open six places on the clinical leadership programme to disabled staff at Bands 5 to 7, with adjustments built into the course.', 'Head of Leadership Development', D(2024, 2, 29), 'On track', 'Four places filled for the January start.');
  act('M8.1', '8', 'Set up a central reasonable adjustments fund held by the People directorate, aiming for four weeks from request to delivery.', 'Deputy Chief People Officer', D(2024, 3, 31), 'Behind', 'Business case written; no budget yet.');
  const esc = p.line(['', '', 'ESCALATED to the People Committee, 14 November 2023: no budget has been identified for the central reasonable adjustments fund (M8.1). A decision on funding from 2024-25 is needed.', '', '', 'Escalated', ''], { border: true, styles: [{}, {}, { bold: true, color: C.darkred }, {}, {}, { fill: C.badR, bold: true }, {}] });
  ig[esc] = 'escalation row';
  act('M9.1', '9a, 9b', 'Give the Disability & Neurodiversity Network chair a day a month of protected time and a seat on the People Committee.', 'Chief People Officer', D(2023, 7, 31), 'Complete', 'In place since July.');
  sec('Metric 10 – Board');
  act('M10.1', '10', 'Hold a Board development session on disability led by network members, and repeat the confidential Board declaration exercise.', 'Director of Corporate Affairs', D(2024, 2, 29), 'On track', 'Session set for 8 February.');
  ws.dataValidations.add(`F${hdr + 1}:F${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,On track,Behind,Complete,Escalated"'] });
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute and community trust) at its November 2023 review. Sheet 'WDES 2023-24': trust, title with the progress date, a blank row, the blue header 'Ref | Metric | Action | Owner | Due | Status | Progress (Nov 2023)' (row ${hdr}, frozen), five metric SECTION rows (themes) and ten actions. In-grid non-action rows: row ${Object.keys(ig).filter((r) => ig[r] === 'lessons-learned row').join(', row ')} (lessons-learned rows) – a pale-yellow italic 'What we learned in 2022-23: …' row merged across the Action to Progress columns at the top of three sections: a reflection on last year, not an action; row ${esc} (escalation row) – 'ESCALATED to the People Committee, 14 November 2023: no budget … (M8.1). A decision on funding … is needed.' in dark red in the Action column, with 'Escalated' on a red fill in the Status column: a record that M8.1's problem was escalated, not an action of its own; its 'Escalated' is no status, and M8.1 keeps its own status ('Behind') and progress. Judgement calls: theme = the section row above; indicators from the Metric column ('9a, 9b' → both; 2023 codes 4a / 4b); ref = Ref; lead = Owner; due = Due as displayed (real dates 'd mmm yyyy', e.g. '29 Mar 2024'); status = the word, rag from its fill (Complete on light blue → blue, On track on Excel's green 'good' fill → green, Behind on the yellow 'neutral' fill → amber, Not started unfilled → null); progress = the Progress cell.`,
    { mode: 'fill', ragCol: 6, sections: secs, forbidden: ['Escalated', '14 November 2023', '20 November 2023'], inGrid: ig, trapFills: [esc] });
}
