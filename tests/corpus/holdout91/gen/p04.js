// holdout91-wdes-2021-22-lullingdon: specialist orthopaedic trust, the WDES plan in three themes as found in January 2022: editors'
// queries typed into the Lead and Update cells after the real entry ('(NB check with Sarah)', '[JS: is this still right?]'), a numbered
// placeholder under theme 2 and a '…' row closing theme 3.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lullingdon Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout91-wdes-2021-22-lullingdon', sheet: 'WDES plan 21-22', standard: 'WDES', period: '2021-22', trust, widths: [6, 9, 50, 30, 12, 13, 50], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.teal } });
  p.line(['Workforce Disability Equality Standard – action plan 2021-22 (DRAFT v3, Jan 22)'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['Ref', 'Metric', 'Action', 'Lead', 'By when', 'Status', 'Update'], { style: { fill: C.teal, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  const F = { Complete: C.lightblue, 'On track': C.goodG, Delayed: C.neutralA };
  const RAG = { Complete: 'blue', 'On track': 'green', Delayed: 'amber', 'Not started': null };
  const secs = [];
  let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.palegrey } })); };
  const act = (ref, met, a, lead, due, st, up, g = {}) => p.action([ref, met, a, lead, due, st, up], { ref, indicators: met.split(/,\s*/), theme, action: a, lead: g.lead ?? lead, due, status: st, rag: RAG[st], progress: g.progress ?? up },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, F[st] ? { fill: F[st] } : {}, {}] });
  sec('Theme 1 – Knowing our workforce');
  act('1.1', '1', 'Run a declaration drive in theatres and on the wards, with a short film made by disabled staff about why they declared.', 'Head of Workforce Information', 'Sep 2021', 'Complete', 'Film shown at September staff briefing; declaration 4.1% → 5.3%.');
  act('1.2', '1', 'Add a disability and long-term condition question to the new-starter form so it goes straight into ESR.', 'HR Operations Manager', 'Dec 2021', 'Delayed', 'Form ready; waiting for ESR change request. [JS: is this still right? I thought IT had done it]', { progress: 'Form ready; waiting for ESR change request.' });
  act('1.3', '2', 'Check shortlisting outcomes for disabled applicants each quarter and follow up any job where none was shortlisted.', 'Recruitment Lead', 'Quarterly', 'On track', 'Q2 check done – 3 posts followed up.');
  sec('Theme 2 – Safe and fair treatment');
  act('2.1', '3', 'Make sure every capability case is reviewed for reasonable adjustments before it goes to a formal hearing.', 'Head of Employee Relations', 'Nov 2021', 'On track', 'Checklist in use since October.');
  act('2.2', '4a, 4b', 'Train theatre and ward managers to respond when staff report disability-related harassment, including from patients and visitors.', 'Head of OD (NB check with Sarah)', 'Mar 2022', 'Not started', '', { lead: 'Head of OD' });
  const ph1 = p.line(['2.3', '', 'Action 2.3 – to be agreed (metric 6 – presenteeism)', '', '', '', ''], { border: true, style: { italic: true } });
  sec('Theme 3 – Voice and influence');
  act('3.1', '9a', 'Hold a "you said, we did" session for disabled staff after the staff survey results, on both sites and online.', 'Director of People', 'Mar 2022', 'On track', 'Dates booked for 8 and 10 March.');
  act('3.2', '9b', 'Agree terms of reference for the Disability and Wellbeing Network with a named executive sponsor and time off for its chair.', 'Chief Nurse', 'Oct 2021', 'Complete', 'Terms agreed at the People Committee in October.');
  act('3.3', '8', 'Set up a central reasonable adjustments fund held by Occupational Health so managers do not pay from ward budgets.', 'Head of Occupational Health', 'Feb 2022', 'Delayed', 'Finance want a business case first [JS: is this still right?]', { progress: 'Finance want a business case first' });
  const ph2 = p.line(['', '', '…', '', '', '', ''], { border: true });
  p.blank();
  p.line(['Status: Complete (blue), On track (green), Delayed (amber), Not started (no colour).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic trust) found on the shared drive as 'DRAFT v3, Jan 22'. Verdana 9: trust name, plan title, a blank row, a teal header 'Ref | Metric | Action | Lead | By when | Status | Update' (row 4, frozen), three THEME section rows merged across on grey ('Theme 1 – Knowing our workforce', 'Theme 2 – Safe and fair treatment', 'Theme 3 – Voice and influence'), actions 1.1 … 3.3, and an italic status key after a blank row. Unfinished signs: EDITORS' QUERIES TYPED INTO CELLS after the real entry – 2.2's Lead cell reads 'Head of OD (NB check with Sarah)', and 1.2's and 3.3's Update cells end with '[JS: is this still right? …]'; row 12 is a numbered PLACEHOLDER in italics ('2.3' | 'Action 2.3 – to be agreed (metric 6 – presenteeism)', nothing else); row 17 holds only '…'. Judgement calls: the placeholder and the '…' row are not actions; the bracketed queries are an editor's notes, not part of the field – lead 'Head of OD', progress = the update text before the '[JS: …]' query; status = the word, rag from its fill by the key (Complete light blue → blue, On track green, Delayed amber, Not started unfilled → null); theme = the Theme row above; indicators from the Metric column (2.2's '4a, 4b' → both; 2021-22 uses 4a / 4b and 9a / 9b); due as typed ('Quarterly' kept); ref = Ref.", { mode: 'fill', ragCol: 6, sections: secs, placeholders: [ph1, ph2], draft: ['NB check with Sarah', '[JS:'] });
}
