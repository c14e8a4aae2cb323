// holdout84-wres-2020-21-wrayfield: community and mental health trust's WRES plan typed by someone who pressed Enter instead of
// Alt+Enter: an action, a lead or an update runs on into the row below, which has no number and nothing else; statuses are plain words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrayfield Community and Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout84-wres-2020-21-wrayfield', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust, widths: [5, 10, 58, 24, 13, 40, 13], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { style: { bold: true, font: { size: 12 } } });
  p.line(['WRES action plan 2020-21 (updated November 2020)'], { style: { bold: true } });
  p.blank();
  p.header(['#', 'Indicator', 'Action', 'Responsible', 'Target date', 'Update Nov 2020', 'Status'], { style: { fill: 'FFD9E1F2' } });
  const nf = { alignment: { wrapText: false } };
  // [no, ind, [action lines], [lead lines], due, [update lines], status]
  const rows = [
    ['1', '1', ['Publish a breakdown of BAME staff by band for each care group on the intranet every six months.'], ['Head of Workforce Information'], 'Oct 2020', ['First breakdown published in October.'], 'Complete'],
    ['2', '2', ['Make sure every interview panel for Band 7 and above has a trained BAME panel member, and', 'keep a record of panel make-up on TRAC.'], ['Recruitment Manager'], 'Dec 2020', ['Panel list agreed; recording on TRAC from January.'], 'In progress'],
    ['3', '3', ['Introduce a decision-making checklist before any formal disciplinary case is started.'], ['Associate Director of', 'Employee Relations'], 'Sep 2020', ['Checklist in use since September.'], 'Complete'],
    ['4', '4', ['Monitor who gets study leave and funding for non-mandatory training by ethnicity and', 'report it to the Education Board.'], ['Head of Learning and', 'Development'], 'Jan 2021', ['Data from ESR requested; Education Board in', 'February will see the first report.'], 'In progress'],
    ['5', '5', ['Work with the community nursing teams on a script for responding to racist comments in', 'patients’ homes and make sure lone workers can call for support.'], ['Associate Director of', 'Nursing (Community)'], 'Feb 2021', ['Draft script shared with the BAME Network.'], 'In progress'],
    ['6', '6, 8', ['Offer every BAME member of staff a wellbeing conversation and Covid-19 risk assessment.'], ['Occupational Health Manager'], 'Jul 2020', ['96% completed.'], 'Complete'],
    ['7', '7', ['Launch reverse mentoring for the executive team with BAME Network members.'], ['Director of People'], 'Mar 2021', ['Delayed by second wave.'], 'Delayed'],
    ['8', '9', ['Add an objective on race equality to every executive director’s appraisal.'], ['Chief Executive'], 'Apr 2020', ['Done for 2020/21 appraisals.'], 'Complete'],
  ];
  for (const [no, ind, al, ll, due, ul, st] of rows) {
    const r = p.action([no, ind, al[0], ll[0], due, ul[0], st], { ref: no, indicators: ind.split(', '), action: al.join(' '), lead: ll.join(' '), due, status: st, progress: ul.join(' ') }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, nf, nf, {}, nf, {}] });
    const n = Math.max(al.length, ll.length, ul.length); const joins = [];
    for (let k = 1; k < n; k++) p.line(['', '', al[k] || '', ll[k] || '', '', ul[k] || '', ''], { border: true, styles: [{}, {}, nf, nf, {}, nf, {}] });
    const more = (lines) => lines.slice(1).map((_, k) => r + 1 + k);
    if (al.length > 1) joins.push({ col: 3, rows: more(al) });
    if (ll.length > 1) joins.push({ col: 4, rows: more(ll) });
    if (ul.length > 1) joins.push({ col: 6, rows: more(ul) });
    if (joins.length) p.joins[r] = joins;
  }
  p.ws.dataValidations.add('G5:G40', { type: 'list', allowBlank: true, formulae: ['"Complete,In progress,Delayed,Not started"'] });
  p.blank();
  p.line(['Status: Complete / In progress / Delayed / Not started'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust). Sheet 'Sheet1': trust name and title in column A (not merged), then the header '# | Indicator | Action | Responsible | Target date | Update Nov 2020 | Status' (row 4) and eight numbered actions. The cells were typed without wrap by someone who pressed Enter where Alt+Enter was meant: the text of an Action, Responsible or Update cell RUNS ON INTO THE ROW BELOW, which has no number, no indicator, no date and no status (actions 2, 4 and 5 in Action; 3, 4 and 5 in Responsible; 4 in Update). Judgement calls: a run-on row is a continuation of the numbered row above, never an action of its own (no number, nothing but the rest of a sentence – ‘keep a record of panel make-up on TRAC.’ cannot stand alone, and ‘Employee Relations’ is half a job title); each field is the two lines joined with a space ('Associate Director of Employee Relations'); ref = #; due = Target date as typed; progress = the update, joined; status = the plain word from a drop-down list, uncoloured → rag null; the November 2020 update date is no due; indicators from Indicator ('6, 8' → both).", { notFrom: ['B'], forbidden: ['November 2020', 'Nov 2020'] });
}
