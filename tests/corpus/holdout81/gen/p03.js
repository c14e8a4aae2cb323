// holdout81-wres-2018-19-sedgecote: community health trust, WRES tracker with 'Previous RAG (Jun 18)' and 'Current RAG (Oct 18)' side
// by side and a 'Change' arrow column, under three theme section rows; one current RAG left blank.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Sedgecote Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout81-wres-2018-19-sedgecote', sheet: 'Tracker Oct 18', standard: 'WRES', period: '2018-19', trust, widths: [8, 9, 46, 24, 12, 44, 11, 11, 8], font: { name: 'Tahoma', size: 9 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WRES Action Plan 2018-19 – progress at October 2018'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['Change:  ↑ improved since June   ↓ worse since June   → no change'], { merge: ['A', 'I'], style: { italic: true } });
  const hr = p.header(['Action no.', 'Indicator', 'Action', 'Responsible lead', 'Completion date', 'Update this period (Oct 2018)', 'Previous RAG (Jun 18)', 'Current RAG (Oct 18)', 'Change'], { style: { fill: C.nhs, color: C.white }, height: 30 });
  ws.views = [{ state: 'frozen', ySplit: hr }];
  const F = { Green: C.green, Amber: C.amber, Red: C.red, Complete: C.lightblue };
  const RG = { Green: 'green', Amber: 'amber', Red: 'red', Complete: 'blue' };
  const rows = [
    ['Recruitment and progression'],
    ['1.1', '2', 'Remove names, ages and places of training from shortlisting packs for all band 5 to 7 posts.', 'Recruitment Lead', 'Sep-18', 'Anonymised shortlisting live on TRAC since August.', 'Amber', 'Complete', '↑'],
    ['1.2', '7', 'Run a “Stepping Up” style development programme for BME staff in bands 4 to 6 in district nursing and therapies.', 'Head of Education & Training', 'Mar-19', 'Cohort of 16 started in September; funding for a second cohort not yet agreed.', 'Green', 'Amber', '↓'],
    ['1.3', '4', 'Record who is released for non-mandatory training by ethnicity on the training request form.', 'Head of Education & Training', 'Dec-18', 'Form changed; no data yet.', 'Red', 'Amber', '↑'],
    ['1.4', '1', 'Publish the number of BME staff in each band by locality to each locality management team.', 'Workforce Information Analyst', 'Oct-18', '', 'Green', 'Green', '→'],
    ['Discipline and wellbeing'],
    ['2.1', '3', 'Require an HR Business Partner to review any decision to start a formal investigation into a BME member of staff.', 'Associate Director of HR', 'Jul-18', 'Review step in place; 7 cases reviewed, 3 dealt with informally.', 'Green', 'Green', '→'],
    ['2.2', '5, 6', 'Give community nurses a way to report abuse from patients and colleagues by phone, with a named follow-up person.', 'Freedom to Speak Up Guardian', 'Jan-19', 'Phone line agreed with the Datix team; launch moved to January because of the Datix upgrade.', 'Amber', '', ''],
    ['2.3', '6', 'Train all team leaders in bystander intervention, starting with the three localities with the worst survey results.', 'Head of OD', 'Mar-19', 'Trainer booked for November.', 'Red', 'Red', '→'],
    ['Leadership and board'],
    ['3.1', '9', 'Advertise the next two non-executive vacancies through BME professional networks as well as the usual search firm.', 'Company Secretary', 'Ongoing', 'One vacancy advertised through three networks.', 'Green', 'Green', '→'],
    ['3.2', '8, 9', 'Ask each executive to sponsor one BME network member for a year.', 'Chief Executive', 'Mar-19', 'Six pairs agreed at the Executive Team in September.', 'Amber', 'Green', '↑'],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'I'], style: { bold: true, fill: C.paleblue } })); theme = r[0]; continue; }
    const [ref, ind, act, lead, due, upd, prev, cur] = r;
    const st = cur || prev;
    const rs = (x) => (x ? { fill: F[x], alignment: { horizontal: 'center' } } : {});
    p.action(r, { ref, indicators: ind.split(', '), theme, action: act, lead, due, status: st, rag: RG[st], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, {}, rs(prev), rs(cur), { alignment: { horizontal: 'center' }, font: { size: 11 } }] });
  }
  p.blank();
  p.line(['RAG: Green on track · Amber at risk · Red off track · Complete (blue) done.  Next report to the People Committee: February 2019.'], { merge: ['A', 'I'] });
  const NOTES = "Original plan (fictional community health trust). Sheet 'Tracker Oct 18': trust name, title 'WRES Action Plan 2018-19 – progress at October 2018', an italic key for the Change arrows, the NHS-blue header 'Action no. | Indicator | Action | Responsible lead | Completion date | Update this period (Oct 2018) | Previous RAG (Jun 18) | Current RAG (Oct 18) | Change' (row 4, frozen), three theme section rows ('Recruitment and progression', 'Discipline and wellbeing', 'Leadership and board') with nine actions 1.1–3.2 under them, a blank row and a RAG key line. Both RAG columns hold words on fills (Green, Amber, Red, Complete on light blue). Judgement calls: status = the CURRENT RAG (October) and rag from its fill – the June column is history, never the status; action 2.2 has its current RAG left blank and no arrow, so the most recent RAG the plan states is June's 'Amber' (status 'Amber', rag amber); the Change arrow (↑ ↓ →) is no status or progress; progress = 'Update this period' (1.4's is empty → ''); due = Completion date as typed ('Sep-18', 'Ongoing' kept); theme = the section row above; ref = Action no.; indicators from 'Indicator' ('5, 6' and '8, 9' → both); the February 2019 report date is no due.";
  await book.save(`${p.name}.xlsx`);
  p.saveGold(NOTES, { latest: { ragCols: ['G', 'H'], updCols: ['F'], ragMode: 'fill' }, sections: secs, notFrom: ['I'], forbidden: ['February 2019'] });
}
