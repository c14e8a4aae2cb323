// holdout85-wres-2024-25-dunmallow: ambulance trust, laid out like a published WRES plan kept in Word and pasted into Excel:
// 'Metric | Objective | Action/s | Timescales | Lead/s | Progress' with the metric (number, wording and a 'Summary:') and the objective
// MERGED DOWN over their actions, actions numbered 1 … 9 straight through, a 'See 6. above.' row under metric 3, and the header
// repeated where the Word table broke over a page.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunmallow Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout85-wres-2024-25-dunmallow', sheet: 'WRES 2024-25', standard: 'WRES', period: '2024-25', trust, widths: [40, 32, 46, 13, 24, 30], font: { name: 'Arial', size: 10 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, color: 'FF006747' } });
  p.line(['Workforce Race Equality Standard Action Plan 2024/25'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['October 2024 - October 2025'], { merge: ['A', 'F'] });
  p.blank();
  const HDR = ['Metric', 'Objective', 'Action/s', 'Timescales', 'Lead/s', 'Progress'];
  p.header(HDR, { style: { fill: C.grey } });
  const groups = [
    ['1', '1. Percentage of BME staff in Bands 1-9 and VSM compared with the percentage of BME staff in the overall workforce\nSummary: BME colleagues are 9.8% of the workforce but 3.1% of Band 8a and above; representation is lowest in Emergency Operations Centres and among paramedic team leaders.', '• Increase BME representation at team leader and senior manager level; and\n• a Board commitment to becoming a more representative employer.', [
      ['1. Every line manager to hold a career conversation with each BME colleague at appraisal and agree one development goal.', 'October 2025', 'Assistant Director of Education and Development', ''],
      ['2. Run a “Step up to team leader” day for BME paramedics, technicians and EOC staff.', 'March 2025', 'Race Equality Network Lead', 'Date set for 12 February 2025 at the Dunmallow training centre.'],
      ['3. Add an inclusion statement and a link to the Race Equality Network to every external advert.', 'December 2024', 'Inclusion Manager', 'Done – on all adverts from November.'],
      ['4. Evaluate the reverse mentoring pairs that ran in 2023-24 and decide whether to widen them to station managers.', 'Ongoing', 'Assistant Director of Education and Development', ''],
    ]],
    ['2', '2. Relative likelihood of White staff being appointed from shortlisting compared to BME staff\nSummary: White applicants 1.41 times more likely to be appointed (1.67 last year).', '• Fair recruitment at every stage, with panels that reflect the communities we serve.', [
      ['5. Pilot a short bias-awareness module for everyone who sits on an interview panel for a clinical post.', 'Autumn 2025', 'Recruitment Manager / Assistant Director of Education and Development', ''],
      ['6. Include inclusive decision-making in the managers’ essentials programme, covering recruitment and the decision to start a formal process.', 'June 2025', 'Inclusion Manager', 'Module written; first cohort in May.'],
    ]],
    ['3', '3. Relative likelihood of BME colleagues entering the formal disciplinary process compared to White colleagues\nSummary: 1.22 times as likely, based on 41 cases.', '• To make sure every decision to start a formal process is fair and consistent.', [
      ['See 6. above.'],
    ]],
    'HDR',
    ['4', '4. Relative likelihood of BME staff accessing non-mandatory training and CPD compared to White staff\nSummary: BME colleagues are slightly more likely to access non-mandatory training (1.05).', '• BME staff continue to be encouraged into personal and career development.', [
      ['7. Network lead to promote the paramedic top-up degree and mentorship courses to members through the network’s WhatsApp group and newsletter.', 'Ongoing', 'Race Equality Network Lead', ''],
    ]],
    ['5', '5. Percentage of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public in last 12 months\nSummary: 38.4% of BME staff against 29.0% of White staff, much of it on scene and on 999 calls.', '• No colleague has to accept racist abuse from a patient or caller.', [
      ['8. Add a “racist abuse” option to the EOC call-ending script so that call handlers can end abusive non-emergency calls with support from a supervisor.', 'January 2025', 'Head of Emergency Operations Centres', 'Script change with the clinical safety group.'],
      ['9. Make sure crews who report racist abuse on scene get a call from the duty manager within 24 hours.', 'March 2025', 'Deputy Director of Operations', ''],
    ]],
    ['7', '7. Percentage of BME staff believing that the trust provides equal opportunities for career progression or promotion\nSummary: 41.7% against 57.3% for White staff.', '• Colleagues trust that promotion is open and fair.', [
      ['10. Publish every acting-up and secondment opportunity on the intranet, with the outcome recorded by ethnicity.', 'July 2025', 'Head of Resourcing', ''],
    ]],
  ];
  for (const g of groups) {
    if (g === 'HDR') { p.header(HDR, { style: { fill: C.grey } }); continue; }
    const [ind, metric, obj, acts] = g; const first = p.r + 1;
    acts.forEach((a, i) => {
      const head = i === 0 ? [metric, obj] : ['', ''];
      if (a.length === 1) { p.line([...head, a[0], '', '', ''], { border: true, styles: [{ font: { size: 9 } }] }); return; }
      const [act, when, lead, prog] = a;
      p.action([...head, act, when, lead, prog], { ref: act.split('.')[0], indicators: [ind], action: act, lead, due: when, progress: prog }, { styles: [{ font: { size: 9 } }] });
    });
    mergeDown(p.ws, 'A', first, p.r); mergeDown(p.ws, 'B', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Laid out after a published WRES action plan kept as a Word table and pasted into Excel (fictional ambulance trust, every sentence and number new). Sheet 'WRES 2024-25': trust name, title, 'October 2024 - October 2025', a blank row, the header 'Metric | Objective | Action/s | Timescales | Lead/s | Progress' (row 5), and the same header AGAIN at row 13 where the Word table broke over a page. For each metric the Metric cell (number, wording and a 'Summary:' of the year's figures) and the Objective cell (bullets) are MERGED DOWN over its actions; the actions are numbered 1. … 10. straight through the plan. Under metric 3 the only row says 'See 6. above.' – it points to action 6 and sets out no work of its own. Judgement calls: indicators from the merged Metric cell's number; theme null (the metric is the indicator, not a grouping of its own, and the objective is context); ref = the number the action starts with, the action text kept whole with its number; the 'See 6. above.' row is not an action (action 6 keeps only its own indicator 2); lead = Lead/s as written ('Recruitment Manager / Assistant Director of Education and Development' kept whole); due = Timescales as typed ('Autumn 2025', 'Ongoing'); progress = Progress where filled, '' otherwise; no status column, rag null; the plan period line is no due; both header rows are header rows.", { notFrom: ['B'], forbidden: ['October 2024 - October 2025'] });
}
