// holdout16-wdes-2024-25-tarrantby: NEW LAYOUT – STATUS WRITTEN AS A BOLD COLOURED PREFIX OF THE UPDATE. No status column:
// each 'Progress update' cell begins with the status in bold capitals, in its colour ('COMPLETE – …' blue, 'ON TRACK – …'
// green, 'AT RISK – …' orange, 'OFF TRACK – …' red, 'NOT STARTED – …' black), then the narrative; a rich-text key line above
// the header shows the words in their colours. Otherwise a 2024 plan: 'Ref | Metric | HIA | Action | Lead | Timescale |
// Progress update (September 2024)'; 'M4a', 'M9a/M9b'; text and dd/mm/yy timescales.
import { Book, Plan, C, D, shown, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout16-wdes-2024-25-tarrantby', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust: 'Tarrantby and Vale NHS Foundation Trust', widths: [8, 11, 7, 54, 28, 13, 58] });
  const S = { COMPLETE: [C.blue, 'blue'], 'ON TRACK': [C.green, 'green'], 'AT RISK': [C.orange, 'amber'], 'OFF TRACK': [C.red, 'red'], 'NOT STARTED': [C.black, null] };
  p.line(['Tarrantby and Vale NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2024/25 (Q2 update)'], { merge: ['A', 'G'], style: { bold: true } });
  const keyParts = ['Each update starts with its status: '];
  Object.keys(S).forEach((w, i) => { keyParts.push({ text: w, font: { bold: true, color: { argb: S[w][0] } } }); keyParts.push(i < 4 ? ', ' : '.'); });
  p.line([rich(...keyParts)], { merge: ['A', 'G'] });
  p.blank();
  p.header(['Ref', 'Metric', 'HIA', 'Action', 'Lead', 'Timescale', 'Progress update (September 2024)'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const F = 'dd/mm/yy';
  const data = [
    ['T1', 'M1', ['1'], '2', 'Run a disability declaration campaign with the Enable Network during Disability History Month.', 'Workforce Information Lead', D(2024, 12, 20), ['ON TRACK', ' – ', 'Campaign materials agreed with the Network; launch 18 November.']],
    ['T2', 'M2', ['2'], '2', 'Make the adjustments offer visible on every job advert and in every interview invitation.', 'Head of Talent Acquisition', D(2024, 7, 31), ['COMPLETE', ' – ', 'Wording live on all adverts since July.']],
    ['T3', 'M3', ['3'], '6', 'Ask an occupational health adviser to review every formal capability case involving a disabled member of staff.', 'Head of Employee Relations', 'From Q1', ['COMPLETE', ' – ', 'In place since April; 9 cases reviewed.']],
    ['T4', 'M4a', ['4a'], '6', 'Introduce a zero-tolerance approach to abuse of staff by patients, with warning letters and sanctions.', 'Director of Nursing', 'Q3 2024/25', ['AT RISK', ' – ', 'Policy drafted; legal advice on sanctions awaited.']],
    ['T5', 'M4a', ['4a'], '6', 'Train managers in civility and respect, with a module on disability-related bullying.', 'Head of OD', D(2025, 3, 31), ['ON TRACK', ': ', '146 managers trained against a target of 300.']],
    ['T6', 'M4b', ['4b'], '6', 'Add "disability" as a category in the speaking-up and incident reporting systems.', 'Freedom to Speak Up Guardian', D(2024, 9, 30), ['OFF TRACK', ' – ', 'System supplier cannot make the change until 2025.']],
    ['T7', 'M5', ['5'], '2', 'Ring-fence coaching for disabled staff applying for Band 7 and above roles.', 'Head of OD', 'Q4 2024/25', ['NOT STARTED', ' – ', 'Coaching budget confirmed for January.']],
    ['T8', 'M6', ['6'], '4', 'Make clear in the supporting attendance policy that disability-related absence is recorded separately.', 'Head of Employee Relations', D(2024, 10, 31), ['ON TRACK', ' – ', 'Consultation with staff side closes in October.']],
    ['T9', 'M8', ['8'], '4', 'Launch the Reasonable Adjustments Passport and an online request form.', 'Head of Occupational Health', D(2024, 11, 30), ['AT RISK', ' – ', 'Online form delayed by IT capacity.']],
    ['T10', 'M9a/M9b', ['9a', '9b'], '1', 'Fund the Enable Network and give its co-chairs protected time and a seat on the People Committee.', 'Chief People Officer', D(2024, 6, 30), ['COMPLETE', ' – ', 'Budget and time agreed; co-chairs attend from July.']],
    ['T11', 'M10', ['10'], '1', 'Set a disability equality objective for each Board member as part of their appraisal.', 'Chair', 'Q4 2024/25', null],
  ];
  for (const [ref, m, inds, hia, action, lead, due, upd] of data) {
    const isDate = due instanceof Date;
    const cell = upd ? rich({ text: upd[0] + upd[1].replace(/ $/, '') + ' ', font: { bold: true, color: { argb: S[upd[0]][0] } } }, upd[2]) : null;
    const text = upd ? upd[0] + upd[1] + upd[2] : '';
    p.action([ref, m, hia, action, lead, due, cell], { ref, indicators: inds, action, lead, due: isDate ? shown(due, F) : due, status: upd ? upd[0] : '', rag: upd ? S[upd[0]][1] : null, progress: text }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, isDate ? { numFmt: F } : {}] });
  }
  p.blank();
  p.line(['HIA = high impact action of the NHS EDI Improvement Plan: 1 Board objectives; 2 recruitment and talent; 4 health inequalities; 6 bullying, harassment and violence.'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.line(['Update prepared by the EDI team for the People Committee, 26 September 2024.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: the STATUS IS WRITTEN AS A BOLD COLOURED PREFIX AT THE START OF THE UPDATE CELL and there is no status column. Each 'Progress update (September 2024)' cell is rich text: the status in bold capitals in its colour, then a dash (once a colon) and the narrative in plain black – 'COMPLETE – …' (blue), 'ON TRACK – …' (green), 'AT RISK – …' (orange), 'OFF TRACK – …' (red), 'NOT STARTED – …' (bold black). A rich-text key line above the header writes the five words in their colours ('Each update starts with its status: COMPLETE, ON TRACK, AT RISK, OFF TRACK, NOT STARTED.'). Otherwise an ordinary 2024 WDES plan: trust name, title, the key line, a blank row, then a pale-blue header 'Ref | Metric | HIA | Action | Lead | Timescale | Progress update (September 2024)' (row 5). Refs 'T1'…'T11'; metrics 'M1'…'M10' with 'M4a', 'M4b', 'M9a/M9b' (2021 set); HIA as bare numbers (a column, explained by a note line below; not a theme). Timescales real dates shown dd/mm/yy or text ('From Q1', 'Q3 2024/25', 'Q4 2024/25'). Gold status = the prefix words as written ('ON TRACK'), rag from their colour and the key (COMPLETE blue, ON TRACK green, AT RISK orange → amber, OFF TRACK red, NOT STARTED black → null); gold progress = the WHOLE update cell as written, prefix included. T11 has no update yet: status '', rag null, progress ''. An HIA note line and a prepared-by line below. Judgement calls: the status comes from the prefix of the update, not from a column; the colon after 'ON TRACK' in T5 is punctuation, not part of the status; progress keeps the prefix (it is the cell's text); an empty update means no status.", { ragCol: 'G', mode: 'prefix' });
}
