// holdout52-wres-2020-21-ebbesford: an acute trust's WRES plan kept by an HR adviser covering the EDI manager vacancy. Ordinary table
// 'Ref | WRES Indicator | Action | Lead | Due date | Status | JB comments' – the last column is the Director of People's review comments,
// not progress; two actions added after the Board are in RED FONT under an 'ADDED AFTER JAN BOARD' row, explained by a line above the
// table; statuses filled (Complete / On track / Delayed (Covid)) or plain (Not started).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ebbesford University Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout52-wres-2020-21-ebbesford', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [6, 12, 52, 24, 14, 16, 34], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} - WRES Action Plan 2020/21`], { style: { bold: true, font: { size: 12 } } });
  p.line(['Updated by Marcus Ellery, HR Business Partner (covering while the EDI Manager post is recruited to). Actions in red were added after the Board discussion on 28 January 2021.'], { merge: ['A', 'G'], style: { italic: true }, height: 28 });
  p.blank();
  p.header(['Ref', 'WRES Indicator', 'Action', 'Lead', 'Due date', 'Status', 'JB comments'], { style: { fill: 'FFD9D9D9' } });
  const F = { Complete: C.green, 'On track': C.lightgreen, 'Delayed (Covid)': C.amber, 'Not started': null };
  const R = { Complete: 'green', 'On track': 'green', 'Delayed (Covid)': 'amber', 'Not started': null };
  const row = (ref, indCell, inds, a, lead, due, st, jb, red = false) => {
    const isD = due instanceof Date || (due && due.d);
    const dv = due && due.d ? due.d : due; const f = due && due.f ? due.f : 'dd/mm/yyyy';
    const font = red ? { color: 'FFFF0000' } : {};
    p.action([ref, indCell, a, lead, dv, st, jb], { ref, indicators: inds, action: a, lead, due: isD ? shown(dv, f) : due, status: st, rag: R[st] ?? null }, { styles: [font, font, font, font, { ...font, ...(isD ? { numFmt: f, alignment: { horizontal: 'left' } } : {}) }, F[st] ? { fill: F[st] } : {}, { italic: true, color: 'FF2F5597' }], height: 32 });
  };
  row('1.1', 'Ind 1', ['1'], 'Talent review of Band 7 and 8a staff in every division, with BME staff identified for the Stepping Up programme', 'Head of OD', D(2020, 12, 31), 'Delayed (Covid)', 'Can we go further? Maybe a target');
  row('1.2', 'Ind 1', ['1'], 'Include ethnicity by band in the divisional workforce dashboards', 'Workforce Information Manager', { d: D(2020, 9, 1), f: 'mmm-yy' }, 'Complete', 'Good');
  row('2.1', 'Ind 2', ['2'], 'Inclusive recruitment champions on all panels for Band 8a and above', 'Head of Recruitment', 'Q4 20/21', 'On track', '');
  row('3.1', 'Ind 3', ['3'], 'Pre-formal check by a senior HR manager before any BME staff member is suspended or moved to formal investigation', 'Deputy Director of People', D(2020, 10, 1), 'Complete', 'Report numbers to me quarterly pls');
  row('5.1', 'Ind 5/6', ['5', '6'], 'Make sure Covid risk assessments for BME staff cover abuse and harassment as well as clinical risk', 'Divisional HR Business Partners', '31st March', 'On track', 'Link to the Covid risk assessment audit');
  row('7.1', 'Ind 7', ['7'], 'Career clinics run by the BAME network with the L&D team, virtual while restrictions last', 'BAME Network Chair / L&D', 'ongoing', 'On track', '');
  row('8.1', 'Ind 8', ['8'], 'Cultural ambassadors to sit on grievance and disciplinary hearings involving BME staff', 'Deputy Director of People', { d: D(2021, 3, 31), f: 'dd/mm/yyyy' }, 'Not started', 'Check with RCN re ambassador programme');
  row('9.1', 'Ind 9', ['9'], 'Diverse shortlist required for the two NED vacancies', 'Trust Chair', { d: D(2020, 11, 1), f: 'mmm-yy' }, 'Complete', 'Well done');
  p.line(['ADDED AFTER JAN BOARD:'], { style: { bold: true, color: 'FFFF0000' } });
  row('1.3', 'Ind 1', ['1'], 'Set a trajectory for BME representation at Band 8a+ to 2025 and report it to the Board twice a year', 'Director of People', 'May 2021', 'Not started', '', true);
  row('6.1', 'Ind 6', ['6'], 'Commission an independent review of race-related grievances over the last three years', 'Director of People', 'Sep-21', 'Not started', 'Need a budget for this', true);
  p.blank();
  p.line(['Status key: Complete / On track / Delayed (Covid) / Not started'], { style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) kept by an HR business partner covering the EDI manager vacancy, sheet 'WRES 2020-21': a title with trust and year, an italic line saying who updated it and that 'Actions in red were added after the Board discussion on 28 January 2021', a blank row, then 'Ref | WRES Indicator | Action | Lead | Due date | Status | JB comments'. Eight actions refs '1.1' … '9.1' ('Ind 1', 'Ind 5/6'); then a bold red row 'ADDED AFTER JAN BOARD:' and two more actions ('1.3', '6.1') typed in RED FONT. The last column, 'JB comments', holds the Director of People's review remarks in blue italics ('Can we go further? Maybe a target', 'Report numbers to me quarterly pls', 'Need a budget for this') – questions and instructions, not updates. Status cells: 'Complete' filled green, 'On track' filled light green, 'Delayed (Covid)' filled amber, 'Not started' with no fill. Dates mixed: real dates '31/12/2020', 'Sep-20', '01/10/2020', '31/03/2021', 'Nov-20' and text 'Q4 20/21', '31st March', 'ongoing', 'May 2021', 'Sep-21'. A one-line status key under the table. Judgement calls: the red font marks when an action was added, not a RAG (the red rows' RAG comes from their status cells: 'Not started', unfilled → rag null); the 'ADDED AFTER JAN BOARD:' row is not an action and not a theme (it says when, not what; theme null for all); 'JB comments' is review commentary – never progress (progress '' throughout; 'Good' and 'Well done' are a reviewer's remarks, not updates); status = the Status cell, rag from its fill; ref = Ref; 'Ind 5/6' = ['5','6']; the Board date in the intro line and the key line are not dues or actions.", { mode: 'fill', ragCol: 'F', notFrom: ['G'] });
}
