// holdout89-wdes-2019-20-haddleigh: a MENTAL HEALTH and learning disability trust's first WDES plan, Calibri 11: the title block on the
// left and a RAG key in column I on the same rows; metrics written 'Metric 4', 'Metrics 5 & 7', 'All' (2019 – no 4a / 4b); target dates
// real (mmm-yy); RAG letters on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Haddleigh Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout89-wdes-2019-20-haddleigh', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [13, 30, 52, 24, 11, 6, 40, 3, 30], font: { name: 'Calibri', size: 11 } });
  const KEYF = { R: C.red, A: C.amber, G: C.green };
  p.line(['WDES Action Plan 2019 – 2020', '', '', '', '', '', '', '', 'Key'], { merge: ['A', 'E'], styles: [{ bold: true, font: { size: 16 } }, {}, {}, {}, {}, {}, {}, {}, { bold: true }] });
  p.line([trust, '', '', '', '', '', '', '', 'R – not started / behind plan'], { merge: ['A', 'E'], styles: [{ bold: true }, {}, {}, {}, {}, {}, {}, {}, { fill: KEYF.R }] });
  p.line(['Lead Director: Director of People & Organisational Development    Plan owner: Equality & Inclusion Manager', '', '', '', '', '', '', '', 'A – started, some slippage'], { merge: ['A', 'E'], styles: [{ italic: true }, {}, {}, {}, {}, {}, {}, {}, { fill: KEYF.A }] });
  p.line(['', '', '', '', '', '', '', '', 'G – on track or complete'], { styles: [{}, {}, {}, {}, {}, {}, {}, {}, { fill: KEYF.G }] });
  p.blank();
  p.header(['Metric', 'Area of concern', 'Actions', 'Lead', 'Target date', 'RAG', 'Comments'], { style: { fill: C.lilac } });
  const F = 'mmm-yy';
  const rows = [
    ['Metric 1', '6.1% declared in ESR against 24% in the staff survey.', 'Run a declaration campaign with the Disability and Neurodiversity Network, explaining why the data matters and who can see it.', 'Equality & Inclusion Manager', D(2019, 11, 30), 'G', 'Campaign ran in October alongside Disability History Month planning; ESR now 7.4%.', ['1']],
    ['Metric 1', '', 'Add a disability question to the bank staff registration form and the inpatient rota system.', 'Temporary Staffing Manager', D(2020, 3, 31), 'R', 'Rota supplier cannot change the form until the next release.', ['1']],
    ['Metric 2', 'Non-disabled applicants 1.41 times more likely to be appointed from shortlisting.', 'Check that Disability Confident guaranteed interviews are offered on every advert, including those placed by the learning disability services.', 'Recruitment Manager', D(2019, 9, 30), 'G', 'Audit of 40 adverts – all compliant.', ['2']],
    ['Metric 3', 'Disabled staff 2.3 times more likely to enter formal capability (very small numbers).', 'Review every capability case open in 2018-19 with a disabled member of staff to see whether reasonable adjustments were considered first.', 'Head of Employee Relations', D(2019, 12, 31), 'A', 'Case review half done; sickness absence cases still to look at.', ['3']],
    ['Metric 4', 'Higher harassment from service users, managers and colleagues; reporting lower.', 'Include disability in the violence and aggression training for inpatient ward staff, with scenarios about staff with hidden conditions.', 'Head of Clinical Training', D(2020, 1, 31), 'A', '', ['4']],
    ['Metrics 5 & 7', 'Disabled staff less likely to believe in equal career chances and to feel valued.', 'Offer a coaching programme for disabled staff at Bands 3–6 in community teams and on the wards.', 'Head of Leadership & OD', D(2020, 3, 31), 'G', '12 places filled; cohort starts February.', ['5', '7']],
    ['Metric 6', 'Presenteeism 8 points higher for disabled staff.', 'Brief managers on the new attendance policy triggers and how to adjust them for disability-related absence.', 'HR Business Partners', D(2019, 10, 31), 'G', 'Briefings delivered at all three localities.', ['6']],
    ['Metric 8', '68% say adequate adjustments have been made.', 'Set up a central reasonable adjustments fund so that equipment does not wait on a team budget.', 'Deputy Director of Finance', D(2020, 3, 31), 'R', 'Not agreed in the 2019-20 budget round; to be raised again.', ['8']],
    ['All', '', 'Report progress on every metric to the Equality & Inclusion Group each quarter and publish the WDES report by 31 August.', 'Equality & Inclusion Manager', D(2019, 8, 31), 'G', 'Report published 28 August 2019.', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']],
  ];
  for (const [met, con, act, lead, dd, rag, com, inds] of rows) {
    p.action([met, con, act, lead, dd, rag, com], { indicators: inds, action: act, lead, due: shown(dd, F), status: rag, rag: { R: 'red', A: 'amber', G: 'green' }[rag], progress: com }, { styles: [{}, {}, {}, {}, { numFmt: F }, { fill: KEYF[rag], alignment: { horizontal: 'center' } }, {}] });
  }
  p.blank();
  p.line(['Metrics 9 and 10 are covered in the Staff Networks Plan and the Board diversity statement.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 10 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust, first WDES year). Sheet 'WDES 2019-20', Calibri 11: the title (row 1), the trust (row 2) and an italic line naming the Lead Director and the plan owner (row 3) sit on the left (merged A–E), while a RAG KEY sits on the same rows in column I ('Key' in row 1; 'R – not started / behind plan', 'A – started, some slippage', 'G – on track or complete' on red, amber and green fills in rows 2–4 – row 4 holds only the key); a blank row, then the header 'Metric | Area of concern | Actions | Lead | Target date | RAG | Comments' (row 6), nine actions and, after a blank row, a line putting metrics 9 and 10 elsewhere. Target dates are real dates shown 'mmm-yy'. Judgement calls: rows 1–4 are title / key rows, never actions; the Lead Director and plan owner in row 3 lead nothing; lead = Lead as written ('HR Business Partners' kept plural); 'Area of concern' is context (blank on the second Metric 1 row – it is not carried down into any field); indicators from the Metric column: 'Metric 4' is written without a letter in 2019 and stays '4', 'Metrics 5 & 7' → both, 'All' → every metric 1–10; status = the RAG letter, rag from its fill; progress = Comments (one blank); the closing line gives no action; no ref; theme null.", { mode: 'fill', ragCol: 6, notFrom: ['B'], indCol: 'A', dataRows: [4] });
}
