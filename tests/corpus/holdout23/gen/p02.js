// holdout23-wres-2016-17-brookvale: ORDINARY, MESSY WRES plan of a SOCIAL ENTERPRISE (community interest company) providing NHS
// community services under the NHS Standard Contract: unmerged title with a trailing space, draft line, header with LINE BREAKS, a
// TYPO ('Responsiblity') and trailing spaces; NO indicator column – the indicator is INSIDE the action text in brackets; status
// words in MIXED CASE coloured by FONT only; dates real Excel dates shown mmm-yy plus text; a lead 'TBC' and an empty lead.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brookvale Community Health CIC';
  const font = { name: 'Calibri', size: 11 };
  const p = new Plan(book, { name: 'holdout23-wres-2016-17-brookvale', sheet: 'WRES 16-17', standard: 'WRES', period: '2016-17', trust, widths: [6, 62, 26, 13, 14, 44], font });
  p.line([trust + ' '], { style: { bold: true, font: { size: 14 } } });
  p.line(['WRES action plan 2016-17  – draft for the Members\' Council'], { style: { bold: true } });
  p.blank();
  p.header(['No.', 'Action ', 'Responsiblity', 'Timescale\n(month)', 'Status', 'Comments / evidence'], { style: { fill: 'FFE2EFDA' }, height: 30 });
  const S = { complete: [C.green, 'green'], 'in progress': [C.orange, 'amber'], 'not started': [C.red, 'red'], 'on hold': [null, null] };
  const F = 'mmm-yy';
  const rows = [
    ['Ask all staff to check and update their ethnicity on the HR system, with a reminder in payslips (WRES indicator 1)', ['1'], 'HR Manager', D(2016, 9, 30), 'complete', 'Declaration up from 88% to 94%.'],
    ['Anonymise application forms for all posts advertised on NHS Jobs (WRES indicator 2)', ['2'], 'Recruitment Lead', D(2016, 12, 31), 'In Progress', 'Agreed by Operations Board; waiting for NHS Jobs set-up.'],
    ['Train all recruiting managers in fair recruitment and unconscious bias (indicator 2)', ['2'], 'Learning & Development Lead', D(2017, 3, 31), 'in progress ', '38 of 61 managers trained'],
    ['Have an HR Business Partner check every case before a formal disciplinary investigation starts (Ind 3)', ['3'], 'Head of HR', 'Sept 16', 'complete', 'Checklist in place since September.'],
    ['Record who asks for and who gets funded training and CPD, by ethnicity (Indicator 4)', ['4'], 'TBC', D(2017, 3, 31), 'Not Started', 'Needs a lead – raised at SMT.'],
    ['Give home-visiting staff a clear way to report racist abuse from patients and relatives, and follow up every report (Ind 5&6)', ['5', '6'], 'Ops Director / Head of HR', D(2017, 1, 31), 'In Progress', 'Lone-worker app now has an incident button.'],
    ['Start a BME staff forum that meets quarterly, open to bank staff (WRES indicator 7)', ['7'], 'Head of HR', D(2016, 11, 30), 'complete', 'First forum 3 Nov – 19 attended.'],
    ['Include ethnicity in the exit interview questions and report themes (Ind 7/8)', ['7', '8'], '', 'TBC', 'On hold', 'Waiting for the new HR system.'],
    ['Share the WRES results and this plan with the Members\' Council and the Board of Directors (Indicator 9)', ['9'], 'Chief Executive', D(2016, 10, 31), 'complete', 'Presented 20 October.'],
    ['Review progress against all WRES indicators with the BME forum twice a year (Indicators 1-9)', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'HR Manager', 'Mar 17', 'Not Started', ''],
  ];
  rows.forEach(([action, inds, lead, due, st, com], i) => {
    const key = st.trim().toLowerCase(); const [col, rag] = S[key];
    p.action([i + 1, action, lead, due, st, com], { ref: String(i + 1), indicators: inds, action, lead, due: typeof due === 'string' ? due : shown(due, F), status: st.trim(), rag, progress: com }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, col ? { color: col, bold: true } : {}] });
  });
  p.blank();
  p.line(['Green text = complete, amber = in progress, red = not started.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY but MESSY WRES plan of a SOCIAL ENTERPRISE (a community interest company) that provides NHS community services under the NHS Standard Contract, in Calibri 11 on a sheet 'WRES 16-17'. The title is UNMERGED in A1 with a trailing space, A2 says 'draft for the Members' Council' (double space), then a blank row and a pale-green header (row 4) with a LINE BREAK, a TYPO and a trailing space: 'No. | Action␠ | Responsiblity | Timescale\\n(month) | Status | Comments / evidence'. NO indicator column: the indicator is written INSIDE the action text in brackets, in five spellings ('(WRES indicator 1)', '(indicator 2)', '(Ind 3)', '(Ind 5&6)', '(Ind 7/8)', '(Indicators 1-9)'). Timescales are real dates shown mmm-yy ('Sep-16'), plus text typed the same way ('Sept 16', 'Mar 17') and 'TBC'. Status words in MIXED CASE ('complete', 'In Progress', 'in progress ' with a trailing space, 'Not Started', 'On hold'), coloured only by their bold FONT: green, orange (amber), red; 'On hold' is black. A one-line colour key under the table. Judgement calls: the action is the whole cell including its bracketed indicator (that is how the trust wrote it); the indicators come from the bracket; the lead 'TBC' is kept as written and row 12 has no lead (''); 'Ops Director / Head of HR' is one lead cell kept whole; status is the word as written without the trailing space (case kept); rag is the font colour, null for the black 'On hold'; ref = the row number in 'No.'; due 'TBC' is kept as written; theme null.", { ragCol: 'E', mode: 'font' });
}
