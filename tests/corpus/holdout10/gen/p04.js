// holdout10-wdes-2021-22-wimbrook: ordinary 2021 metric set; 'Current position' figures BEFORE the action; leads 'Name – role';
// real dates 'mmm yyyy'; B/G/A/R letters filled, keyed by a 2×4 block beside the title rows.
import { Book, Plan, C, D, ALL_WDES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wdes-2021-22-wimbrook', sheet: 'WDES 21-22', standard: 'WDES', period: '2021-22', trust: 'Wimbrook Mental Health NHS Foundation Trust', widths: [16, 30, 56, 30, 12, 8, 42] });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  p.line(['Wimbrook Mental Health NHS Foundation Trust', '', '', '', 'Key', 'B', 'Complete'], { merge: ['A', 'D'], styles: [{ bold: true, font: { size: 14 } }, {}, {}, {}, { bold: true }, { fill: C.blue, color: C.white, bold: true }] });
  p.line(['WDES Action Plan 2021-22 – update to Equality, Diversity and Inclusion Committee, January 2022', '', '', '', '', 'G', 'On track'], { merge: ['A', 'D'], styles: [{ bold: true }, {}, {}, {}, {}, { fill: C.green, bold: true }] });
  p.line(['', '', '', '', '', 'A', 'Risk of delay'], { styles: [{}, {}, {}, {}, {}, { fill: C.amber, bold: true }] });
  p.line(['', '', '', '', '', 'R', 'Off track / not started'], { styles: [{}, {}, {}, {}, {}, { fill: C.red, bold: true }] });
  p.blank();
  p.header(['Metric', 'Current position (2021 data)', 'Action', 'By whom', 'By when', 'BRAG', 'Update'], { style: { fill: C.navy, color: C.white } });
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const act = (metric, inds, pos, action, lead, due, st, upd) => {
    const isDate = due instanceof Date; const shown = isDate ? `${MON[due.getUTCMonth()]} ${due.getUTCFullYear()}` : due;
    return p.action([metric, pos, action, lead, due, st, upd], { indicators: inds, action, lead, due: shown, status: st, rag: RG[st] ?? null, progress: upd },
      { styles: [{}, {}, {}, {}, isDate ? { numFmt: 'mmm yyyy' } : {}, st ? { fill: F[st], alignment: { horizontal: 'center' } } : {}] });
  };
  act('Metric 1', ['1'], '4.1% of staff declare a disability on ESR; 11.8% in the Staff Survey.', 'Close the gap between ESR and Staff Survey declaration through a "Count me in" campaign and manager conversations.', 'Priya Shah – Workforce Intelligence Lead', D(2021, 11, 30), 'B', 'Campaign ran Sept–Nov; ESR declaration now 5.6%.');
  act('Metric 2', ['2'], 'Relative likelihood of appointment 1.34 (non-disabled more likely).', 'Audit shortlisting for all Band 5–7 posts and report the reasons candidates with a disability are not shortlisted.', 'Tom Reilly – Head of Recruitment', D(2022, 1, 31), 'G', 'Audit of Q2 vacancies under way.');
  act('Metric 3', ['3'], 'No disabled staff entered capability (2020/21).', 'Keep monitoring capability cases by disability each quarter.', 'Head of Employee Relations', 'Quarterly', 'G', '');
  act('Metrics 4a and 4b', ['4a', '4b'], '4a: 31.2% disabled vs 24.0% non-disabled (patients); 4b: 47% reported.', 'Add a "reasonable adjustments and disability" module to the Respect at Work training and encourage reporting through the Guardian.', 'Jo Adeyemi – Head of OD', D(2022, 3, 31), 'A', 'Module written; delivery delayed by staff redeployment.');
  act('Metric 5', ['5'], '49% disabled vs 57% non-disabled believe there are equal opportunities.', 'Offer a career conversation with a trained coach to every disabled member of staff who asks for one.', 'Jo Adeyemi – Head of OD', D(2022, 2, 28), 'G', '16 conversations held.');
  act('Metric 6', ['6'], '33% felt pressure to come to work when unwell.', 'Review the attendance policy with the Disability Network so that disability-related absence is recorded separately.', 'Head of HR Policy', D(2021, 12, 31), 'R', 'Not started – policy review moved to 2022/23.');
  act('Metric 7', ['7'], '32% disabled vs 45% non-disabled satisfied that work is valued.', 'Include disabled staff stories in the "Wimbrook Stars" recognition scheme and the staff awards.', 'Communications Manager', 'Staff awards (June 2022)', 'G', '');
  act('Metric 8', ['8'], '71% said adequate adjustments had been made.', 'Introduce a Reasonable Adjustments Passport and an adjustments log for managers.', 'Priya Shah – Workforce Intelligence Lead and Lisa Grant – Disability Network Chair', D(2021, 10, 31), 'B', 'Passport launched in October 2021.');
  act('Metric 9 (a & b)', ['9a', '9b'], 'Engagement score 6.4 vs 6.9; the network has 85 members.', 'Give the Disability Network Chair protected time (one day a week) and an executive sponsor.', 'Director of People', D(2021, 9, 30), 'B', 'Protected time agreed from September.');
  act('Metric 10', ['10'], 'No Board member declares a disability.', 'Ask all Board members to complete the equality monitoring form and report the result to the Board.', 'Company Secretary', 'Annual – March', 'A', 'Nine of fourteen forms returned.');
  act('All metrics', ALL_WDES, '—', 'Publish the WDES report and this plan on the website and discuss it at a staff "Big Conversation".', 'EDI Manager', D(2021, 10, 31), 'B', 'Published 29 October 2021.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary mid-year update on the 2021 WDES metric set. Title and subtitle merged A:D on rows 1–2; to their right a KEY BLOCK in E1:G4 ('Key', then filled letters B blue 'Complete', G green 'On track', A amber 'Risk of delay', R red 'Off track / not started'), so rows 3–4 hold only key cells; a blank row; the header on row 6 (white on navy): 'Metric | Current position (2021 data) | Action | By whom | By when | BRAG | Update'. The 'Current position' context column (figures) comes BEFORE the action. Metrics: 'Metric 1', 'Metrics 4a and 4b' → ['4a','4b'], 'Metric 9 (a & b)' → ['9a','9b'], 'All metrics' → ['1'…'10']. Leads are often 'Name – role' ('Priya Shah – Workforce Intelligence Lead'; one cell names two people joined by 'and'); gold lead = the whole cell. By when: real dates shown 'mmm yyyy' ('Nov 2021') mixed with text 'Quarterly', 'Staff awards (June 2022)', 'Annual – March'. BRAG letters filled; rag by the key (B → blue). Two actions have no update. No notes under the table.", { ragCol: 'F', mode: 'fill' });
}
