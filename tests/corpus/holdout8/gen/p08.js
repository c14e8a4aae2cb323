// holdout8-wdes-2024-25-rookhaven: ambulance trust; two-row header with the WDES figures (Disabled / Non-disabled for 2023
// and 2024) repeated on EVERY action row; status words coloured by FONT only, keyed by a rich-text sentence.
import { Book, Plan, C, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wdes-2024-25-rookhaven', sheet: 'WDES 2024', standard: 'WDES', period: '2024-25', trust: 'Rookhaven Ambulance Service NHS Trust', widths: [30, 10, 12, 10, 12, 50, 24, 12, 11, 36] });
  p.line(['Rookhaven Ambulance Service NHS Trust'], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 } } });
  p.line(['WDES 2024 – metrics and action plan 2024/25'], { merge: ['A', 'J'], style: { bold: true } });
  const w = (t, c) => ({ text: t, font: { color: { argb: c }, bold: true } });
  p.line([rich('Status is shown by colour of text: ', w('Complete', C.blue), ' · ', w('On track', C.green), ' · ', w('At risk', C.orange), ' · ', w('Off track', C.red))], { merge: ['A', 'J'] });
  p.blank();
  const hs = { fill: C.paleblue };
  const r1 = p.header(['WDES metric', '2023', '', '2024', '', 'Action', 'Lead', 'When', 'Status', 'Update (Q2)'], { style: hs });
  const r2 = p.header(['', 'Disabled', 'Non-disabled', 'Disabled', 'Non-disabled', '', '', '', '', ''], { style: hs });
  for (const c of ['A', 'F', 'G', 'H', 'I', 'J']) p.ws.mergeCells(`${c}${r1}:${c}${r2}`);
  p.ws.mergeCells(`B${r1}:C${r1}`); p.ws.mergeCells(`D${r1}:E${r1}`);
  const COL = { Complete: C.blue, 'On track': C.green, 'At risk': C.orange, 'Off track': C.red }; const RG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber', 'Off track': 'red' };
  const act = (metric, inds, data, action, lead, due, status, progress) => p.action([metric, ...data, action, lead, due, status, progress], { indicators: inds, action, lead, due, status, rag: RG[status] ?? null, progress }, { styles: [{}, {}, {}, {}, {}, {}, {}, {}, status ? { color: COL[status], bold: true } : {}] });
  const m1 = ['3.1%', '–', '3.9%', '–'], m2 = ['1.34', '', '1.12', ''], m4a = ['34.8%', '27.2%', '33.1%', '26.4%'], m8 = ['63.0%', 'n/a', '66.2%', 'n/a'];
  act('Metric 1 – Declaration (ESR)', ['1'], m1, 'Run a declaration campaign in every station and control room, with Disability Network members as advocates.', 'Head of Inclusion', 'Q2 24/25', 'Complete', 'Campaign ran July–August; declaration now 4.4%.');
  act('Metric 1 – Declaration (ESR)', ['1'], m1, 'Add disability to the data shown on the workforce dashboard for each operational area.', 'Head of Workforce Information', 'Oct 24', 'On track', 'Dashboard build in test.');
  act('Metric 2 – Shortlisting (RL)', ['2'], m2, 'Provide reasonable adjustments at driving and fitness assessments for paramedic and EMT applicants, and publish them in the candidate pack.', 'Head of Resourcing', 'by 31/03/25', 'At risk', 'Agreement needed from the external driving assessment provider.');
  act('Metric 3 – Capability (RL)', ['3'], ['1.86', '', '1.52', ''], 'Review every capability case for disabled staff at the stage-1 panel, with an HR business partner present.', 'Head of Employee Relations', 'Ongoing', 'On track', 'All new cases reviewed since May.');
  act('Metric 4a – Harassment from patients / public', ['4a'], m4a, 'Equip crews with body-worn cameras and support prosecutions for abuse that targets disability.', 'Director of Operations', 'Q4 24/25', 'On track', '300 cameras issued.');
  act('Metric 4a – Harassment from patients / public', ['4a'], m4a, 'Include disability-related abuse in the post-incident welfare check run by the control room.', 'Head of Emergency Operations Centre', 'Q3 24/25', 'Off track', 'Not started – control room system change needed.');
  act('Metric 5 – Career progression', ['5'], ['44.1%', '51.9%', '45.0%', '52.3%'], 'Ring-fence places for disabled staff on the Team Leader development programme, with adjustments to the assessment centre.', 'Head of Education', 'Each cohort', 'On track', '4 of 20 places on cohort 7 taken up by disabled staff.');
  act('Metric 7 – Feeling valued', ['7'], ['28.5%', '40.2%', '30.8%', '41.5%'], 'Hold "Ask the Exec" sessions for disabled staff at each area hub.', 'Chief Executive', 'Quarterly', 'Complete', 'Sessions held at all five hubs.');
  act('Metric 8 – Reasonable adjustments', ['8'], m8, 'Introduce a Health and Adjustments Passport for all staff and train managers in its use.', 'Head of Health and Wellbeing', 'Q3 24/25', 'At risk', 'Passport agreed; manager training behind schedule.');
  act('Metric 8 – Reasonable adjustments', ['8'], m8, 'Set up a central fund for adjustments that cost less than £500 so that they are not delayed by local budgets.', 'Director of Finance', 'Q1 24/25', '', '');
  p.blank();
  p.line(['Metric 2 and 3 figures are relative likelihoods (RL). Metric 1 and 8 have no comparison with non-disabled staff. Source: WDES 2023 and 2024 data returns.'], { merge: ['A', 'J'], style: { italic: true } });
  p.ws.views = [{ state: 'frozen', ySplit: r2 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust), a landscape plan whose ACTION ROWS CARRY THE WDES DATA. Two merged title rows, a key sentence in rich text where each status word is written IN ITS COLOUR ('Status is shown by colour of text: Complete · On track · At risk · Off track' – blue, green, orange, red), a blank row, then a two-row header (rows 5–6, frozen): 'WDES metric', 'Action', 'Lead', 'When', 'Status' and 'Update (Q2)' merged down over both rows; '2023' merged over B:C and '2024' over D:E, each with 'Disabled' | 'Non-disabled' below. Every action row repeats its metric's figures in B–E (not merged; '3.1%', '–', '1.34' with an empty non-disabled cell for the relative likelihoods, 'n/a'); the figures are context with no gold field. Metric cells 'Metric N – short title' on every row ('Metric 4a – Harassment from patients / public' → ['4a']). Due = 'When', text: 'Q2 24/25', 'Oct 24', 'by 31/03/25', 'Ongoing', 'Q4 24/25', 'Q3 24/25', 'Each cohort', 'Quarterly', 'Q1 24/25'. STATUS WORDS HAVE NO FILL – the colour is the FONT colour (Complete blue, On track green, At risk orange = amber, Off track red), keyed by the sentence; rag = the key colour of the word. The last action has no status and no update (rag null). Theme null. The note under the table after a blank row is a non-action row.",
    { ragCol: 'I', mode: 'font' });
}
