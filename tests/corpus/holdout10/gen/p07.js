// holdout10-wres-2024-25-mistlebury: ordinary year-end tracker with TWO RAG columns (Sept 24 and Mar 25; gold = the latest);
// unmerged bold priority rows in column A (theme); 'WRES 1', '1 & 9', '5/6/8'; mmm-yy dates + quarters; key line under.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wres-2024-25-mistlebury', sheet: 'Race equality plan', standard: 'WRES', period: '2024-25', trust: 'Mistlebury Ambulance Service NHS Trust', widths: [5, 60, 10, 30, 11, 10, 10, 40] });
  p.line(['Mistlebury Ambulance Service NHS Trust – Race Equality (WRES) Action Plan 2024/25: year-end position'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  p.header(['#', 'Action', 'WRES', 'Responsible', 'Timescale', 'RAG (Sept 24)', 'RAG (Mar 25)', 'Year-end comment'], { style: { fill: C.grey }, height: 28 });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  let theme = null;
  const sec = (t) => { p.line([t], { style: { bold: true, alignment: { wrapText: false } } }); theme = t; };
  const act = (no, action, ind, inds, lead, due, s1, s2, c) => {
    const isDate = due instanceof Date; const shown = isDate ? `${MON[due.getUTCMonth()]}-${String(due.getUTCFullYear()).slice(2)}` : due;
    return p.action([no, action, ind, lead, due, s1, s2, c], { ref: String(no), indicators: inds, theme, action, lead, due: shown, status: s2, rag: RG[s2] ?? null, progress: c },
      { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, isDate ? { numFmt: 'mmm-yy' } : {}, { fill: F[s1], alignment: { horizontal: 'center' } }, { fill: F[s2], alignment: { horizontal: 'center' } }] });
  };
  sec('Priority 1 – A workforce that reflects our communities');
  act(1, 'Run targeted recruitment events for paramedic and call-handler roles in the three most diverse localities.', 'WRES 1', ['1'], 'Head of Recruitment', D(2024, 9, 30), 'G', 'B', 'Six events held; 19% of new call handlers from ethnic minority backgrounds.');
  act(2, 'Ask every recruitment panel for Band 7+ to include an independent panel member from an ethnic minority background.', 'WRES 2', ['2'], 'Head of Recruitment', 'Q2', 'A', 'G', 'In place for 84% of panels.');
  act(3, 'Create a "Ready Now" development programme for ethnic minority staff at Bands 6–7, with a sponsor at Director level.', '1 & 7', ['1', '7'], 'Head of Leadership and OD', D(2025, 3, 31), 'A', 'A', 'Cohort started February; sponsors still being matched.');
  sec('Priority 2 – Fair and just processes');
  act(4, 'Use a post-incident "just culture" triage before any formal disciplinary investigation and review cases by ethnicity every quarter.', 'WRES 3', ['3'], 'Head of People Services', 'Q1', 'G', 'B', 'Triage in use; disparity ratio down from 1.82 to 1.31.');
  act(5, 'Publish access to CPD and paramedic top-up degree funding by ethnicity.', 'WRES 4', ['4'], 'Head of Education', D(2024, 12, 31), 'R', 'A', 'Data collated; report to People Committee in May 2025.');
  sec('Priority 3 – Safe from racism, abuse and discrimination');
  act(6, 'Train all crews in the "Respect our crews" approach to racist abuse from patients and the public, and record racism as a separate incident type.', 'WRES 5', ['5'], 'Head of Health, Safety and Security', D(2024, 11, 30), 'G', 'G', 'Incident type live; training 71% complete.');
  act(7, 'Roll out Active Bystander training to all station and control room managers.', '5/6/8', ['5', '6', '8'], 'Head of Leadership and OD', D(2025, 3, 31), 'A', 'G', '312 managers trained.');
  act(8, 'Set up Race Equality Champions in each operational area, linked to the Freedom to Speak Up Guardian.', 'WRES 6', ['6'], 'Freedom to Speak Up Guardian', 'Q3', 'R', 'R', 'Only two champions recruited; relaunch planned for 2025/26.');
  sec('Priority 4 – Inclusive leadership');
  act(9, 'Set each Executive Director an anti-racism objective and report on them in the annual Board EDI self-assessment.', '1 & 9', ['1', '9'], 'Chief Executive', D(2024, 6, 30), 'B', 'B', 'Objectives set in June 2024.');
  act(10, 'Introduce reciprocal mentoring between Board members and ethnic minority staff.', 'WRES 9', ['9'], 'Director of People and Culture', D(2024, 10, 31), 'G', 'B', 'Eight pairs completed the programme.');
  act(11, 'Bring the WRES data and this plan to the Board in public and to every operational area\'s leadership meeting.', 'All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'EDI Manager', 'Q4', 'G', 'B', 'Board: 27 March 2025; areas: April 2025.');
  p.blank();
  p.line(['Key: B = complete, G = on track, A = some slippage, R = off track. The Sept 24 column is kept to show the direction of travel.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust), ordinary year-end tracker. One merged title row, a blank row, the header on row 3: '# | Action | WRES | Responsible | Timescale | RAG (Sept 24) | RAG (Mar 25) | Year-end comment'. TWO RAG COLUMNS: the mid-year rating (Sept 24) and the year-end rating (Mar 25); gold status and rag are the LATEST, the Mar 25 column (the key line says the Sept column only shows the direction of travel). Four bold priority rows written in column A only (unmerged, not wrapped, so the text runs across the empty cells) – gold theme = the priority text; they name no indicator. Indicators: 'WRES 1', '1 & 7' → ['1','7'], '5/6/8' → ['5','6','8'], 'All' → all nine. # numbers are gold refs. Timescale: real dates shown mmm-yy ('Sep-24') mixed with bare quarters 'Q1'…'Q4'. B/G/A/R letters filled in both RAG columns; key line under the table (B = complete → blue).", { ragCol: 'G', mode: 'fill' });
}
