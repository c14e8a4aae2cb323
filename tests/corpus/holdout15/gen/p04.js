// holdout15-wdes-2019-20-eldermoor: ORDINARY first WDES plan – purple title, lilac header 'WDES Metric | Finding (2019
// data) | Action | Responsible lead | Timescale | Status | Update'; METRIC and FINDING MERGED DOWN per block ('Metric 4 –
// harassment'); text timescales ('Autumn 2019', 'End of Q4', 'Jan 2020'); status words filled (Complete green, In
// progress amber, Not started red); KEY as a HORIZONTAL ROW of filled words under the table; contact line.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wdes-2019-20-eldermoor', sheet: 'WDES Action Plan', standard: 'WDES', period: '2019-20', trust: 'Eldermoor Community NHS Trust', widths: [22, 34, 54, 28, 16, 14, 40] });
  p.line(['Eldermoor Community NHS Trust'], { style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2019-20'], { style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.blank();
  p.header(['WDES Metric', 'Finding (2019 data)', 'Action', 'Responsible lead', 'Timescale', 'Status', 'Update'], { style: { fill: C.lilac, alignment: { vertical: 'middle', wrapText: true } } });
  const S = { Complete: [C.green, 'green', C.white], 'In progress': [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const blocks = [
    ['Metric 1 – workforce representation', '3.1% of staff have declared a disability on ESR against 19% in the staff survey.', [
      [['1'], 'Run a "Why declare?" campaign encouraging staff to update their disability status on ESR self-service.', 'Head of Workforce Information', 'Autumn 2019', 'Complete', 'Campaign ran October; declaration up to 4.6%.'],
      [['1'], 'Add disability to the monthly workforce dashboard for each locality.', 'Head of Workforce Information', 'End of Q3', 'Complete', 'Live from December.'],
    ]],
    ['Metric 2 – shortlisting', 'Non-disabled applicants are 1.38 times more likely to be appointed from shortlisting.', [
      [['2'], 'Renew our Disability Confident Employer status and check every vacancy is advertised with the guaranteed interview scheme.', 'Recruitment Manager', 'Jan 2020', 'In progress', 'Self-assessment under way.'],
      [['2'], 'Offer recruiting managers a short module on reasonable adjustments at interview.', 'Recruitment Manager', 'End of Q4', 'Not started', 'Waiting for e-learning platform.'],
    ]],
    ['Metric 3 – capability', 'Disabled staff are 2.4 times more likely to enter the formal capability process.', [
      [['3'], 'Review the capability policy so that reasonable adjustments are considered before any formal stage.', 'Employee Relations Lead', 'Winter 2019/20', 'In progress', 'Draft with Staff Side.'],
    ]],
    ['Metric 4 – harassment, bullying or abuse', '33% of disabled staff experienced harassment from patients (24% non-disabled).', [
      [['4'], 'Include disability in the violence and aggression reporting guidance and Datix categories.', 'Health and Safety Manager', 'Autumn 2019', 'Complete', 'New Datix category in use.'],
      [['4'], 'Train Freedom to Speak Up champions to support disabled staff raising concerns.', 'Freedom to Speak Up Guardian', 'End of Q4', 'In progress', 'Two of five sessions delivered.'],
    ]],
    ['Metric 7 – feeling valued', 'Only 36% of disabled staff feel the organisation values their work.', [
      [['7'], 'Set up a Disabled Staff Network with an executive sponsor and protected time for its chair.', 'Head of Equality and Inclusion', 'Autumn 2019', 'Complete', 'Network launched 3 December, 28 members.'],
    ]],
    ['Metric 8 – reasonable adjustments', '71% of disabled staff say adequate adjustments have been made.', [
      [['8'], 'Introduce a Reasonable Adjustments Passport that moves with the member of staff between teams.', 'Head of Occupational Health', 'Jan 2020', 'In progress', 'Passport designed; launch February.'],
      [['8'], 'Create a central budget for equipment-based adjustments.', 'Director of Finance', 'End of Q4', 'Not started', 'Business case to Executive in March.'],
    ]],
    ['Metric 10 – Board', 'No Board member has declared a disability.', [
      [['10'], 'Invite Board members to update their equality monitoring information confidentially.', 'Company Secretary', 'End of Q3', 'Complete', 'All Board members responded.'],
    ]],
  ];
  for (const [metric, finding, acts] of blocks) {
    const first = p.r + 1;
    acts.forEach(([inds, action, lead, due, st, upd], i) => {
      p.action([i ? null : metric, i ? null : finding, action, lead, due, st, upd], { indicators: inds, action, lead, due, status: st, rag: S[st][1], progress: upd }, { styles: [{ bold: true }, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  p.blank();
  p.line(['Key:', 'Complete', 'In progress', 'Not started'], { border: true, styles: [{ bold: true }, { fill: C.green, color: C.white }, { fill: C.amber }, { fill: C.red, color: C.white }] });
  p.line(['No actions this year for metrics 5, 6 and 9 – see the narrative report to the Board (September 2019).'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Contact: equality@eldermoor.example.nhs.uk'], { merge: ['A', 'G'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY first WDES plan (2019-20): purple trust name and title (unmerged, column A), a blank row, then one lilac header 'WDES Metric | Finding (2019 data) | Action | Responsible lead | Timescale | Status | Update' (row 4). The metric ('Metric N – short title') and the finding are MERGED DOWN over each block of one or two actions; every action in a block takes its metric (whole metrics 1, 2, 3, 4, 7, 8, 10 – the pre-2021 set). Timescales are text ('Autumn 2019', 'End of Q3', 'Jan 2020', 'Winter 2019/20', 'End of Q4'). Status words filled: Complete green (white text) → green, In progress amber → amber, Not started red → red. Under the table, after a blank row: a KEY ROW of the three filled words after 'Key:', a note that metrics 5, 6 and 9 have no actions, and a contact line (all non-action rows). Judgement calls: the merged finding is context, not an outcome; the 'no actions for metrics 5, 6 and 9' note is not an action.", { ragCol: 'F', mode: 'fill' });
}
