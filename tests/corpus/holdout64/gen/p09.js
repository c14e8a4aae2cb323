// holdout64-wdes-2023-24-calderaire: follows a trust's published WDES paper whose proposed actions 'will form part of the Trust's Equality
// Objectives and overarching Equality Diversity & Inclusion Work Plan' (Gateshead Health, https://www.gatesheadhealth.nhs.uk/resources/wdes/),
// in the YEAR-END REVIEW form a refreshed plan is built from (the NHS Employers summary of the EDI Improvement Plan timescales,
// https://www.nhsemployers.org/articles/nhs-equality-diversity-and-inclusion-edi-improvement-plan). The grouping under the trust's four
// equality objectives, the year-end position in coloured text and the 'Carry forward?' column are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Calder and Aire Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout64-wdes-2023-24-calderaire', sheet: 'WDES year end 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [7, 52, 11, 28, 14, 16, 12] });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES action plan 2023/24 – year-end review against our Equality Objectives 2022-2026'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Year-end position is shown in coloured text: green – complete; amber – in progress; red – not started. "Carry forward?" shows whether the action moves into the 2024/25 plan.'], { merge: ['A', 'G'], height: 30, style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'WDES metric', 'Lead', 'By when', 'Year-end position', 'Carry forward?'], { style: { fill: C.teal, color: C.white } });
  const FC = { Complete: C.green, 'In progress': C.orange, 'Not started': C.red }; const RAG = { Complete: 'green', 'In progress': 'amber', 'Not started': 'red' };
  const H = [
    ['Equality Objective 1: Our board and senior leaders are accountable for disability equality', [
      ['1.1', 'Agree a disability equality objective with each board member and review it at the annual appraisal.', '10', 'Director of Corporate Affairs', 'March 2024', 'In progress', 'Y', ['10']],
    ]],
    ['Equality Objective 2: Disabled people can join us and progress with us', [
      ['2.1', 'Review the shortlisting data for disabled applicants each quarter and share it with recruiting managers in the care groups.', '2', 'Head of Recruitment', 'Quarterly', 'In progress', 'Y', ['2']],
      ['2.2', 'Open a talent pool for disabled staff at bands 5 to 7, with mentoring from senior clinicians.', '5', 'Head of Talent and Leadership', 'January 2024', 'Not started', 'Y', ['5']],
      ['2.3', 'Encourage colleagues to update their ESR record through a "Your data, your voice" week run with the Ability network.', '1', 'Workforce Information Manager', 'October 2023', 'Complete', 'N', ['1']],
    ]],
    ['Equality Objective 3: Disabled colleagues get the support they need to stay well at work', [
      ['3.1', 'Launch a tailored adjustments passport held by the colleague and recognised by every service.', '8', 'Head of Wellbeing', 'December 2023', 'Complete', 'N', ['8']],
      ['3.2', 'Give line managers a wellbeing conversation guide that covers long-term conditions and presenteeism.', '6', 'Head of Wellbeing', 'February 2024', 'In progress', 'Y', ['6']],
    ]],
    ['Equality Objective 4: Nobody is bullied, harassed or ignored because of a disability', [
      ['4.1', 'Add disability to the trust\'s civility and respect programme and track attendance by ward and team.', '4a', 'Head of Organisational Development', 'March 2024', 'Not started', 'Y', ['4a']],
      ['4.2', 'Publish, each quarter, how many incidents mentioning disability were reported and what happened next.', '4b', 'Head of Patient and Staff Safety', 'Quarterly', 'In progress', 'Y', ['4b']],
      ['4.3', 'Fund protected time for the Ability network chair and deputy and invite the chair to the People Committee.', '9b', 'Chief People Officer', 'September 2023', 'Complete', 'N', ['9b']],
    ]],
  ];
  const secs = [];
  for (const [obj, acts] of H) {
    secs.push(p.line([obj], { merge: ['A', 'G'], border: true, style: { bold: true, fill: C.palegrey } }));
    for (const [ref, a, wm, lead, due, st, cf, inds] of acts) p.action([ref, a, wm, lead, due, st, cf], { ref, theme: obj, indicators: inds, action: a, lead, due, status: st, rag: RAG[st] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { color: FC[st], bold: true }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Reviewed by the People and Culture Committee, 23 April 2024. Actions marked Y are carried into the 2024/25 plan with new dates.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) following a real published WDES paper whose actions feed the trust's Equality Objectives and EDI work plan (Gateshead Health), in a YEAR-END REVIEW form: trust and title lines, an italic key for the coloured position text and the carry-forward column, then 'Ref | Action | WDES metric | Lead | By when | Year-end position | Carry forward?' (row 5) under four grey EQUALITY OBJECTIVE section rows, and a closing review line. What is hard: the status is a word written in COLOURED BOLD TEXT (no fill); the 'Carry forward?' Y / N column is not a status (an N is not 'complete', a Y is not 'open'); 'Quarterly' as a timescale. Judgement calls: nine actions; ref = Ref (1.1 …); theme = the equality objective row above; indicators from the WDES metric column; lead and by when as written; status = the year-end word, rag = its font colour as the key gives it (green / amber (orange text) / red); the key line and the review line are not actions, and the review date is not a due.", { sections: secs, crossRef: { metricCol: 'C', otherCols: [] }, mode: 'font', ragCol: 'F', notFrom: ['G'] });
}
