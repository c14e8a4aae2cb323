// holdout36-wres-2017-18-fernhallow: a SMALL specialist trust's short WRES plan on 'Sheet1': a few lines, six actions, leads as job
// initials explained in a key under the table, 'When' mixing a month and 'Ongoing', an approval line. No status, no progress.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fernhallow Eye Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout36-wres-2017-18-fernhallow', sheet: 'Sheet1', standard: 'WRES', period: '2017-18', trust, widths: [10, 62, 9, 12], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { style: { bold: true } });
  p.line(['WRES action plan 2017/18'], { style: { bold: true } });
  p.line(['We employ 412 staff, 58 of whom are BME. Small numbers mean some indicators move a lot from year to year; the actions below are the ones we can deliver with our own resources.'], { merge: ['A', 'D'], height: 44 });
  p.blank();
  p.header(['Indicator', 'Action', 'Who', 'When'], { style: { fill: C.grey } });
  const acts = [
    ['Ind 2', 'Remove names and dates of birth from application forms before shortlisting for all non-medical posts.', 'HRD', 'Oct-17'],
    ['Ind 2', 'Include a BME member of staff on interview panels for Band 7 and above wherever possible.', 'HRD', 'Ongoing'],
    ['Ind 4', 'Record who applies for and receives study leave funding, by ethnicity, starting with nursing and orthoptics.', 'CN', 'Dec-17'],
    ['Ind 5 & 6', 'Hold two staff focus groups on bullying and harassment, one for theatre staff and one for outpatients.', 'HRD / CN', 'Jan-18'],
    ['Ind 7', 'Explain in the staff newsletter how acting-up and secondment opportunities are advertised.', 'HRD', 'Nov-17'],
    ['Ind 9', 'Report the ethnicity of the Board and council of governors in the annual report.', 'CoSec', 'Jun-18'],
  ];
  for (const [ind, act, who, when] of acts) {
    const inds = ind.replace('Ind ', '').split(' & ');
    p.action([ind, act, who, when], { indicators: inds, action: act, lead: who, due: when });
  }
  p.blank();
  p.line(['HRD – HR Director;  CN – Chief Nurse;  CoSec – Company Secretary'], { merge: ['A', 'D'], style: { italic: true, font: { size: 9 } } });
  p.line(['Agreed by the Executive Management Team 19/09/2017. To be reviewed in March 2018.'], { merge: ['A', 'D'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a small specialist eye hospital) – a SHORT plan on 'Sheet1': the trust name, 'WRES action plan 2017/18', a paragraph on staff numbers (412 staff, 58 BME), a grey header 'Indicator | Action | Who | When' and six actions, then a key line explaining the job initials (HRD, CN, CoSec) and an approval line (Executive Management Team 19/09/2017, review in March 2018). No status, progress or refs. 'When' is TYPED TEXT ('Oct-17', 'Ongoing'). Judgement calls: indicators from the Indicator column with its 'Ind' prefix dropped ('Ind 5 & 6' gives ['5', '6']); lead = the initials as written ('HRD / CN' for the joint one) – the key below explains them but the plan's lead cell is the initials, so they are not expanded; due as written ('Oct-17', 'Ongoing'); the key and approval lines are not actions and the approval date / review month are not dues; ref '' (none); status '' and rag null; theme null.", { forbidden: ['19/09/2017', 'March 2018', 'Executive Management Team'], dataRows: [] });
}
