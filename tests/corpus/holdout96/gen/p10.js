// holdout96-wdes-2026-27-orwellton: mental health and learning disability trust, WDES report on one sheet: a figures table with header
// 'Metric | Measure | 2025 | 2026 | Change | Comment', short narratives, a REVIEW GRID of the 2025-26 plan whose carried-forward rows read
// WORD FOR WORD like rows of the new plan, then the 2026-27 plan under three commitment rows with an 'Origin' column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Orwellton Mental Health and Learning Disability NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout96-wdes-2026-27-orwellton', sheet: 'WDES 2026', standard: 'WDES', period: '2026-27', trust, widths: [8, 12, 50, 26, 14, 30], font: { name: 'Verdana', size: 9 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['Workforce Disability Equality Standard – 2026 report, review of 2025-26 and action plan 2026-27'], { merge: M, style: { bold: true, color: C.teal } });
  p.line(['Owner: Associate Director of Inclusion. Approved by the People and Culture Committee on 16 September 2026.'], { merge: M, style: { italic: true } });
  p.blank();
  const ctx = []; const narr = [];
  p.line(['Section 1 – The 2026 figures'], { merge: M, style: { bold: true, fill: 'FFDEEAF1' } });
  ctx.push(p.line(['Metric', 'Measure', '', '2025', '2026', 'Change / comment'], { border: true, merge: ['B', 'C'], style: { bold: true, fill: C.grey } }));
  const pct = { numFmt: '0.0%', alignment: { horizontal: 'center' } }, rl = { numFmt: '0.00', alignment: { horizontal: 'center' } };
  const figs = [
    ['1', 'Disabled staff at Bands 8a–9 and VSM', 0.071, 0.083, 'Up; declaration on ESR now 81%', pct],
    ['2', 'Relative likelihood of non-disabled applicants being appointed', 1.09, 1.24, 'Worse; support worker recruitment in LD services', rl],
    ['3', 'Relative likelihood of disabled staff entering formal capability', 1.86, 1.42, 'Better; 6 cases', rl],
    ['4a', 'Harassment from service users, relatives or the public', 0.334, 0.347, 'Disabled staff; non-disabled 26.2%', pct],
    ['4a', 'Harassment from managers', 0.148, 0.129, 'Disabled staff; non-disabled 8.7%', pct],
    ['4a', 'Harassment from other colleagues', 0.203, 0.211, 'Disabled staff; non-disabled 13.5%', pct],
    ['4b', 'Reported the last incident', 0.561, 0.548, '', pct],
    ['5', 'Equal opportunities for career progression', 0.521, 0.537, 'Non-disabled 58.9%', pct],
    ['6', 'Pressure to come to work when unwell', 0.268, 0.251, 'Non-disabled 17.4%', pct],
    ['7', 'Satisfied that work is valued', 0.372, 0.39, 'Non-disabled 47.0%', pct],
    ['8', 'Adequate adjustments made', 0.748, 0.772, '', pct],
    ['9a', 'Engagement score gap (non-disabled minus disabled)', 0.42, 0.38, 'Narrowing', rl],
    ['10', 'Disabled voting Board members', '2 of 13', '2 of 13', 'No change', { alignment: { horizontal: 'center' } }],
  ];
  for (const [m, meas, a, b, cm, f] of figs) ctx.push(p.line([m, meas, '', a, b, cm], { border: true, merge: ['B', 'C'], styles: [{ alignment: { horizontal: 'center' } }, {}, {}, f, f, { italic: true }] }));
  p.blank();
  for (const t of ['Metric 2 moved the wrong way after a large recruitment drive for support workers in supported living, where most interviews are held on site by service managers.', 'Staff on inpatient wards report the most harassment from service users (metric 4a). Many staff see this as part of the job, which is one reason reporting (4b) has not improved.']) narr.push(p.line([t], { merge: M, height: 30 }));
  p.blank();
  p.line(['Section 2 – Review of the 2025-26 plan'], { merge: M, style: { bold: true, fill: 'FFDEEAF1' } });
  ctx.push(p.line(['Ref', 'Metric', '2025-26 action', 'Lead', 'Target', 'Outcome'], { border: true, style: { bold: true, fill: C.grey } }));
  const review = [
    ['OR-01', '1', 'Run a declaration campaign with easy-read forms for staff in learning disability services.', 'Workforce Information Manager', 'Oct 2025', 'Complete – declaration up from 72% to 81%.'],
    ['OR-02', '3', 'Add an occupational health review before any capability hearing.', 'Head of Employee Relations', 'Dec 2025', 'Complete – in the revised policy from January.'],
    ['OR-03', '4a, 4b', 'Offer post-incident debriefs to staff harmed by service users on inpatient wards.', 'Lead Nurse, Inpatient Services', 'Mar 2026', 'Not complete – carried forward to 2026-27.'],
    ['OR-04', '8', 'Set a 28-day standard for putting agreed workplace adjustments in place and report against it.', 'Head of HR Services', 'Jan 2026', 'Not complete – carried forward to 2026-27.'],
    ['OR-05', '9a', 'Hold an annual disability summit with the Enable staff network.', 'Associate Director of Inclusion', 'Dec 2025', 'Complete – 140 attended.'],
  ];
  for (const r of review) ctx.push(p.line(r, { border: true, styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { italic: true }] }));
  p.blank();
  p.line(['Section 3 – Action plan 2026-27'], { merge: M, style: { bold: true, fill: 'FFDEEAF1' } });
  const hdr = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Target', 'Origin'], { style: { fill: C.teal, color: C.white } });
  const secs = [];
  const commit = (t) => { secs.push(p.line([t], { merge: M, style: { bold: true, italic: true, color: C.teal } })); return t; };
  const act = (theme, ref, m, action, lead, due, origin) => p.action([ref, m, action, lead, due, origin], { ref, indicators: m.split(', '), theme, action, lead, due }, { styles: [{ alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { alignment: { horizontal: 'center' } }, { font: { size: 8 }, color: 'FF595959' }] });
  let t = commit('Commitment 1: Fair recruitment and progression');
  act(t, 'OR-06', '2', 'Train service managers in supported living to make adjustments at interview and to use the structured interview guide.', 'Head of Recruitment', 'Dec 2026', 'New');
  act(t, 'OR-07', '2', 'Check every support worker campaign’s appointment rates by disability before offers are confirmed.', 'Workforce Information Manager', 'Quarterly', 'New');
  act(t, 'OR-08', '1, 5', 'Offer disabled staff at Bands 6 and 7 a place on the “Next Steps” leadership course with a workplace coach.', 'Head of Leadership and OD', 'Mar 2027', 'New');
  t = commit('Commitment 2: Safe from harm at work');
  act(t, 'OR-03', '4a, 4b', 'Offer post-incident debriefs to staff harmed by service users on inpatient wards.', 'Lead Nurse, Inpatient Services', 'Sep 2026', 'Carried forward (2025-26)');
  act(t, 'OR-09', '4a', 'Add a disability question to the violence and aggression reporting form so harm to disabled staff can be seen.', 'Head of Health and Safety', 'Jul 2026', 'New');
  t = commit('Commitment 3: Adjustments and wellbeing');
  act(t, 'OR-04', '8', 'Set a 28-day standard for putting agreed workplace adjustments in place and report against it.', 'Head of HR Services', 'Jun 2026', 'Carried forward (2025-26)');
  act(t, 'OR-10', '6', 'Rewrite the sickness absence procedure so that adjustments are agreed before any formal attendance meeting.', 'Head of Employee Relations', 'Nov 2026', 'New');
  act(t, 'OR-11', '7, 9a', 'Give the Enable network a seat at the Staff Partnership Forum and report the network’s priorities to the committee twice a year.', 'Associate Director of Inclusion', 'Oct 2026', 'New');
  act(t, 'OR-12', '10', 'Ask every Board member to renew their equality monitoring at the annual appraisal.', 'Company Secretary', 'Mar 2027', 'New');
  p.blank();
  p.line(['Progress will be reported to the People and Culture Committee in January and June 2027.'], { merge: M, style: { italic: true } });
  p.ws.views = [{ showGridLines: false }];
  await book.save(`${p.name}.xlsx`);
  const revRows = ctx.slice(-5);
  p.saveGold(`Original report (fictional mental health and learning disability trust), the WDES 2026 report on ONE sheet in three sections. Top: trust, title, an owner / approval line (16 September 2026). Section 1 – a FIGURES TABLE 'Metric | Measure | 2025 | 2026 | Change / comment' (real percentages and ratios, the 2022-on codes 4a, 4b, 9a) and two narrative paragraphs. Section 2 – 'Review of the 2025-26 plan': a GRID OF ITS OWN 'Ref | Metric | 2025-26 action | Lead | Target | Outcome' with five rows OR-01 to OR-05 (rows ${revRows.join(', ')}); OR-03 and OR-04 say 'Not complete – carried forward to 2026-27'. Section 3 – 'Action plan 2026-27': teal header 'Ref | Metric | Action | Lead | Target | Origin' (row ${hdr}), three italic COMMITMENT rows and nine actions; OR-03 and OR-04 appear again, their action text WORD FOR WORD as in the review but with new targets (Sep 2026, Jun 2026) and 'Carried forward (2025-26)' in the Origin column. Judgement calls: the review rows are last year's plan – not actions, although they have a ref, metric, lead and target; the carried-forward actions are read from their Section 3 rows only (due 'Sep 2026', not the review's 'Mar 2026'); the figures table, its header and the review header are not header rows (header rows = [${hdr}]); theme = the commitment row above; ref = Ref; indicators from the Metric column ('4a, 4b', '7, 9a' → both); lead = Lead; due = Target as typed ('Quarterly' kept); Origin is context (no status, no progress); no status column → status '', rag null; the approval and reporting dates are no dues.`, { sections: secs, notFrom: ['F'], dataRows: [...ctx, ...narr], notFromRows: { rows: ctx, fields: ['due', 'status', 'progress', 'outcome'] }, forbidden: ['16 September 2026', 'Carried forward (2025-26)', 'New'] });
}
