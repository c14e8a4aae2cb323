// holdout48-wres-2023-24-cranmoor: follows an acute trust's EDI 'Reports' web page (Gloucestershire Hospitals NHS FT,
// https://www.gloshospitals.nhs.uk/about-us/equality-diversity-and-inclusion/reports/): an opening line, then one short section per report
// – Equality report, Equality Delivery System (with its three domains), Gender Pay Gap, WRES ('Completing the WRES is an annual
// requirement.' and 'Specific actions relating to our findings are listed in the Equality of Opportunity Action Plan.'), WDES – each
// with its link. ASSUMED: the ONE 'Equality of Opportunity Action Plan' pasted under the page, answering both WRES and WDES findings,
// with a 'Finding from' column naming the standard and number; refs EO1…; status words on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cranmoor Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout48-wres-2023-24-cranmoor', sheet: 'EDI reports', standard: 'WRES', period: '2023-24', trust, widths: [7, 30, 60, 30, 13, 14], font: { name: 'Arial', size: 10 } });
  const link = { font: { color: { argb: 'FF0563C1' }, underline: true } };
  const M = ['A', 'F'];
  p.line([`${trust} – Equality, diversity and inclusion reports`], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.line(['On this page we list our latest reports, which show the progress we are making and our next steps.'], { merge: M });
  p.line(['Equality report'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Equality Report 2022-23'], { merge: M, style: link });
  p.line(['Published every year to set out our progress under the Public Sector Equality Duty. It also lists our current Equality Objectives.'], { merge: M, height: 28 });
  p.line(['Equality Delivery System Report (EDS)'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['EDS Report 2023-24'], { merge: M, style: link });
  p.line(['We review our performance against the EDS framework across three domains, checked with staff and stakeholders:'], { merge: M });
  for (const t of ['•  Commissioned or provided services', '•  Workforce health and well-being', '•  Inclusive leadership.']) p.line([t], { merge: M });
  p.line(['Gender Pay Gap'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Gender Pay Gap Report 2023'], { merge: M, style: link });
  p.line(['Workforce Race Equality Standard (WRES)'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Completing the WRES is an annual requirement.'], { merge: M });
  p.line(['Workforce Race Equality Standard (WRES) 2023'], { merge: M, style: link });
  p.line(['Specific actions relating to our findings are listed in the Equality of Opportunity Action Plan.'], { merge: M });
  p.line(['Workforce Disability Equality Standard (WDES)'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Completing the WDES is an annual requirement.'], { merge: M });
  p.line(['Workforce Disability Equality Standard (WDES) 2023'], { merge: M, style: link });
  p.line(['Specific actions relating to our findings are listed in the Equality of Opportunity Action Plan.'], { merge: M });
  p.blank();
  p.line(['Equality of Opportunity Action Plan 2023-24'], { merge: M, style: { bold: true, font: { size: 12 }, fill: C.paleblue } });
  const hdr = p.header(['Ref', 'Finding from', 'Action', 'Responsible', 'Completion date', 'Status'], { style: { fill: C.navy, color: C.white } });
  const S = { 'Complete': C.green, 'In progress': C.amber, 'Delayed': C.red, 'Not started': null };
  const R = { 'Complete': 'green', 'In progress': 'amber', 'Delayed': 'red', 'Not started': null };
  const rows = [
    ['EO1', 'WRES indicator 1', ['1'], 'Set ethnicity representation goals for Band 8a and above in each division and report them to the People Committee every quarter.', 'Head of Workforce Planning', D(2024, 1, 31), 'In progress'],
    ['EO2', 'WDES metric 1', null, 'Run a disability declaration drive with the Enable Network, with a short film from colleagues on why they chose to declare.', 'Head of Workforce Information', D(2023, 11, 30), 'Complete'],
    ['EO3', 'WRES indicator 2', ['2'], 'Put an ethnically diverse panel member on every interview panel for posts at Band 7 and above.', 'Head of Resourcing', D(2023, 12, 31), 'Complete'],
    ['EO4', 'WRES indicator 3', ['3'], 'Ask a senior reviewer to check each proposed disciplinary investigation involving an ethnic minority colleague before it starts.', 'Head of Employee Relations', D(2023, 10, 31), 'Complete'],
    ['EO5', 'WDES metric 3', null, 'Move ill-health capability cases onto a separate supportive pathway with occupational health advice at the first stage.', 'Head of Employee Relations', D(2024, 3, 31), 'In progress'],
    ['EO6', 'WRES indicator 4', ['4'], 'Publish spend on non-mandatory training and CPD by ethnicity each year, by staff group.', 'Head of Education', D(2024, 3, 31), 'Not started'],
    ['EO7', 'WRES indicators 5 and 6 / WDES metric 4a', ['5', '6'], 'Roll out the civility and respect programme to every ward and department, starting with the five areas with the highest reported harassment.', 'Head of Organisational Development', D(2024, 3, 31), 'In progress'],
    ['EO8', 'WDES metric 5', null, 'Reserve places for disabled colleagues on the Aspiring Leaders programme.', 'Head of Leadership', D(2024, 2, 29), 'Not started'],
    ['EO9', 'WRES indicator 7', ['7'], 'Launch a reciprocal mentoring scheme pairing ethnic minority colleagues with members of the executive team.', 'Chief People Officer', D(2024, 2, 29), 'In progress'],
    ['EO10', 'WDES metric 9b', null, 'Give the Enable Network protected time for its chair and deputy chair.', 'Chief People Officer', D(2023, 12, 31), 'Complete'],
    ['EO11', 'WRES indicator 8 / WDES metric 4b', ['8'], 'Train line managers to respond to discrimination concerns raised by colleagues, with one module on race and one on disability.', 'Head of Learning', D(2024, 3, 31), 'Delayed'],
    ['EO12', 'WRES indicator 9', ['9'], 'Name a non-executive director as Board champion for race equality and add a race equality objective to each Board member’s appraisal.', 'Chair', D(2023, 11, 30), 'Complete'],
  ];
  let first = 0, last = 0;
  for (const [ref, from, inds, a, lead, due, st] of rows) {
    const vals = [ref, from, a, lead, due, st]; const styles = [{}, {}, {}, {}, { numFmt: 'mmm-yy' }, { fill: S[st] || undefined }];
    const r = inds ? p.action(vals, { ref, indicators: inds, action: a, lead, due: shown(due, 'mmm-yy'), status: st, rag: R[st] }, { styles })
      : p.line(vals, { border: true, styles, ambiguous: true });
    if (!first) first = r; last = r;
  }
  p.line(['Actions are reviewed by the Equality, Diversity and Inclusion Steering Group every two months and reported to the People Committee.'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) laid out like a real trust's EDI 'Reports' web page (Gloucestershire Hospitals'), with the ONE joint plan the page points to pasted underneath: a title, an opening line, then a short section per report – Equality report, EDS (with its three domains as '•' lines), Gender Pay Gap, WRES and WDES – each with a blue link; the WRES and WDES sections each say 'Specific actions relating to our findings are listed in the Equality of Opportunity Action Plan.' Then 'Equality of Opportunity Action Plan 2023-24' and ONE header 'Ref | Finding from | Action | Responsible | Completion date | Status' (row 24) over twelve rows EO1–EO12 and a closing italic governance line. The 'Finding from' cell names the standard and number: 'WRES indicator 2', 'WDES metric 3', or both ('WRES indicators 5 and 6 / WDES metric 4a'). Completion dates are real dates shown mmm-yy; status words on fills (Complete green, In progress amber, Delayed red, Not started unfilled). Judgement calls: this is read as the trust's WRES plan – rows whose finding names WRES (alone or jointly) are actions; the four rows naming only a WDES metric (EO2, EO5, EO8, EO10) are NOT WRES actions and are listed as ambiguous non-action rows; indicators = the WRES part of the cell only ('WRES indicators 5 and 6 / WDES metric 4a' → ['5','6']; 'WRES indicator 8 / WDES metric 4b' → ['8']); the report links, EDS domains and 'annual requirement' lines are not actions; 'Not started' on no fill → rag null; theme null.", { mode: 'fill', ragCol: 'F', combined: { col: 'B', own: 'WRES', other: 'WDES', ownCodes: 'WRES indicators? ([^/]+)', from: hdr + 1, to: last } });
}
