// holdout89-wdes-2023-24-cattermoor: an ACUTE trust's WDES plan set out metric by metric: one header at the top, then a dark heading row
// per metric carrying its 2023 figures, the actions under it with refs like '4b.1'; a metric heading with no action under it, only a
// line saying so; RAG letters on fills with the key in the title block.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Cattermoor Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout89-wdes-2023-24-cattermoor', sheet: 'WDES 23-24', standard: 'WDES', period: '2023-24', trust, widths: [8, 56, 28, 12, 42, 6], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}: Workforce Disability Equality Standard – action plan 2023-24`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['RAG: G = on track   A = some delay   R = off track   C = complete (blue)'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  p.blank();
  p.header(['Ref', 'Action', 'Owner', 'Due', 'Update (Jan 2024)', 'RAG'], { style: { fill: C.navy, color: C.white } });
  const FILL = { G: C.green, A: C.amber, R: C.red, C: C.lightblue };
  const RAG = { G: 'green', A: 'amber', R: 'red', C: 'blue' };
  const F = 'dd/mm/yyyy';
  const rows = [
    ['Metric 1 – Representation (disabled staff 4.8% in ESR; 23% in the 2022 staff survey)', ['1']],
    ['1.1', 'Add “update your personal details” to the ESR self-service reminders sent after each pay award.', 'Workforce Systems Manager', D(2023, 9, 30), 'Two reminders sent; ESR rate 5.6%.', 'C'],
    ['1.2', 'Ask the Disability & Wellbeing Network to run declaration stalls in the restaurant at both hospitals during Disability History Month.', 'Disability & Wellbeing Network chair', D(2023, 12, 15), 'Stalls held 20 Nov – 15 Dec.', 'G'],
    ['Metric 2 – Appointment from shortlisting (non-disabled 1.32 times more likely)', ['2']],
    ['2.1', 'Publish a reasonable adjustments statement on every job advert and offer applicants the interview questions 30 minutes before.', 'Head of Resourcing', D(2023, 10, 31), 'Live on all adverts since October.', 'G'],
    ['Metric 3 – Formal capability process (disabled 2.05 times more likely)', ['3']],
    ['3.1', 'Route every capability case about a disabled member of staff through a reasonable adjustments review before stage 1.', 'Head of Employee Relations', D(2024, 1, 31), 'Process written; not yet agreed with staff side.', 'A'],
    ['Metric 4b – Harassment, bullying or abuse from managers (disabled 17.9% | non-disabled 11.4%)', ['4b']],
    ['4b.1', 'Add a module on disability and long-term conditions to the Cattermoor Manager programme for new ward and department managers.', 'Head of Leadership Development', D(2024, 3, 31), 'Module content late; cohort 3 will be the first.', 'R'],
    ['Metric 6 – Pressure to come to work when unwell (gap now 2 points)', ['6']],
    'No new action this year – keep monitoring through the quarterly pulse survey.',
    ['Metric 8 – Reasonable adjustments (68.5% say adequate adjustments were made)', ['8']],
    ['8.1', 'Buy a stock of common equipment (keyboards, headsets, chairs) so adjustments are made within two weeks, not after a team bid.', 'Head of Health & Wellbeing', D(2023, 12, 31), 'Stock in place at the main site; satellite units in February.', 'G'],
    ['8.2', 'Replace the adjustments request form with a Health & Wellbeing Passport that moves with the employee.', 'Head of Health & Wellbeing', D(2024, 3, 31), 'Passport piloted in pharmacy and radiology.', 'A'],
    ['Metric 9a – Staff engagement (disabled 6.4 | non-disabled 6.9)', ['9a']],
    ['9a.1', 'Hold three “Ask the Chief Executive” sessions for disabled staff, one of them online and in the evening.', 'Chief People Officer', D(2024, 2, 29), 'First two held; 70 attendees.', 'G'],
  ];
  const secs = []; let theme = null; let inds = [];
  for (const r of rows) {
    if (typeof r === 'string') { p.line(['', r], { merge: ['B', 'F'], style: { italic: true } }); continue; }
    if (r.length === 2) {
      const sr = p.line([r[0]], { merge: ['A', 'F'], style: { bold: true, fill: C.lilac } });
      if (r[0].startsWith('Metric 6')) { theme = null; continue; } // holds no action, only the line under it
      secs.push(sr); theme = r[0]; inds = r[1]; continue;
    }
    const [ref, act, own, dd, upd, rag] = r;
    p.action([ref, act, own, dd, upd, rag], { ref, indicators: inds, theme, action: act, lead: own, due: shown(dd, F), status: rag, rag: RAG[rag], progress: upd }, { styles: [{}, {}, {}, { numFmt: F }, {}, { fill: FILL[rag], alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Metrics 5, 7, 9b and 10 are covered by the trust-wide People Plan and the Board development plan.'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust). Sheet 'WDES 23-24', Arial 10: a title naming the trust, a one-line RAG key in the title block ('G = on track A = some delay R = off track C = complete (blue)'), a blank row, the navy header 'Ref | Action | Owner | Due | Update (Jan 2024) | RAG' (row 4, the only header), then seven lilac METRIC heading rows each carrying the metric's 2023 figures, with eight actions under six of them; the Metric 6 heading has only an italic line under it ('No new action this year – keep monitoring …'); after a blank row a line putting metrics 5, 7, 9b and 10 elsewhere. Due dates are real, shown dd/mm/yyyy. Judgement calls: theme = the metric heading row above, verbatim with its figures; indicators from that heading ('Metric 4b' → 4b; 'Metric 9a – … (disabled 6.4 …)' → 9a only; 'Metric 2 – … 1.32 times …' → 2 – never the figures); ref = Ref as written; the Metric 6 heading and its 'no new action' line are non-action rows and theme nothing; lead = Owner ('Disability & Wellbeing Network chair' kept); status = the RAG letter, rag from its fill (C on light blue → blue); progress = the January 2024 update; the closing line gives no indicators.", { mode: 'fill', ragCol: 6, sections: secs });
}
