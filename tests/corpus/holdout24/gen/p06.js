// holdout24-wres-2020-21-wrayholme: follows a community and mental health trust's WRES action plan 2020/21 (Somerset's, a shared
// fixture's source): 'Metric | Objective | Action/s | Timescales | Lead/s | Progress', the metric wording and a 'Summary:' line
// merged down, the objective as bullets merged down, numbered actions restarting per metric, progress mostly empty.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wrayholme Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout24-wres-2020-21-wrayholme', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [38, 34, 56, 14, 32, 30] });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Workforce Race Equality Standard Action Plan 2020/21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['October 2020 – October 2021'], { merge: ['A', 'F'] });
  p.header(['Metric', 'Objective', 'Action/s', 'Timescales', 'Lead/s', 'Progress'], { style: { fill: C.navy, color: C.white } });
  const groups = [
    ['1. Percentage of BME staff in Bands 1-9 and VSM compared with the percentage of BME staff in the overall workforce\n\nSummary: representation falls away above Band 6.', ['1'], '• Increase BME representation at senior levels\n• A Board committed to becoming a more representative employer', [
      ['Managers to discuss career plans with every BME colleague at appraisal at least once a year and agree goals.', 'October 2021', 'Assistant Director of Learning and Development', ''],
      ['Hold a career development day for BME staff.', 'March 2021', 'BME Network Lead', 'Held virtually on 4 March; 86 attended.'],
      ['Add an inclusion statement to every job advert.', 'June 2021', 'Inclusion Manager', ''],
    ]],
    ['2. Relative likelihood of White staff being appointed from shortlisting compared to BME staff\n\nSummary: White applicants 1.6 times as likely to be appointed.', ['2'], '• Fair recruitment at every band', [
      ['Review recruitment so that adverts, shortlisting and interview questions are consistent.', 'July 2021', 'Inclusion Manager / Recruitment Manager', ''],
      ['Train diverse panel members for Band 7 and above interviews.', 'September 2021', 'Recruitment Manager', ''],
    ]],
    ['3. Relative likelihood of BME staff entering the formal disciplinary process compared to White staff\n\nSummary: no difference this year.', ['3'], '• Keep the rate at parity', [
      ['Check every formal disciplinary case for consistency with an independent reviewer.', 'Ongoing', 'Head of HR', ''],
    ]],
    ['5. and 6. Harassment, bullying or abuse from patients and the public, and from staff\n\nSummary: BME staff report more abuse from patients than White staff.', ['5', '6'], '• Zero tolerance of racist abuse\n• Staff confident to report it', [
      ['Publish a zero-tolerance statement and a short guide for staff on what to do when a patient is racist.', 'April 2021', 'Director of Nursing', 'Statement agreed at the Executive Team.'],
      ['Give the BME network a way to report concerns directly to the Freedom to Speak Up Guardian.', 'May 2021', 'Freedom to Speak Up Guardian', ''],
    ]],
  ];
  for (const [metric, inds, obj, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, due, lead, prog], i) => {
      const text = `${i + 1}. ${a}`;
      p.action([i === 0 ? metric : undefined, i === 0 ? obj : undefined, text, due, lead, prog], { ref: String(i + 1), indicators: inds, action: text, lead, due, progress: prog });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a community health trust) following a real published WRES action plan 2020/21 (Somerset's): trust, title and 'October 2020 – October 2021' lines, then a navy header 'Metric | Objective | Action/s | Timescales | Lead/s | Progress' (row 4). For each of four metric groups the Metric cell (the metric's number and wording, a blank line and a 'Summary:' line) and the Objective cell ('•' bullets) are MERGED DOWN over the group's actions. Actions are NUMBERED IN THE CELL and the numbering RESTARTS at 1 for every metric ('1. …', '2. …'). Leads are job titles, one cell with two (' / '). Timescales are 'Month yyyy' text or 'Ongoing'. Progress is empty on most rows. Judgement calls: gold action = the whole cell with its number (as the fixture gold does), ref = the number – refs repeat across metrics because the plan's own numbering does; indicators from the number(s) at the start of the Metric cell ('5. and 6.' = ['5','6']); the merged Metric and Objective cells are per-row context, not themes (theme null), and the objective bullets are goals, not actions; progress '' where empty; no status, rag null.", { notFrom: ['B'] });
}
