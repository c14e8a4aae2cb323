// holdout86-wdes-2021-22-wimbleham: acute trust, 'Metric 4a' / 'Metric 9b' written out in a WDES Metric column; a 'Where we are (2021
// data)' column full of figures; Executive lead beside Operational lead; Q3 update; RAG letters on fills with a key line under the title.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wimbleham and District Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout86-wdes-2021-22-wimbleham', sheet: 'WDES Action Plan', standard: 'WDES', period: '2021-22', trust, widths: [6, 14, 30, 50, 22, 28, 11, 40, 6], font: { name: 'Arial', size: 9 } });
  p.line([trust], { merge: ['A', 'I'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2021/22 (Q3 position)'], { merge: ['A', 'I'], style: { bold: true } });
  p.line(['RAG: G = complete / on track   A = some slippage   R = significant risk to delivery   B = closed'], { merge: ['A', 'I'], style: { italic: true, font: { size: 8 } } });
  p.header(['Ref', 'WDES Metric', 'Where we are (2021 data)', 'What we will do', 'Executive lead', 'Operational lead', 'By when', 'Q3 update', 'RAG'], { style: { fill: C.navy, color: C.white }, height: 26 });
  p.ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
  const F = { G: C.green, A: C.amber, R: C.red, B: C.lightblue };
  const RAG = { G: 'green', A: 'amber', R: 'red', B: 'blue' };
  const rows = [
    ['1', 'Metric 1', '4.2% declared (clinical 3.8%, non-clinical 5.1%)', 'Target the three lowest-declaring divisions with a "Count me in" month and ESR drop-in sessions on night shifts.', 'Chief People Officer', 'Head of Workforce Intelligence', 'Dec-21', 'Drop-ins done in Medicine and Surgery; Estates in January.', 'A'],
    ['2', 'Metric 2', 'Relative likelihood 1.18', 'Train a pool of disabled staff as recruitment panel members for Band 7+ posts.', 'Chief People Officer', 'Recruitment Lead', 'Mar-22', '14 panel members trained; first panels in February.', 'G'],
    ['3', 'Metric 3', '2.9 times more likely (7 cases)', 'Have every capability case screened by an HR Business Partner for disability before it reaches a formal stage.', 'Chief People Officer', 'Employee Relations Manager', 'Oct-21', 'Screening in place since October; no new cases without a check.', 'B'],
    ['4', 'Metric 4a', 'Public: disabled 33.0%, non-disabled 26.1%', 'Put "abuse of staff" signage and a response card in ED and the Acute Medical Unit.', 'Chief Nurse', 'Matron – Emergency Care', 'Nov-21', 'Signage up; response cards delayed at the printer.', 'A'],
    ['5', 'Metric 4a & 4b', 'Managers: 17.9% vs 10.2%', 'Add disability-related bullying to the "Civility Matters" training and start a hotline staffed by trained Speak Up champions.', 'Chief Operating Officer', 'Head of Organisational Development', 'Mar-22', 'Training updated; hotline waiting on telephony.', 'R'],
    ['6', 'Metric 6', 'Presenteeism: 30.2% vs 21.7%', 'Change the attendance policy so that disability-related absence is recorded and discounted before triggers are counted.', 'Chief People Officer', 'Head of HR Policy', 'Jan-22', 'Policy out to consultation with staff side.', 'G'],
    ['7', 'Metric 8', '71.0% say adjustments are adequate', 'Move to a single adjustments passport held on ESR, agreed with the Disability and Long-Term Conditions Network.', 'Chief People Officer', 'Occupational Health Lead', 'Feb-22', 'Passport drafted with network; ESR build booked.', 'G'],
    ['8', 'Metric 9b', 'Network in place; no board sponsor', 'Appoint a non-executive director as the network\'s board sponsor and give the chair protected time (1 day a month).', 'Chair', 'Head of Equality, Diversity & Inclusion', 'Sep-21', 'NED sponsor appointed in September.', 'B'],
    ['9', 'Metric 10', 'Board: 0% declared', 'Invite board members to complete a confidential declaration and report the result in next year\'s WDES.', 'Chair', 'Company Secretary', 'Mar-22', 'Not yet started.', 'R'],
  ];
  for (const r of rows) {
    const [ref, met, data, act, exec, op, by, upd, rag] = r;
    const inds = met.replace('Metric ', '').split(' & ');
    p.action(r, { ref, indicators: inds, action: act, lead: op, due: by, status: rag, rag: RAG[rag], progress: upd }, { styles: [{ alignment: { horizontal: 'center' } }, {}, { color: 'FF595959' }, {}, {}, {}, {}, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  p.line(['Prepared for the People & Culture Committee, 20 January 2022.'], { merge: ['A', 'I'], style: { italic: true, font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust). Sheet 'WDES Action Plan': trust, title with the Q3 position, a small italic RAG key line (G / A / R / B = closed), the navy header 'Ref | WDES Metric | Where we are (2021 data) | What we will do | Executive lead | Operational lead | By when | Q3 update | RAG' (row 4; frozen at C5), nine actions and a closing 'Prepared for' line. 'By when' is typed text 'Mmm-yy'. Judgement calls: indicators from the WDES Metric column written out as 'Metric 4a', 'Metric 9b' ('Metric 4a & 4b' → 4a and 4b); the 'Where we are' column is data, not an action or a progress note; lead = Operational lead, never the Executive lead; due = By when as typed; status = the RAG letter as written, rag from its fill (B on light blue = closed → blue); progress = Q3 update; ref = Ref; theme null; the meeting date in the last line is no due.", { mode: 'fill', ragCol: 9, notFrom: ['C', 'E'], forbidden: ['20 January 2022'] });
}
