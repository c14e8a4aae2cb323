// holdout89-wres-2018-19-ravelsby: an AMBULANCE trust's WRES tracker kept by the Inclusion Lead: title, trust, a 'last reviewed' line,
// then a filtered, frozen table whose action numbers are typed '18/01' … (text that looks like a date); completion dates real
// (dd/mm/yyyy); status chosen from a drop-down and filled by hand; two officers in one cell.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ravelsby and Coast Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout89-wres-2018-19-ravelsby', sheet: 'WRES tracker', standard: 'WRES', period: '2018-19', trust, widths: [10, 54, 14, 30, 14, 16, 44], font: { name: 'Arial', size: 9 } });
  p.line(['WRES ACTION PLAN 2018/19 – TRACKER'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Last reviewed: Inclusion Steering Group 14/11/2018. Next review: February 2019.'], { merge: ['A', 'G'], style: { italic: true } });
  const hr = p.header(['Action No.', 'Description of action', 'WRES indicator(s)', 'Responsible officer', 'Completion date', 'Status', 'Evidence / update'], { style: { fill: C.nhs, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  const FILL = { Complete: C.green, 'On track': C.lightgreen, 'Behind schedule': C.amber, 'Not yet started': null };
  const RAG = { Complete: 'green', 'On track': 'green', 'Behind schedule': 'amber', 'Not yet started': null };
  const F = 'dd/mm/yyyy';
  const rows = [
    ['18/01', 'Break down the BME workforce profile by operational grade (ECA, technician, paramedic, team leader, station manager) and by area, and share it with each area management team.', 'WRES 1', 'Workforce Information Manager', D(2018, 7, 31), 'Complete', 'Profiles issued to all five areas in July.', ['1']],
    ['18/02', 'Go out to local colleges, mosques, temples and community groups in the two cities to promote the student paramedic and ECA routes.', 'WRES 2', 'Recruitment & Resourcing Manager / Community Engagement Officer', D(2018, 12, 31), 'On track', 'Nine events held; 31 applications traced to outreach.', ['2']],
    ['18/03', 'Add a BME assessor to the driving and fitness assessment days and review the pass rates by ethnicity after each cohort.', 'WRES 2', 'Head of Education', D(2019, 1, 31), 'Behind schedule', 'Assessors identified but not yet trained.', ['2']],
    ['18/04', 'Have the Head of HR review every decision to start a formal disciplinary investigation involving BME staff, with a monthly report to the Director of Workforce.', 'WRES 3', 'Head of HR', D(2018, 9, 30), 'Complete', 'Running since September; 6 cases diverted to local resolution.', ['3']],
    ['18/05', 'Record the ethnicity of everyone who applies for non-mandatory training (leadership, mentoring, advanced practice) and publish uptake twice a year.', 'WRES 4', 'Head of Education', D(2019, 3, 31), 'Not yet started', '', ['4']],
    ['18/06', 'Set up a reporting route in the Datix system for racist abuse from patients and the public, so crews can log it from the station.', 'WRES 5, 6', 'Head of Risk & Security', D(2018, 11, 30), 'On track', 'Datix category live; awareness briefings on stations through December.', ['5', '6']],
    ['18/07', 'Launch Freedom to Speak Up champions drawn from the BME Network in both emergency operations centres.', 'WRES 6 / 8', 'Freedom to Speak Up Guardian', D(2019, 2, 28), 'Behind schedule', 'Two of four champions in post.', ['6', '8']],
    ['18/08', 'Offer a positive action development course for BME staff wanting to move into team leader and clinical supervisor roles.', 'WRES 7', 'Leadership Development Lead', D(2019, 3, 31), 'On track', 'Course designed with the BME Network; first cohort March.', ['7']],
    ['18/09', 'Seek BME candidates for the two associate non-executive director posts through the NHS Improvement NeXT Director scheme.', 'WRES 9', 'Trust Secretary', D(2019, 3, 31), 'Not yet started', '', ['9']],
  ];
  const first = p.r + 1;
  for (const [no, act, ind, lead, dd, st, ev, inds] of rows) {
    p.action([no, act, ind, lead, dd, st, ev], { ref: no, indicators: inds, action: act, lead, due: shown(dd, F), status: st, rag: RAG[st], progress: ev }, { styles: [{ numFmt: '@', alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: F }, { fill: FILL[st] }, {}] });
  }
  p.ws.autoFilter = `A${hr}:G${p.r}`;
  p.ws.dataValidations.add(`F${first}:F${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Complete,On track,Behind schedule,Not yet started"'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Sheet 'WRES tracker', Arial 9: title 'WRES ACTION PLAN 2018/19 – TRACKER', the trust, an italic 'Last reviewed: Inclusion Steering Group 14/11/2018. Next review: February 2019.' line, then the NHS-blue header 'Action No. | Description of action | WRES indicator(s) | Responsible officer | Completion date | Status | Evidence / update' (row 4, frozen, with a filter) and nine actions, nothing below. Action numbers are TEXT '18/01' … '18/09' (year / number – they look like dates but are not). Completion dates are real dates shown dd/mm/yyyy. Status from a drop-down list, filled by hand: Complete green, On track light green, Behind schedule amber, Not yet started unfilled. Judgement calls: ref = the action number exactly as typed ('18/01', not a date); indicators from 'WRES n' ('WRES 5, 6' and 'WRES 6 / 8' → both); lead = Responsible officer as written, kept whole when it names two ('Recruitment & Resourcing Manager / Community Engagement Officer'); due = Completion date as displayed; status = the word, rag from the fill (light green → green; unfilled 'Not yet started' → null); progress = Evidence / update (two blank); the review dates in row 3 are no dues; theme null.", { mode: 'fill', ragCol: 6, indCol: 'C', forbidden: ['14/11/2018', 'February 2019'] });
}
