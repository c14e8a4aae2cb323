// holdout85-wres-2026-27-greywater: mental health trust, laid out like published MH trust WRES plans set out indicator by indicator:
// heading rows 'Indicator n – <wording> (2026: figure)' merged across, 'Ref | Action | Lead | Completion date | How we will measure
// success' under them, real dates shown 'mmmm yyyy', and a combined heading for indicators 5 and 6.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Greywater Mental Health and Wellbeing NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2026-27-greywater', sheet: 'WRES 2026-27', standard: 'WRES', period: '2026-27', trust, widths: [7, 58, 28, 16, 40], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Workforce Race Equality Standard: Action Plan 2026/27'], { merge: ['A', 'E'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by the Trust Board on 24 September 2026. Progress is reported to the People and Culture Committee in January and May.'], { merge: ['A', 'E'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Action', 'Lead', 'Completion date', 'How we will measure success'], { style: { fill: C.purple, color: C.white } });
  const groups = [
    [['1'], 'Indicator 1 – Percentage of BME staff in Bands 8a and above and VSM compared with the overall workforce (2026: 7.9% against 17.2%)', [
      ['1.1', 'Guarantee an interview for internal BME applicants who meet the essential criteria for Band 8a and above posts.', 'Head of Resourcing', D(2026, 10, 31), 'Guarantee in every advert from November 2026.'],
      ['1.2', 'Run a shadowing scheme in which BME Band 7 clinicians spend six days with a service director or clinical director.', 'Deputy Director of Organisational Development and Ethnic Minority Staff Network Chair', D(2027, 3, 31), '15 shadowing placements completed.'],
    ]],
    [['2'], 'Indicator 2 – Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants (2026: 1.38)', [
      ['2.1', 'Use structured interview questions and independent scoring before discussion for all Band 6 to 8a posts in inpatient and crisis services.', 'Recruitment Manager', D(2026, 12, 31), 'Relative likelihood below 1.20 in the 2027 WRES.'],
    ]],
    [['3'], 'Indicator 3 – Relative likelihood of BME staff entering the formal disciplinary process (2026: 1.61)', [
      ['3.1', 'Extend the “just and learning culture” review to bank staff and healthcare support workers on the inpatient wards.', 'Head of Employee Relations', D(2026, 11, 30), 'No BME bank worker removed from the bank without a review.'],
      ['3.2', 'Publish an anonymised quarterly summary of formal cases by ethnicity and ward to the divisional boards.', 'People Analytics Lead', 'Quarterly from July 2026', 'Divisional boards discuss the summary every quarter.'],
    ]],
    [['5', '6'], 'Indicators 5 and 6 – Harassment, bullying or abuse from patients, relatives or the public, and from staff (2026: 35.3% and 26.8%)', [
      ['5.1', 'Agree with the police a single point of contact for racist assaults on staff in the secure and acute inpatient units.', 'Security Management Lead', D(2026, 9, 30), 'Every reported racist assault has a police reference within a week.'],
      ['5.2', 'Train ward managers to hold a team debrief after any racist incident, so that colleagues who see it are supported too.', 'Associate Director of Nursing (Inpatients)', D(2027, 1, 31), '80% of inpatient ward managers trained.'],
    ]],
    [['9'], 'Indicator 9 – Board voting membership compared with the overall workforce (2026: -9.5 percentage points)', [
      ['9.1', 'Include a race equality objective in every executive and non-executive director’s appraisal.', 'Chair and Chief Executive', D(2026, 7, 31), 'All Board appraisals for 2026/27 include the objective.'],
    ]],
  ];
  const secs = [];
  for (const [inds, head, acts] of groups) {
    secs.push(p.line([head], { merge: ['A', 'E'], style: { bold: true, fill: C.lilac }, border: true, height: 28 }));
    for (const [ref, act, lead, when, meas] of acts) p.action([ref, act, lead, when, meas], { ref, indicators: inds, theme: head, action: act, lead, due: when instanceof Date ? shown(when, 'mmmm yyyy') : when, outcome: meas }, { styles: [{}, {}, {}, when instanceof Date ? { numFmt: 'mmmm yyyy' } : {}] });
  }
  p.blank();
  p.line(['Indicators 4, 7 and 8: no new actions this year – the gaps closed in 2026 and will be monitored through the quarterly workforce report.'], { merge: ['A', 'E'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after published mental health trust WRES plans set out indicator by indicator (fictional trust, every sentence and number new). Sheet 'WRES 2026-27': trust name, title, an italic approval / reporting line, a blank row, the purple header 'Ref | Action | Lead | Completion date | How we will measure success' (row 5), then five lilac heading rows merged across ('Indicator 1 – … (2026: 7.9% against 17.2%)', one combined 'Indicators 5 and 6 – …'), each over its actions (refs 1.1 … 9.1), and a closing italic line saying indicators 4, 7 and 8 have no new actions. Completion dates are real dates shown 'mmmm yyyy'; 3.2's is typed 'Quarterly from July 2026'. Judgement calls: theme = the heading row verbatim (figures included); indicators from the heading ('Indicators 5 and 6' → ['5','6'] for both its actions – refs 5.1 / 5.2 number the action, they do not split the pair); ref = Ref; lead = Lead as written ('Deputy Director of Organisational Development and Ethnic Minority Staff Network Chair', 'Chair and Chief Executive' kept whole); due = Completion date as shown; outcome = How we will measure success; no status column, rag null; the Board approval date and the reporting months are no dues; the closing line is not an action and gives no action indicators 4, 7 or 8.", { sections: secs, forbidden: ['24 September 2026'] });
}
