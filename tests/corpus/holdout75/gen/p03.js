// holdout75-wres-2017-18-stavelow: mental health and learning disability FT; the plan is printed on one A4 landscape page for the
// Executive Team, so the columns are narrow and the headings cut down to 'No | Ind | Action | Resp. | Sp. | TS | RAG | Upd.'. Two
// columns of role abbreviations side by side: Resp. (who does it) and Sp. (executive sponsor, explained only in the footnote key).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stavelow Care NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout75-wres-2017-18-stavelow', sheet: 'WRES 17-18', standard: 'WRES', period: '2017-18', trust, widths: [4, 5, 50, 14, 6, 8, 5, 28], font: { name: 'Arial', size: 8 } });
  p.line([`${trust} – WRES action plan 2017-18`], { merge: ['A', 'H'], style: { bold: true, font: { size: 11 } } });
  p.line(['v3 – after Exec Team 04/09/17'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  const hr = p.header(['No', 'Ind', 'Action', 'Resp.', 'Sp.', 'TS', 'RAG', 'Upd.'], { style: { fill: C.paleblue, alignment: { horizontal: 'center' } } });
  const FILL = { B: C.lightblue, G: C.green, A: C.amber, R: C.red };
  const RAG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['A  Recruitment and progression'],
    ['1', '1', 'Compare the BME share of staff by band for inpatient, community and learning disability services and show it in the quarterly workforce report.', 'Hd of Wkf Info', 'CPO', 'Q3', 'G', 'Tables drafted for Q3 report.'],
    ['2', '2', 'Put a BME panel member on every Band 6 and Band 7 nursing interview for inpatient wards.', 'DDoN', 'DoN', 'Nov 17', 'A', 'In place on 9 of 14 wards.'],
    ['3', '2', 'Audit shortlisting for 40 nursing vacancies to find the stage at which BME applicants drop out.', 'Recruitment Mgr', 'CPO', 'Q4', 'R', 'Not started – data request with TRAC.'],
    ['4', '4', 'Hold 10 places on the leadership programme for BME staff at Bands 5 to 7.', 'Hd of L&D', 'CPO', 'Q4', 'G', ''],
    ['5', '7', 'Publish the stories of BME staff who have moved into senior roles, during Black History Month.', 'Comms Mgr', 'CEO', 'Oct 17', 'B', 'Seven stories on the intranet.'],
    ['B  Discipline, bullying and harassment'],
    ['6', '3', 'Use a decision tree before any formal disciplinary for staff on inpatient wards, signed off by a senior HR adviser.', 'ER Lead', 'CPO', 'Oct 17', 'B', 'Live from 2 October.'],
    ['7', '5', 'Tell staff how to report racist abuse from service users, and make sure each report gets a call from a manager within a week.', 'Hd of Pt Safety', 'DoN', 'Dec 17', 'A', 'Call-back made in 62% of cases.'],
    ['8', '6, 8', 'Train 30 Freedom to Speak Up champions, at least a third of them BME staff, to take concerns about bullying by colleagues.', 'FTSU Guardian', 'CEO', 'Mar 18', 'G', '19 trained so far.'],
    ['C  Board'],
    ['9', '9', 'Ask the Council of Governors’ nominations committee to make diverse shortlists the rule for non-executive recruitment.', 'Trust Sec.', 'Chair', 'Q4', 'A', ''],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'H'], style: { bold: true, fill: C.palegrey } })); theme = r[0]; continue; }
    const [no, ind, act, resp, sp, ts, rag, upd] = r;
    p.action(r, { ref: no, indicators: ind.split(', '), theme, action: act, lead: resp, due: ts, status: rag, rag: RAG[rag], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { fill: FILL[rag], bold: true, alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['Key: Sp. = executive sponsor (CPO Chief People Officer, DoN Director of Nursing, CEO, Chair). TS = timescale; a quarter on its own is a 2017-18 quarter. RAG: B complete, G on track, A some delay, R off track / not started.'], { merge: ['A', 'H'], height: 24, style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: hr }];
  p.ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1, printTitlesRow: `${hr}:${hr}` };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability FT), Arial 8, set up to print on ONE A4 landscape page for the Executive Team – which is why the columns are narrow and the headings cut to abbreviations. Sheet 'WRES 17-18': trust and title (row 1), an italic 'v3 – after Exec Team 04/09/17' line, a blank row, the pale-blue header row 4 'No | Ind | Action | Resp. | Sp. | TS | RAG | Upd.' (frozen, repeated on print), three grey section rows ('A  Recruitment and progression', 'B  Discipline, bullying and harassment', 'C  Board') with nine numbered actions under them, and after a blank row an italic KEY line. Resp. and Sp. BOTH hold role abbreviations ('Hd of Wkf Info', 'DDoN' beside 'CPO', 'DoN'); only the key says Sp. is the executive sponsor. TS holds quarters ('Q3', 'Q4') and months ('Nov 17'); RAG letters B / G / A / R bold on fills. Judgement calls: ref = No; indicators = Ind ('6, 8' → both); theme = the section row above; lead = Resp. as written (abbreviations kept, 'Trust Sec.' with its full stop), NEVER Sp. (the sponsor); due = TS as written ('Q3', 'Nov 17'); status = the letter, rag from its fill (B light blue = complete → blue); progress = Upd. where filled. The version line's date (04/09/17) is no due; the key is not an action.", { mode: 'fill', ragCol: 7, sections: secs, fieldCols: { ref: 'A', action: 'C', lead: 'D', due: 'F', status: 'G', progress: 'H' }, headerSays: { A: 'No', B: 'Ind', D: 'Resp.', E: 'Sp.', F: 'TS', H: 'Upd.' }, notFrom: ['E'] });
}
