// holdout85-wres-2022-23-havermoor: ambulance FT's quarterly tracker of the WRES plan: 'Ref | Indicator | Action | Lead | Target date |
// Update (Jan 2023) | Status', leads as the directorate's abbreviations decoded in a list under the table, real dates dd/mm/yyyy, status
// words from a drop-down on fills, 'Ind 5 & 6' and 'All' in the indicator column.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Havermoor Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2022-23-havermoor', sheet: 'WRES tracker', standard: 'WRES', period: '2022-23', trust, widths: [6, 10, 50, 14, 12, 44, 12], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES action plan 2022/23 tracker`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Position at: 16 January 2023'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', 'Lead', 'Target date', 'Update (Jan 2023)', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.ws.autoFilter = 'A4:G4';
  const SF = { Complete: C.green, 'On track': C.lightgreen, 'At risk': C.amber, 'Off track': C.red, 'Not started': null };
  const SR = { Complete: 'green', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', 'Not started': null };
  const rows = [
    ['W01', 'Ind 1', ['1'], 'Set up a talent pool of BME paramedics and EOC staff ready for team leader posts, with a named senior manager for each.', 'DoP', D(2022, 12, 31), 'Pool of 23 staff; 4 appointed to team leader posts since October.', 'Complete'],
    ['W02', 'Ind 1', ['1'], 'Publish each division’s BME representation by band on the workforce dashboard.', 'HoWI', D(2022, 9, 30), 'Dashboard live since September.', 'Complete'],
    ['W03', 'Ind 2', ['2'], 'Send every interview panel chair for Band 6 and above on the recruitment and selection refresher, including unconscious bias.', 'HoR', D(2023, 3, 31), '61% of panel chairs trained; the North division is behind.', 'At risk'],
    ['W04', 'Ind 3', ['3'], 'Ask the Deputy Director of People to sign off every formal investigation before it starts, with a check for cultural factors.', 'DDoP', D(2022, 7, 31), 'In place; 11 cases reviewed, 5 dealt with informally.', 'On track'],
    ['W05', 'Ind 5 & 6', ['5', '6'], 'Add a “racially motivated” flag to incident reports so that abuse against crews on scene and in the EOC can be counted and followed up.', 'H&S Mgr', D(2022, 11, 30), 'Flag added to the incident form; first figures in the Q3 report.', 'On track'],
    ['W06', 'Ind 5 & 6', ['5', '6'], 'Give crews body-worn camera briefings that cover racist abuse and how footage is used in prosecutions.', 'AD Ops (North)', D(2023, 3, 31), 'Camera roll-out delayed by supplier, so briefings not yet possible.', 'Off track'],
    ['W07', 'Ind 7', ['7'], 'Open every secondment and acting-up opportunity in operations to expressions of interest instead of appointing by tap on the shoulder.', 'DoP', D(2023, 1, 31), '', 'Not started'],
    ['W08', 'All', ALL_WRES, 'Give the Race Equality Network chair two protected days a month and a seat at the Workforce Committee.', 'HoEDI', D(2022, 6, 30), 'Agreed by the Executive in June 2022.', 'Complete'],
    ['W09', 'Ind 9', ['9'], 'Hold a Board development session on race equality led by the network and an external facilitator.', 'Trust Sec', D(2023, 2, 28), 'Session booked for 23 February.', 'On track'],
  ];
  const first = p.r + 1;
  for (const [ref, ic, inds, act, lead, due, upd, st] of rows) {
    p.action([ref, ic, act, lead, due, upd, st], { ref, indicators: inds, action: act, lead, due: shown(due, 'dd/mm/yyyy'), status: st, rag: SR[st], progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, {}, SF[st] ? { fill: SF[st] } : {}] });
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,On track,At risk,Off track,Complete"'] };
  p.blank();
  const ab = [p.line(['Lead abbreviations:'], { style: { bold: true } })];
  for (const t of ['DoP – Director of People', 'DDoP – Deputy Director of People', 'HoEDI – Head of Equality, Diversity and Inclusion', 'HoR – Head of Recruitment', 'HoWI – Head of Workforce Information', 'H&S Mgr – Health and Safety Manager', 'AD Ops (North) – Associate Director of Operations, North division', 'Trust Sec – Trust Secretary']) ab.push(p.line(['', t], { merge: ['B', 'D'] }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original tracker (fictional ambulance FT, every sentence new) of the kind a regional lead receives each quarter. Sheet 'WRES tracker': title with the trust name, an italic 'Position at: 16 January 2023' line, a blank row, the navy header 'Ref | Indicator | Action | Lead | Target date | Update (Jan 2023) | Status' (row 4, frozen, with a filter), nine actions W01–W09, and under the table a 'Lead abbreviations:' list decoding the leads (DoP – Director of People …). Target date is a real date shown dd/mm/yyyy; Status comes from a drop-down (Not started, On track, At risk, Off track, Complete), filled dark green / light green / amber / red, 'Not started' unfilled. Judgement calls: ref = Ref; indicators from the Indicator column ('Ind 5 & 6' → ['5','6']; 'All' → all nine); theme null; lead = the abbreviation as written in the Lead column ('DoP', 'AD Ops (North)') – the list below only decodes it and is not an action; due = Target date as shown; status = the word, rag from its fill (light green 'On track' → green), 'Not started' unfilled → null; progress = the January update, '' where empty; the 'Position at' date is no due.", { mode: 'fill', ragCol: 7, forbidden: ['16 January 2023', 'Director of People', 'Head of Recruitment'], dataRows: ab });
}
