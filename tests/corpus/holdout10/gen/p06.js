// holdout10-wdes-2023-24-larchbourne: ordinary post-2023 plan; 'HIA no.' as bare numbers first; several metrics on separate
// LINES of one cell; several leads on separate lines; dd/mm/yyyy real dates; status words filled, key sentence above.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wdes-2023-24-larchbourne', sheet: 'WDES Action Plan', standard: 'WDES', period: '2023-24', trust: 'Larchbourne Integrated Care NHS Trust', widths: [8, 14, 58, 30, 13, 14, 44] });
  p.line(['Larchbourne Integrated Care NHS Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['WDES Action Plan 2023/24 – mapped to the NHS EDI Improvement Plan high impact actions (HIA)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Status: Complete (green) · In progress (amber) · Not started (red)'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['HIA no.', 'WDES metric(s)', 'Action', 'Lead', 'Due by', 'Status', 'Evidence / update'], { style: { fill: C.nhs, color: C.white } });
  const F = { Complete: C.green, 'In progress': C.amber, 'Not started': C.red }; const RG = { Complete: 'green', 'In progress': 'amber', 'Not started': 'red' };
  const p2 = (n) => String(n).padStart(2, '0');
  const act = (hia, metric, inds, action, lead, due, st, ev) => {
    const isDate = due instanceof Date; const shown = isDate ? `${p2(due.getUTCDate())}/${p2(due.getUTCMonth() + 1)}/${due.getUTCFullYear()}` : due;
    return p.action([hia, metric, action, lead, due, st, ev], { indicators: inds, action, lead, due: shown, status: st, rag: RG[st] ?? null, progress: ev },
      { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, isDate ? { numFmt: 'dd/mm/yyyy' } : {}, { fill: F[st] }] });
  };
  act(1, '10', ['10'], 'Every Board member to have an objective on disability inclusion, assessed at their annual appraisal.', 'Chair\nChief Executive', D(2023, 9, 30), 'Complete', 'Objectives set for all voting Board members.');
  act(1, '1\n10', ['1', '10'], 'Publish a disability dashboard to the Board each quarter, including declaration rates by staff group.', 'Director of People', D(2023, 12, 31), 'In progress', 'Dashboard designed; first Board report January 2024.');
  act(2, '2', ['2'], 'Offer every disabled applicant the chance to ask for adjustments at each stage of recruitment, and record what was asked for.', 'Head of Recruitment', D(2023, 10, 31), 'Complete', 'Adjustments question live on Trac since October.');
  act(2, '2\n5', ['2', '5'], 'Train all recruiting managers in inclusive recruitment, including the Disability Confident guaranteed interview.', 'Head of Recruitment\nHead of OD', D(2024, 3, 31), 'In progress', '58% of recruiting managers trained.');
  act(3, '1', ['1'], 'Publish our first disability pay gap alongside the gender and ethnicity pay gaps.', 'Head of Reward', D(2024, 3, 31), 'Not started', '');
  act(4, '6\n8', ['6', '8'], 'Launch a Reasonable Adjustments Passport and a central adjustments budget with a 4-week turnaround.', 'Occupational Health Manager\nDisability Staff Network Chair', D(2023, 7, 31), 'Complete', 'Passport launched 3 July 2023; 64 passports issued.');
  act(4, '3\n6', ['3', '6'], 'Review the sickness absence and capability policies so disability-related absence is managed separately.', 'Head of HR Policy', D(2024, 1, 31), 'In progress', 'Draft policy at consultation with staff side.');
  act(4, '9a', ['9a'], 'Run "Neurodiversity at work" sessions for managers and a peer support group for neurodivergent staff.', 'Head of Wellbeing', 'Quarterly', 'In progress', 'Three sessions held, 140 attendees.');
  act(5, '2', ['2'], 'Include disability and reasonable adjustments in the induction for internationally educated staff.', 'International Recruitment Lead', D(2023, 11, 30), 'Complete', 'Added to the pastoral induction programme.');
  act(6, '4a\n4b', ['4a', '4b'], 'Bring disability hate incidents into the violence and aggression reporting and follow up every report within five days.', 'Head of Security\nFreedom to Speak Up Guardian', D(2023, 12, 31), 'In progress', 'Reporting category added; follow-up audit in Q4.');
  act(6, '7\n9b', ['7', '9b'], 'Support the Disability Staff Network to run an annual "Disability History Month" programme, co-designed with members.', 'Disability Staff Network Chair', 'Nov–Dec 2023', 'Complete', 'Programme of 11 events delivered.');
  act(6, '4a\n4b\n7', ['4a', '4b', '7'], 'Add disability to the Civility and Respect programme for all teams with a Staff Survey harassment score above the Trust average.', 'Head of OD', D(2024, 3, 31), 'Not started', 'Scheduled for Q4.');
  p.blank();
  p.line(['HIA: 1 Board objectives · 2 Recruitment · 3 Pay gaps · 4 Health inequalities · 5 International recruits · 6 Bullying and harassment'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary post-2023 WDES plan. Two merged title rows, a merged status-key sentence ('Status: Complete (green) · In progress (amber) · Not started (red)'), a blank row, then the header on row 5 (white on NHS blue): 'HIA no. | WDES metric(s) | Action | Lead | Due by | Status | Evidence / update'. The first column holds the high impact action as a bare NUMBER 1–6 (no gold field, not a theme; explained by a legend line under the table). The metric cell holds bare metric numbers, several on SEPARATE LINES of one cell ('1\\n10' → ['1','10'], '4a\\n4b\\n7' → ['4a','4b','7']). Several leads are two roles on two lines of one cell (gold lead = the cell text, line break read as a space by the scorer). Due by: real dates shown dd/mm/yyyy plus text 'Quarterly' and 'Nov–Dec 2023'. Status words filled in the key's colours; rag by the key. One action has no update. The HIA legend line under the table is a non-action row.", { ragCol: 'F', mode: 'fill' });
}
