// holdout53-wres-2018-19-penmarsh: an ambulance trust's WRES tracker with a TWO-ROW header (group cells WHAT / WHO / WHEN / HOW WILL WE
// KNOW / WHERE ARE WE over their columns). Each Action cell is rich text: a bold title line, then '▪' detail bullets; 'Leads' lists two
// people on separate lines; WHEN has Start and Finish; Commentary holds dated '•' updates; Status is a word on a fill.
import { Book, Plan, C, D, rich } from './lib.js';
import { L, nz, H, plain } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Penmarsh Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout53-wres-2018-19-penmarsh', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [9, 10, 56, 26, 11, 11, 36, 13, 46] });
  p.line([`${trust} – Workforce Race Equality Standard Action Plan 2018-19`], { merge: ['A', 'I'], style: { bold: true, font: { size: 13 }, color: C.white, fill: C.darkblue } });
  p.line(['Tracker reviewed by the Inclusion Steering Group. Version 3, 11 February 2019.'], { merge: ['A', 'I'], style: { italic: true } });
  p.blank();
  const g = p.header(['WHAT', '', '', 'WHO', 'WHEN', '', 'HOW WILL WE KNOW', 'WHERE ARE WE', ''], { style: { fill: C.nhs, color: C.white, alignment: { horizontal: 'center' } } });
  for (const [a, b] of [['A', 'C'], ['E', 'F'], ['H', 'I']]) p.ws.mergeCells(`${a}${g}:${b}${g}`);
  p.header(['Ref', 'WRES ind.', 'Action', 'Leads', 'Start', 'Finish', 'Measures', 'Status', 'Commentary'], { style: { fill: C.paleblue } });
  const B = (t) => ({ text: t, font: { bold: true } });
  const ST = { Complete: C.green, 'In progress': C.amber, 'Not started': C.grey, Delayed: C.red };
  const rows = [
    ['PAS-W1', '1', [B('Positive action recruitment days in under-represented areas'), '\n▪ Two open days a year in the city stations\n▪ Mock assessment and interview practice\n▪ Follow-up call to every attendee'], L('Head of Recruitment', 'Community Engagement Officer'), D(2018, 5, 1), D(2018, 11, 30), L('▪ 2 events held', '▪ 15% of trainee applicants BME'), 'Complete', L('• 22/06/18: first day at Westgate station, 41 attendees', '• 17/11/18: second day held, 36 attendees')],
    ['PAS-W2', '2', [B('Diverse interview panels for paramedic and EMD posts'), '\n▪ BME panel member for every panel\n▪ Panel training for 25 volunteers'], L('Head of Recruitment', 'Chair, Race Equality Network'), D(2018, 6, 1), D(2019, 3, 31), '▪ Relative likelihood below 1.50', 'In progress', L('• 03/10/18: 18 volunteers trained', '• 08/01/19: panels covered on 70% of dates')],
    ['PAS-W3', '3', [B('Independent check of disciplinary referrals'), '\n▪ Head of Employee Relations reviews every referral of a BME member of staff\n▪ Quarterly report to the Steering Group'], L('Head of Employee Relations', 'Deputy Director of HR'), D(2018, 4, 1), D(2018, 9, 30), '▪ Relative likelihood below 1.25', 'Complete', '• 28/09/18: check in place, 14 cases reviewed to date'],
    ['PAS-W4', '5', [B('Support for crews after racist abuse from patients or the public'), '\n▪ Add a racist abuse category to the incident form\n▪ Debrief offered by the duty manager\n▪ Police liaison officer to follow up every report'], L('Head of Health, Safety and Security', 'Police Liaison Officer'), D(2018, 7, 1), D(2019, 3, 31), L('▪ Incident category live', '▪ Reports up, staff survey score down'), 'In progress', L('• 12/09/18: form updated', '• 20/12/18: debrief guide drafted, not yet launched')],
    ['PAS-W5', '6', [B('Civility and respect training for station and team leaders'), '\n▪ Half-day workshop\n▪ Added to the leadership programme'], L('Head of Organisational Development', 'Learning Manager'), D(2018, 9, 1), D(2019, 3, 31), '▪ 80% of team leaders trained', 'Delayed', '• 14/01/19: winter pressures stopped release; restart in April'],
    ['PAS-W6', '7', [B('Career clinics for BME staff'), '\n▪ Monthly clinic on each divisional site\n▪ CV and application feedback'], L('Learning Manager', 'Chair, Race Equality Network'), D(2018, 10, 1), D(2019, 2, 28), '▪ 40 staff seen', 'In progress', '• 30/01/19: 23 staff seen at 6 clinics'],
    ['PAS-W7', '9', [B('Board reciprocal mentoring'), '\n▪ Pair each executive director with a BME colleague\n▪ Review after six months'], L('Chief Executive', 'Director of People'), D(2019, 1, 1), D(2019, 7, 31), '▪ All executives paired', 'Not started', ''],
  ];
  for (const [ref, ind, act, lead, s, f, meas, st, com] of rows) {
    const v = rich(...act); const fmt = (d) => `${String(d.getUTCDate()).padStart(2, '0')}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
    p.action([ref, ind, v, lead, s, f, meas, st, com], { ref, indicators: [ind], action: nz(plain(v)), lead: nz(lead), due: fmt(f), status: st, rag: { Complete: 'green', 'In progress': 'amber', 'Not started': null, Delayed: 'red' }[st], progress: nz(com), outcome: nz(meas) }, { height: H(plain(v), com, lead), styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'dd-mmm-yy' }, { numFmt: 'dd-mmm-yy' }, {}, { fill: ST[st] }] });
  }
  p.blank();
  p.line(['Status key: Complete (green) · In progress (amber) · Delayed (red) · Not started (grey)'], { merge: ['A', 'I'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) kept as a tracker: a dark-blue title bar (trust + title in one cell), a version line, a blank row, a TWO-ROW HEADER – group cells 'WHAT' (over Ref, WRES ind., Action), 'WHO', 'WHEN' (over Start, Finish), 'HOW WILL WE KNOW', 'WHERE ARE WE' (over Status, Commentary) in row 4, then 'Ref | WRES ind. | Action | Leads | Start | Finish | Measures | Status | Commentary' in row 5 – seven actions and a status key line. The cells hold structure: each ACTION cell is rich text – a BOLD TITLE LINE then '▪' detail bullets on their own lines; LEADS lists two people (roles) on separate lines; MEASURES are '▪' lines; COMMENTARY holds dated '•' updates ('• 22/06/18: …'). Judgement calls: one row = one action – the '▪' bullets are the detail of that action, not actions; the action is the whole cell (title and bullets) with whitespace collapsed; lead = the whole Leads cell collapsed (both, neither chosen); due = FINISH as shown (dd-mmm-yy), never Start; ref = 'PAS-W1' …; indicators from the WRES ind. column; status = the word, rag from its fill (grey Not started = none, rag null); progress = the whole Commentary cell collapsed (all its dated bullets, not only the latest); outcome = the Measures cell; the group header row and the key are not actions (the key's colours are not a status).", { actionCol: 'C', leadCol: 'D', mode: 'fill', ragCol: 9 - 1, progressCol: 'I', outcomeCol: 'G' });
}
