// holdout10-wdes-2025-26-easterhope: ordinary 2025 plan; version/approval line; 'Action description'; 'Lead' + 'Supporting'
// (gold = Lead); refs 'WD25/01'; 'M4a, M4b, M9a' lists; status words UNFILLED, colours only in a key block under the table.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout10-wdes-2025-26-easterhope', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust: 'Easterhope Children\'s Hospital NHS Foundation Trust', widths: [11, 56, 14, 28, 26, 17, 13, 40] });
  p.line(['Easterhope Children\'s Hospital NHS Foundation Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2025/26'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['Version 1.2 – approved by People Committee 14/05/2025'], { merge: ['A', 'H'], style: { italic: true } });
  p.blank();
  p.header(['Action ref', 'Action description', 'Metric', 'Lead', 'Supporting', 'Target', 'Progress RAG', 'Comment'], { style: { fill: C.paleblue } });
  const RG = { Achieved: 'blue', 'On target': 'green', Slipping: 'amber', 'Off target': 'red' };
  const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const act = (ref, action, metric, inds, lead, sup, due, st, c) => {
    const isDate = due instanceof Date; const shown = isDate ? `${due.getUTCDate()} ${MON[due.getUTCMonth()]} ${due.getUTCFullYear()}` : due;
    return p.action([ref, action, metric, lead, sup, due, st, c], { ref, indicators: inds, action, lead, due: shown, status: st, rag: RG[st] ?? null, progress: c },
      { styles: [{}, {}, {}, {}, {}, isDate ? { numFmt: 'd mmmm yyyy' } : {}] });
  };
  act('WD25/01', 'Improve disability declaration on ESR to 8% through a "Your data, your voice" campaign led by network members.', 'M1', ['1'], 'Workforce Information Team', 'Disability and Neurodiversity Network', D(2025, 9, 30), 'On target', 'Declaration 6.9% at Q1.');
  act('WD25/02', 'Review every stage of recruitment against the Disability Confident Leader standard and act on the findings.', 'M2', ['2'], 'Recruitment Steering Group', 'Head of Resourcing', 'End Q2', 'Slipping', 'Assessment delayed to August.');
  act('WD25/03', 'Record whether capability cases are ill-health or performance related, and review all disability-related cases at Employee Relations Panel.', 'M3', ['3'], 'Employee Relations Panel', '', 'Jun 2025', 'Achieved', 'Recording in place; first review in June.');
  act('WD25/04', 'Introduce a disability harassment reporting route with the Freedom to Speak Up Guardian and publish quarterly themes.', 'M4a, M4b', ['4a', '4b'], 'Freedom to Speak Up Guardian', 'Head of Patient Experience', D(2025, 12, 31), 'On target', 'Route launched in May.');
  act('WD25/05', 'Extend the "Civility Saves Lives" sessions to every ward and department with a Staff Survey harassment score below average.', 'M4a, M4b, M9a', ['4a', '4b', '9a'], 'Organisational Development Team', 'Ward and department managers', D(2026, 3, 31), 'On target', '14 of 38 areas completed.');
  act('WD25/06', 'Offer a disability-specific career coaching programme and track promotions of participants.', 'M5', ['5'], 'Head of Leadership and Talent', 'Disability and Neurodiversity Network', 'Q3 2025/26', 'Off target', 'Funding not yet agreed.');
  act('WD25/07', 'Update the attendance policy so that disability-related absence is recorded and managed separately, with a tailored adjustments discussion.', 'M6', ['6'], 'Head of HR Policy', 'Staff Side', D(2025, 11, 30), 'Slipping', 'Consultation extended by staff side.');
  act('WD25/08', 'Introduce "Stay conversations" for disabled staff in their first year.', 'M7', ['7'], 'Head of Retention', '', 'Q4 2025/26', 'On target', '');
  act('WD25/09', 'Move the Reasonable Adjustments Passport online with a 20-working-day standard for agreeing adjustments.', 'M8', ['8'], 'Workforce Systems Manager', 'Occupational Health', D(2025, 10, 31), 'On target', 'System build 60% complete.');
  act('WD25/10', 'Give the network chairs protected time and include the Disability and Neurodiversity Network in policy consultation.', 'M9b', ['9b'], 'Director of People', 'Network Chairs', 'Apr 2025', 'Achieved', 'One day a week protected from April.');
  act('WD25/11', 'Deliver Board development on disability inclusion and publish the Board\'s declaration rate.', 'M10', ['10'], 'Company Secretary', 'Chair', 'Board seminar – Jan 2026', 'Not yet due', '');
  p.blank();
  p.line(['Progress RAG key', 'Meaning'], { border: true, style: { bold: true } });
  p.line(['Achieved', 'Action complete'], { border: true, styles: [{ fill: C.blue, color: C.white }] });
  p.line(['On target', 'Progressing as planned'], { border: true, styles: [{ fill: C.green }] });
  p.line(['Slipping', 'Behind plan, expected to recover'], { border: true, styles: [{ fill: C.amber }] });
  p.line(['Off target', 'Will not be delivered without intervention'], { border: true, styles: [{ fill: C.red, color: C.white }] });
  p.line(['Not yet due', 'Start date not reached (no colour)'], { border: true });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary 2025 plan. Two merged title rows, a version/approval line ('Version 1.2 – approved by People Committee 14/05/2025' – a date that is not a timescale), a blank row, the header on row 5: 'Action ref | Action description | Metric | Lead | Supporting | Target | Progress RAG | Comment'. Refs 'WD25/01'…'WD25/11'. Two person columns: 'Lead' (gold lead; often a team, group or panel) and 'Supporting' (not the lead; empty on two rows). Metrics as 'M'-codes, lists 'M4a, M4b' and 'M4a, M4b, M9a'. Target: real dates shown 'd mmmm yyyy' ('30 September 2025') mixed with text 'End Q2', 'Jun 2025', 'Q3 2025/26', 'Apr 2025', 'Board seminar – Jan 2026'. The Progress RAG column holds status WORDS with NO FILL; their colours are only in the KEY BLOCK under the table (a 'Progress RAG key | Meaning' header and filled word cells: Achieved blue, On target green, Slipping amber, Off target red, and 'Not yet due' with no colour) → rag by the key word; 'Not yet due' → rag null. All six key rows are non-action rows (the key's own header row is not a plan header).", { ragCol: 'G', mode: 'word', words: RG });
}
