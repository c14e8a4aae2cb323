// holdout19-wres-2025-26-rivenhall: ORDINARY 2025 WRES tracker of a COASTAL AND RURAL acute trust – teal title bar, 'Plan
// owner' line; header with AUTOFILTER 'Ref | HIA | WRES indicator | Action | Lead | Target | Status | Q2 update' (frozen);
// refs 'R25.01'; leads 'Name (role)'; 'dd mmm yy' dates; status filled with a GREY 'Not started' (no RAG in the key).
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Aptos Narrow', size: 11 };
  const p = new Plan(book, { name: 'holdout19-wres-2025-26-rivenhall', sheet: 'WRES tracker 25-26', standard: 'WRES', period: '2025-26', trust: 'Rivenhall and Coast Hospitals NHS Trust', widths: [9, 8, 15, 54, 30, 12, 13, 40], font });
  p.line(['Rivenhall and Coast Hospitals NHS Trust – WRES Action Plan 2025/26'], { merge: ['A', 'H'], style: { bold: true, fill: C.teal, color: C.white, font: { ...font, size: 14 } } });
  p.line(['Plan owner: Deputy Chief People Officer. Status at 30 September 2025. Key: Complete = blue; On track = green; At risk = amber; Off track = red; Not started = grey (not yet due, no RAG).'], { merge: ['A', 'H'], height: 30, style: { italic: true } });
  const h = p.header(['Ref', 'HIA', 'WRES indicator', 'Action', 'Lead', 'Target', 'Status', 'Q2 update'], { style: { fill: 'FFD0F0EC' } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  p.ws.autoFilter = `A${h}:H${h}`;
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white], 'Not started': [C.grey, null] };
  const F = 'dd mmm yy';
  const data = [
    ['HIA 1', 'WRES 9', ['9'], 'Report each Board member\'s progress on their EDI objective at the mid-year appraisal.', 'Sarah Pengelly (Chair)', D(2025, 10, 31), 'On track', 'Objectives reviewed for 9 of 12.'],
    ['HIA 2', 'WRES 2', ['2'], 'Remove "years of NHS experience" from person specifications where it is not essential.', 'Kwame Asante (Head of Resourcing)', D(2025, 7, 31), 'Complete', 'Template changed in July.'],
    ['HIA 2', 'WRES 1', ['1'], 'Set and publish a target for BME representation at Band 8a and above by 2028.', 'Kwame Asante (Head of Resourcing)', D(2025, 12, 31), 'At risk', 'Target modelling delayed.'],
    ['HIA 3', 'WRES 1', ['1'], 'Publish the ethnicity pay gap with an action to close it in each division.', 'Lisa Tregear (Reward Manager)', D(2026, 3, 31), 'Not started', ''],
    ['HIA 5', 'WRES 7', ['7'], 'Give internationally recruited nurses a named career mentor after preceptorship.', 'Joy Mensah (Head of Nursing Workforce)', D(2025, 11, 30), 'On track', '84 mentors matched.'],
    ['HIA 5', 'WRES 4', ['4'], 'Fund the OSCE-to-Band 6 pathway for internationally educated nurses and track uptake by ethnicity.', 'Joy Mensah (Head of Nursing Workforce)', D(2026, 1, 31), 'Off track', 'Funding bid refused; re-submitting.'],
    ['HIA 6', 'WRES 5', ['5'], 'Introduce body-worn cameras and a racism reporting button in the emergency department.', 'Mark Hoskin (Head of Security)', D(2025, 9, 30), 'Complete', 'Live in ED since September.'],
    ['HIA 6', 'WRES 6, 8', ['6', '8'], 'Train managers in the "just and learning" approach to complaints of bullying and discrimination.', 'Amira Khalil (Head of OD)', D(2026, 2, 28), 'On track', 'Two cohorts complete.'],
    ['HIA 6', 'WRES 3', ['3'], 'Require a deputy director to sign off any disciplinary investigation against a BME colleague.', 'Tom Rowe (Head of Employee Relations)', D(2025, 8, 31), 'Complete', 'In place since August.'],
    ['HIA 1', 'WRES 1-9', ALL_WRES, 'Take WRES progress to the People Committee every quarter.', 'Amira Khalil (Head of OD)', D(2026, 3, 31), 'On track', 'Q1 taken in July.'],
    ['HIA 4', 'WRES 8', ['8'], 'Add race to the health and wellbeing conversation and act on what it shows.', 'Nina Borlase (Head of Wellbeing)', D(2026, 3, 31), 'Not started', ''],
  ];
  let n = 0;
  for (const [hia, ind, inds, action, lead, due, st, upd] of data) {
    const ref = `R25.${String(++n).padStart(2, '0')}`;
    p.action([ref, hia, ind, action, lead, due, st, upd || null], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY 2025 WRES tracker of a COASTAL AND RURAL acute trust, Aptos Narrow 11: a TEAL merged title bar naming the trust and plan, a merged italic 'Plan owner … Status at 30 September 2025. Key: …' line holding the key (Not started = GREY, 'not yet due, no RAG'), then a pale-teal header with an AUTOFILTER 'Ref | HIA | WRES indicator | Action | Lead | Target | Status | Q2 update' (row 3, frozen). Refs 'R25.01'…'R25.11'; 'HIA N' (not a theme); 'WRES N', 'WRES 6, 8', 'WRES 1-9' (= all nine). Leads written 'Name (role)' – gold lead = the whole cell. Targets real dates shown 'dd mmm yy'. Status words filled: Complete blue, On track green, At risk amber, Off track red, Not started GREY (rag null – the key says no RAG); two 'Not started' actions have no update. Judgement calls: grey 'Not started' has no RAG colour; lead kept as 'Name (role)'; the last action (HIA 4) is listed after the governance action and is still an action of the plan.", { ragCol: 'G', mode: 'fill' });
}
