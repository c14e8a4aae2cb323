// holdout85-wdes-2024-25-wickhamfold: acute trust's WDES plan kept by the EDI team: a 'WDES data 2024' tab first, then the plan with
// 'Metric | Action | Owner | Deadline | Update | BRAG', metrics written 'M4a – …', deadlines partly real dates (mmm-yy) and partly typed,
// updates as dated jottings, BRAG words on fills (Blue = complete).
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wickhamfold University Hospitals NHS Foundation Trust';
  const ds = book.wb.addWorksheet('WDES data 2024');
  ds.getColumn(1).width = 44; ds.getColumn(2).width = 12; ds.getColumn(3).width = 14;
  [['WDES 2024 – headline figures', '', ''], ['Metric', 'Disabled', 'Non-disabled'], ['M4a Harassment from patients / public', '30.4%', '24.1%'], ['M4b Reported it', '51.0%', '52.3%'], ['M5 Equal opportunities for progression', '50.2%', '57.9%'], ['M6 Pressure to come to work', '24.6%', '17.0%'], ['M9a Engagement score', '6.5', '6.9']].forEach((r, i) => { const row = ds.getRow(i + 1); r.forEach((v, j) => { if (v) row.getCell(j + 1).value = v; if (i < 2) row.getCell(j + 1).font = { bold: true }; }); });
  const p = new Plan(book, { name: 'holdout85-wdes-2024-25-wickhamfold', sheet: 'Action plan 24-25', standard: 'WDES', period: '2024-25', trust, widths: [26, 52, 26, 11, 44, 12], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}: WDES action plan 2024-25`], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  const key = p.line(['BRAG:', 'Blue = complete   Red = not started / off track   Amber = started, some slippage   Green = on track'], { merge: ['B', 'F'], style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Owner', 'Deadline', 'Update', 'BRAG'], { style: { fill: C.darkblue, color: C.white } });
  p.ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  const F = { Complete: C.blue, 'On track': C.green, Slipping: C.amber, 'Not started': C.red }, RG = { Complete: 'blue', 'On track': 'green', Slipping: 'amber', 'Not started': 'red' };
  const rows = [
    ['M1 / M2 – Workforce and recruitment', ['1', '2'], 'Join the regional “Disability Confident” recruiters’ forum and adopt its accessible job description template for all Band 2–5 posts.', 'Head of Recruitment', D(2024, 9, 1), '03/07/24 – template adopted for nursing. 14/10/24 – rolled out to admin and estates.', 'Complete'],
    ['M3 – Capability', ['3'], 'Add a reasonable adjustments checklist to the capability policy so that no formal stage starts without it.', 'Employee Relations Lead', D(2024, 12, 1), '21/11/24 – policy at JNCC for sign-off.', 'On track'],
    ['M4a – Harassment from patients / public', ['4a'], 'Offer Disabled staff in the Emergency Department and outpatients a personal safety plan with their manager.', 'Matron for Urgent Care', 'End Q4', '', 'Not started'],
    ['M4b – Reporting', ['4b'], 'Show staff what happened after they reported: a quarterly “you reported, we acted” bulletin from the Speak Up team.', 'Freedom to Speak Up Guardian', D(2025, 1, 1), '05/12/24 – first bulletin drafted.', 'On track'],
    ['M5 – Progression', ['5'], 'Reserve four places on each cohort of the Band 5–7 leadership programme for Disabled staff and offer adjustments at the application stage. (c/f 23-24)', 'Leadership Development Manager', D(2025, 3, 1), '18/09/24 – only one Disabled applicant in cohort 1; network asked to promote cohort 2.', 'Slipping'],
    ['M6 – Presenteeism', ['6'], 'Make a Health Passport the first step of every sickness absence conversation with a member of staff who has declared a disability.', 'Head of Occupational Health', D(2024, 11, 1), '30/10/24 – passport in the managers’ toolkit; 212 in place.', 'Complete'],
    ['M9a – Engagement', ['9a'], 'Hold a listening event for Disabled staff at each hospital site and report the themes to the People Committee.', 'EDI Manager', 'Quarterly', '12/09/24 – Wickhamfold General held; St Oda’s in January.', 'On track'],
    ['M9b – Voice', ['9b'], 'Give the Disability Network chair two paid days a month and a budget of £5,000 for the year.', 'Chief People Officer', D(2024, 6, 1), '', 'Not started'],
  ];
  for (const [m, inds, act, own, dl, upd, st] of rows) {
    p.action([m, act, own, dl, upd, st], { indicators: inds, action: act, lead: own, due: dl instanceof Date ? shown(dl, 'mmm-yy') : dl, status: st, rag: RG[st], progress: upd }, { styles: [{}, {}, {}, dl instanceof Date ? { numFmt: 'mmm-yy', alignment: { horizontal: 'left' } } : {}, { font: { size: 10 } }, { fill: F[st], color: st === 'Complete' ? C.white : undefined }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute university hospitals FT, every sentence and number new), kept by the EDI team. Two tabs: 'WDES data 2024' (FIRST tab; a headline figures table with no trust name) and 'Action plan 24-25': title with the trust name, a key line 'BRAG:' | 'Blue = complete   Red = not started / off track   Amber = started, some slippage   Green = on track', a blank row, the navy header 'Metric | Action | Owner | Deadline | Update | BRAG' (row 4, frozen with columns A–B), eight actions. Metric cells are written 'M4a – Harassment from patients / public', 'M1 / M2 – Workforce and recruitment'. Deadline is a real date shown mmm-yy ('Sep-24') or typed ('End Q4', 'Quarterly'); Update holds dated jottings ('03/07/24 – …'); BRAG words on fills (Complete on blue with white text). One action ends '(c/f 23-24)' – carried forward from last year's plan, still an action of this plan. Judgement calls: the plan is the second tab, not the data tab; indicators from the Metric cell ('M1 / M2' → ['1','2'], 'M9b' → '9b'); theme null (the Metric label is the metric, not a grouping); lead = Owner; due = Deadline as shown; the jotting dates in Update are not dues; progress = the whole Update cell as written ('' where empty); status = the word, rag from its fill (blue 'Complete' → blue); the action text is kept whole with its '(c/f 23-24)'; no ref.", { mode: 'fill', ragCol: 6, dataRows: [key], forbidden: ['03/07/24', '21/11/24'] });
}
