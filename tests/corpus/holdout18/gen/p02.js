// holdout18-wdes-2019-20-wolverley: ORDINARY first WDES plan of a WOMEN'S HOSPITAL (maternity and gynaecology), Calibri 11 –
// magenta merged title, merged intro paragraph; header 'Metric | Current position (2019) | Objective | Action | Responsible |
// Deadline | Status'; 'WDES 1', 'WDES 4', 'WDES 5 and 7' (pre-2021 set, whole 4 and 9); real 'dd-mmm-yy' deadlines; status
// words in Excel's Good / Neutral / Bad cell styles; a KEY ROW of the three styled words BELOW the table; approval line.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout18-wdes-2019-20-wolverley', sheet: 'WDES plan', standard: 'WDES', period: '2019-20', trust: "Wolverley Women's Hospital NHS Foundation Trust", widths: [12, 32, 28, 54, 28, 12, 14], font });
  p.line(["Wolverley Women's Hospital NHS Foundation Trust – Workforce Disability Equality Standard Action Plan 2019/20"], { merge: ['A', 'G'], height: 24, style: { bold: true, font: { size: 14 }, color: C.white, fill: 'FF8E2464', alignment: { vertical: 'middle' } } });
  p.line(['This is our first WDES action plan. It was written with the Enable staff network after we published our 2019 WDES data in August. Progress is reported to the People and Culture Committee every quarter.'], { merge: ['A', 'G'], height: 32 });
  p.blank();
  p.header(['Metric', 'Current position (2019)', 'Objective', 'Action', 'Responsible', 'Deadline', 'Status'], { style: { fill: 'FFF2DCDB', alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Completed: [C.goodG, 'FF006100', 'green'], 'In progress': [C.neutralA, 'FF9C5700', 'amber'], 'Not started': [C.badR, 'FF9C0006', 'red'] };
  const F = 'dd-mmm-yy';
  const data = [
    ['WDES 1', ['1'], '2.9% of staff have declared a disability on ESR; 17% did so in the staff survey.', 'Improve declaration rates', 'Run a "Count me in" campaign explaining why disability data matters, with stories from network members.', 'Head of Workforce Information', D(2019, 12, 31), 'Completed'],
    ['WDES 1', ['1'], '', 'Improve declaration rates', 'Add a disability question to the annual appraisal paperwork.', 'Head of Learning and Development', D(2020, 3, 31), 'In progress'],
    ['WDES 2', ['2'], 'Non-disabled applicants are 1.4 times more likely to be appointed from shortlisting.', 'Fair recruitment', 'Sign up to Disability Confident Level 2 and guarantee an interview to disabled applicants who meet the essential criteria.', 'Recruitment Manager', D(2020, 1, 31), 'In progress'],
    ['WDES 3', ['3'], 'Disabled staff are 2.1 times more likely to enter formal capability (small numbers).', 'Fair performance management', 'Require an occupational health referral and an adjustments discussion before any formal capability meeting.', 'Head of Employee Relations', D(2019, 11, 30), 'Completed'],
    ['WDES 4', ['4'], '31% of disabled staff experienced harassment from patients or relatives (23% non-disabled).', 'Safe to work', 'Include disability in the "Respect our staff" campaign across the maternity units.', 'Director of Midwifery', D(2020, 2, 28), 'Not started'],
    ['WDES 5 and 7', ['5', '7'], 'Fewer disabled staff believe they have equal opportunities or feel valued.', 'Career development', 'Offer coaching through the regional coaching network to disabled staff who ask for it.', 'Head of Learning and Development', D(2020, 3, 31), 'In progress'],
    ['WDES 6', ['6'], '35% of disabled staff felt pressure to come to work when unwell.', 'Healthy working', 'Change the sickness absence policy so that disability-related absence is recorded separately.', 'Head of Employee Relations', D(2020, 3, 31), 'Not started'],
    ['WDES 8', ['8'], '71% of disabled staff say adequate adjustments have been made.', 'Reasonable adjustments', 'Write a reasonable adjustments passport that moves with the member of staff when they change role.', 'Occupational Health Manager', D(2019, 12, 31), 'Completed'],
    ['WDES 9', ['9'], 'Engagement score 6.7 (disabled) v 7.1 (non-disabled); the Enable network has 24 members.', 'Staff voice', 'Give the Enable network protected time for its chair and a budget.', 'Director of People', D(2019, 10, 31), 'Completed'],
    ['WDES 10', ['10'], 'No Board member has declared a disability.', 'Board', 'Ask Board members to complete the equality monitoring form and report the result.', 'Company Secretary', D(2020, 3, 31), 'In progress'],
  ];
  for (const [m, inds, pos, obj, action, lead, due, st] of data)
    p.action([m, pos || null, obj, action, lead, due, st], { indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][2] }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], color: S[st][1] }] });
  p.blank();
  p.line([null, null, null, null, 'Key:', 'Completed', 'In progress', 'Not started'].slice(0, 7).concat([]), { styles: [{}, {}, {}, {}, { bold: true, alignment: { horizontal: 'right' } }, { fill: C.goodG, color: 'FF006100' }, { fill: C.neutralA, color: 'FF9C5700' }] });
  p.ws.getCell(`H${p.r}`).value = 'Not started'; p.ws.getCell(`H${p.r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.badR } }; p.ws.getCell(`H${p.r}`).font = { ...font, color: { argb: 'FF9C0006' } };
  p.blank();
  p.line(['Approved by the Trust Board on 26 September 2019. Executive lead: Director of People.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan of a WOMEN'S HOSPITAL (maternity and gynaecology), Calibri 11: a magenta merged title bar naming the trust and 'Workforce Disability Equality Standard Action Plan 2019/20', a merged intro paragraph (first plan, written with the Enable network), a blank row, then a pink header 'Metric | Current position (2019) | Objective | Action | Responsible | Deadline | Status' (row 4). Metrics as 'WDES N' (2019 set, whole 4 and 9; 'WDES 5 and 7' = 5 and 7); the current position is written on the first row of a metric only; Objective is a short phrase on every row (a column, not a theme). Deadlines are real dates shown 'dd-mmm-yy' ('31-Dec-19'). Status words in Excel's Good / Neutral / Bad cell styles: Completed (pale green) → green, In progress (pale yellow) → amber, Not started (pale red) → red. Under the table a KEY ROW 'Key: | Completed | In progress | Not started' in the same styles (E:H) and an approval line (non-action). No progress column. Judgement calls: Completed is green (the plan has no blue); the current position is context, not outcome; the objective is a column, not a theme.", { ragCol: 'G', mode: 'fill' });
}
