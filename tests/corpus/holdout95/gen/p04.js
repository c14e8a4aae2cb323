// holdout95-wdes-2021-22-dunsford: acute trust, WDES plan after the WDES working group's October review: action D3's row was copied and
// pasted in whole (both rows identical, ref included), D5 left in grey with 'Superseded by action D9' as its status, and an 'Origin'
// column saying which actions were carried forward from 2020-21 and which are new. Status on fills from a drop-down; real dates.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunsford Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout95-wdes-2021-22-dunsford', sheet: 'WDES plan', standard: 'WDES', period: '2021-22', trust, widths: [6, 13, 9, 50, 27, 12, 15, 42], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}: Workforce Disability Equality Standard action plan 2021-22`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 }, color: C.darkblue } });
  p.line(['Version 3 – after WDES working group 21/10/2021. Owner: EDI Manager.'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'Origin', 'Metric', 'Action', 'Responsible', 'Target date', 'Status', 'Progress update (Q2)'], { style: { fill: C.darkblue, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = { Complete: C.lightblue, 'On track': C.goodG, 'At risk': C.neutralA, 'Off track': C.badR };
  const RAG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const fmt = 'dd/mm/yyyy';
  const kept = [];
  const stl = (s) => [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, { fill: F[s] }, {}];
  const act = (ref, org, m, a, resp, due, s, upd) => p.action([ref, org, m, a, resp, due, s, upd], { ref, indicators: m.split(/\s*(?:&|,|\/)\s*/), action: a, lead: resp, due: typeof due === 'string' ? due : shown(due, fmt), status: s, rag: RAG[s] ?? null, progress: upd }, { styles: stl(s) });
  kept.push(act('D1', 'C/F 2020-21', '1', 'Run a declaration campaign through the payslip and the staff app, so that staff can update their disability status in ESR self-service.', 'Head of Workforce Systems', D(2021, 12, 31), 'On track', 'Payslip message went out in September; app banner in November.'));
  kept.push(act('D2', 'C/F 2020-21', '2', 'Make the Disability Confident interview guarantee visible on every NHS Jobs advert and check that it is applied.', 'Recruitment Manager', D(2021, 11, 30), 'Complete', 'Advert template changed; audit of 40 shortlists found two errors, both put right.'));
  const d3 = ['D3', 'New 2021-22', '3', 'Give managers a short guide on capability processes that explains when ill health linked to a disability should be handled under the attendance policy instead.', 'Head of Employee Relations', D(2022, 1, 31), 'At risk', 'Guide drafted; Staff Side review delayed.'];
  const orig = act(...d3);
  const dup = p.line(d3, { border: true, styles: stl('At risk') });
  p.ws.getCell(`F${dup}`).value = d3[5];
  const sup = p.line(['D5', 'C/F 2020-21', '4a', 'Run a one-off disability awareness e-learning module for all staff.', 'Learning & Development Lead', D(2021, 9, 30), 'Superseded by action D9', 'Agreed at working group 21/10 – D9 replaces this.'], { border: true, style: { color: 'FF808080' }, styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt }, {}, {}] });
  act('D4', 'New 2021-22', '4a / 4b', 'Add a disability tag to the incident reporting form for abuse of staff by patients and by colleagues, and report the numbers to the People Committee each quarter.', 'Head of Health & Safety', D(2022, 3, 31), 'Off track', 'Datix change request not yet picked up by the Datix team.');
  act('D6', 'New 2021-22', '5', 'Publish the number of disabled staff promoted each year, by division, in the annual workforce report.', 'Workforce Information Manager', D(2022, 3, 31), 'On track', '');
  kept.push(act('D7', 'C/F 2020-21', '6 / 7', 'Offer a "reasonable adjustments conversation" with an OH adviser to any member of staff who has worked while unwell in the last three months.', 'Head of Occupational Health', D(2022, 2, 28), 'At risk', 'Pilot in two wards; OH capacity is the risk.'));
  act('D8', 'New 2021-22', '9a / 9b', 'Set up a Disability and Long-Term Conditions Network with an executive sponsor, a budget and a seat on the EDI Committee.', 'EDI Manager', D(2021, 12, 31), 'On track', 'Launch event 3 December.');
  kept.push(act('D9', 'New 2021-22', '4b', 'Co-design a disability awareness programme with the network, with face-to-face sessions for every team leader, led by disabled staff.', 'Learning & Development Lead', D(2022, 3, 31), 'On track', 'New – replaces D5. First design session with the network on 9 November.'));
  act('D10', 'New 2021-22', '10', 'Include lived experience of disability in the person specification for the next two non-executive director appointments.', 'Company Secretary', 'Next NED vacancy', 'On track', 'Agreed with the Chair.');
  p.ws.dataValidations.add(`G${h + 1}:G${p.r}`, { type: 'list', allowBlank: true, showErrorMessage: false, formulae: ['"Complete,On track,At risk,Off track"'] });
  p.blank();
  p.line(['Status: Complete (blue), On track (green), At risk (amber), Off track (red).'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust), version 3 after the WDES working group of 21/10/2021. Calibri 10: a dark-blue title naming the trust and the plan, an italic version / owner line, a blank row, a dark-blue header 'Ref | Origin | Metric | Action | Responsible | Target date | Status | Progress update (Q2)' (row 4, frozen), the rows, a blank row and an italic status key. Target dates are real dates shown dd/mm/yyyy, one typed 'Next NED vacancy'. Status from a drop-down list on light fills (Complete blue, On track green, At risk amber, Off track red). Review marks: the whole D3 row was COPIED AND PASTED – rows 7 and 8 are identical in every cell, ref included; D5 (row 9, out of order above D4) is in GREY font, unfilled, with 'Superseded by action D9' typed over the drop-down in the Status cell and a progress note that D9 replaces it; D9's progress begins 'New – replaces D5'. The Origin column says 'C/F 2020-21' or 'New 2021-22'. Judgement calls: the pasted copy (row 8) is not a second action – the plan has one D3, kept on its first row (as holdout91 quillford and halsgrove keep the first of two copies); the superseded D5 is not an action (the group replaced it with D9; as holdout66 ashbyvale's superseded row); carried-forward rows are this year's actions like the new ones; so the plan has nine actions. Origin is context and gives no field (not a status, theme or ref). Status = the word, rag from its fill; lead = Responsible; due as displayed; ref = Ref; indicators from Metric with the 2021 codes ('4a / 4b', '9a / 9b', '6 / 7' → both); progress = Progress update (Q2), '' where empty; theme null; the working-group date is no due.", { mode: 'fill', ragCol: 7, notFrom: ['B'], review: { col: 'D', dropped: [sup], dupOf: { [dup]: orig }, kept }, forbidden: ['C/F 2020-21', 'New 2021-22', '21/10/2021'] });
}
