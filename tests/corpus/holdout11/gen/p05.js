// holdout11-wdes-2019-20-brackwater: ambulance trust; DATA SHEET first ('WDES data 2019', metric figures) then the plan; ACTION
// FIRST, metric codes after it; 'Start' + 'End' real dates (due = End); status words filled, key line above the header.
import { Book, Plan, C, D, shown, BORDER } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackwater Ambulance Service NHS Trust';
  const ds = book.wb.addWorksheet('WDES data 2019');
  [10, 62, 14, 14, 14].forEach((w, i) => { ds.getColumn(i + 1).width = w; });
  const dput = (r, vals, o = {}) => vals.forEach((v, i) => { const c = ds.getRow(r).getCell(i + 1); if (v !== '') c.value = v; c.font = { name: 'Arial', size: 10, bold: !!o.bold }; c.border = o.border === false ? undefined : BORDER; if (o.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: o.fill } }; if (o.fmt && typeof v === 'number') c.numFmt = o.fmt; c.alignment = { wrapText: true, vertical: 'top' }; });
  dput(1, [`${trust} – WDES data (31 March 2019 / Staff Survey 2018)`], { bold: true, border: false });
  dput(3, ['Metric', 'Description', 'Disabled', 'Non-disabled', 'Difference'], { bold: true, fill: C.grey });
  const rows = [
    ['1', 'Disabled staff in the workforce (ESR, all bands)', 0.028, 0.914, ''],
    ['2', 'Relative likelihood of non-disabled staff being appointed from shortlisting', '', '', 1.34],
    ['3', 'Relative likelihood of disabled staff entering the formal capability process', '', '', 2.1],
    ['4', 'Harassment, bullying or abuse from patients/public, managers or colleagues (patients/public shown)', 0.421, 0.356, ''],
    ['5', 'Believe the trust provides equal opportunities for career progression', 0.714, 0.802, ''],
    ['6', 'Felt pressure to come to work when not well enough', 0.362, 0.247, ''],
    ['7', 'Satisfied with the extent the organisation values their work', 0.268, 0.359, ''],
    ['8', 'Employer has made adequate adjustments', 0.611, '', ''],
    ['9', 'Staff engagement score (0–10)', 6.1, 6.6, ''],
    ['10', 'Board membership – difference between Board and overall workforce', '', '', -0.028],
  ];
  rows.forEach((r, i) => dput(4 + i, r, { fmt: (i === 8 ? '0.0' : (i === 1 || i === 2) ? '0.00' : '0.0%') }));
  const p = new Plan(book, { name: 'holdout11-wdes-2019-20-brackwater', sheet: 'Action plan', standard: 'WDES', period: '2019-20', trust, widths: [54, 12, 28, 12, 12, 13, 40] });
  p.line([`${trust} – WDES Action Plan 2019-20`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Version 1.2 – approved by Trust Board 26 September 2019; progress at 31 January 2020'], { merge: ['A', 'G'], style: { italic: true } });
  p.line(['Status key: Green = complete; Amber = in progress; Red = not started'], { merge: ['A', 'G'] });
  p.header(['Action', 'WDES metric', 'Lead', 'Start', 'End', 'Status', 'Evidence'], { style: { fill: C.lightgreen } });
  const F = 'dd/mm/yyyy'; const FILL = { Complete: C.green, 'In progress': C.amber, 'Not started': C.red }; const RG = { Complete: 'green', 'In progress': 'amber', 'Not started': 'red' };
  const act = (action, m, inds, lead, start, end, st, ev) => p.action([action, m, lead, start, end, st, ev], { indicators: inds, action, lead, due: end instanceof Date ? shown(end, F) : end, status: st, rag: RG[st], progress: ev },
    { styles: [{}, { alignment: { horizontal: 'center' } }, {}, start instanceof Date ? { numFmt: F } : {}, end instanceof Date ? { numFmt: F } : {}, { fill: FILL[st] }] });
  act('Encourage staff to update their disability status on ESR, including through station and control room briefings.', 'M1', ['1'], 'Workforce Information Manager', D(2019, 10, 1), D(2020, 3, 31), 'In progress', 'Declaration up from 2.8% to 3.9% (Jan 2020).');
  act('Sign up to Disability Confident Employer (Level 2) and meet its recruitment commitments.', 'M2', ['2'], 'Head of Resourcing', D(2019, 9, 1), D(2019, 12, 31), 'Complete', 'Level 2 certificate received 12/12/2019.');
  act('Review the recruitment process for emergency care assistants to check the driving assessment is not a barrier for applicants with hidden disabilities.', 'M2', ['2'], 'Head of Resourcing', D(2019, 11, 1), D(2020, 3, 31), 'In progress', 'Review with Occupational Health under way.');
  act('Use the new HR case tracker to separate capability on health grounds from performance capability.', 'M3', ['3'], 'HR Business Partner (Operations)', D(2019, 10, 1), D(2019, 11, 30), 'Complete', 'Tracker in use from November.');
  act('Include disability in the Respect campaign on violence and aggression towards crews.', 'M4', ['4'], 'Head of Health, Safety and Security', D(2019, 10, 1), 'Ongoing', 'In progress', 'Campaign posters and vehicle stickers issued.');
  act('Pilot a career conversations toolkit for disabled staff in two operating divisions.', 'M5', ['5'], 'Head of Education and Development', D(2020, 1, 6), D(2020, 6, 30), 'Not started', '');
  act('Refresh the attendance management policy so that disability-related absence is recorded separately and considered before any trigger is applied.', 'M6', ['6'], 'Head of HR Policy', D(2019, 10, 1), D(2020, 3, 31), 'In progress', 'Draft with staff side; JNCC in March.');
  act('Set up a disabled staff network with protected time to attend, given shift patterns.', 'M7 / M9', ['7', '9'], 'Director of People and Culture', D(2019, 9, 1), D(2019, 12, 31), 'Complete', 'Enable network launched 3 December 2019.');
  act('Introduce a reasonable adjustments passport and train managers in making adjustments for frontline roles.', 'M8', ['8'], 'Head of Occupational Health', D(2019, 11, 1), D(2020, 3, 31), 'In progress', 'Passport agreed; training dates booked.');
  act('Include a disability declaration in the annual Board skills and diversity audit.', 'M10', ['10'], 'Trust Secretary', D(2020, 2, 1), D(2020, 3, 31), 'Not started', '');
  p.blank();
  p.line(['Data source: WDES return August 2019 – see the "WDES data 2019" tab.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust) in TWO SHEETS: first a DATA SHEET 'WDES data 2019' (its own title, 'Metric | Description | Disabled | Non-disabled | Difference' header and ten metric rows with percentages and ratios), then the plan on 'Action plan' (gold sheet). Plan sheet: a merged trust + title row, a version/approval line, a KEY LINE directly above the header ('Status key: Green = complete; Amber = in progress; Red = not started'), then one header on row 4: 'Action | WDES metric | Lead | Start | End | Status | Evidence'. The ACTION IS THE FIRST COLUMN with the metric code after it ('M1', 'M7 / M9' → ['7','9']; pre-2021 set, 'M4' whole); no ref; theme null. Start and End are REAL DATES shown dd/mm/yyyy; gold due = End (Start is when work begins); one End is the text 'Ongoing'. Status words Complete / In progress / Not started filled green / amber / red by the key line. 'Evidence' is gold progress (two empty). The data-source line under the table is a non-action row. The data sheet is not the plan.", { ragCol: 'F', mode: 'fill' });
}
