// holdout88-wdes-2023-24-tavenham: an acute trust's WDES plan taken out of the PUBLIC BOARD PACK PDF by a converter: the board pack's
// running head and page numbers (pages 41–43 of the pack) in the grid, a stray empty column E, the header repeated on each page, cells
// kept whole with their line breaks and '•' bullets – but one action's cells CUT BY A PAGE BREAK, the tail under the repeated header
// (its RAG fill carried on as a blank coloured cell).
import { Book, Plan, C } from './lib.js';
import { act } from './pdf.js';
export async function build() {
  const book = new Book();
  const trust = 'Tavenham University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout88-wdes-2023-24-tavenham', sheet: 'Table 3', standard: 'WDES', period: '2023-24', trust, widths: [12, 44, 36, 22, 2, 11, 12], font: { name: 'Arial', size: 9 } });
  const furn = [];
  const run = () => furn.push(p.line(['Public Board of Directors – 5 October 2023', '', '', 'Item 9.3  WDES report 2023', '', '', ''], { style: { font: { size: 8, color: { argb: 'FF808080' } } } }));
  const foot = (n) => furn.push(p.line([trust, '', '', '', '', '', `Page ${n} of 58`], { style: { font: { size: 8 } } }));
  const head = () => p.header(['WDES metric', 'Action', 'How we will know', 'Lead', '', 'By', 'RAG'], { border: true, style: { fill: 'FF003087', color: 'FFFFFFFF' } });
  run();
  p.line(['Appendix 2: WDES Action Plan 2023-24'], { style: { bold: true, font: { size: 11 }, alignment: { wrapText: false } } });
  head();
  const fill = { 'On track': C.green, 'At risk': C.amber, 'Off track': C.red, Completed: C.blue };
  const rag = { 'On track': 'green', 'At risk': 'amber', 'Off track': 'red', Completed: 'blue' };
  const secs = []; let theme;
  const S = (s) => { secs.push(p.line([s], { merge: ['A', 'G'], border: true, style: { bold: true, fill: 'FFE8EDEE' } })); theme = s; };
  const st = (s) => ({ styles: [{}, {}, {}, {}, {}, {}, { fill: fill[s], bold: true }] });
  const A = (m, a, how, lead, by, s, inds) => p.action([m, a, how, lead, '', by, s], { indicators: inds, theme, action: a, lead, due: by, status: s, rag: rag[s], outcome: how }, st(s));
  S('Priority 1: Getting in and getting on');
  A('Metric 1', 'Ask every member of staff to check their disability and long-term condition record on ESR through the “Update your details” campaign.', '• Declaration on ESR from 5.1% to 7% by March 2024', 'Head of Workforce Intelligence', 'Jan 2024', 'On track', ['1']);
  A('Metric 2', 'Offer every disabled candidate the chance to ask for adjustments at every stage of recruitment, including the online assessment.', '• Relative likelihood of appointment from shortlisting at 1.0–1.1\n• Candidate feedback reviewed each quarter', 'Head of Recruitment', 'Dec 2023', 'At risk', ['2']);
  A('Metric 5', 'Reserve two places for disabled staff on each cohort of the Band 5–7 “Aspire” leadership programme.', '• Eight disabled staff complete Aspire in 2023/24', 'Head of Leadership & OD', 'Mar 2024', 'On track', ['5']);
  S('Priority 2: Fair treatment');
  A('Metric 3', 'Ask for an Occupational Health review before a disabled member of staff enters a formal capability stage.', '• No formal capability stage without OH advice (audit)', 'Employee Relations Lead', 'Nov 2023', 'Completed', ['3']);
  A('Metric 4a', 'Train security staff and ED nurses in handling abuse from patients and visitors that targets a disability.', '• Datix reports with a disability flag reviewed monthly', 'Head of Security', 'Feb 2024', 'Off track', ['4a']);
  foot(41); run(); head();
  // page 42
  A('Metric 4b', 'Add a “what happened next” email to every report of bullying or abuse so that staff see it was acted on.', '• Metric 4b up from 49% to 55%', 'Freedom to Speak Up Guardian', 'Mar 2024', 'On track', ['4b']);
  S('Priority 3: Adjustments, wellbeing and voice');
  // the page break falls inside this action: its cells continue under the repeated header on page 43
  const cut = act(p, [
    ['Metric 8', 'Make the Reasonable Adjustments Passport available to bank and temporary staff, and', '• Passport used by bank staff in at least', 'Head of Staff Health &', '', 'Mar 2024', 'At risk'],
    'BREAK',
    ['', 'to doctors in training when they rotate between hospitals.', 'three staff groups', 'Wellbeing', '', '', ''],
  ], { indicators: ['8'], theme, due: 'Mar 2024', status: 'At risk', rag: 'amber' }, { action: 'B', outcome: 'C', lead: 'D' }, { brk: () => { foot(42); run(); head(); }, opts: st('At risk'), contOpts: st('At risk') });
  A('Metric 6', 'Give managers a short guide to disability-related absence, with the Disability & Neurodiversity Network.', '• Guide published on the intranet\n• Metric 6 below 25%', 'HR Policy Manager', 'Oct 2023', 'Completed', ['6']);
  A('Metrics 7, 9a', 'Hold a “Working with a disability” listening week, with the Chief Executive at two sessions.', '• Themes reported to the People Committee', 'Director of Culture & Inclusion', 'Nov 2023', 'Completed', ['7', '9a']);
  A('Metric 9b', 'Fund the Disability & Neurodiversity Network chair for one day a week.', '• Network chair in post with protected time', 'Chief People Officer', 'Sep 2023', 'Completed', ['9b']);
  A('Metric 10', 'Ask Board members to share disability status in confidence at their annual Fit and Proper Persons check.', '• Board declaration rate 100%', 'Company Secretary', 'Apr 2024', 'On track', ['10']);
  p.blank();
  const key = p.line(['RAG: On track (green), At risk (amber), Off track (red), Completed (blue).'], { style: { font: { size: 8 }, alignment: { wrapText: false } } });
  foot(43);
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute FT), the WDES action plan as APPENDIX 2 OF A PUBLIC BOARD PACK, CONVERTED FROM THE PDF (sheet 'Table 3', Arial 9): the board pack's running head 'Public Board of Directors – 5 October 2023 … Item 9.3  WDES report 2023' at the top of each page and the pack's footer '${trust} … Page 41 of 58' (42, 43) at the end of each; the appendix title; the navy header 'WDES metric | Action | How we will know | Lead | (empty) | By | RAG' REPEATED on each page (rows ${p.headerRows.join(', ')}); a STRAY EMPTY COLUMN E (the converter split the Lead column's space); three grey PRIORITY section rows merged A:G; 'How we will know' cells with '•' bullet lines inside the cell; RAG words on fills (Completed on blue). THE PAGE BREAK FALLS INSIDE THE METRIC 8 ACTION (row ${cut}): the first part of its action, measure and lead ('Head of Staff Health &') on page 42, then the footer, the running head and the repeated header, then the rest ('to doctors in training when they rotate between hospitals.', 'three staff groups', 'Wellbeing') on a row whose RAG cell carries the amber fill with NO WORD. Judgement calls: one action per metric row; the metric 8 action read whole across the break (action, outcome and lead joined with a space: lead 'Head of Staff Health & Wellbeing'; the tail row, with its blank amber cell, is no action); action = Action; outcome = How we will know as written (bullets and line breaks kept); lead = Lead; due = By as typed; status = the RAG word, rag from its fill (blue = completed); indicators from the metric cell ('Metrics 7, 9a' → both); theme = the Priority row above. The board meeting date, the item number and the page numbers are page furniture, not dues or refs; the key line is no action. No ref.`, { mode: 'fill', ragCol: 7, sections: secs, furniture: furn, notFrom: ['E'], forbidden: ['5 October 2023'] });
}
