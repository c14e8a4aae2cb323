// holdout62-wdes-2024-25-harrowden: mental health and learning disability trust; COMMITTEE PAPER with a 'Progress by High Impact Action'
// COUNT TABLE (numbers per HIA and a Total row) above the plan, which is grouped under HIA SECTION ROWS; status words filled; update column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Harrowden Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout62-wdes-2024-25-harrowden', sheet: 'Committee report', standard: 'WDES', period: '2024-25', trust, widths: [40, 56, 26, 13, 13, 44], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['People and Culture Committee'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Report title:', 'Workforce Disability Equality Standard action plan 2024/25 – half-year progress'], { merge: ['B', 'F'] });
  p.line(['Date of meeting:', '12 December 2024'], { merge: ['B', 'F'] });
  p.line(['Presented by:', 'Director of People and Organisational Development'], { merge: ['B', 'F'] });
  p.line(['1. Summary'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Ten actions were agreed for 2024/25, grouped by the six High Impact Actions of the NHS EDI Improvement Plan. At the half-year point three are complete, five are on track and two are behind. Table 1 summarises progress; the full plan follows in section 2.'], { merge: ['A', 'F'], height: 40 });
  p.line(['Table 1 – Progress by High Impact Action'], { merge: ['A', 'F'], style: { bold: true, italic: true } });
  p.header(['High Impact Action', 'Actions', 'Complete', 'On track', 'Behind'], { style: { fill: C.grey } });
  const HIA = [
    'High Impact Action 1 – Board objectives',
    'High Impact Action 2 – Recruitment and talent management',
    'High Impact Action 3 – Pay gaps',
    'High Impact Action 4 – Health inequalities in the workforce',
    'High Impact Action 5 – Internationally recruited staff',
    'High Impact Action 6 – Bullying, harassment, discrimination and violence',
  ];
  const S = { 'Complete': C.lightblue, 'On track': C.goodG, 'Behind': C.badR }; const R = { 'Complete': 'blue', 'On track': 'green', 'Behind': 'red' };
  const acts = [
    [0, '9a', 'Each non-executive director to be paired with a disabled staff member for a reciprocal mentoring conversation each quarter.', 'Company Secretary', 'Mar 2025', 'On track', 'Six of eight pairings in place.'],
    [1, '2', 'Guarantee an interview to disabled applicants who meet the essential criteria, monitored through the applicant tracking system.', 'Head of Recruitment', 'Jul 2024', 'Complete', 'Live on the system since July; first monthly report to the Workforce Group.'],
    [1, '1', 'Create a development programme for disabled staff in Bands 3 to 5 in inpatient and learning disability services.', 'Head of Learning and OD', 'Jan 2025', 'On track', 'Cohort of 14 started in November.'],
    [1, '1, 9a', 'Ask every Band 8a and above vacancy shortlist to include a disabled candidate where one applies and meets the criteria.', 'Deputy Director of People', 'Mar 2025', 'Behind', 'Delayed by the recruitment pause; restart planned for February.'],
    [2, '—', 'Report the disability pay gap alongside the gender pay gap for the first time.', 'Head of Pay and Reward', 'Mar 2025', 'On track', 'Data extracted; analysis under way.'],
    [3, '7', 'Fund a central budget for reasonable adjustments so that teams do not pay for equipment out of ward budgets.', 'Director of Finance', 'Sep 2024', 'Complete', 'Budget of £40,000 agreed and in use.'],
    [4, '4a', 'Include disability, reasonable adjustments and the staff network in the induction of internationally recruited nurses.', 'International Nurse Lead', 'Oct 2024', 'Complete', 'In the induction programme from the October cohort.'],
    [5, '4a', 'Introduce a post-incident support call for staff harmed or abused by patients on inpatient wards, with disabled staff\'s adjustments considered.', 'Head of Security and Violence Reduction', 'Dec 2024', 'On track', 'Pilot on two wards.'],
    [5, '4b, 6', 'Train managers in handling disclosures of disability and in tackling disability-related bullying in their teams.', 'Head of Employee Relations', 'Mar 2025', 'Behind', 'Course content approved; dates not yet set.'],
    [5, '3', 'Review the capability policy with the Disability and Neurodiversity Network so that adjustments are agreed before any formal stage.', 'Head of HR Policy', 'Jan 2025', 'On track', 'Draft policy out for consultation.'],
  ];
  const counts = HIA.map((_, i) => { const a = acts.filter((x) => x[0] === i); return [a.length, a.filter((x) => x[5] === 'Complete').length, a.filter((x) => x[5] === 'On track').length, a.filter((x) => x[5] === 'Behind').length]; });
  const dataRows = [];
  HIA.forEach((h, i) => dataRows.push(p.line([h, ...counts[i]], { border: true, styles: [{}, ...[0, 1, 2, 3].map(() => ({ alignment: { horizontal: 'center' } }))] })));
  dataRows.push(p.line(['Total', ...[0, 1, 2, 3].map((k) => counts.reduce((s, c) => s + c[k], 0))], { border: true, style: { bold: true }, styles: [{}, ...[0, 1, 2, 3].map(() => ({ alignment: { horizontal: 'center' } }))] }));
  p.blank();
  p.line(['2. Action plan'], { merge: ['A', 'F'], style: { bold: true } });
  p.header(['WDES metric', 'Action', 'Lead', 'Due', 'Status', 'Update at half-year'], { style: { fill: C.navy, color: C.white } });
  const secs = [];
  HIA.forEach((h, i) => {
    secs.push(p.line([h], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.paleblue } }));
    for (const [, ind, a, lead, due, st, upd] of acts.filter((x) => x[0] === i)) {
      const inds = ind === '—' ? [] : ind.split(/,\s*/);
      p.action([ind, a, lead, due, st, upd], { indicators: inds, theme: h, action: a, lead, due, status: st, rag: R[st], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: S[st] }] });
    }
  });
  p.blank();
  p.line(['3. Recommendation: the Committee is asked to note progress and support the revised timescales for the two actions that are behind.'], { merge: ['A', 'F'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability foundation trust), kept as a COMMITTEE PAPER: trust line, committee name, three label rows ('Report title:' / 'Date of meeting:' 12 December 2024 / 'Presented by:'), '1. Summary' and its paragraph, 'Table 1 – Progress by High Impact Action' – a COUNT TABLE 'High Impact Action | Actions | Complete | On track | Behind' (header row 9) with one row per HIA (rows 10–15) and a Total row (16) – a blank row, '2. Action plan', the plan header 'WDES metric | Action | Lead | Due | Status | Update at half-year' (row 19) and the ten actions grouped under six pale-blue HIA SECTION ROWS ('High Impact Action 2 – Recruitment and talent management'), then the recommendation line. Status words on filled cells (Complete blue, On track green, Behind red). Judgement calls: the count table's rows are a summary, not actions (their numbers are counts, not indicators or statuses); theme = the HIA section row above each action; indicators from the WDES metric column only ('4b, 6' → ['4b','6']; '—' → []), never the HIA number; status = the word, rag = its fill; progress = the half-year update; due as written ('Mar 2025'); ref '' (no numbering); the presenter, the meeting date and the recommendation give no gold field.", { indCol: 'A', statusCol: 'E', mode: 'fill', sections: secs, dataRows, countTable: { rows: dataRows.slice(0, 6), sections: secs }, forbidden: ['12 December 2024', 'Director of People and Organisational Development'] });
}
