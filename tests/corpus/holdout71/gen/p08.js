// holdout71-wres-2023-24-holmvale: mental health and learning disability FT, a plan in the shape of a real published 2023 WRES plan of a
// mental health trust (source 001): a Progress Key of three colours, 'Key Action Area – …' sections each with its own header (worded a
// little differently each time), a Metric column that repeats the WRES WORDING as an aim on every row – no numbers – and a Progress
// column that is only a colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Holmvale Mental Health and Learning Disability NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2023-24-holmvale', sheet: 'WRES Action Plan 2023', standard: 'WRES', period: '2023-24', trust, widths: [36, 30, 46, 42, 14, 17, 11], font: { name: 'Calibri', size: 10 } });
  p.line(['Workforce Race Equality Standard Action plan 2023'], { merge: ['A', 'G'], height: 24, style: { bold: true, font: { size: 16 }, color: C.teal } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['This document sets out the actions working towards the WRES metrics, approved at Trust Board on 26th October 2023. Each action has a lead, timescales and an intended outcome, alongside a progress tracker.'], { merge: ['A', 'G'], height: 30 });
  p.blank();
  p.line(['Progress Key'], { style: { bold: true } });
  for (const [w, f] of [['On Track', C.green], ['Slippage Likely', C.amber], ['Critical', C.red]]) p.line(['', w], { at: 1, border: true, styles: [{ fill: f }, {}] });
  const T = { 1: 'To increase the % of BME staff in each of the AfC bands 1-9 and VSM (inc Executive Board members) to reflect the % in the local population.', 2: 'To ensure that the relative likelihood of BME staff being appointed from shortlisting across all posts is the same as that of white staff', 3: 'To ensure that the relative likelihood of BME staff entering the formal disciplinary process, as measured by entry into a formal disciplinary investigation, is the same as that of white staff', 4: 'To ensure that the relative likelihood of BME staff accessing non-mandatory training and CPD is the same as that of white staff.', 5: 'To reduce the numbers of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months', 6: 'To reduce the numbers of BME staff experiencing harassment, bullying or abuse from staff in the last 12 months', 7: 'To increase the numbers of BME staff believing the Trust provides equal opportunities for career progression or promotion.', 8: 'To reduce the numbers of BME staff who have personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months.', 9: 'To have a Trust Board whose BME voting membership reflects its overall BME workforce' };
  const F = { green: C.green, amber: C.amber, red: C.red };
  const sections = [];
  const area = (title, hdr) => { p.blank(); sections.push(p.line([title], { merge: ['A', 'G'], height: 18, style: { bold: true, fill: C.teal, color: C.white, font: { size: 11 } } })); p.header(hdr, { style: { fill: 'FFD9EAE8' } }); return title; };
  // rows: [indicators, current action, update, intended outcome, lead, timescale, rag|null]
  const put = (theme, rows) => {
    for (const [inds, act, upd, out, lead, ts, rag] of rows) {
      const metric = inds.map((i) => T[i]).join('\nAnd\n');
      p.action([metric, act, upd, out, lead, ts, ''], { indicators: inds.map(String), theme, action: act, lead, due: ts, rag, progress: upd, outcome: out }, { styles: [{ font: { size: 9 } }, { bold: true }, {}, {}, {}, {}, rag ? { fill: F[rag] } : {}] });
    }
  };
  let th = area('Key Action Area – Representative Workforce and Recruitment', ['Metric', 'Current Actions', 'Update', 'Intended Outcome / Actions', 'Lead', 'Timescales', 'Progress']);
  put(th, [
    [[1], 'Widening participation: a healthcare support worker academy for local residents.', 'Two cohorts of 18 started in June and September 2023; 61% of starters are from ethnic minority backgrounds.', 'Fill support worker vacancies locally and build a route into nursing for BME residents.\nTrack how many academy starters progress to Band 3 and above.', 'HR (PT)', 'Ongoing during 23/24', 'green'],
    [[1], 'Review of acting-up and secondment opportunities at Bands 6 to 8a.', 'Acting-up posts of the last 12 months mapped by ethnicity: 9 of 64 went to BME staff.', 'Every acting-up opportunity of more than 3 months advertised internally.\nPublish the breakdown twice a year.', 'PD (KM) / PX team', 'Ongoing during 23/24', null],
    [[1], 'Careers programme with local schools and colleges.', 'Careers events held at the four sixth-form colleges with the highest proportion of ethnic minority students.', 'More applications from BME candidates for entry-level and apprenticeship posts.\nReview whether applications rise.', 'PD (LJ & PT)', '3-year project up to 2025', 'amber'],
    [[2], 'Values-based shortlisting with names and education details removed.', 'Anonymised shortlisting piloted in the corporate directorate since August 2023.', 'Decide whether to extend the pilot Trust-wide.\nCompare appointment rates before and after.', 'Recruitment Group & PT', 'Q4 23/24', 'green'],
  ]);
  th = area('Key Action Area – Representative Leadership at all Levels', ['Metric', 'Actions', 'Update', 'Intended Outcome', 'Lead', 'Timescales', 'Progress']);
  put(th, [
    [[4], 'Audit of who receives study leave and CPD funding, by ethnicity and band.', 'Data for 2022/23 taken from the study leave system; analysis by the Workforce Intelligence team under way.', 'Tailored communications so that BME staff know what funding exists.\nRing-fenced places on over-subscribed courses.', 'PD/NF/NB', 'During Q4 23/ Q1 24', 'amber'],
    [[7], 'Inclusive leadership programme for ward and team managers.', 'Cohort 1 (24 managers) started in October 2023 with an external facilitator.', 'Managers who hold career conversations that open doors for BME staff.\nEvaluation report in Q4.', 'PD/OD', 'Q3 with evaluation in Q4 23/24', 'green'],
    [[4, 7], 'Reverse mentoring between BME colleagues and senior leaders.', 'Twelve pairs matched in May 2023; mid-point review held in September.', 'Senior leaders better informed about the barriers to development and promotion.\nSecond cohort in 2024.', 'DP/HR', 'Ongoing till 2025', 'green'],
    [[], 'Anti-racism training for all line managers.', 'Half-day anti-racism session written with the Race Equality Network; roll-out from September 2023.', 'All line managers trained by Q3 2024.', 'ZM', 'Ongoing', null],
    [[9], 'Board succession planning.', 'Two associate non-executive posts created for people from under-represented groups.', 'Advertise every board vacancy through community and professional networks.', '', '', null],
  ]);
  th = area('Key Action Area – Bullying and Harassment', ['Metric', 'Actions', 'Update', 'Intended Outcome', 'Lead', 'Timescales', 'Progress']);
  put(th, [
    [[5], 'Race Equality Guardians for staff abused by service users and carers.', 'Eight Guardians appointed across the inpatient units; training completed in July 2023.', 'Staff supported after an incident and their managers helped to act.\nGuardians\' logs reviewed to find hot spots.', 'PD/IH', 'Q3/Q4 23 / Q1 24', 'amber'],
    [[6, 8], 'New Respect at Work policy, with bystander training and restorative practice.', 'Policy out to consultation; sign-off expected in Q3.', 'Fewer bullying and harassment cases raised by BME staff against colleagues and managers.', 'PD & Staff side (DT)', 'Q3/Q4', 'red'],
  ]);
  th = area('Key Action Area – Formal Disciplinary', ['Metric', 'Actions', 'Update', 'Intended Outcome', 'Lead', 'Timescales', 'Progress']);
  put(th, [
    [[3], 'Monthly monitoring of formal cases by ethnic group.', 'Case numbers by ethnicity and other protected characteristics reported to the Operational Management Group each month.', 'Spot any potential bias early.', 'DT/JM', 'Ongoing', 'green'],
  ]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health and learning disability FT) laid out like a real published 2023 WRES action plan of a mental health trust (source 001): sheet 'WRES Action Plan 2023', the title, the trust name, an intro saying the actions were approved at Trust Board on 26th October 2023, a blank row, a 'Progress Key' of three colour swatches (green On Track, amber Slippage Likely, red Critical), then four teal 'Key Action Area – …' rows, each followed by ITS OWN header ('Metric | Current Actions | Update | Intended Outcome / Actions | Lead | Timescales | Progress' under the first; 'Actions' and 'Intended Outcome' under the others). The METRIC column repeats on every row the WRES aim in words ('To increase the numbers of BME staff believing the Trust provides equal opportunities …') – there are NO indicator numbers; two cells join two aims with 'And'; one is blank. The PROGRESS cell holds no word, only a key colour, or nothing. Leads are initials ('HR (PT)', 'PD/NF/NB', 'PD & Staff side (DT)'); timescales as text ('Ongoing during 23/24', '3-year project up to 2025', 'Q3/Q4 23 / Q1 24'). Judgement calls: action = the Current Actions / Actions cell; progress = Update; outcome = Intended Outcome (/ Actions) as written, every line; indicators from the aim's WORDING, in the order written (AfC bands → 1, appointed from shortlisting → 2, formal disciplinary → 3, non-mandatory training and CPD → 4, abuse from patients, relatives or the public → 5, from staff → 6, equal opportunities for career progression → 7, discrimination from a manager, team leader or colleagues → 8, Board voting membership → 9; the '1-9' of 'AfC bands 1-9' is not an indicator); [] where the Metric cell is blank; status '' and rag from the Progress fill under the key (green / amber / red; no fill → null); lead and due '' for the board succession row that leaves them blank; theme = the Key Action Area row above. The key rows and the board approval date are not actions or dues.", { mode: 'fill', ragCol: 7, sections, indWords: { col: 'A', map: [['AfC bands', '1'], ['appointed from shortlisting', '2'], ['formal disciplinary', '3'], ['non-mandatory training', '4'], ['from patients, relatives or the public', '5'], ['harassment, bullying or abuse from staff', '6'], ['equal opportunities for career progression', '7'], ['discrimination at work from', '8'], ['BME voting membership', '9']] }, forbidden: ['26th October 2023', 'On Track', 'Slippage Likely', 'Critical'] });
}
