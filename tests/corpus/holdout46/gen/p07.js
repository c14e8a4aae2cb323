// holdout46-wdes-2025-26-larkhollow: a primary care collaborative (GP practices working together) adopting the WDES voluntarily, its plan
// written with the collaborative's Disability and Long-Term Conditions Network: numbered PROMISES (section rows naming their WDES metric),
// lettered steps under each, a filled progress word and a separate 'What the network said' comment column, and a 'Words we use' glossary.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Larkhollow Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout46-wdes-2025-26-larkhollow', sheet: 'Our promises 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [7, 50, 28, 14, 36, 14, 40], font: { name: 'Verdana', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.teal } });
  p.line(['Our promises to disabled colleagues 2025-26 (Workforce Disability Equality Standard)'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our 14 practices adopted the WDES in 2024. These promises were written with the Disability and Long-Term Conditions Network, which checks progress with us every six months.'], { merge: ['A', 'G'], height: 28 });
  p.blank();
  p.header(['Step', 'What we will do', 'Who', 'When', 'How we will know', 'Progress (Sept 2025)', 'What the network said'], { style: { fill: C.teal, color: C.white } });
  const FILL = { Done: C.blue, 'On track': C.green, Behind: C.amber, 'Not started': null };
  const RAG = { Done: 'blue', 'On track': 'green', Behind: 'amber', 'Not started': null };
  const promises = [
    ['Promise 1: Asking for an adjustment will be simple and quick (WDES metric 7)', ['7'], [
      ['1a', 'Use one reasonable adjustments form across all 14 practices, with a named person in each practice to help.', 'Collaborative HR Manager', 'May 2025', 'Every practice uses the same form', 'Done', 'Members like the new form. Locum GPs still do not know about it.'],
      ['1b', 'Agree adjustments within four weeks of a request, and pay for equipment from a shared collaborative budget.', 'Collaborative Operations Director', 'September 2025', 'Nine in ten adjustments agreed within four weeks', 'Behind', 'Some requests waited over two months in the summer.'],
      ['1c', 'Introduce a Health Passport that stays with a colleague when they move between practices.', 'Collaborative HR Manager with network members', 'December 2025', 'Passports in use in all practices', 'On track', ''],
    ]],
    ['Promise 2: Nobody should feel they have to come to work when unwell (WDES metric 6)', ['6'], [
      ['2a', 'Brief every practice manager on the sickness absence policy, including disability-related absence, at the practice managers\' forum.', 'Clinical Director', 'June 2025', 'All practice managers briefed', 'Done', ''],
      ['2b', 'Add a question about pressure to work when unwell to the collaborative\'s own staff pulse survey.', 'Workforce Lead', 'October 2025', 'Question asked and results shared with the network', 'Not started', 'Please include reception staff, who feel this most.'],
    ]],
    ['Promise 3: Disabled colleagues will be treated with respect by patients and by each other (WDES metrics 4a and 4b)', ['4a', '4b'], [
      ['3a', 'Put up "zero tolerance" notices in every waiting room and on the practice websites that include abuse about a person\'s disability.', 'Practice Managers', 'July 2025', 'Notices up in all 14 practices', 'On track', ''],
      ['3b', 'Give reception teams a short training session on handling abusive patients, written with disabled receptionists.', 'Workforce Lead with network members', 'November 2025', 'Every reception team trained', 'On track', 'Two network members have offered to co-deliver.'],
    ]],
    ['Promise 4: Disabled colleagues will have the same chance to progress (WDES metric 5)', ['5'], [
      ['4a', 'Offer every disabled colleague a development conversation at appraisal, recorded on the appraisal form.', 'Practice Managers', 'March 2026', 'Development conversations recorded for disabled colleagues', 'Not started', ''],
      ['4b', 'Make the collaborative\'s practice-nurse training places open to part-time staff and to staff on adjusted hours.', 'Lead Nurse', 'January 2026', 'Part-time staff hold at least a third of places', 'On track', ''],
    ]],
  ];
  const secs = [];
  for (const [head, inds, steps] of promises) {
    secs.push(p.line([head], { merge: ['A', 'G'], border: true, style: { bold: true, fill: 'FFD9F2EF' } }));
    for (const [ref, a, who, when, know, prog, said] of steps) p.action([ref, a, who, when, know, prog, said], { ref, indicators: inds, theme: head, action: a, lead: who, due: when, outcome: know, status: prog, rag: RAG[prog] }, { styles: [{}, {}, {}, {}, {}, FILL[prog] ? { fill: FILL[prog] } : {}, { italic: true }] });
  }
  p.blank();
  const gl = [p.line(['Words we use'], { merge: ['A', 'G'], style: { bold: true } })];
  for (const [w, m] of [['Reasonable adjustment', 'A change to a job, the workplace or the way we work so that a disabled colleague is not at a disadvantage.'], ['Health Passport', 'A record, kept by the colleague, of the adjustments agreed with their manager.'], ['WDES', 'The Workforce Disability Equality Standard: ten measures that compare the experience of disabled and non-disabled staff.']]) gl.push(p.line([undefined, w, m], { merge: ['C', 'G'] }));
  p.line(['Progress key: Done (blue), On track (green), Behind (amber), Not started (no colour).'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a primary care collaborative of 14 GP practices adopting the WDES voluntarily) written with its Disability and Long-Term Conditions Network: collaborative name, plan title ('Our promises to disabled colleagues 2025-26'), a paragraph on how the promises were written and checked, a blank row, a teal header on row 5 'Step | What we will do | Who | When | How we will know | Progress (Sept 2025) | What the network said', then four merged PROMISE rows ('Promise 1: Asking for an adjustment will be simple and quick (WDES metric 7)'), each followed by lettered steps '1a', '1b' …; below the table a 'Words we use' glossary (three terms, word in B and meaning merged C:G) and a progress key line. Judgement calls: the promise rows are section headings → theme = the promise row as written (metric in brackets included), not actions; indicators come from the metric named in the promise heading and apply to every step under it ('(WDES metrics 4a and 4b)' → ['4a','4b']); ref = the step code ('3a') – NOT a WDES metric even where it looks like one ('4a', '4b' are steps of Promise 4, whose metric is 5); lead = 'Who' as written; due = 'When' as written; outcome = 'How we will know'; status = the Progress word, rag = its fill (Done blue, On track green, Behind amber), 'Not started' unfilled → rag null; 'What the network said' is the network's comment on the step – context, not progress (progress ''). The glossary and key are not actions.", { sections: secs, mode: 'fill', ragCol: 'F', fieldCols: { ref: 'A', lead: 'C', due: 'D', outcome: 'E', status: 'F' }, dataRows: gl, notFrom: ['G'] });
}
