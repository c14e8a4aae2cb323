// holdout64-wdes-2021-22-marcher: follows the NHS Employers WDES implementation resources (https://www.nhsemployers.org/retention-and-staff-experience/diversity-and-inclusion/policy-and-guidance/disability/workforce-disability-equality-standard):
// a guide to improving staff disability data, reasonable adjustments guidance and the ten metrics – here the subjects of a specialist trust's
// plan. The 'Where we are | Where we want to be | How we will get there' layout with the metric and both position cells merged down
// beside several actions is ASSUMED, as trusts commonly lay such plans out.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Marcher Orthopaedic and Spinal Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout64-wdes-2021-22-marcher', sheet: 'WDES', standard: 'WDES', period: '2021-22', trust, widths: [14, 30, 30, 50, 24, 12, 36] });
  p.line([`${trust}: WDES action plan 2021-22`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Based on the 2021 WDES return (data at 31 March 2021) and the 2020 NHS Staff Survey.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['WDES metric', 'Where we are', 'Where we want to be', 'How we will get there', 'Action owner', 'Complete by', 'Update (March 2022)'], { style: { fill: C.darkblue, color: C.white } });
  const G = [
    ['Metric 1', '3.1% of staff have declared a disability on ESR.', 'At least 6% declared on ESR by March 2023.', [
      ['Use the NHS Employers guide on improving disability data to rewrite the ESR self-service prompt.', 'Workforce Systems Lead', D(2021, 11, 30), 'Prompt rewritten and live.'],
      ['Ask each department to hold a five-minute team brief on why declaring matters.', 'Divisional HR Business Partners', D(2022, 1, 31), 'Two of three divisions done.'],
    ], ['1']],
    ['Metric 4a', '26% of disabled staff experienced harassment from patients or the public.', 'Below 20% in the 2022 staff survey.', [
      ['Put up clear zero-tolerance signs in outpatients and the spinal injuries unit, and brief reception staff on how to respond.', 'Head of Patient Experience', D(2021, 10, 31), 'Signs in place.'],
      ['Offer conflict resolution training to outpatient and therapy staff.', 'Head of Education', D(2022, 3, 31), ''],
    ], ['4a']],
    ['Metric 8', '69% say their employer has made adequate adjustments.', '80% or more by the 2022 survey.', [
      ['Adopt the reasonable adjustments guidance and a simple request form that goes to one central team.', 'Deputy Director of Workforce', D(2021, 12, 31), 'Form launched in December.'],
      ['Report every quarter how long adjustments took to put in place.', 'Occupational Health Manager', D(2022, 3, 31), 'First report due April.'],
    ], ['8']],
    ['Metric 9b', 'No disabled staff network.', 'An active network with an executive sponsor.', [
      ['Hold a launch event for a disabled staff network and agree its terms of reference.', 'EDI Lead', D(2021, 9, 30), 'Launched 22 September; 31 members.'],
    ], ['9b']],
  ];
  for (const [m, now, want, acts, inds] of G) {
    const first = p.r + 1;
    acts.forEach(([a, owner, due, upd], i) => p.action(i === 0 ? [m, now, want, a, owner, due, upd] : [undefined, undefined, undefined, a, owner, due, upd], { indicators: inds, action: a, lead: owner, due: `${due.getUTCDate()} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][due.getUTCMonth()]} ${due.getUTCFullYear()}`, outcome: want, progress: upd }, { styles: [{ bold: true }, {}, {}, {}, {}, { numFmt: 'd mmmm yyyy' }] }));
    for (const c of ['A', 'B', 'C']) mergeDown(p.ws, c, first, p.r);
  }
  p.blank();
  p.line(['Metrics 2, 3, 5, 6, 7, 9a and 10 are monitored by the EDI Steering Group; no new action was agreed for them this year.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic foundation trust) following the NHS Employers WDES implementation resources (improving disability data, reasonable adjustments guidance, the ten metrics): a title naming the trust, a line on the data it is based on, then 'WDES metric | Where we are | Where we want to be | How we will get there | Action owner | Complete by | Update (March 2022)' (row 4) with the METRIC, WHERE WE ARE and WHERE WE WANT TO BE cells MERGED DOWN beside one or two actions each, and a note listing the metrics with no action. Judgement calls: seven actions, one per 'How we will get there' row; indicators from the merged metric cell for every action it spans ('Metric 9b' → ['9b']); 'Where we are' is the baseline (context, no field); outcome = 'Where we want to be' (the intended result) for every action beside it; lead = Action owner; due = Complete by as shown (d mmmm yyyy); progress = the March 2022 update where filled; no ref, no status – rag null; the note naming other metrics gives no actions.", { crossRef: { metricCol: 'A', otherCols: [] }, notFrom: ['B'] });
}
