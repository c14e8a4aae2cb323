// holdout90-wres-2020-21-ellerslade: acute trust, Covid year. 'Stage' holds only an uncoloured HARVEY-BALL glyph (● ◐ ○), keyed above;
// beside it a 'Covid-19 impact' column of H / M / L letters on red / amber / green fills – an impact rating, not the RAG.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ellerslade University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout90-wres-2020-21-ellerslade', sheet: 'WRES plan', standard: 'WRES', period: '2020-21', trust, widths: [5, 9, 50, 26, 12, 9, 11, 42], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 }, color: C.navy } });
  p.line(['Workforce Race Equality Standard action plan 2020/21 – refreshed after the first Covid-19 wave (October 2020)'], { merge: ['A', 'H'], style: { bold: true } });
  p.line(['Stage:  ○ not started    ◐ under way    ● complete          Covid-19 impact on delivery:  H high   M medium   L low'], { merge: ['A', 'H'], style: { font: { size: 10 } } });
  p.blank();
  p.header(['#', 'WRES ind.', 'Action', 'Lead', 'Due', 'Stage', 'Covid-19 impact', 'Update (Feb 2021)'], { style: { fill: C.navy, color: C.white } });
  p.ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 3 }];
  const IMP = { H: C.red, M: C.amber, L: C.green };
  const rows = [
    ['1', '1', 'Complete a risk assessment for every BME member of staff and record it on ESR, with a fortnightly report to Gold Command.', 'Director of Workforce', 'Aug 2020', '●', 'L', '97% of BME staff assessed; now part of induction.'],
    ['2', '2', 'Move all interviews for Band 7+ posts to video with a diverse panel and scored questions agreed before the interview.', 'Head of Resourcing', 'Dec 2020', '●', 'M', 'In place; diverse panel confirmed on 88% of interviews.'],
    ['3', '3', 'Publish the number of BME staff in formal disciplinary processes by division each quarter, with the reasons.', 'Head of Employee Relations', 'Jan 2021', '◐', 'M', 'Q3 figures shared with divisions; not yet on the intranet.'],
    ['4', '4', 'Re-launch the leadership programme online and reserve a third of places for BME staff at Bands 5–7.', 'Head of Leadership & OD', 'Mar 2021', '○', 'H', 'Programme paused by the second wave.'],
    ['5', '5', 'Display a zero-tolerance statement on racist abuse at every ward entrance and in outpatient waiting areas.', 'Deputy Chief Nurse', 'Nov 2020', '●', 'L', 'Posters and screen slides in place from November.'],
    ['6', '6', 'Appoint two race equality advisers in the Freedom to Speak Up team to support staff raising bullying concerns.', 'Freedom to Speak Up Guardian', 'Jan 2021', '◐', 'M', 'One adviser in post; second interview in March.'],
    ['7', '7', 'Offer reciprocal mentoring to every executive director and the twelve divisional directors.', 'Chief People Officer', 'Mar 2021', '◐', 'H', 'Five pairs meeting online; rest deferred.'],
    ['8', '8', 'Set up a “Let’s talk about race” session in each division, run by the BAME Staff Network.', 'BAME Staff Network Chair', 'Feb 2021', '○', 'H', ''],
    ['9', '9', 'Use a specialist search firm with a diverse long-list requirement for the Chair and non-executive appointments.', 'Company Secretary', 'Sep 2020', '●', 'L', 'Two non-executives appointed, one from a BME background.'],
  ];
  for (const [no, ind, act, lead, due, st, imp, upd] of rows) {
    p.action([no, ind, act, lead, due, st, imp, upd], { ref: no, indicators: [ind], action: act, lead, due, status: st, rag: null, progress: upd },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { font: { size: 14 }, alignment: { horizontal: 'center', vertical: 'middle' } }, { fill: IMP[imp], bold: true, alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['Approved by the Trust Board 29 October 2020. Owner: Head of Equality, Diversity & Inclusion.'], { merge: ['A', 'H'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT, refreshed after the first Covid wave), Calibri 10. Sheet 'WRES plan': navy trust name, title (October 2020), a KEY LINE for two columns ('Stage: ○ not started ◐ under way ● complete' and 'Covid-19 impact on delivery: H high M medium L low'), a blank row, a navy header '# | WRES ind. | Action | Lead | Due | Stage | Covid-19 impact | Update (Feb 2021)' (row 5, frozen at D6), nine actions and an approval / owner line. 'Stage' holds ONLY A HARVEY-BALL GLYPH, large and UNCOLOURED. 'Covid-19 impact' holds H / M / L on red / amber / green fills. Judgement calls: status = the glyph as written ('●', '◐', '○'); rag null – the glyphs are black and white and say how far along an action is, not a colour (as in holdout27); the H / M / L impact letters and their red / amber / green fills rate how much Covid hit delivery – they are NOT the RAG and give no field (a complete action can be L-green and a stalled one H-red); ref = #; indicators from 'WRES ind.'; lead = Lead (the plan owner in the closing line leads nothing); due = Due as typed; progress = the February update ('' on row 13). Theme null. The approval date is no due.", { mode: 'word', ragCol: 6, words: { '●': null, '◐': null, '○': null }, notFrom: ['G'], forbidden: ['29 October 2020', 'Head of Equality, Diversity & Inclusion'] });
}
