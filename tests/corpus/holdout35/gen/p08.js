// holdout35-wres-2024-25-hembridge: follows an NHS body's 'Workforce Equality Standards and Diversity Data' page (Yorkshire Ambulance
// Service NHS Trust, https://www.yas.nhs.uk/join-our-team/diversity-at-yas/workforce-equality-standards-and-diversity-data/): a WRES
// heading, a paragraph on the profile report and the EDI plan, what the WRES is for (three '•' purposes), 'Workforce Race Equality
// Standard: Submission data as of 31 March 2023', 'The document below provides further information on the Trust's WRES action plan:',
// the current plan ('WRES Action Plan 2023-2024') and 'Previous WRES Action Plans' (one line a year), then the same for the WDES. Here an
// ICB keeps that page as the INDEX SHEET of one workbook whose other sheets are the submission data and the current plan. The ICB, the
// plan sheet's layout (priority rows, RAG key) and its content are ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Hembridge and Wolds Integrated Care Board';
  const put = (ws, r, vals, o = {}) => vals.forEach((v, i) => { const c = ws.getRow(r).getCell(i + 1); if (v !== '' && v != null) c.value = v; c.font = { name: 'Arial', size: 10, ...(o.bold ? { bold: true } : {}), ...(o.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}) }; c.alignment = { wrapText: true, vertical: 'top' }; });
  const ix = book.wb.addWorksheet('Index'); ix.getColumn(1).width = 110;
  let r = 0; const L = (t, o) => put(ix, ++r, [t], o);
  L(trust, { bold: true }); L('Workforce Equality Standards and Diversity Data', { bold: true });
  L('Workforce Race Equality Standard (WRES)', { bold: true });
  L('The ICB publishes a Workforce and Diversity Profile Report each year and has an Equality, Diversity and Inclusion Plan for 2024-27. A one-page summary of the profile report is also available.');
  L('The WRES has been part of the NHS Standard Contract since 2015. Its main purposes are:');
  L('• to help NHS organisations review their data against the nine WRES indicators');
  L('• to produce action plans that close the gaps in workplace experience between white and BME staff');
  L('• to improve BME representation at Board level.');
  L('Workforce Race Equality Standard: Submission data as of 31 March 2024 (see sheet \'Submission data\')', { link: true });
  L('The sheet below gives the ICB\'s WRES action plan:');
  L('WRES Action Plan 2024-2025', { link: true });
  L('Previous WRES Action Plans', { bold: true });
  ['WRES Action Plan 2023-2024', 'WRES Action Plan 2022-2023'].forEach((t) => L(t, { link: true }));
  L('Workforce Disability Equality Standard (WDES)', { bold: true });
  L('The ICB\'s WDES action plan for 2024-2025 and previous WDES plans are published on the WDES page.');
  const sd = book.wb.addWorksheet('Submission data'); [10, 66, 14, 14].forEach((w, i) => { sd.getColumn(i + 1).width = w; });
  put(sd, 1, ['WRES submission data as of 31 March 2024 (ICB staff)'], { bold: true });
  put(sd, 2, ['Indicator', 'Measure', 'White', 'BME'], { bold: true });
  [['1', 'Staff at Band 8a and above (headcount)', '212', '31'], ['2', 'Appointed from shortlisting (%)', '21.6%', '11.9%'], ['3', 'Entering formal disciplinary process (headcount)', '1', '0'], ['4', 'Accessing non-mandatory training (%)', '58.0%', '55.1%'], ['5', 'Harassment from the public (%)', '6.2%', '8.9%'], ['6', 'Harassment from staff (%)', '12.4%', '19.8%'], ['7', 'Equal opportunities for career progression (%)', '61.3%', '47.2%'], ['8', 'Discrimination from a manager or colleague (%)', '4.9%', '13.5%'], ['9', 'Voting Board members (headcount)', '13', '2']].forEach((v, i) => put(sd, 3 + i, v));
  const p = new Plan(book, { name: 'holdout35-wres-2024-25-hembridge', sheet: 'WRES Action Plan 2024-2025', standard: 'WRES', period: '2024-25', trust, widths: [7, 60, 12, 28, 14, 16], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} – WRES Action Plan 2024-2025 (ICB staff)`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  const hr = p.header(['Ref', 'Action', 'WRES indicator', 'Lead', 'Target date', 'RAG (March 2025)'], { style: { fill: C.darkblue, color: C.white } });
  const F = { Complete: C.blue, 'On track': C.green, 'At risk': C.amber, 'Not started': C.grey };
  const RG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Not started': null };
  const sections = [];
  const pri = (t) => sections.push(p.line([t], { merge: ['A', 'F'], style: { bold: true, fill: C.paleblue } }));
  const act = (theme) => ([ref, a, ind, lead, due, st]) => p.action([ref, a, ind, lead, due, st], { ref, theme, indicators: ind.split(/,\s*/), action: a, lead, due, status: st, rag: RG[st] }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill: F[st] }] });
  let th = 'Priority 1 – Representation in senior roles'; pri(th);
  [
    ['1.1', 'Report the ethnicity of staff at Band 8a and above to the Remuneration and People Committee every quarter, against the ICB\'s five-year ambition.', '1', 'Head of People', 'June 2024', 'Complete'],
    ['1.2', 'Offer a place on the system aspiring leaders programme to every BME colleague at Bands 7 and 8a who wants one.', '1, 7', 'Organisational Development Lead', 'March 2025', 'On track'],
  ].forEach(act(th));
  th = 'Priority 2 – Fair recruitment'; pri(th);
  [
    ['2.1', 'Remove names and personal details from applications at shortlisting for all ICB posts.', '2', 'Recruitment Business Partner', 'September 2024', 'Complete'],
    ['2.2', 'Add an independent member from the staff race equality network to panels for posts at 8c and above.', '2', 'Head of People', 'December 2024', 'At risk'],
  ].forEach(act(th));
  th = 'Priority 3 – Culture and belonging'; pri(th);
  [
    ['3.1', 'Deliver active bystander training to every team, starting with the two directorates with the highest harassment scores.', '6', 'EDI Manager', 'March 2025', 'On track'],
    ['3.2', 'Publish an anti-racism statement signed by the Board and set out how staff can raise concerns.', '8', 'Chief People Officer', 'July 2024', 'Complete'],
    ['3.3', 'Hold a Board development session with the race equality network on lived experience in the ICB.', '9', 'Board Secretary', 'November 2024', 'Not started'],
  ].forEach(act(th));
  p.line(['RAG key: Complete = blue; On track = green; At risk = amber; Not started = grey'], { merge: ['A', 'F'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional organisation, an ICB – its own staff) following a real NHS body's published 'Workforce Equality Standards and Diversity Data' page, kept as the INDEX SHEET of a three-sheet workbook: 'Index' (the WRES heading, a paragraph, three '•' purposes, 'Submission data as of 31 March 2024', the current 'WRES Action Plan 2024-2025' and 'Previous WRES Action Plans' listing 2023-2024 and 2022-2023, then a WDES paragraph), 'Submission data' (the nine indicators, White / BME) and 'WRES Action Plan 2024-2025', read here: the title, 'Ref | Action | WRES indicator | Lead | Target date | RAG (March 2025)' (row ${hr}), three PRIORITY SECTION ROWS with seven actions, and a RAG key line. Judgement calls: the plan is the current plan's sheet – the index's list of previous plans gives no period and no action, and the submission data rows are findings; ref = Ref ('1.1'); theme = the priority row; indicators from the WRES indicator column ('1, 7' → ['1','7']); lead and target date as written; status = the RAG word and rag = its fill as the key gives it (Complete = blue, On track = green, At risk = amber), 'Not started' on grey has NO RAG colour in the key sense (rag null, status kept); the key line is not an action.`, { mode: 'fill', ragCol: 'F', sections, otherSheets: ['Index', 'Submission data'], forbidden: ['WRES Action Plan 2023-2024', 'WRES Action Plan 2022-2023', 'RAG (March 2025)'] });
}
