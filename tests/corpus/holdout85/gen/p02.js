// holdout85-wres-2023-24-cleverholme: acute FT, laid out like a published acute WRES plan approved at Board: intro lines, a three-swatch
// Progress Key, 'Key Action Area – …' rows each followed by the header again, the Metric column holding the trust's own OBJECTIVE wording
// (no indicator number anywhere), 'Current Actions | Update | Intended Outcome / Actions', leads with initials, and a Progress cell that
// is only a colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cleverholme Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2023-24-cleverholme', sheet: 'WRES Action Plan 2023', standard: 'WRES', period: '2023-24', trust, widths: [30, 28, 48, 38, 18, 16, 11], font: { name: 'Calibri', size: 10 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard Action plan 2023'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['This document highlights the actions working towards WRES metrics which have been approved at Trust Board on 26th October 2023.'], { merge: ['A', 'G'] });
  p.line(['Each action has a lead, timescales and intended outcome and actions alongside progress tracker.'], { merge: ['A', 'G'] });
  const key = [p.line(['Progress Key'], { style: { bold: true } })];
  key.push(p.line(['', 'On Track'], { styles: [{ fill: C.green }] }), p.line(['', 'Slippage Likely'], { styles: [{ fill: C.amber }] }), p.line(['', 'Critical'], { styles: [{ fill: C.red }] }));
  p.blank();
  const HDR = ['Metric', 'Current Actions', 'Update', 'Intended Outcome / Actions', 'Lead', 'Timescales', 'Progress'];
  const F = { green: C.green, amber: C.amber, red: C.red };
  const M1 = 'To increase the % of BME staff in each of the AfC bands 1-9 and VSM (inc Executive Board members) to reflect the % in the local population.';
  const M2 = 'To reduce the relative likelihood of White staff being appointed from shortlisting compared to BME staff.';
  const M5 = 'To reduce the % of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public.';
  const M8 = 'To reduce the % of BME staff who have personally experienced discrimination at work from a manager, team leader or other colleagues.';
  const M9 = 'For the Board voting membership to reflect the % of BME staff in the overall workforce.';
  const groups = [
    ['Key Action Area – Representative Workforce and Recruitment', [
      [M1, '1', 'Band 5 to 6 nursing development pathway', 'Forty-two staff nurses have joined the pathway since May, 27 of them from BME backgrounds. The first cohort completes in January and will be tracked into Band 6 posts.', 'More BME nurses moving into Band 6 posts on the surgical and medical wards; retention of pathway nurses monitored for 12 months.', 'Chief Nurse Office (AM)', 'Ongoing during 23/24', 'green'],
      [M1, '1', 'Local recruitment with the Cleverholme Works employment hub', 'The Trust now advertises all Band 2 and 3 posts through the hub and holds monthly open days in the two wards of the town with the highest unemployment.', 'Increase applications from BME candidates living locally.\nReview after twelve months whether appointments have followed applications.', 'PD (HT & RB)', '2-year project up to 2025', 'amber'],
    ]],
    ['Key Action Area – Fair Recruitment', [
      [M2, '2', 'Diverse interview panels for Band 8a and above', 'A pool of 19 trained panel members is in place, but panels for consultant posts are not yet covered because of clash with job planning.', 'Every panel for Band 8a and above and consultant posts has a trained member from a different ethnic background to the chair.', 'Recruitment Group / People Experience (PX) team', 'March 2024', 'amber'],
      [M2, '2', 'Shortlisting with names and personal details removed', 'TRAC settings changed in August for all non-medical posts.', 'Remove the chance of bias at shortlisting.\nCompare the 2024 likelihood figure with this year’s 1.64.', 'HR (RB)', 'Q2 23/24', 'green'],
    ]],
    ['Key Action Area – Staff Experience and Wellbeing', [
      [M5, '5', 'Zero tolerance approach to racist abuse from patients and visitors', 'A letter template for patients who are racially abusive has been agreed with the Security Manager; the Emergency Department started using it in September.', 'Staff report incidents with confidence and see action taken; fewer BME staff reporting abuse from the public in the 2024 survey.', 'Head of Security and Violence Reduction (PK)', 'Ongoing during 23/24', 'green'],
      [M8, '8', 'Civility and respect training for team leaders', 'The training has not started because the external provider withdrew; a new provider is being procured.', 'Managers know how to recognise and stop discrimination within their teams.', 'OD Team (SJ)', 'December 2023', 'red'],
      [M8, '8', 'Race equality cultural ambassadors on disciplinary panels', 'Six ambassadors have completed training with the Royal College of Nursing.', 'An ambassador reviews each case involving a BME member of staff before a formal stage; fewer BME staff in formal processes.', 'Employee Relations (CW)', 'January 2024', 'amber'],
    ]],
    ['Key Action Area – Leadership and Accountability', [
      [M9, '9', 'Reverse mentoring for executive and non-executive directors', 'Eleven of the thirteen Board members are paired with a BME mentor from the Race Equality Network.', 'Board members understand the lived experience of BME staff and take it into their decisions.', 'Director of People (LJ)', 'March 2024', 'green'],
    ]],
  ];
  const secs = [];
  for (const [area, acts] of groups) {
    secs.push(p.line([area], { merge: ['A', 'G'], style: { bold: true, fill: C.nhs, color: C.white } }));
    p.header(HDR, { style: { fill: C.paleblue } });
    for (const [m, ind, act, upd, out, lead, when, rag] of acts) p.action([m, act, upd, out, lead, when, ''], { indicators: [ind], theme: area, action: act, lead, due: when, rag, progress: upd, outcome: out }, { styles: [{ font: { size: 9 } }, { bold: true }, {}, {}, {}, {}, { fill: F[rag] }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after a published acute trust WRES action plan (fictional trust, every sentence and number new). Sheet 'WRES Action Plan 2023': trust name, title, two intro lines (the first says the actions were approved at Trust Board on 26th October 2023), a 'Progress Key' of three swatches (green On Track, amber Slippage Likely, red Critical), then four 'Key Action Area – …' rows (white on NHS blue), each followed by the header 'Metric | Current Actions | Update | Intended Outcome / Actions | Lead | Timescales | Progress' again (4 header rows). The Metric column repeats the trust's own OBJECTIVE for that indicator on every row ('To increase the % of BME staff in each of the AfC bands 1-9 and VSM …') – no indicator number is written anywhere. The Progress cell is only a colour. Judgement calls: indicators from the objective's wording (representation by band → 1, appointed from shortlisting → 2, abuse from patients / public → 5, discrimination from a manager or colleagues → 8, Board membership → 9); theme = the Key Action Area row above; action = Current Actions (the short title), never the Metric objective; progress = Update; outcome = Intended Outcome / Actions (kept whole, line breaks included); lead = Lead as written with its initials ('PD (HT & RB)', 'Recruitment Group / People Experience (PX) team'); due = Timescales as typed ('Ongoing during 23/24', '2-year project up to 2025', 'Q2 23/24'); status '' and rag from the Progress fill; the Board approval date is no due; the key rows are not actions.", { mode: 'fill', ragCol: 7, statusIsCell: false, colourOnly: { col: 'G' }, sections: secs, sameHeaders: true, notFrom: ['A'], forbidden: ['26th October 2023', 'On Track', 'Slippage Likely', 'Critical'], dataRows: key });
}
