// holdout51-wres-2018-19-quernmoor: an ordinary acute-trust WRES grid kept by the workforce team. Quirks: a 'Last updated:' stamp
// under the title (a real date, not a due) and a typed count line under the table ('Total actions: 9 – Complete: 3 …').
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quernmoor Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout51-wres-2018-19-quernmoor', sheet: 'WRES plan', standard: 'WRES', period: '2018-19', trust, widths: [6, 14, 58, 28, 13, 14], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust} – Workforce Race Equality Standard Action Plan 2018/19`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } }, height: 22 });
  const stamp = D(2019, 1, 14);
  p.line(['', 'Last updated:', stamp], { styles: [{}, { italic: true }, { italic: true, numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } }] });
  p.blank();
  p.header(['No.', 'WRES Indicator', 'Action', 'Lead', 'Target date', 'RAG status'], { style: { fill: C.nhs, color: C.white } });
  const ST = { Complete: C.green, 'In progress': C.amber, 'Not started': C.red };
  const RG = { Complete: 'green', 'In progress': 'amber', 'Not started': 'red' };
  const acts = [
    ['1', 'Indicator 1', 'Cleanse ESR ethnicity records so that "not stated" falls below 5% in every directorate.', 'Workforce Information Manager', D(2018, 9, 30), 'Complete'],
    ['2', 'Indicator 2', 'Put a BME colleague on every interview panel for posts at Band 7 and above, drawn from a trained pool.', 'Head of Recruitment', D(2018, 12, 31), 'In progress'],
    ['3', 'Indicator 2', 'Remove names, ages and places of education from application forms before shortlisting.', 'Head of Recruitment', D(2019, 3, 31), 'Not started'],
    ['4', 'Indicator 3', 'Have an HR business partner review every case before a BME colleague enters the formal disciplinary process.', 'Head of Employee Relations', D(2018, 7, 1), 'Complete'],
    ['5', 'Indicator 4', 'Publish uptake of non-mandatory training by ethnicity to each divisional board twice a year.', 'Head of Learning and Development', D(2018, 10, 31), 'Complete'],
    ['6', 'Indicator 5', 'Train ward managers in the ED and acute medicine to challenge and report racist abuse from patients and visitors.', 'Head of Nursing, Urgent Care', D(2019, 1, 31), 'In progress'],
    ['7', 'Indicator 6', 'Recruit and train ten Dignity at Work advisers, at least half of them from BME backgrounds.', 'Equality and Diversity Lead', D(2019, 2, 28), 'In progress'],
    ['8', 'Indicator 7', 'Launch a reciprocal mentoring scheme pairing executive directors with BME staff.', 'Director of Workforce', D(2019, 3, 31), 'Not started'],
    ['9', 'Indicator 9', 'Agree with the Chair a plan to widen the field of applicants for the next two non-executive vacancies.', 'Trust Secretary', D(2019, 3, 31), 'In progress'],
  ];
  for (const [n, ind, a, lead, due, st] of acts) {
    p.action([n, ind, a, lead, due, st], { ref: n, indicators: [ind.replace('Indicator ', '')], action: a, lead, due: shown(due, 'dd/mm/yyyy'), status: st, rag: RG[st] }, { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: ST[st] }] });
  }
  p.blank();
  const cnt = acts.reduce((o, x) => ((o[x[5]] = (o[x[5]] || 0) + 1), o), {});
  const cl = p.line(['', '', `Total actions: ${acts.length}   –   Complete: ${cnt.Complete}   In progress: ${cnt['In progress']}   Not started: ${cnt['Not started']}`], { style: { bold: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute hospital trust): an ordinary single grid. A title row naming the trust and 'Workforce Race Equality Standard Action Plan 2018/19' (row 1); a 'LAST UPDATED:' STAMP in B2 with a real date in C2 shown 14/01/2019; a blank row; one blue header 'No. | WRES Indicator | Action | Lead | Target date | RAG status' (row 4); nine numbered actions (rows 5–13), one per row, target dates real dates shown dd/mm/yyyy, the status a word on a filled cell (Complete on green, In progress on amber, Not started on red); a blank row and a typed COUNT LINE in bold under the Action column ('Total actions: 9 – Complete: 3 In progress: 4 Not started: 2', row 15). Judgement calls: the Last updated stamp is the date the sheet was last saved, not a due or completion date of any action, and row 2 is a non-action row; the count line is a summary, not an action; ref = the No. as written; indicators from 'Indicator N' (one each); lead and due as shown; status = the word and rag = its fill; theme null (no headings); no progress column.", { ragCol: 'F', mode: 'fill', stamp: { row: 2, value: '14/01/2019' }, countLine: { row: cl, counts: [['Total actions', '*'], ['Complete', 'Complete'], ['In progress', 'In progress'], ['Not started', 'Not started']] }, refCol: { col: 'A' } });
}
