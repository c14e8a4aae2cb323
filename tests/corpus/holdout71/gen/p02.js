// holdout71-wres-2017-18-tollerdale: acute trust, a single-table WRES plan in the shape of a real published 2016/17 trust plan (paperzz
// 7117196): 'Activity | Planned completion period | Lead | Completed (G) In Progress (A) Yet to Begin (R) | Relevant to WRES indicator'
// – the status key IS the status header, the letters sit on their colours, and the indicator column comes LAST ('All', '1,7', blank).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tollerdale Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2017-18-tollerdale', sheet: 'WRES Action Plan', standard: 'WRES', period: '2017-18', trust, widths: [70, 16, 26, 15, 14], font: { name: 'Calibri', size: 11 } });
  p.line(['Workforce Race Equality Standards (WRES) Action Plan 2017/2018'], { merge: ['A', 'E'], height: 22, style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line([`${trust} – Equality & Diversity`], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.header(['Activity', 'Planned completion period', 'Lead', 'Completed (G)\nIn Progress (A)\nYet to Begin (R)', 'Relevant to WRES 2017 indicator'], { height: 48, style: { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } }, styles: [{ alignment: { horizontal: 'left', vertical: 'middle' } }] });
  const F = { G: C.green, A: C.amber, R: C.red }; const RAG = { G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['Annual data validation exercise, checking the ethnicity recorded in ESR against starter forms', 'March 2018', 'Workforce Information', 'G', '1'],
    ['Relaunch the Trust BME staff network with an executive sponsor and agreed terms of reference', '2017/18', 'E&D leads', 'G', 'All'],
    ['Use the existing equality link roles to promote the WRES. E&D links to encourage BME managers to share their experience in their own networks and act as role models', '2017/18', 'E&D leads', 'A', 'All'],
    ['Engage Staff Side representatives and the Joint Negotiating Committee in the WRES', 'Ongoing', 'E&D leads/Staff Side Chair', 'A', 'All'],
    ['Review the interview training given to recruiting managers – does it raise awareness of equality and diversity issues enough?\nConsider including this training in other Trust management training programmes.', 'Q3 2017/18', 'OD/HR Advisors', 'A', '2'],
    ['Establish a mentoring scheme for BME staff who want support with their career aspirations', '2017/18', '', 'R', '1,7'],
    ['Include a statement in job adverts encouraging applications from under-represented groups and make sure adverts reach those groups', 'September 2017', 'Recruitment', 'G', '1'],
    ['Set up a working group to define non-mandatory training across the Trust and collect non-mandatory training data by ethnicity, so that access to training can be compared reliably', '2017/18', 'Learning & Development (OD, Practice Development and Medical Education)', 'A', '4'],
    ['E&D Executive Lead to sit on the recruitment panel for all Director roles', 'Ongoing', 'E&D Executive Lead', 'G', '1,9'],
    ['Improve the quality of the disciplinary data held and put in place a system for recording the ethnicity of staff at each stage of a case', 'December 2017', 'HR Advisory/ER Manager', 'R', '3'],
    ['Refer staff who report racist abuse from patients or visitors to the Staff Support service and record each incident on Datix', 'Ongoing', 'Security Manager', 'A', '5'],
    ['Embed equality and diversity in the directorate people plans', 'March 2018', 'HRBPs', 'A', 'All'],
    ['Publish and promote the WRES report and action plan through Trust communications', 'July 2017', 'Communications/E&D leads', 'G', ''],
  ];
  for (const r of rows) {
    const [act, per, lead, st, ind] = r;
    const inds = /^all$/i.test(ind) ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : ind ? ind.split(',') : [];
    p.action(r, { indicators: inds, action: act, lead, due: per, status: st, rag: RAG[st] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, { fill: F[st], bold: true, alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Abbreviations: E&D – equality and diversity; OD – organisational development; HRBP – HR business partner; ER – employee relations; ESR – electronic staff record.'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  p.line(['Approved by the Workforce Committee on 14 September 2017. Progress reviewed at each meeting of the Equality & Diversity Group.'], { merge: ['A', 'E'], style: { italic: true, font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.ws.autoFilter = 'A4:E17';
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) laid out like a real published 2016/17 WRES action plan of an NHS trust: sheet 'WRES Action Plan', the title 'Workforce Race Equality Standards (WRES) Action Plan 2017/2018', a trust line, a blank row, then ONE header (row 4, frozen, with a filter) 'Activity | Planned completion period | Lead | Completed (G) / In Progress (A) / Yet to Begin (R) | Relevant to WRES 2017 indicator' – the status KEY is the status header itself – and thirteen activities with no numbers and no sections, then an abbreviations line and an approval line. Each status cell holds a bold letter G, A or R on its colour; the INDICATOR column comes last and holds one number, two joined by a comma ('1,7', '1,9'), 'All' or nothing. Judgement calls: every activity row is an action (ref ''); the activity whose cell holds two sentences on two lines ('Review the interview training … Consider including this training …') is ONE action, kept whole; lead as written ('Learning & Development (OD, Practice Development and Medical Education)' whole), '' where the Lead cell is blank (the mentoring scheme); due = Planned completion period as written ('2017/18', 'Q3 2017/18', 'Ongoing'); status = the letter, rag from its fill (G green, A amber, R red, as the header key says); indicators from the last column in the order written ('1,7' → ['1','7']), 'All' = all nine, [] where it is blank; theme null. The approval date (14 September 2017) is no due; the abbreviations line is not an action.", { mode: 'fill', ragCol: 4, indCol: { col: 'E', mode: 'codes' }, forbidden: ['14 September 2017'] });
}
