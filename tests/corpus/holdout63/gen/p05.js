// holdout63-wres-2024-25-brackenmoor: follows a trust's 'Workforce Race Equality Standard (WRES) Data and Action Plan', as listed publicly
// (https://businessdocbox.com/amp/80244492-Human_Resources/Workforce-race-equality-standard-wres-data-and-action-plan.html): the WRES data
// first, then the action plan, in one document. ASSUMED (the listing gives the title and its neighbours only): the data as a first sheet
// ('WRES data': indicator, last year, this year, change) and the plan as a second sheet with refs by indicator, a responsible officer, a
// date and a RAG cell coloured with no words, plus a RAG key under the table.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brackenmoor Ambulance Service NHS Trust';
  // first sheet: the data (not the gold sheet)
  const ds = book.wb.addWorksheet('WRES data');
  [44, 12, 12, 14].forEach((w, i) => { ds.getColumn(i + 1).width = w; });
  ds.addRow([`${trust} – WRES data 2024`]).font = { bold: true, size: 13 };
  ds.addRow(['Indicator', '2023', '2024', 'Change']).font = { bold: true };
  for (const r of [
    ['1. BME staff as % of workforce', '6.1%', '6.8%', '+0.7'],
    ['2. Relative likelihood of white applicants being appointed', '1.93', '1.74', '-0.19'],
    ['3. Relative likelihood of BME staff entering disciplinary', '1.41', '1.52', '+0.11'],
    ['5. Harassment from patients / public (BME)', '39.2%', '37.6%', '-1.6'],
    ['6. Harassment from staff (BME)', '31.0%', '28.4%', '-2.6'],
    ['8. Discrimination from manager / colleague (BME)', '16.3%', '15.1%', '-1.2'],
    ['9. BME voting Board members', '1', '1', '0'],
  ]) ds.addRow(r);
  const p = new Plan(book, { name: 'holdout63-wres-2024-25-brackenmoor', sheet: 'Action plan', standard: 'WRES', period: '2024-25', trust, widths: [7, 12, 58, 28, 13, 8], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true, color: C.darkblue } });
  p.line(['Workforce Race Equality Standard (WRES) Data and Action Plan 2024-25'], { merge: M, style: { bold: true, font: { size: 13 } } });
  p.line(['The data on the first tab was submitted on 31 May 2024. The actions below were agreed with the BME Network and approved by the People Committee in September 2024.'], { merge: M, height: 30 });
  p.blank();
  p.header(['Ref', 'WRES indicator', 'Action', 'Responsible officer', 'Target date', 'RAG'], { style: { fill: C.darkblue, color: C.white } });
  const F = 'dd/mm/yyyy';
  const G = C.green, A = C.amber, R = C.red, B = C.blue;
  const acts = [
    ['1.1', '1', ['1'], 'Create a "stepping up" programme for BME paramedics and call handlers aiming for Band 7 roles, with paid study time', 'Head of Leadership and OD', D(2025, 3, 31), A, 'amber'],
    ['1.2', '1', ['1'], 'Set a target of 9% BME representation in the student paramedic intake and report it to the People Committee', 'Head of Recruitment', D(2025, 1, 31), G, 'green'],
    ['2.1', '2', ['2'], 'Include a BME Network member on every interview panel for Band 6 and above in the Emergency Operations Centres', 'Head of Recruitment', D(2024, 12, 31), B, 'blue'],
    ['2.2', '2', ['2'], 'Hold outreach days for applicants at community venues in the three most diverse towns of the region', 'Head of Recruitment', D(2025, 3, 31), G, 'green'],
    ['3.1', '3', ['3'], 'Require a post-incident review by a second manager before any BME colleague is moved to a formal disciplinary hearing', 'Head of Employee Relations', D(2024, 11, 30), B, 'blue'],
    ['3.2', '3', ['3'], 'Train all investigating officers in fair and just culture principles', 'Head of Employee Relations', D(2025, 3, 31), R, 'red'],
    ['5.1', '5', ['5'], 'Record racist abuse from patients as a separate category on Datix and give crews a debrief after each incident', 'Head of Health, Safety and Security', D(2025, 2, 28), A, 'amber'],
    ['6.1', '5 & 6', ['5', '6'], 'Launch "Call It Out" bystander training for crews and station leaders', 'Head of Culture and Inclusion', D(2025, 3, 31), A, 'amber'],
    ['8.1', '8', ['8'], 'Publish a quarterly summary of race-related grievances and their outcomes on the staff intranet', 'Head of Culture and Inclusion', D(2025, 1, 31), R, 'red'],
    ['9.1', '9', ['9'], 'Ask the recruitment partner for the next non-executive post to reach candidates through BME professional networks', 'Trust Secretary', D(2025, 3, 31), G, 'green'],
  ];
  for (const [ref, ind, inds, a, lead, d, fill, rag] of acts) p.action([ref, ind, a, lead, d, ''], { ref, indicators: inds, action: a, lead, due: shown(d, F), rag }, { border: true, height: 32, styles: [{}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, { numFmt: F }, { fill }] });
  p.blank();
  p.line(['RAG key'], { style: { bold: true } });
  const keyRows = [
    p.line(['', 'Complete'], { styles: [{ fill: B }] }),
    p.line(['', 'On track'], { styles: [{ fill: G }] }),
    p.line(['', 'Some slippage – recovery plan in place'], { styles: [{ fill: A }] }),
    p.line(['', 'Off track / not started'], { styles: [{ fill: R }] }),
  ];
  p.line(['RAG position as at 16 December 2024.'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance trust) following a real published 'Workforce Race Equality Standard (WRES) Data and Action Plan' (listed publicly; only the title and its neighbours could be read, so the layout is assumed): TWO SHEETS – 'WRES data' first (a title and an indicator table 'Indicator | 2023 | 2024 | Change', no actions) and 'Action plan' second (the gold sheet): the trust name, the plan title, a sentence on the data submission and approval, a blank row, one header 'Ref | WRES indicator | Action | Responsible officer | Target date | RAG' (row 5, white on dark blue), ten actions with refs by indicator ('1.1' … '9.1'), then a 'RAG key' of four rows whose column-A cells are filled blue / green / amber / red beside the meaning, and an italic 'RAG position as at 16 December 2024.' line. The RAG cell of every action holds NO WORDS – only a fill. Target dates are real dates shown 'dd/mm/yyyy'. Judgement calls: the data sheet is not the plan; the RAG key rows are not actions; status '' (no word is written) and rag from the fill (blue = complete, green, amber, red) – the key's words are NOT copied into status; indicators from the WRES indicator column ('5 & 6' → ['5','6']) – ref '6.1' sits under indicator 6 but the column names 5 and 6, and the column wins; due as displayed ('31/03/2025'); the approval month, the submission date and the RAG-position date are not due dates; theme null.", { ragCol: 'F', forbidden: ['Complete', 'On track', '16 December 2024', '31 May 2024'] });
}
