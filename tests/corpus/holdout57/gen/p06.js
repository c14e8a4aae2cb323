// holdout57-wdes-2024-25-lanthorne: a specialist eye hospital's WDES plan in THREE columns; each metric group opens with a merged
// heading row whose right-hand cell carries the GROUP'S LEAD AND DEADLINE behind labels ('Lead: …' / 'Deliver by: …'); the action rows
// have only Ref, a long action paragraph and a 'Progress and RAG' cell whose first line is 'RAG: <colour>'. ASSUMED layout.
import { Book, Plan, C } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Lanthorne Eye Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout57-wdes-2024-25-lanthorne', sheet: 'WDES 24-25', standard: 'WDES', period: '2024-25', trust, widths: [8, 84, 62], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust} – WDES action plan 2024/25`], { merge: ['A', 'C'], style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Update for the Equality and Inclusion Group, 9 January 2025. RAG: Blue = complete, Green = on track, Amber = some risk to delivery, Red = will not be delivered by the deadline.'], { merge: ['A', 'C'], height: 30 });
  p.header(['Ref', 'Action', 'Progress and RAG'], { style: { fill: C.darkblue, color: C.white } });
  const RG = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const groups = [
    ['Metrics 1 and 2 – Representation and recruitment', 'Head of Resourcing', 'March 2025', ['1', '2'], [
      ['1.1', 'Review the disability status recorded for every member of staff in ophthalmic imaging, optometry and orthoptics, where the "not declared" rate is highest, through a short campaign run with the department leads and the Disability and Long-Term Conditions Network.', 'Green', 'Campaign run in November in all three departments. Not declared fell from 24% to 16% in imaging; the other two departments are being counted.'],
      ['1.2', 'Include at least one panel member with lived experience of disability, or trained in disability inclusion, on interview panels for Band 7 and above clinical posts, and record when this is not possible and why.', 'Amber', 'Pool of 11 trained panel members. Recorded on 63% of Band 7+ panels between October and December; the rest were not recorded rather than not possible.'],
    ]],
    ['Metrics 4a and 4b – Harassment, bullying or abuse', 'Head of Patient Experience', 'December 2024', ['4a', '4b'], [
      ['2.1', 'Display clear messages in outpatient waiting areas and the eye casualty department that abuse of staff will not be tolerated, written and recorded in accessible formats for patients with sight loss.', 'Blue', 'Large-print and audio messages in place in all waiting areas since September 2024.'],
      ['2.2', 'Simplify the incident form so that staff can report abuse from patients in under five minutes, including by voice entry on the ward tablets, and tell staff each month what happened to the reports they made.', 'Amber', 'New form tested with the network in December; voice entry needs a software change that IT cannot deliver before February.'],
      ['2.3', 'Hold three listening sessions for disabled colleagues about bullying by managers and colleagues, with the Freedom to Speak Up Guardian present, and agree what the hospital will change as a result.', 'Green', 'Two sessions held (October, December) with 19 people attending; the third is booked for February.'],
    ]],
    ['Metric 6 – Presenteeism and Metric 7 – Feeling valued', 'Director of Nursing and Allied Health Professions', 'January 2025', ['6', '7'], [
      ['3.1', 'Add a question about reasonable adjustments to every appraisal and return-to-work meeting, and report the number of adjustments agreed and declined each quarter to the Equality and Inclusion Group.', 'Red', 'Appraisal form change not yet agreed with the ESR team. Return-to-work question added in November. Will not complete by January; new date to be agreed.'],
    ]],
    ['Metric 9a – Engagement and Metric 10 – Board', 'Chief People Officer', 'March 2025', ['9a', '10'], [
      ['4.1', 'Give the network chair a place on the People Committee and invite a disabled colleague to tell their story at a public Board meeting each year.', 'Green', 'Network chair attends People Committee from November. Board story booked for March 2025.'],
      ['4.2', 'Offer every Board member a half-day of disability awareness and the Access to Work process, delivered by the network with a local sight-loss charity.', 'Blue', 'Delivered at the Board development day on 5 December 2024; all but one Board member attended.'],
    ]],
  ];
  const secs = [];
  for (const [h, lead, due, inds, acts] of groups) {
    secs.push(p.line([h, undefined, `Lead: ${lead}\nDeliver by: ${due}`], { merge: ['A', 'B'], border: true, style: { bold: true, fill: C.lilac }, height: 30 }));
    for (const [ref, a, rag, upd] of acts) {
      const cell = `RAG: ${rag}\n${upd}`;
      p.action([ref, a, cell], { ref, indicators: inds, theme: h, action: a, lead, due, status: rag, rag: RG[rag], progress: upd, dueSource: 'labelled' });
    }
  }
  p.blank();
  p.line(['Metrics 3, 5 and 8 are monitored by the Equality and Inclusion Group without a separate action this year.'], { merge: ['A', 'C'], style: { italic: true } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a specialist eye hospital foundation trust) in THREE COLUMNS: title with the trust and 2024/25, an update line with its meeting date and a one-line RAG key (Blue = complete, Green = on track, Amber = some risk, Red = will not be delivered by the deadline), one navy header 'Ref | Action | Progress and RAG' (row 3), four lilac METRIC-GROUP HEADING ROWS, eight actions and a foot note. Each heading row has the group's name merged over A:B ('Metrics 4a and 4b – Harassment, bullying or abuse') and, in column C, the GROUP'S LEAD AND DEADLINE on two labelled lines ('Lead: Head of Patient Experience' / 'Deliver by: December 2024'). The action rows have no lead or date of their own; their 'Progress and RAG' cell opens with the line 'RAG: Amber' and continues with the narrative. Judgement calls: lead and due of every action = the labelled values on its heading row (dueSource 'labelled'; the heading gives them to every action under it); theme = the heading's name cell (A); indicators from the heading ('Metric 6 – Presenteeism and Metric 7 – Feeling valued' → ['6','7'], 'Metric 9a … Metric 10' → ['9a','10']); status = the colour word after 'RAG:' as written, rag = that word read through the key (Blue → blue; no fills anywhere); progress = the narrative after the RAG line; dates inside the narrative ('booked for February', 'new date to be agreed') are progress, not dues; the update meeting date, the key line and the foot note give no field.", { indFrom: { from: 'theme' }, sections: secs, headLabels: { col: 'C', lead: 'Lead: ', due: 'Deliver by: ' }, ragLabel: { col: 'C', label: 'RAG: ', words: RG } });
}
