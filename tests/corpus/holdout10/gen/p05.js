// holdout10-wres-2022-23-kelderton: ordinary; 'Issue' context column; 'Lead' then 'Exec sponsor' (gold = Lead); indicators as
// 'Indicator N – short title'; status words filled incl. ORANGE 'At risk' and GREY 'Superseded'; key block under the table.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wres-2022-23-kelderton', sheet: 'WRES AP', standard: 'WRES', period: '2022-23', trust: 'Kelderton Teaching Hospitals NHS Foundation Trust', widths: [24, 34, 56, 26, 20, 16, 14] });
  p.line(['KELDERTON TEACHING HOSPITALS NHS FOUNDATION TRUST'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard Action Plan 2022–2023'], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.header(['Indicator', 'Issue', 'SMART action', 'Lead', 'Exec sponsor', 'Completion', 'RAG'], { style: { fill: C.lightblue } });
  const F = { Complete: C.lightblue.replace('9BC2E6', '5B9BD5'), 'On track': C.green, 'At risk': C.orange, Superseded: C.grey }; const RG = { Complete: 'blue', 'On track': 'green', 'At risk': 'amber' };
  const act = (ind, inds, issue, action, lead, exec, due, st) => p.action([ind, issue, action, lead, exec, due, st], { indicators: inds, action, lead, due, status: st, rag: RG[st] ?? null },
    { styles: [{}, {}, {}, {}, {}, {}, { fill: F[st] }] });
  act('Indicator 1 – representation', ['1'], 'Ethnic minority staff are 27% of the workforce but 11% of Band 8c and above.', 'Set a Band 8a+ representation aim for each care group and review progress at the quarterly performance meetings.', 'Associate Director of Workforce', 'Chief People Officer', 'Q2 2022/23', 'On track');
  act('Indicator 1 – representation', ['1'], 'Ethnicity not recorded for 6% of staff.', 'Cleanse ESR ethnicity data through the staff app and the new starter process.', 'Workforce Systems Manager', 'Chief People Officer', 'Q1 2022/23', 'Complete');
  act('Indicator 2 – appointment from shortlisting', ['2'], 'White applicants 1.71 times more likely to be appointed.', 'Introduce diverse interview panels and values-based questions for every post at Band 6 and above.', 'Head of Resourcing', 'Chief People Officer', 'Q3 2022/23', 'At risk');
  act('Indicator 3 – disciplinary', ['3'], 'Ethnic minority staff 1.45 times more likely to enter a formal process.', 'Extend the Just Culture "four-step" review to all formal cases and report outcomes by ethnicity to the People Committee.', 'Head of Employee Relations', 'Chief Nurse', 'Q2 2022/23', 'Complete');
  act('Indicator 4 – training and CPD', ['4'], 'No significant difference (1.03).', 'Check access to the leadership apprenticeship levy by ethnicity.', 'Head of Learning and Development', 'Chief People Officer', 'Q4 2022/23', 'Superseded');
  act('Indicators 5 & 6 – harassment', ['5', '6'], '33% (patients) and 29% (staff) of ethnic minority staff report harassment.', 'Launch an anti-racism charter with clear sanctions for abusive patients and visitors, and train ward managers to use it.', 'Head of Security and Head of OD', 'Chief Operating Officer', 'Q3 2022/23', 'On track');
  act('Indicator 6 – harassment from staff', ['6'], '29% of ethnic minority staff report harassment from staff.', 'Recruit ten more Freedom to Speak Up champions from ethnic minority backgrounds.', 'Freedom to Speak Up Guardian', 'Chief Executive', 'Q2 2022/23', 'At risk');
  act('Indicator 7 – equal opportunities', ['7'], '44% of ethnic minority staff believe there are equal opportunities for progression (White staff 58%).', 'Run the "Stepping Up" positive action programme for ethnic minority staff at Bands 5–7.', 'Head of Leadership Development', 'Chief People Officer', 'Q4 2022/23', 'On track');
  act('Indicator 8 – discrimination', ['8'], '15% experienced discrimination from a manager or colleague.', 'Make an anti-discrimination objective part of every manager\'s appraisal.', 'Associate Director of Workforce', 'Chief People Officer', 'Q1 2023/24', 'On track');
  act('Indicator 9 – Board', ['9'], 'Board 8% ethnic minority (voting), workforce 27%.', 'Use an executive search firm with a diverse long-list for each Non-Executive Director vacancy.', 'Company Secretary', 'Chair', 'As vacancies arise', 'Complete');
  act('Indicators 1–9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'The plan needs staff ownership.', 'Co-produce the plan with the REACH staff network and report progress to the Board twice a year.', 'EDI Lead', 'Chief People Officer', 'Six-monthly', 'On track');
  p.blank();
  p.line(['RAG key'], { style: { bold: true } });
  p.line(['Complete', 'Action finished and evidence in place'], { border: true, styles: [{ fill: F.Complete }] });
  p.line(['On track', 'Progressing to plan'], { border: true, styles: [{ fill: C.green }] });
  p.line(['At risk', 'Behind plan – recovery in place'], { border: true, styles: [{ fill: C.orange }] });
  p.line(['Superseded', 'No longer needed / replaced by another action'], { border: true, styles: [{ fill: C.grey }] });
  p.blank();
  p.line(['Approved by the Trust Board on 28 July 2022. Data source: WRES 2022 submission and NHS Staff Survey 2021.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary. Two merged title rows (the first, the trust name, in CAPITALS – gold trust in title case, as a user expects and holdout15 rivelsby's gold writes it), a blank row, the header on row 4: 'Indicator | Issue | SMART action | Lead | Exec sponsor | Completion | RAG'. 'Issue' is context (the data); the action is the 'SMART action' cell. Two person columns: 'Lead' (gold lead) and 'Exec sponsor' (accountable executive, not the lead). Indicators as 'Indicator N – short title' on every row ('Indicators 5 & 6 – harassment' → ['5','6'], 'Indicators 1–9' → all nine); not sections, theme null. Completion is text ('Q2 2022/23', 'As vacancies arise', 'Six-monthly'); due = the text. The RAG column holds WORDS filled: Complete (mid blue) → blue, On track (green), At risk (ORANGE fill) → amber, Superseded (GREY) → the key's grey means no longer needed, no RAG colour → rag null. After a blank row, a vertical RAG KEY BLOCK (a 'RAG key' heading and four filled word cells with meanings in B) and, after another blank row, an approval/data-source line – all non-action rows.", { ragCol: 'G', mode: 'fill' });
}
