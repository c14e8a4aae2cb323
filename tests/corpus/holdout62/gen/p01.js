// holdout62-wres-2023-24-brackenholt: acute trust; the action sheet carries the WRES indicator, the HIA mapping lives on a SEPARATE SHEET
// ('HIA mapping': each high impact action with the plan refs that serve it). Status words on filled cells, key line under the table.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenholt Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout62-wres-2023-24-brackenholt', sheet: 'Action Plan', standard: 'WRES', period: '2023-24', trust, widths: [8, 14, 60, 30, 14, 14], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race Equality Standard – Action Plan 2023-24'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['Each action is mapped to the High Impact Actions of the NHS EDI Improvement Plan on the "HIA mapping" tab.'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Lead', 'Due', 'Status'], { style: { fill: C.nhs, color: C.white } });
  const S = { 'Complete': C.lightblue, 'On track': C.goodG, 'Delayed': C.neutralA, 'Not started': null };
  const R = { 'Complete': 'blue', 'On track': 'green', 'Delayed': 'amber', 'Not started': null };
  const acts = [
    ['BR1', '1', 'Publish band-by-band ethnicity profiles to each care group and agree a representation target for Bands 8a and above.', 'Deputy Director of Workforce', 'Dec 2023', 'Complete'],
    ['BR2', '2', 'Introduce a diverse panel member on every interview panel for Band 7 and above and audit compliance each quarter.', 'Head of Resourcing', 'Mar 2024', 'On track'],
    ['BR3', '3', 'Require a second-level check by an HR business partner before any BME colleague enters a formal disciplinary process.', 'Associate Director of HR', 'Oct 2023', 'Complete'],
    ['BR4', '5, 6', 'Roll out the zero-tolerance reporting pathway for racist abuse from patients, visitors and colleagues, with a follow-up call within 48 hours.', 'Head of Staff Wellbeing', 'Jan 2024', 'Delayed'],
    ['BR5', '7', 'Launch a reciprocal mentoring scheme linking BME nurses and midwives with divisional directors.', 'Chief Nurse', 'Feb 2024', 'On track'],
    ['BR6', '8', 'Train all line managers at Band 7 and above in inclusive conversations and bystander intervention.', 'Head of Leadership Development', 'Mar 2024', 'Not started'],
    ['BR7', '9', 'Set an individual EDI objective for every Board member and report progress in the annual appraisal of each director.', 'Chief Executive', 'Apr 2024', 'On track'],
    ['BR8', 'All', 'Report WRES progress to the People Committee each quarter with a dashboard broken down by care group.', 'EDI Lead', 'Quarterly', 'On track'],
  ];
  for (const [ref, ind, a, lead, due, st] of acts) {
    const inds = ind === 'All' ? ALL_WRES : ind.split(/,\s*/);
    p.action([ref, ind, a, lead, due, st], { ref, indicators: inds, action: a, lead, due, status: st, rag: R[st] }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, S[st] ? { fill: S[st] } : {}] });
  }
  p.blank();
  p.line(['Status key: Complete = blue · On track = green · Delayed = amber · Not started = no fill'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  p.line(['Approved by the People Committee on 14 September 2023. Next review: January 2024.'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  // second sheet: the HIA mapping (not part of the gold sheet)
  const m = book.wb.addWorksheet('HIA mapping');
  m.getColumn(1).width = 70; m.getColumn(2).width = 22;
  const mrows = [
    ['NHS EDI Improvement Plan (June 2023) – High Impact Actions', ''],
    ['High Impact Action', 'Plan refs'],
    ['HIA 1 – Measurable objectives on EDI for Chairs, Chief Executives and Board members', 'BR7, BR8'],
    ['HIA 2 – Overhaul recruitment processes and embed talent management processes', 'BR1, BR2, BR5'],
    ['HIA 3 – Eliminate total pay gaps with respect to race, disability and gender', '—'],
    ['HIA 4 – Address health inequalities within the workforce', 'BR4'],
    ['HIA 5 – Comprehensive induction, onboarding and development programme for internationally recruited staff', '—'],
    ['HIA 6 – Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur', 'BR3, BR4, BR6'],
  ];
  mrows.forEach((v, i) => { const row = m.getRow(i + 1); v.forEach((x, j) => { const c = row.getCell(j + 1); if (x) c.value = x; c.alignment = { wrapText: true, vertical: 'top' }; c.font = { name: 'Calibri', size: 11, bold: i < 2 }; if (i === 1) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: C.nhs } }; if (i === 1) c.font.color = { argb: C.white }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust), post-Improvement-Plan WRES plan in two sheets. 'Action Plan' (the gold sheet): trust name, title, an italic line saying the HIA mapping is on the other tab, a blank row, one NHS-blue header 'Ref | WRES indicator | Action | Lead | Due | Status' (row 5, frozen), eight actions 'BR1'–'BR8', a blank row, a status KEY LINE and an approval line under the table. Status words sit on filled cells (Complete pale blue, On track pale green, Delayed pale amber, Not started unfilled). The second sheet 'HIA mapping' lists the six High Impact Actions of the NHS EDI Improvement Plan with the plan refs that serve each ('BR3, BR4, BR6'; '—' for HIA 3 and 5); it is a cross-reference, not a second list of actions. Judgement calls: indicators from the WRES indicator column only ('5, 6' → ['5','6']; 'All' → all nine), never from the HIA numbers on the mapping tab; the HIA mapping gives no gold field (BR4 serves HIA 4 and HIA 6 – recorded here only); theme null (no section rows); status = the word, rag = its fill per the key ('Not started' unfilled → rag null); 'Quarterly' kept as the due as written; the key line, approval date (14 September 2023) and 'Next review' are not actions or dues.", { indCol: 'B', statusCol: 'F', mode: 'fill', hiaSheet: 'HIA mapping', forbidden: ['14 September 2023', 'January 2024'] });
}
