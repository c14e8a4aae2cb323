// holdout74-wres-2016-17-bramblewick: acute trust, first full WRES plan, kept in a REGIONAL TEMPLATE whose columns are numbered (1)–(7)
// in a row under the header; indicator 4 shows no adverse difference, so the template's 'no action required … Met' row sits in the grid
// with a ref and a green 'Met'; the template's 'insert rows above this line' instruction is still in the grid under the last action.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Bramblewick Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout74-wres-2016-17-bramblewick', sheet: 'WRES Action Plan', standard: 'WRES', period: '2016-17', trust, widths: [6, 10, 30, 50, 24, 12, 8], font: { name: 'Calibri', size: 11 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard (WRES) – Action Plan 2016/17'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Regional template v1.2 (North Region Equality & Diversity Leads’ Network). Complete columns (3) to (7) for every indicator. Where the data show no adverse difference for an indicator, say so in column (4) and enter “Met” in column (7).'], { merge: ['A', 'G'], height: 30, style: { italic: true, font: { size: 9 } } });
  p.line(['RAG:  R = not started / off track     A = in progress, some risk     G = on track or complete     Met = no action required'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.blank();
  const hdr = p.header(['Ref', 'WRES indicator', '2016 position', 'Action', 'Lead', 'Timescale', 'RAG'], { style: { fill: C.nhs, color: C.white, alignment: { horizontal: 'center', vertical: 'middle' } }, height: 20 });
  const colNo = p.line(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'], { border: true, style: { italic: true, color: 'FF7F7F7F', fill: C.palegrey, font: { size: 9 }, alignment: { horizontal: 'center' } } });
  const F = { G: C.green, A: C.amber, R: C.red };
  const R = { G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['1.1', '1', '8.9% of staff are BME; 3.1% of staff at Band 8a and above.', 'Publish the workforce breakdown by pay band and ethnicity for each clinical division every six months.', 'Head of Workforce Information', 'Sept 2016', 'G'],
    ['1.2', '1', '', 'Add BME representation at Band 7 and above to each divisional workforce dashboard reviewed at the monthly performance meetings.', 'Divisional HR Business Partners', 'Dec 2016', 'A'],
    ['2.1', '2', 'White applicants 1.71 times more likely to be appointed from shortlisting.', 'Make sure every interview panel for Band 7 and above has at least one BME member, drawn from a pool of trained panel members.', 'Recruitment Manager', 'Jan 2017', 'A'],
    ['2.2', '2', '', 'Review shortlisting for nursing and medical posts in two divisions to find where BME applicants drop out before interview.', 'Equality & Diversity Manager', 'Nov 2016', 'G'],
    ['3.1', '3', 'BME staff 1.43 times more likely to enter the formal disciplinary process.', 'Introduce a pre-investigation checklist, signed off by a senior HR adviser, before any formal disciplinary process is started.', 'Deputy Director of HR', 'Oct 2016', 'G'],
    ['4.1', '4', 'White staff 1.09 times more likely to access non-mandatory training and CPD.', 'No action required this year – the 2016 figure (1.09) is within the range treated as showing no adverse impact.', '—', '—', 'Met'],
    ['5.1', '5', 'BME 31% / White 26% experienced harassment, bullying or abuse from patients, relatives or the public.', 'Launch a zero-tolerance poster campaign and a pocket reporting card for abuse from patients and visitors, with every report followed up by the Security Manager.', 'Head of Security', 'Mar 2017', 'R'],
    ['6.1', '6', 'BME 29% / White 23% experienced harassment, bullying or abuse from staff.', 'Train 40 Dignity at Work advisers, at least a third of them BME staff, and publicise them on the intranet and at induction.', 'Head of Organisational Development', 'Feb 2017', 'A'],
    ['7.1', '7', '72% of BME staff believe the Trust provides equal opportunities for career progression (White 88%).', 'Set up a BME staff network with an executive sponsor and a budget for two events a year.', 'Director of Workforce', 'Jul 2016', 'G'],
    ['7.2', '7', '', 'Run a local development programme for 20 BME staff at Bands 5 to 7, modelled on the Leadership Academy’s Stepping Up course.', 'Head of Organisational Development', 'Mar 2017', 'R'],
    ['8.1', '8', '15% of BME staff experienced discrimination from a manager or colleague (White 6%).', 'Add a question on race discrimination to exit interviews and report the themes to the Workforce Committee each quarter.', 'HR Operations Manager', 'Dec 2016', 'A'],
    ['9.1', '9', 'No BME voting Board members (0 of 11).', 'Ask the search agency to include BME candidates on the shortlist for the non-executive director vacancy due in spring 2017.', 'Trust Secretary', 'Mar 2017', 'A'],
  ];
  let noAct = 0;
  for (const r of rows) {
    const [ref, ind, pos, act, lead, ts, rag] = r;
    const styles = [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, { font: { size: 10 } }, {}, {}, {}, { bold: true, alignment: { horizontal: 'center' }, fill: rag === 'Met' ? C.lightgreen : F[rag] }];
    if (rag === 'Met') { noAct = p.line(r, { border: true, styles }); continue; }
    p.action(r, { ref, indicators: [ind], action: act, lead, due: ts, status: rag, rag: R[rag] }, { styles });
  }
  const ins = p.line(['Insert additional rows above this line as required. Do not delete this row – it holds the print area.'], { merge: ['A', 'G'], border: true, style: { italic: true, color: C.red, font: { size: 9 } } });
  p.blank();
  p.line(['Approved by the Workforce Committee on 21 June 2016. Next review: December 2016.'], { merge: ['A', 'G'], style: { italic: true } });
  ws.views = [{ state: 'frozen', ySplit: colNo }];
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.pageSetup.printArea = `A1:G${ins}`;
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute trust), its first full WRES plan, kept in a REGIONAL TEMPLATE. Sheet 'WRES Action Plan': trust name, plan title, an italic instruction line (complete columns (3) to (7); where there is no adverse difference say so in column (4) and enter "Met" in column (7)), a RAG key line, a blank row, the blue header 'Ref | WRES indicator | 2016 position | Action | Lead | Timescale | RAG' (row ${hdr}), the template's grey COLUMN-NUMBER row '(1) | (2) | … | (7)' under it (row ${colNo}; frozen below it), twelve numbered rows and the template's red italic 'Insert additional rows above this line …' row (row ${ins}), then an approval line. In-grid non-action rows: row ${colNo} (column-number row) – the template's column references, not data and not a header of the plan (the header is row ${hdr}); row ${noAct} (no-action row) – ref 4.1, indicator 4 and a 2016 position like every other row, but its Action cell says 'No action required this year …', Lead and Timescale are '—' and its RAG cell says 'Met' on a green fill, as the instruction line tells teams to do when an indicator shows no adverse impact: it sets out no work, so it is not an action and its green 'Met' is no status; row ${ins} (template instruction) – the template's own guidance left in the grid. Judgement calls: action = Action; '2016 position' is the finding (context, blank where the row above's finding still applies); lead = Lead; due = Timescale as typed ('Sept 2016'); ref = Ref; indicators from the indicator column; status = the RAG letter, rag from its fill. The approval line's dates are no dues. Theme null (no grouping rows). Eleven actions.`,
    { mode: 'fill', ragCol: 7, notFrom: ['C'], forbidden: ['Met', '21 June 2016', 'December 2016', '—'], inGrid: { [colNo]: 'column-number row', [noAct]: 'no-action row', [ins]: 'template instruction' }, trapFills: [noAct] });
}
