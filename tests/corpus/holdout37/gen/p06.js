// holdout37-wdes-2023-24-kestwick: an ordinary post-2023 WDES grid from a specialist orthopaedic trust: frozen, filtered header on row 3,
// metric codes written with the 2023 split of metric 4a ('Metric 4a(i)', '4a(ii)', '4a(iii)' – public, managers, colleagues, as
// Lancashire Teaching Hospitals' 2023 WDES paper listed them), an HIA column, START AND END QUARTERS ('Q2 23/24' … 'Q1 24/25'), an outcome
// measure and B/G/A/R letters on fills. Columns ASSUMED from the common post-2023 grids (see SOURCES.md).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Royal Kestwick Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout37-wdes-2023-24-kestwick', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [14, 6, 56, 28, 10, 10, 38, 8], font: { name: 'Calibri', size: 10 } });
  p.line([`${trust}: Workforce Disability Equality Standard action plan 2023/24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['BRAG: B = complete, G = on track, A = at risk, R = off track. HIA = high impact action (NHS EDI Improvement Plan, 2023). Start and End are financial-year quarters.'], { merge: ['A', 'H'], style: { italic: true } });
  const h = p.header(['Metric', 'HIA', 'Action', 'Lead', 'Start', 'End', 'Outcome measure', 'BRAG'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: h }]; p.ws.autoFilter = `A${h}:H${h}`;
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const rows = [
    ['Metric 1', '2', 'Add a disability declaration prompt to the annual appraisal and to ESR self-service.', 'Workforce Systems Manager', 'Q2 23/24', 'Q3 23/24', 'ESR declaration rate up from 2.8% to 5%', 'B'],
    ['Metric 2', '2', 'Offer a guaranteed interview to disabled applicants who meet the essential criteria on every post, medical posts included.', 'Head of Recruitment', 'Q2 23/24', 'Q4 23/24', 'Relative likelihood of appointment between 0.8 and 1.25', 'G'],
    ['Metric 3', '6', 'Send every capability case involving a disabled colleague to occupational health before any formal meeting.', 'Head of Employee Relations', 'Q3 23/24', 'Q3 23/24', 'No formal capability meeting without an occupational health report', 'G'],
    ['Metric 4a(i)', '6', 'Put up signs in outpatients and the walk-in clinic saying abuse of staff will not be tolerated.', 'Head of Patient Experience', 'Q2 23/24', 'Q2 23/24', 'Signs in place in every public area', 'B'],
    ['Metric 4a(ii)', '6', 'Include disability awareness and adjustment conversations in the leadership programme for ward and theatre managers.', 'Head of Leadership', 'Q3 23/24', 'Q1 24/25', '90 managers through the programme', 'A'],
    ['Metric 4a(iii)', '6', 'Launch the "Speak up, step in" bystander campaign in theatres.', 'Theatres Matron', 'Q4 23/24', 'Q4 23/24', 'Campaign launched; theatre pulse survey in Q1 24/25', 'R'],
    ['Metric 4b', '6', 'Add a question to the incident form asking whether the incident related to a colleague\'s disability.', 'Risk Manager', 'Q3 23/24', 'Q4 23/24', 'Reporting by disabled staff up five points', 'G'],
    ['Metrics 5 & 7', '2', 'Offer career conversations to disabled colleagues at Bands 2 to 6, run with the Disability Network.', 'Head of Learning and Development', 'Q3 23/24', 'Q2 24/25', '50 conversations held', 'A'],
    ['Metric 6', '4', 'Train managers to discuss attendance and adjustments together at return-to-work meetings.', 'HR Business Partners', 'Q3 23/24', 'Q4 23/24', 'Presenteeism gap narrows by three points', 'G'],
    ['Metric 8', '4', 'Create a central budget for adjustment equipment with a two-week target for orders.', 'Director of Finance', 'Q2 23/24', 'Q3 23/24', 'Nine in ten orders placed within two weeks', 'B'],
    ['Metric 9b', '1', 'Invite the Disability Network to present its priorities to the Board once a year.', 'Company Secretary', 'Q4 23/24', 'Q4 23/24', 'Board session held', 'G'],
    ['Metric 10', '1', 'Record disability in the Board skills and experience register, with consent, and report it in the annual report.', 'Company Secretary', 'Q3 23/24', 'Q4 23/24', 'Board disability data published', 'G'],
  ];
  for (const [m, hia, a, lead, st, end, out, b] of rows) {
    p.action([m, hia, a, lead, st, end, out, b], { indicators: m.match(/\d+[ab]?/g), action: a, lead, due: end, status: b, rag: RG[b], outcome: out }, { styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, {}, { fill: F[b], alignment: { horizontal: 'center', vertical: 'top' }, bold: true }] });
  }
  p.blank(); p.blank();
  p.line(['Metric 4a is reported in three parts from 2023: 4a(i) patients, relatives and the public; 4a(ii) managers; 4a(iii) other colleagues.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  p.line(['Approved by the Workforce and OD Committee, 12 October 2023.'], { merge: ['A', 'H'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional specialist orthopaedic foundation trust), an ordinary post-2023 WDES grid in Calibri 10: a one-line title naming the trust and plan (row 1), an italic key line (row 2: 'BRAG: B = complete, G = on track, A = at risk, R = off track. HIA = …. Start and End are financial-year quarters.'), then the grey header 'Metric | HIA | Action | Lead | Start | End | Outcome measure | BRAG' on row 3, FROZEN and with an AUTOFILTER, twelve action rows, two blank rows and two small-print lines (the 4a(i)/(ii)/(iii) footnote, the approval line). Judgement calls: indicators from the Metric column – 'Metric 4a(i)', '4a(ii)', '4a(iii)' are the three parts of metric 4a since 2023 → ['4a'] each (the roman part is no metric); 'Metrics 5 & 7' → ['5','7']; '9b' and '10' as written; the HIA column (bare numbers 1–6) is a mapping with no gold field – its numbers are not metrics (they differ from the metric on most rows); due = END quarter as written ('Q1 24/25'), never Start; outcome = 'Outcome measure'; status = the BRAG letter as written, rag = its fill (B blue, G green, A amber, R red); ref '' and theme null.", { crossRef: { metricCol: 'A', otherCols: ['B'] }, dueFrom: ['F'], ragCol: 'H', mode: 'fill' });
}
