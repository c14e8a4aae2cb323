// holdout73-wdes-2024-25-quarrendon: community health and care trust, an ordinary WDES plan with an 'Issue identified' column.
// Everyday quirks: a row that was STARTED AND NEVER FINISHED (No. 8, metric 9b and its issue typed, no action, lead, date or status),
// and completion dates entered every which way – real dates, 'End of Q3', 'Ongoing', '31st March 2025' typed as text. Status from a
// drop-down, no colour.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quarrendon Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout73-wdes-2024-25-quarrendon', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust, widths: [5, 8, 34, 50, 26, 14, 12, 40], font: { name: 'Verdana', size: 9 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard – action plan 2024-25 (from the 2024 WDES data)'], { merge: ['A', 'H'], style: { bold: true } });
  p.blank();
  const h = p.header(['No', 'Metric', 'Issue identified', 'Action', 'Responsible lead', 'Completion date', 'Status', 'Update'], { style: { fill: C.tan, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const DF = 'dd/mm/yyyy';
  const rows = [
    ['1', '1', ['1'], 'Only 6% of staff declared on ESR against 24% in the staff survey.', 'Send every member of staff a personal link to update their equality details on ESR, with a short note on why it matters.', 'Workforce Information Lead', D(2024, 9, 30), 'Complete', 'Link sent in August; ESR declaration now 8.3%.'],
    ['2', '2', ['2'], 'Disabled shortlisted applicants less likely to be appointed (RL 1.34).', 'Check each month that every disabled applicant who met the essential criteria was interviewed, using a TRAC report.', 'Recruitment Team Leader', 'End of Q3', 'In progress', 'Report built; first monthly check in December.'],
    ['3', '3', ['3'], 'Four capability cases, three involving disabled staff.', 'Ask an HR business partner to review every capability case involving a disabled member of staff before it reaches a formal stage.', 'Head of HR', D(2024, 10, 31), 'Complete', 'Review step added to the HR case tracker in October.'],
    ['4', '4a', ['4a'], 'Disabled staff report more abuse from patients and relatives (32% against 24%).', 'Add disability to the violence and aggression reduction plan and publish incidents by team each quarter.', 'Health & Safety Manager', D(2024, 12, 31), 'In progress', 'Q2 data shared at the Health & Safety Committee.'],
    ['5', '4b', ['4b'], 'Bullying from colleagues: 21% against 13%.', 'Offer mediation and an early resolution meeting as the first step when disabled staff report bullying by colleagues.', 'Head of HR', D(2025, 3, 31), 'Not started', ''],
    ['6', '5', ['5'], 'Fewer disabled staff believe they have equal chances of promotion.', 'Introduce an adjustments conversation into every appraisal and record it on the appraisal form.', 'Head of Learning & Development', '31st March 2025', 'In progress', 'Appraisal form changed from 1 October.'],
    ['7', '7', ['7'], 'Managers say the cost of equipment puts them off making adjustments.', 'Create a central workplace adjustments fund so that teams are not put off by cost.', 'Deputy Director of People', D(2024, 11, 30), 'Complete', '£25,000 fund agreed by the Executive Team.'],
    ['8', '9b', null, 'Network not involved in reviewing people policies.'],
    ['9', '9a', ['9a'], 'Engagement score 6.4 against 6.9.', 'Give the Disability and Long Term Conditions Network protected time and a seat on the People and Culture Committee.', 'Chief People Officer', 'Ongoing', 'In progress', 'Committee seat agreed; protected time still under discussion.'],
    ['10', '10', ['10'], 'No board member has declared a disability.', "Include disability in the board's skills and diversity self-assessment, and invite a network member to a board seminar.", 'Trust Secretary', D(2025, 2, 28), 'Not started', 'Seminar pencilled in for February.'],
  ];
  let stub = 0;
  for (const [no, met, inds, issue, act, lead, dt, st, upd] of rows) {
    if (!inds) { stub = p.line([no, met, issue, '', '', '', '', ''], { border: true, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] }); continue; }
    const due = dt instanceof Date ? shown(dt, DF) : dt;
    p.action([no, met, issue, act, lead, dt, st, upd], { ref: no, indicators: inds, action: act, lead, due, status: st, progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { color: 'FF595959' }, {}, {}, { numFmt: DF, alignment: { horizontal: 'center' } }] });
  }
  for (let r = h + 1; r <= p.r; r++) p.ws.getCell(`G${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete"'], showErrorMessage: true };
  p.blank();
  p.line(['Owner: Equality, Diversity and Inclusion Manager. Review: quarterly at the People and Culture Committee.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health and care trust). Sheet 'WDES 2024-25': trust name, title, a blank row, the tan header 'No | Metric | Issue identified | Action | Responsible lead | Completion date | Status | Update' (row 4, frozen), rows numbered 1–10 and, after a blank row, a small italic owner / review line. Completion dates are entered every which way: real dates shown dd/mm/yyyy, and typed text 'End of Q3', '31st March 2025', 'Ongoing'. Status from a drop-down (Not started, In progress, Complete), uncoloured. Everyday quirk: row 12 (No. 8) was STARTED AND NEVER FINISHED – its number, metric '9b' and an issue are typed, but Action, lead, date, status and update are empty. Judgement calls: No. 8 sets out no work, so it is not an action (a non-action row; the plan has nine actions, numbered 1–7, 9 and 10); the Issue identified column is the finding (context), never the action; lead = Responsible lead; due = Completion date as displayed or typed ('End of Q3', '31st March 2025' and 'Ongoing' kept as written); status as written, rag null (no colour); progress = Update; ref = No; indicators from the Metric column (4a and 4b on separate rows); theme null. The owner line names no lead.", { indCol: 'B', notFrom: ['C'], dataRows: [stub], forbidden: ['Equality, Diversity and Inclusion Manager'] });
}
