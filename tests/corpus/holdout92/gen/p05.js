// holdout92-wres-2021-22-amberhythe: CCG (own staff) in its last full year; THEME section rows ('Theme A – Fair recruitment and
// progression') that name no indicator, and a 'WRES measure' column that names each action's indicator in words; one cell names two
// measures ('appointment from shortlisting and career progression'), one names the pay gap, which is no WRES measure. Quarters as dues,
// plain status words.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Amberhythe Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout92-wres-2021-22-amberhythe', sheet: 'WRES AP', standard: 'WRES', period: '2021-22', trust, widths: [7, 34, 52, 26, 13, 14, 40], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES Action Plan 2021/22 (CCG staff)`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.line(['Owner: Head of Corporate Services. The plan transfers to the Integrated Care Board when it is established in 2022.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES measure', 'Action', 'Lead', 'Timescale', 'Status', 'Comments'], { style: { fill: C.lilac } });
  const M = {
    'Relative likelihood of appointment from shortlisting and belief in equal opportunities for career progression': ['2', '7'],
    'Percentage of BME staff in each pay band compared with the CCG overall': ['1'],
    'Accessing non-mandatory training and CPD': ['4'],
    'Ethnicity pay gap (not a WRES measure)': [],
    'Bullying, harassment or abuse from other staff': ['6'],
    'Experiencing discrimination from a manager or colleague': ['8'],
    'Relative likelihood of entering the formal disciplinary process': ['3'],
    'Governing Body voting membership compared with the workforce': ['9'],
  };
  const themes = [];
  const sec = (t) => { const r = p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.tan } }); themes.push(r); return t; };
  const act = (theme, r) => { const [ref, meas, a, lead, ts, st, com] = r; p.action(r, { ref, indicators: M[meas], theme, action: a, lead, due: ts, status: st, progress: com }); };
  let t = sec('Theme A – Fair recruitment and progression');
  act(t, ['A1', 'Relative likelihood of appointment from shortlisting and belief in equal opportunities for career progression', 'Use diverse panels for all posts at Band 8a and above, with one panel member from outside the recruiting directorate.', 'HR Business Partner', 'Q2 2021/22', 'Complete', 'In place since July for all 8a+ posts.']);
  act(t, ['A2', 'Percentage of BME staff in each pay band compared with the CCG overall', 'Agree what happens to BME representation at each band when staff transfer to the ICB, and include it in the transfer equality impact assessment.', 'Head of Corporate Services', 'Q4 2021/22', 'In progress', 'Draft EIA shared with staff side in January.']);
  act(t, ['A3', 'Accessing non-mandatory training and CPD', 'Open the commissioning apprenticeship and the Mary Seacole programme to all bands, with applications reviewed blind to ethnicity.', 'OD Manager', 'Q3 2021/22', 'In progress', 'Two BME staff offered Mary Seacole places.']);
  act(t, ['A4', 'Ethnicity pay gap (not a WRES measure)', 'Publish the CCG’s first ethnicity pay gap report alongside the gender pay gap report.', 'Workforce Information Analyst', 'Q4 2021/22', 'Not started', 'Waiting for ESR data quality checks.']);
  t = sec('Theme B – A workplace free from bullying and discrimination');
  act(t, ['B1', 'Bullying, harassment or abuse from other staff', 'Train four Dignity at Work advisers from across the CCG’s teams, including the BAME staff group.', 'Head of Corporate Services', 'Q2 2021/22', 'Complete', 'Four advisers trained in August.']);
  act(t, ['B2', 'Experiencing discrimination from a manager or colleague', 'Run reverse mentoring pairs between the executive team and members of the BAME staff group.', 'Chief Finance Officer', 'Q3 2021/22', 'In progress', 'Five of seven pairs have met.']);
  act(t, ['B3', 'Relative likelihood of entering the formal disciplinary process', 'Review the three formal cases of 2020/21 for whether early resolution was offered and report learning to the Remuneration Committee.', 'HR Business Partner', 'Q3 2021/22', 'Complete', 'Report taken in November; learning shared with managers.']);
  t = sec('Theme C – Leadership');
  act(t, ['C1', 'Governing Body voting membership compared with the workforce', 'Ask the ICB designate chair to reflect the local population in the make-up of the new board, drawing on the CCG’s experience.', 'Accountable Officer', 'Q4 2021/22', 'In progress', 'Raised at the ICB transition board in December.']);
  p.blank();
  p.line(['Harassment from patients and the public: not measured for CCG staff, who have little patient contact.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional CCG, its own staff, 2021/22). Sheet 'WRES AP', Arial 10: title with the CCG's name, an italic owner line (Head of Corporate Services – the plan owner, not a lead for every row) that says the plan moves to the ICB in 2022, a blank row, the lilac header 'Ref | WRES measure | Action | Lead | Timescale | Status | Comments' (row 4), then three tan THEME rows merged A–G ('Theme A – Fair recruitment and progression', 'Theme B – A workplace free from bullying and discrimination', 'Theme C – Leadership') over eight actions, a blank row and an italic note on harassment from patients. Gold theme = the theme row above the action; the THEME ROWS NAME NO INDICATOR – each action's indicator comes from its own 'WRES measure' cell, which gives it in WORDS, never a number. Mapping: 'Relative likelihood of appointment from shortlisting and belief in equal opportunities for career progression' names TWO measures → ['2','7']; 'Percentage of BME staff in each pay band compared with the CCG overall' → 1; 'Accessing non-mandatory training and CPD' → 4; 'Ethnicity pay gap (not a WRES measure)' → [] (the plan itself says it is no WRES measure); 'Bullying, harassment or abuse from other staff' → 6; 'Experiencing discrimination from a manager or colleague' → 8; 'Relative likelihood of entering the formal disciplinary process' → 3; 'Governing Body voting membership compared with the workforce' → 9 (a CCG's governing body is its board). Other calls: ref = Ref; lead = Lead as written; due = Timescale ('Q2 2021/22'); status = the plain word, no colour → rag null; progress = Comments. The foot note on harassment from patients is not an action and gives indicator 5 to nothing; the owner line gives no lead.", { sections: themes, indWords: { col: 'B', map: M }, notFrom: ['B'] });
}
