// holdout61-wres-2025-26-gorsey: a primary-care collaborative's small EDI list: HEADER ON ROW 1, no title – the name, plan and year are in a
// line UNDER the grid; a 'Topic' column mixing WRES indicators with menopause, sexual safety, reasonable adjustments, gender pay, networks;
// 'Done?' Y / N / Part and a 'Date done' column.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Gorsey Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout61-wres-2025-26-gorsey', sheet: 'EDI plan 25-26', standard: 'WRES', period: '2025-26', trust, widths: [30, 56, 24, 10, 8, 11, 40], font: { name: 'Aptos Narrow', size: 11 } });
  p.header(['Topic', 'What', 'Who', 'By', 'Done?', 'Date done', 'Notes'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: 1 }];
  const F = 'mmm-yy', G = 'dd/mm/yy';
  const rows = [
    ['WRES ind. 1 (workforce profile)', 'Pull ethnicity by role from the four practices\' payroll and the federation\'s ESR, and publish one combined profile.', 'Business Manager', D(2025, 6, 30), 'Y', D(2025, 6, 12), 'Profile shared at the June partnership meeting.'],
    ['WRES ind. 2 (shortlisting)', 'Use anonymised shortlisting for all salaried GP and ANP posts.', 'Practice Managers', D(2025, 9, 30), 'Part', null, 'Three of four practices.'],
    ['Menopause', 'Add menopause to the health and wellbeing offer: a GP champion and a flexible rota request form.', 'Dr S. Ilori (Wellbeing GP)', D(2025, 10, 31), 'N', null, ''],
    ['Sexual safety', 'Put a sexual safety statement on every reception noticeboard and brief staff on how to log an incident.', 'Operations Lead', D(2025, 7, 31), 'Y', D(2025, 7, 28), ''],
    ['WRES ind. 5 (abuse from patients)', 'Record every racist remark from a patient on the incident log and write to the patient as per the zero-tolerance letter.', 'Practice Managers', D(2025, 8, 31), 'Y', D(2025, 9, 3), 'Letter agreed with the LMC.'],
    ['Equality Act – reasonable adjustments', 'Write down the adjustments each disabled colleague has and check them at appraisal.', 'HR Adviser (shared)', D(2025, 12, 31), 'N', null, 'Waiting for new appraisal form.'],
    ['Gender pay gap', 'Compare partner and salaried GP sessional rates by sex and report to the partnership.', 'Finance Lead', D(2026, 3, 31), 'N', null, ''],
    ['Staff networks', 'Join the ICB\'s primary care ethnic minority staff network and share its dates with all staff.', 'Business Manager', D(2025, 5, 31), 'Y', D(2025, 5, 20), ''],
  ];
  const other = [];
  for (const [topic, act, lead, due, done, dd, note] of rows) {
    const m = /WRES ind\. (\d)/.exec(topic); const inds = m ? [m[1]] : [];
    const r = p.action([topic, act, lead, due, done, dd, note], { theme: null, indicators: inds, action: act, lead, due: shown(due, F), status: done, rag: null, progress: note, completed: dd ? shown(dd, G) : '' },
      { styles: [{}, {}, {}, { numFmt: F }, { alignment: { horizontal: 'center' } }, { numFmt: G }] });
    if (!inds.length) other.push(r);
  }
  p.blank(); p.blank();
  p.line([`${trust} – equality, diversity and inclusion plan 2025-26. Agreed by the Partnership Board 14/05/2025. Contact: Business Manager.`], { merge: ['A', 'G'], border: false, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary-care collaborative – four practices and a federation) kept as a SHORT EDI LIST: the HEADER IS ROW 1 ('Topic | What | Who | By | Done? | Date done | Notes', grey, frozen), eight rows under it, two blank rows and then the ONLY line naming the organisation, the plan and its year (row 12: '… equality, diversity and inclusion plan 2025-26. Agreed by the Partnership Board 14/05/2025. Contact: Business Manager.'). The 'Topic' column mixes WRES indicators ('WRES ind. 2 (shortlisting)') with other EDI work: 'Menopause', 'Sexual safety', 'Equality Act – reasonable adjustments', 'Gender pay gap', 'Staff networks'. Judgement calls: every row is an action of the plan; indicators only where the Topic names a WRES indicator ('WRES ind. 5 (abuse from patients)' → ['5']), [] for the other topics; action = 'What'; lead = 'Who' as written ('Dr S. Ilori (Wellbeing GP)', 'HR Adviser (shared)'); due = 'By' shown mmm-yy; status = 'Done?' as written (Y / N / Part), no colour → rag null; completed = 'Date done' as shown dd/mm/yy (only on Y rows; '' otherwise) – NOT the due; progress = Notes; ref '' (no numbers); theme null (Topic is a column, not a heading); the foot line's agreement date is not a due and 'Business Manager' there is a contact, not a lead.", { mode: 'word', ragCol: 'E', words: {}, otherWork: other, indFrom: { col: 'A', re: 'WRES ind\\. (\\d)' }, completedCol: 'F', leadCol: 'C', progressCol: 'G' });
}
