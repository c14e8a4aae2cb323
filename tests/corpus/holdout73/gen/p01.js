// holdout73-wres-2022-23-brindlecote: acute FT, the EDI Lead's ordinary WRES tracker as it stood in November 2022. Everyday quirks: the
// EDI Lead's own JOTTINGS typed into the unheaded column H beside two actions ('chase MK for Oct figures', '? merge with BR9'), a cell
// NOTE on one RAG cell, and a 'Last updated' date at the top right. Status words on fills; target dates real dates shown mmm-yy.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brindlecote Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout73-wres-2022-23-brindlecote', sheet: 'WRES AP 2022-23', standard: 'WRES', period: '2022-23', trust, widths: [7, 11, 52, 26, 11, 13, 44], font: { name: 'Calibri', size: 11 } });
  p.ws.getColumn(8).width = 24;
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – Action Plan 2022/23'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Prepared by the EDI Lead, People Directorate', '', '', '', '', 'Last updated:', D(2022, 11, 14)], { merge: ['A', 'D'], style: { italic: true }, styles: [{}, {}, {}, {}, {}, { alignment: { horizontal: 'right' } }, { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }] });
  p.blank();
  const h = p.header(['Ref', 'WRES Indicator', 'Action', 'Lead', 'Target Date', 'RAG', 'Update (Nov 22)'], { style: { fill: C.nhs, color: C.white, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const S = { Complete: [C.green, 'green'], 'On track': [C.lightgreen, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
  const F = 'mmm-yy';
  const rows = [
    ['BR1', '1', ['1'], 'Break down the workforce by ethnicity, band and division every quarter and share it with each divisional triumvirate.', 'Head of Workforce Intelligence', D(2022, 9, 30), 'Complete', 'Q1 and Q2 packs issued; now part of the divisional performance review.'],
    ['BR2', '1', ['1'], 'Set divisional aspirational targets for BME representation at Band 8a and above, in line with the Model Employer goals.', 'Deputy Chief People Officer', D(2022, 12, 31), 'On track', 'Draft targets shared with divisions; sign-off at the December People Committee.'],
    ['BR3', '2', ['2'], 'Add a trained inclusion ambassador to every interview panel for Band 7 and above.', 'Head of Resourcing', D(2023, 3, 31), 'Delayed', '41 ambassadors trained against 60 needed; panel cover is 58%.', 'chase MK for Oct figures'],
    ['BR4', '2', ['2'], 'Remove names and personal details from application forms at the shortlisting stage on TRAC.', 'Head of Resourcing', D(2022, 10, 31), 'Complete', 'Switched on 3 October for all posts.'],
    ['BR5', '3', ['3'], 'Introduce a decision-making checklist and a second-manager review before any formal disciplinary investigation starts.', 'Head of Employee Relations', D(2022, 7, 31), 'Complete', 'In place since July; BME cases down from 14 to 9 year to date.'],
    ['BR6', '4', ['4'], 'Monitor access to non-mandatory training and CPD funding by ethnicity through the education panel.', 'Head of Education & Training', D(2023, 3, 31), 'Not started', 'Panel decisions are not held centrally – a new request form is needed first.'],
    ['BR7', '5 & 6', ['5', '6'], "Launch a 'Zero Tolerance to Racism' campaign with posters, reporting guidance and manager briefings in ED and outpatients.", 'Head of Staff Experience', D(2023, 1, 31), 'On track', 'Posters out in ED; manager briefings booked for December.'],
    ['BR8', '7', ['7'], 'Run a reverse mentoring programme pairing BME staff with members of the executive team.', 'EDI Lead', D(2023, 2, 28), 'On track', 'Cohort of 12 pairs started in October.', '? merge with BR9'],
    ['BR9', '7', ['7'], 'Hold a monthly career conversations clinic for BME nurses and midwives at Bands 5 and 6.', 'Deputy Chief Nurse', D(2023, 3, 31), 'Delayed', 'First clinic postponed – no room available in November.'],
    ['BR10', '9', ['9'], "Work with the Council of Governors' nominations committee so that the shortlist for the next two non-executive roles is diverse.", 'Company Secretary', D(2023, 3, 31), 'On track', 'Search agency briefed in October.'],
  ];
  for (const [ref, ind, inds, act, lead, due, st, upd, jot] of rows) {
    const r = p.action([ref, ind, act, lead, due, st, upd], { ref, indicators: inds, action: act, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F, alignment: { horizontal: 'center' } }, { fill: S[st][0], alignment: { horizontal: 'center' } }] });
    if (jot) { const c = p.ws.getCell(`H${r}`); c.value = jot; c.font = { name: 'Calibri', size: 11, color: { argb: C.red } }; c.alignment = { vertical: 'top', wrapText: true }; }
    if (ref === 'BR3') p.ws.getCell(`F${r}`).note = 'Moved from On track to Delayed – agreed at WEG 3/11';
  }
  p.blank();
  p.line(['RAG:', '', 'Complete', 'On track', 'Delayed', 'Not started'], { styles: [{ bold: true }, {}, { fill: C.green }, { fill: C.lightgreen }, { fill: C.amber }, { fill: C.red }] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust). Sheet 'WRES AP 2022-23': trust name and title (merged A–E), an italic 'Prepared by the EDI Lead, People Directorate' line with 'Last updated:' / 14/11/2022 (a real date) at the right of the same row, a blank row, then the NHS-blue header 'Ref | WRES Indicator | Action | Lead | Target Date | RAG | Update (Nov 22)' (row 5, frozen), ten actions BR1–BR10 and, after a blank row, a one-row RAG key of four filled words. Target dates are real dates shown mmm-yy. Everyday quirks: the EDI Lead's own jottings typed in red in the UNHEADED column H beside BR3 ('chase MK for Oct figures') and BR8 ('? merge with BR9'), and a cell note on BR3's RAG cell about the change of rating. Judgement calls: the jottings in column H are the editor's reminders – no progress, no lead, no action, and '? merge with BR9' does not merge anything (BR8 and BR9 are both actions); the cell note gives no field; lead = Lead; due = Target Date as displayed; progress = the November update; status = the RAG word, rag from its fill (Complete on dark green and On track on light green both → green); the 'Last updated' date is no due; 'Prepared by the EDI Lead' names the plan's author, not a lead (BR8's own Lead cell happens to say EDI Lead); indicators from the indicator column ('5 & 6' → both). Theme null.", { mode: 'fill', ragCol: 6, indCol: 'B', notFrom: ['H'], forbidden: ['14/11/2022', 'chase MK for Oct figures', '? merge with BR9'] });
}
