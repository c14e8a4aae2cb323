// holdout67-wres-2021-22-stallingmere: community trust. Priorities as shaded bands; under each, numbered items 1.1, 1.2 …; some items are
// a PARENT line with no lead/date/status, broken into SUB-ACTIONS 1.1a, 1.1b … that carry their own lead, date and status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stallingmere Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout67-wres-2021-22-stallingmere', sheet: 'Action plan', standard: 'WRES', period: '2021-22', trust, widths: [8, 62, 28, 13, 14, 44] });
  p.line([`${trust}`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2021-22 (year 1 of our three-year Race Equality Programme)'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Last updated: 31 January 2022'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['Ref', 'Action', 'Lead', 'Target date', 'Status', 'Update'], { style: { fill: C.navy, color: C.white } });
  const S = { 'On track': C.goodG, 'Delayed': C.neutralA, 'Not achieved': C.badR, 'Achieved': C.lightblue };
  const R = { 'On track': 'green', 'Delayed': 'amber', 'Not achieved': 'red', 'Achieved': 'blue' };
  const plan = [
    ['Priority 1 – Fair recruitment and progression (WRES indicators 1 and 2)', ['1', '2'], [
      ['1.1', 'Make shortlisting fairer for Black, Asian and minority ethnic applicants', null, [
        ['1.1a', 'Remove names, ages and places of education from shortlisting packs', 'Recruitment Lead', 'Jul-21', 'Achieved', 'Live on TRAC from 1 July.'],
        ['1.1b', 'Check the shortlisting ratio for every Band 6+ vacancy each quarter and share it with the recruiting service', 'Workforce Analyst', 'Quarterly', 'On track', 'Q1–Q3 reports issued.'],
        ['1.1c', 'Offer feedback calls to every unsuccessful internal BAME applicant', 'HR Business Partners', 'Sep-21', 'Delayed', 'Calls started in November; not all services yet.'],
      ]],
      ['1.2', 'Launch a Stepping Up cohort of 15 places for Band 4–6 staff from ethnic minority backgrounds', ['Head of Learning and OD', 'Oct-21', 'Achieved', 'Cohort of 15 began 4 October.']],
      ['1.3', 'Set representation goals for Bands 8a and above in each directorate', null, [
        ['1.3a', 'Agree the goals with each director', 'Director of People', 'Nov-21', 'On track', 'Five of seven directors agreed.'],
        ['1.3b', 'Report progress against the goals to the Board twice a year', 'Director of People', 'Mar-22', 'On track', ''],
      ]],
    ]],
    ['Priority 2 – Just culture (WRES indicator 3)', ['3'], [
      ['2.1', 'Bring in a pre-formal review for every proposed disciplinary case', null, [
        ['2.1a', 'Train ER advisers to run the review', 'Employee Relations Manager', 'Aug-21', 'Achieved', ''],
        ['2.1b', 'Have a senior manager outside the service sign off every case that goes formal', 'Deputy Director of People', 'Oct-21', 'Not achieved', 'Not yet agreed with the Executive Team.'],
      ]],
    ]],
    ['Priority 3 – Safe and respectful workplace (WRES indicators 5–8)', ['5', '6', '7', '8'], [
      ['3.1', 'Recruit and train Freedom to Speak Up champions from ethnic minority backgrounds in every locality', ['Freedom to Speak Up Guardian', 'Dec-21', 'On track', 'Nine champions recruited.']],
      ['3.2', 'Tackle abuse from patients and the public towards staff working in people\'s homes', null, [
        ['3.2a', 'Add a racism line to the lone-worker incident form', 'Health and Safety Lead', 'Sep-21', 'Achieved', ''],
        ['3.2b', 'Write to every patient who racially abuses a community nurse, using the zero-tolerance letter', 'Locality Managers', 'Ongoing', 'On track', '14 letters sent since September.'],
      ]],
    ]],
  ];
  const secs = [];
  for (const [head, inds, items] of plan) {
    secs.push(p.line([head], { merge: ['A', 'F'], style: { bold: true, fill: C.paleblue } }));
    for (const [ref, text, own, subs] of items) {
      if (own) {
        const [lead, due, st, upd] = own;
        p.action([ref, text, lead, due, st, upd], { ref, indicators: inds, theme: head, action: text, lead, due, status: st, rag: R[st], progress: upd }, { styles: [{ bold: true }, {}, {}, {}, { fill: S[st] }, {}] });
      } else {
        p.line([ref, text, '', '', '', ''], { border: true, style: { bold: true } });
        for (const [sref, stext, lead, due, st, upd] of subs)
          p.action([sref, stext, lead, due, st, upd], { ref: sref, indicators: inds, theme: head, action: stext, lead, due, status: st, rag: R[st], progress: upd }, { styles: [{ alignment: { horizontal: 'right', vertical: 'top' } }, { alignment: { indent: 2, wrapText: true, vertical: 'top' } }, {}, {}, { fill: S[st] }, {}] });
      }
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional community trust, WRES 2021/22. Three title lines, a navy header 'Ref | Action | Lead | Target date | Status | Update', then three PRIORITY bands (pale blue, merged, naming their WRES indicators). Under each priority, numbered items '1.1', '1.2' …: some items carry their own lead, date and status (e.g. 1.2, 3.1); others are a bold PARENT line with nothing but the ref and wording ('1.1 Make shortlisting fairer …'), broken into LETTERED SUB-ACTIONS '1.1a', '1.1b', '1.1c' (indented) that each have their own lead, target date, status and update. Judgement calls: the actions are the rows that carry delivery details – the lettered sub-actions, and the numbered items that have no sub-actions; a parent line with sub-actions is an objective heading, not an action (nothing to deliver, no lead or date of its own), so it is a non-action row and its wording is NOT prefixed to the sub-actions' text (gold action = the sub-action cell alone); ref = '1.1a' as written (not '1.1'); theme = the priority band for every action (the parent lines are finer context; using them for some actions and the band for others would be inconsistent); indicators from the band ('WRES indicators 5–8' → 5,6,7,8); due as shown (Mon-yy text, 'Quarterly', 'Ongoing'); status = the word, rag from its Good/Neutral/Bad style fill (Achieved on light blue → blue); progress = Update ('' where empty). The title lines are context.", { mode: 'fill', ragCol: 'E', sections: secs });
}
