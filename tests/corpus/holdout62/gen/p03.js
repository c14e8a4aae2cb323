// holdout62-wdes-2024-25-holderwold: mental health trust; action REFS NUMBERED BY HIA ('2.1' = the first action under HIA 2) explained in a
// note line; a WDES metric column; exec lead + operational lead; BRAG letters on fills; month-year dates.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Holderwold Mental Health and Wellbeing NHS Trust';
  const p = new Plan(book, { name: 'holdout62-wdes-2024-25-holderwold', sheet: 'WDES Action Plan', standard: 'WDES', period: '2024-25', trust, widths: [7, 62, 12, 22, 28, 11, 8], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) Action Plan 2024-25'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Action numbers follow the High Impact Action of the NHS EDI Improvement Plan that each action delivers: 1.x = HIA 1, 2.x = HIA 2 … 6.x = HIA 6.'], { merge: ['A', 'G'], style: { italic: true }, height: 30 });
  p.line(['BRAG: B = complete, R = off track, A = at risk, G = on track'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  p.header(['Ref', 'Action', 'WDES metric', 'Exec lead', 'Operational lead', 'Due', 'BRAG'], { style: { fill: C.purple, color: C.white } });
  const F = { B: C.blue, R: C.red, A: C.amber, G: C.green }; const RG = { B: 'blue', R: 'red', A: 'amber', G: 'green' };
  const acts = [
    ['1.1', 'Each Board member to hold a disability-equality objective and visit a disabled staff network meeting at least once in the year.', '9a', 'Chief Executive', 'Company Secretary', D(2024, 7, 31), 'B'],
    ['2.1', 'Move the Disability Confident guaranteed interview scheme onto the new applicant tracking system so that every eligible applicant is flagged to panels.', '2', 'Chief People Officer', 'Head of Recruitment', D(2024, 9, 30), 'G'],
    ['2.2', 'Run a campaign encouraging staff to update their disability status on ESR, aiming to cut "not declared" below 15%.', '1', 'Chief People Officer', 'Workforce Information Manager', D(2024, 11, 30), 'A'],
    ['3.1', 'Add disability to the pay gap analysis published with the gender pay gap report.', '—', 'Director of Finance', 'Head of Reward', D(2025, 3, 31), 'G'],
    ['4.1', 'Agree a single reasonable adjustments passport that follows staff between teams, with a target of 20 working days from request to adjustment in place.', '7', 'Chief People Officer', 'Head of Health and Wellbeing', D(2024, 12, 31), 'R'],
    ['5.1', 'Include disability declaration and adjustments in the induction for overseas-recruited nurses and allied health professionals.', '4b', 'Chief Nurse', 'International Recruitment Lead', D(2024, 10, 31), 'G'],
    ['6.1', 'Give every inpatient ward manager training on handling harassment of disabled staff by patients and relatives.', '4a, 5', 'Chief Operating Officer', 'Head of Clinical Education', D(2025, 1, 31), 'A'],
    ['6.2', 'Publish quarterly figures on disabled staff entering the formal capability process and review each case with the Disability Staff Network chair.', '3', 'Chief People Officer', 'Employee Relations Manager', D(2025, 2, 28), 'G'],
    ['6.3', 'Hold "speak up" sessions with disabled staff and feed back the themes to the People and Culture Committee.', '6, 9b', 'Director of Nursing and Quality', 'Freedom to Speak Up Guardian', D(2025, 3, 31), 'G'],
  ];
  for (const [ref, a, ind, exec, lead, due, st] of acts) {
    const inds = ind === '—' ? [] : ind.split(/,\s*/);
    p.action([ref, a, ind, exec, lead, due, st], { ref, indicators: inds, action: a, lead, due: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][due.getUTCMonth()]}-${String(due.getUTCFullYear()).slice(2)}`, status: st, rag: RG[st] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'mmm-yy' }, { fill: F[st], alignment: { horizontal: 'center' }, bold: true }] });
  }
  p.blank();
  p.line(['Signed off by the People and Culture Committee, May 2024.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health trust), WDES plan 2024-25: trust line, purple title, an italic NOTE LINE saying the action NUMBERS FOLLOW THE HIGH IMPACT ACTION (1.x = HIA 1 … 6.x = HIA 6), a BRAG key line, one purple header 'Ref | Action | WDES metric | Exec lead | Operational lead | Due | BRAG' (row 5), nine actions '1.1' … '6.3', a blank row and a sign-off line. Due dates are real dates shown 'mmm-yy'; BRAG is a letter on a filled cell. Judgement calls: the FIRST NUMBER OF THE REF IS THE HIA, NOT A WDES METRIC – indicators from the WDES metric column only ('5.1' has metric '4b', '6.3' has '6, 9b' → ['6','9b'], '3.1' has '—' → []); the HIA mapping is therefore the ref's first number (noted here, no gold field); ref as written ('2.1'); lead = Operational lead (the person who delivers), not Exec lead; status = the BRAG letter as written, rag = its fill (B blue, R red, A amber, G green); due as displayed ('Sep-24'); theme null; the note, key and sign-off lines are not actions ('May 2024' is not a due).", { indCol: 'C', statusCol: 'G', mode: 'fill', refNotInd: true, forbidden: ['Chief Executive', 'Chief People Officer'] });
}
