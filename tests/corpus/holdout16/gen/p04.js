// holdout16-wdes-2019-20-nettlecombe: ORDINARY first WDES plan in B:I with an EMPTY MARGIN column A; title + merged intro
// paragraph; a BRAG KEY BLOCK (four filled words + meanings) ABOVE the header; 'Metric | Description | Action | Owner |
// Start | Finish | BRAG | Comments'; 'Metric N' and its description MERGED DOWN per block (pre-2021 set, whole 4 and 9);
// Start + Finish real 'dd mmm yyyy' (due = Finish); status words filled; contact line below.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wdes-2019-20-nettlecombe', sheet: 'WDES Action Plan 2019-20', standard: 'WDES', period: '2019-20', trust: 'Nettlecombe Partnership NHS Foundation Trust', widths: [3, 11, 34, 54, 26, 13, 13, 12, 40], startCol: 2, font: { name: 'Calibri', size: 11 } });
  p.line(['Nettlecombe Partnership NHS Foundation Trust – Workforce Disability Equality Standard (WDES) Action Plan 2019-20'], { merge: ['B', 'I'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['The WDES is a set of ten metrics that compare the workplace and career experiences of disabled and non-disabled staff. This first plan was developed with the Disability and Wellbeing Network and approved by the Quality and People Committee in September 2019. It will be refreshed when the 2020 data are published.'], { merge: ['B', 'I'], height: 45 });
  p.blank();
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], 'At risk': [C.amber, 'amber'], 'Off track': [C.red, 'red', C.white] };
  p.line(['BRAG key'], { style: { bold: true } });
  for (const [w, m] of [['Complete', 'Action delivered'], ['On track', 'Expected to be delivered by the finish date'], ['At risk', 'Delivery by the finish date at risk'], ['Off track', 'Will not be delivered by the finish date']]) p.line([w, m], { border: true, styles: [{ fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }], merge: ['C', 'D'] });
  p.blank();
  p.header(['Metric', 'Description', 'Action', 'Owner', 'Start', 'Finish', 'BRAG', 'Comments'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const F = 'dd mmm yyyy';
  const blocks = [
    ['Metric 1', 'Disabled staff in each AfC band and medical grade compared with the overall workforce', '1', [
      ['Run a "Count me in" campaign with the staff network to increase disability declaration on ESR.', 'Head of Workforce Information', D(2019, 10, 1), D(2020, 1, 31), 'Complete', 'Declaration rate up from 3.1% to 4.4%.'],
      ['Add a disability breakdown to the monthly workforce dashboard for each care group.', 'Head of Workforce Information', D(2019, 11, 1), D(2020, 3, 31), 'On track', 'Dashboard mock-up agreed.'],
    ]],
    ['Metric 2', 'Relative likelihood of disabled staff being appointed from shortlisting', '2', [
      ['Sign up to Disability Confident Employer (level 2) and guarantee an interview to disabled applicants who meet the essential criteria.', 'Recruitment Manager', D(2019, 10, 1), D(2020, 3, 31), 'On track', 'Self-assessment submitted.'],
    ]],
    ['Metric 3', 'Relative likelihood of disabled staff entering the formal capability process', '3', [
      ['Review the capability policy so that reasonable adjustments are considered before any formal stage.', 'Employee Relations Lead', D(2019, 9, 1), D(2019, 12, 31), 'Complete', 'Revised policy ratified in December.'],
    ]],
    ['Metric 4', 'Harassment, bullying or abuse from patients, managers or colleagues, and reporting it', '4', [
      ['Include disability-related abuse in the violence and aggression reporting categories on Datix.', 'Head of Health and Safety', D(2019, 10, 1), D(2019, 12, 31), 'Complete', ''],
      ['Run workshops for managers on recognising and responding to disability-related bullying.', 'Head of Learning and Development', D(2020, 1, 1), D(2020, 3, 31), 'At risk', 'Facilitator not yet found.'],
    ]],
    ['Metric 6', 'Disabled staff feeling pressure from their manager to come to work when not well enough', '6', [
      ['Rewrite the attendance management guidance for managers with the network, with case studies on disability.', 'Employee Relations Lead', D(2019, 11, 1), D(2020, 2, 29), 'Off track', 'Policy review paused for the Agenda for Change changes.'],
    ]],
    ['Metric 8', 'Adequate adjustments made to enable disabled staff to carry out their work', '8', [
      ['Introduce a Workplace Adjustments Passport.', 'Head of Occupational Health', D(2019, 10, 1), D(2020, 3, 31), 'On track', 'Pilot in two wards.'],
      ['Set up a central budget for adjustments so that cost does not fall on the team budget.', 'Director of Finance', D(2019, 10, 1), 'Ongoing', 'At risk', 'Proposal to the Executive in February.'],
    ]],
    ['Metric 9', 'Staff engagement score, and facilitating the voices of disabled staff', '9', [
      ['Give the Disability and Wellbeing Network chair two days a month protected time and an executive sponsor.', 'Director of People', D(2019, 9, 1), D(2019, 10, 31), 'Complete', 'Agreed by the Executive; sponsor is the Medical Director.'],
    ]],
    ['Metric 10', 'Board voting membership compared with the overall workforce', '10', [
      ['Include a disability question in the Board member annual declaration.', 'Company Secretary', D(2020, 1, 1), D(2020, 3, 31), 'On track', ''],
    ]],
  ];
  for (const [metric, desc, ind, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([action, lead, start, fin, st, com], i) => {
      const isDate = fin instanceof Date;
      p.action([i ? null : metric, i ? null : desc, action, lead, start, fin, st, com], { indicators: [ind], action, lead, due: isDate ? shown(fin, F) : fin, status: st, rag: S[st][1], progress: com }, { styles: [{ bold: true }, {}, {}, {}, { numFmt: F }, isDate ? { numFmt: F } : {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    });
    mergeDown(p.ws, 'B', first, p.r); mergeDown(p.ws, 'C', first, p.r);
  }
  p.blank();
  p.line(['For more information contact the Equality and Inclusion Team.'], { merge: ['B', 'I'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan (2019-20), Calibri 11, laid out in B:I with an EMPTY MARGIN column A: NHS-blue title naming the trust (merged B:I), a merged intro paragraph, a blank row, then a BRAG KEY BLOCK ABOVE the table – a bold 'BRAG key' label and four rows of a filled word + meaning (Complete blue, On track green, At risk amber, Off track red) – a blank row, and the pale-blue header 'Metric | Description | Action | Owner | Start | Finish | BRAG | Comments' (row 10). 'Metric N' (bold) and a short description are MERGED DOWN over each block of one or two actions; every action takes its block's metric (pre-2021 set: whole 4 and 9; no actions for 5 and 7). Start and Finish are real dates shown 'dd mmm yyyy' (one Finish 'Ongoing' as text); gold due = Finish. Status words filled per the key. Comments = progress (two empty). Contact line below. Judgement calls: due = Finish, not Start; the merged description is context, not an outcome; the key rows above the header are non-action rows.", { ragCol: 'H', mode: 'fill' });
}
