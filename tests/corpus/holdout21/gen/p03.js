// holdout21-wres-2017-18-brackleigh: ORDINARY year-2 WRES plan of a FORENSIC (SECURE) MENTAL HEALTH trust – unmerged CAPITAL
// title lines in A; a key line directly above the header; CAPITAL header 'REF | THEME | WRES INDICATOR(S) | ACTION | LEAD |
// SUPPORTED BY | BY WHEN | RAG STATUS | EVIDENCE OF PROGRESS' (THEME a column, not headings; SUPPORTED BY a second person);
// 'BFT-R01'; 'WRES 5, 6 & 8', 'ALL'; FY quarters as text; CAPITAL status words filled; data-source footnote.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wres-2017-18-brackleigh', sheet: 'Sheet1', standard: 'WRES', period: '2017-18', trust: 'Brackleigh Forensic Mental Health NHS Trust', widths: [10, 20, 14, 56, 28, 26, 13, 16, 42] });
  p.line(['BRACKLEIGH FORENSIC MENTAL HEALTH NHS TRUST'], { style: { bold: true, font: { size: 13 } } });
  p.line(['WRES ACTION PLAN 2017-18 (YEAR 2) – Brackleigh Forensic Mental Health NHS Trust'], { style: { bold: true } });
  p.blank();
  p.line(['RAG: COMPLETE (blue) | ON TARGET (green) | BEHIND SCHEDULE (amber) | NOT STARTED (red)'], { style: { italic: true } });
  const h = p.header(['REF', 'THEME', 'WRES INDICATOR(S)', 'ACTION', 'LEAD', 'SUPPORTED BY', 'BY WHEN', 'RAG STATUS', 'EVIDENCE OF PROGRESS'], { style: { fill: 'FF7030A0', color: C.white } });
  p.ws.autoFilter = `A${h}:I${h}`;
  const S = { COMPLETE: [C.blue, 'blue', C.white], 'ON TARGET': [C.green, 'green'], 'BEHIND SCHEDULE': [C.amber, 'amber'], 'NOT STARTED': [C.red, 'red', C.white] };
  const data = [
    ['Data', 'WRES 1', ['1'], 'Produce a quarterly ethnicity profile for each secure service (high, medium, low secure and community forensic) by band.', 'Head of Workforce Planning', 'Workforce Information Analyst', 'Q2 2017/18', 'COMPLETE', 'First profile to the September People Committee.'],
    ['Recruitment', 'WRES 2', ['2'], 'Introduce values-based interview questions and diverse panels for all nursing and healthcare assistant posts on the secure wards.', 'Head of Resourcing', 'Ward managers', 'Q3 2017/18', 'ON TARGET', 'Question bank agreed; panel list being built.'],
    ['Recruitment', 'WRES 2', ['2'], 'Analyse why BME applicants drop out between offer and start (security vetting, DBS) and shorten the process.', 'Head of Resourcing', 'Security Liaison Manager', 'Q4 2017/18', 'BEHIND SCHEDULE', 'Vetting data held by the Ministry of Justice not yet received.'],
    ['Fair treatment', 'WRES 3', ['3'], 'Introduce a "just culture" check so that a senior manager reviews every referral to a formal disciplinary investigation following a security incident.', 'Director of Nursing', 'Head of Employee Relations', 'Q2 2017/18', 'COMPLETE', 'Checklist in use from July; 14 referrals reviewed.'],
    ['Development', 'WRES 4', ['4'], 'Monitor who is released for non-mandatory training such as forensic psychology and risk assessment courses, by ethnicity.', 'Head of Learning and Development', 'Clinical Tutors', 'Q3 2017/18', 'ON TARGET', 'Reporting built into the training database.'],
    ['Safety and respect', 'WRES 5, 6 & 8', ['5', '6', '8'], 'Give staff on secure wards a debrief and support after racist abuse from patients, and record such incidents separately on Datix.', 'Associate Director of Nursing (Secure Services)', 'Staff Support Service', 'Q3 2017/18', 'ON TARGET', 'Datix category added in August.'],
    ['Safety and respect', 'WRES 6', ['6'], 'Deliver bystander training to team leaders in the medium secure unit.', 'Head of Learning and Development', 'BME Staff Network', 'Q4 2017/18', 'NOT STARTED', 'Trainer being commissioned.'],
    ['Development', 'WRES 7', ['7'], 'Run a second cohort of the "Stepping Up" career development programme for BME nurses at Bands 5 and 6.', 'Director of Nursing', 'Head of Learning and Development', 'Q4 2017/18', 'ON TARGET', '18 places; 12 filled.'],
    ['Culture', 'WRES 8', ['8'], 'Ask the BME Staff Network to lead a listening exercise on discrimination by managers and colleagues.', 'Director of Workforce', 'BME Staff Network Chair', 'Q3 2017/18', 'BEHIND SCHEDULE', 'Delayed by network chair vacancy.'],
    ['Leadership', 'WRES 9', ['9'], 'Include the Board\'s ethnicity profile in the annual report and set an aspiration for the next appointments.', 'Chair', 'Company Secretary', 'Apr-18', 'NOT STARTED', 'For the 2017/18 annual report.'],
    ['Data', 'ALL', ALL_WRES, 'Submit the 2017 WRES data and publish this plan on the Trust website.', 'Director of Workforce', 'Equality and Diversity Lead', 'Q2 2017/18', 'COMPLETE', 'Submitted 1 August; plan published 29 September.'],
  ];
  let n = 0;
  for (const [theme, ind, inds, action, lead, sup, due, st, ev] of data) {
    const ref = `BFT-R${String(++n).padStart(2, '0')}`;
    p.action([ref, theme, ind, action, lead, sup, due, st, ev], { ref, indicators: inds, action, lead, due, status: st, rag: S[st][1], progress: ev }, { styles: [{}, {}, {}, {}, {}, {}, {}, { fill: S[st][0], bold: true, ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Data sources: ESR at 31 March 2017; NHS Staff Survey 2016. Security-vetting data supplied under the Trust\'s agreement with the Ministry of Justice.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY year-2 WRES plan of a FORENSIC (SECURE) MENTAL HEALTH trust, on a sheet left as 'Sheet1': unmerged CAPITAL title lines in column A (trust; 'WRES ACTION PLAN 2017-18 (YEAR 2) – Brackleigh Forensic Mental Health NHS Trust'), a blank row, an italic KEY line directly above the header ('RAG: COMPLETE (blue) | ON TARGET (green) | BEHIND SCHEDULE (amber) | NOT STARTED (red)'), then a purple CAPITAL header 'REF | THEME | WRES INDICATOR(S) | ACTION | LEAD | SUPPORTED BY | BY WHEN | RAG STATUS | EVIDENCE OF PROGRESS' (row 5, autofilter). Refs 'BFT-R01'…'BFT-R11'. THEME is a short word per row ('Data', 'Recruitment', …) repeated, not a heading. Indicators 'WRES N', 'WRES 5, 6 & 8' = ['5','6','8'], 'ALL' = all nine. LEAD is a job title; SUPPORTED BY names a second person or team. BY WHEN is text: 'Q2 2017/18' and once 'Apr-18' (typed text, not a date). RAG STATUS holds CAPITAL words filled blue / green / amber / red (bold; white text on blue and red). A data-source footnote sits under the table. Judgement calls: theme null – the THEME column is a per-row label, not a heading row (as earlier batches treat HIA / priority columns); lead = LEAD, never SUPPORTED BY; the status word is kept in capitals as written; the key line above the header is not a header; 'Apr-18' is kept as typed.", { ragCol: 'H', mode: 'fill', notFrom: ['F', 'B'] });
}
