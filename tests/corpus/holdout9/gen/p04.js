// holdout9-wdes-2021-22-mossgate: ordinary plan with question-style 'What we will do' / 'Who is leading'; metrics on
// separate lines of one cell; leads 'Name (role)'; BRAG colour WORDS unfilled, keyed by a sentence.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wdes-2021-22-mossgate', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust: 'Mossgate Mental Health NHS Foundation Trust', widths: [6, 14, 54, 30, 12, 9, 44] });
  p.line(['Mossgate Mental Health NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard: our actions for 2021-22'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['BRAG rating – Blue: complete; Green: on track; Amber: some risk to delivery; Red: significant risk or not started.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WDES Metric(s)', 'What we will do', 'Who is leading', 'Target', 'BRAG', 'Progress (December 2021)'], { style: { fill: C.nhs, color: C.white } });
  const R = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  let n = 0;
  const act = (m, inds, action, lead, due, brag, prog) => { n++; const ref = `D${n}`; return p.action([ref, m, action, lead, due, brag, prog], {
    ref, indicators: inds, action, lead, due: due instanceof Date ? shown(due, 'dd/mm/yyyy') : due, status: brag, rag: R[brag] ?? null, progress: prog,
  }, { styles: [{}, {}, {}, {}, due instanceof Date ? { numFmt: 'dd/mm/yyyy' } : {}] }); };
  act('Metric 1', ['1'], 'Refresh the "Count me in" campaign so that staff understand why we ask about disability, and make the ESR self-service link easier to find.', 'Tom Reilly (Workforce Information Manager)', 'Q3', 'Green', 'Declaration now 4.8% (3.9% in March 2021).');
  act('Metric 2', ['2'], 'Audit shortlisting for disabled applicants in the Guaranteed Interview Scheme every quarter and follow up with recruiting managers.', 'Resourcing Team', 'Quarterly', 'Green', 'Q1 and Q2 audits complete.');
  act('Metric 3', ['3'], 'Add a reasonable adjustments check to the capability procedure and train HR advisors on it.', 'Mary Oduya (Head of Employee Relations)', D(2021, 11, 30), 'Blue', 'Procedure ratified 2 November 2021; advisors trained.');
  act('Metric 4a\nMetric 4b', ['4a', '4b'], 'Launch a campaign with the Disability Network encouraging staff to report harassment, bullying or abuse, and include disability in the violence and aggression reduction plan.', 'Lisa Hart (OD Lead) with the Disability Network', 'Q4', 'Amber', 'Campaign materials drafted; launch moved to February.');
  act('Metric 5', ['5'], 'Offer disabled staff a career conversation with a trained coach, and report uptake to the People Committee.', 'Lisa Hart (OD Lead)', 'Dec 21', 'Amber', '12 conversations held; uptake lower than planned.');
  act('Metric 6', ['6'], 'Revise the attendance management policy so that disability-related absence is recorded and considered separately.', 'Mary Oduya (Head of Employee Relations)', 'Q4', 'Red', 'Waiting for staff side comments.');
  act('M7, M9a', ['7', '9a'], 'Hold quarterly "Ask the Exec" sessions for disabled staff and publish what was raised and what was done.', 'Dr A. Khan (Deputy Medical Director)', 'Quarterly', 'Green', 'Sessions held in July and October.');
  act('Metric 8', ['8'], 'Introduce a central reasonable adjustments budget and a tracker so that requests are met within six weeks.', 'Occupational Health', D(2022, 3, 31), 'Amber', 'Budget agreed; tracker in testing.');
  act('Metric 8', ['8'], 'Publish a Disability Passport that records agreed adjustments and moves with the member of staff.', 'Occupational Health', D(2021, 9, 30), 'Blue', 'Launched 27 September 2021.');
  act('Metric 9b', ['9b'], 'Give the Disability Network chair four hours a week of protected time and a budget of £3,000.', 'Chief People Officer', 'Q2', 'Blue', 'Agreed at the People Committee in July.');
  act('Metric 10', ['10'], 'Include questions on disability in the Board skills and diversity survey and report results annually.', 'Company Secretary', 'Q4', '', '');
  act('Metrics 1–10', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 'Report progress on this plan to the People Committee and the Board every six months.', 'Chief People Officer', 'Six-monthly', 'Green', 'Reported to the People Committee in October.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary. Two merged title rows, a merged italic BRAG key sentence (row 3: 'BRAG rating – Blue: complete; Green: on track; Amber: some risk to delivery; Red: significant risk or not started.'), a blank row, and one header on row 5 (white on NHS blue): 'Ref | WDES Metric(s) | What we will do | Who is leading | Target | BRAG | Progress (December 2021)'. Refs 'D1' … 'D12'. Metric cells: 'Metric N'; 'Metric 4a\\nMetric 4b' (two metrics on two lines of one cell → ['4a','4b']); 'M7, M9a' → ['7','9a']; 'Metric 9b'; 'Metrics 1–10' → all ten. Leads are often 'Name (role)' ('Tom Reilly (Workforce Information Manager)', 'Lisa Hart (OD Lead) with the Disability Network'), a team or a role; gold lead = the cell. Target: text 'Q3', 'Q4', 'Q2', 'Quarterly', 'Dec 21', 'Six-monthly' and real dates shown dd/mm/yyyy ('30/11/2021'). BRAG holds COLOUR WORDS ('Blue', 'Green', 'Amber', 'Red'), not filled; rag = the colour named (Blue → blue = complete, by the key). D11 has no BRAG and no progress (status '', rag null). Theme null. No rows under the table.", { ragCol: 'F', mode: 'word', words: { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' } });
}
