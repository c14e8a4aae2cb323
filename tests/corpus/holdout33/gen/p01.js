// holdout33-wdes-2023-24-fenwardine: follows the Tavistock and Portman NHS FT's published 'Workforce disability equality standard 2023/24'
// page (tavistockandportman.nhs.uk/publications/workforce-disability-equality-standard-2023-24): a document block (Date / Review date /
// Version), an introduction, a 'Key findings' table 'WDES Metrics | Workforce Disability Equality Standard Metrics based on 2023 Electronic
// Staff Record and HR recruitment database | Trend | Summary of Key Findings' with 'Metric n' rows and a trend word, then the action plan /
// countermeasures. The countermeasure table's columns are ASSUMED (the excerpt names the plan but does not show its columns).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenwardine and Portsbridge NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout33-wdes-2023-24-fenwardine', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [14, 40, 46, 26, 16, 38], font: { name: 'Arial', size: 10 } });
  p.line(['Workforce disability equality standard 2023/24'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.navy } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true } });
  const meta = [p.line(['Date: October 2024'], { merge: ['A', 'C'] }), p.line(['Review date: March 2026'], { merge: ['A', 'C'] }), p.line(['Version 1'], { merge: ['A', 'C'] })];
  p.blank();
  p.line(['The WDES has been part of the NHS Standard Contract since April 2018, and every NHS trust must publish its results against the ten WDES metrics together with an action plan. This report sets out our 2023-24 WDES data, shows where we have improved, where we have stood still and where we have slipped back, and proposes countermeasures to close the gaps between Disabled and non-disabled staff.'], { merge: ['A', 'F'], height: 64 });
  p.blank();
  p.line(['Key findings'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WDES Metrics', 'Workforce Disability Equality Standard Metrics based on 2023 Electronic Staff Record and HR recruitment database', 'Trend', 'Summary of Key Findings'], { border: true, merge: ['D', 'F'], style: { bold: true, fill: C.paleblue } });
  const TR = { Improving: C.green, Regressing: C.red, 'No change': 'FF808080' };
  const findings = [
    ['Metric 1', 'Workforce representation (declaration rates)', 'Improving', 'Declared disability on ESR rose by 2.6 points to 7.9%; clinical staff at Band 8a and above remain under-represented.'],
    ['Metric 2', 'Recruitment: relative likelihood of non-disabled applicants being appointed from shortlisting compared with Disabled applicants', 'Regressing', 'Ratio moved from 1.04 to 1.31, so non-disabled shortlisted applicants are now more likely to be appointed.'],
    ['Metric 3', 'Capability: relative likelihood of Disabled staff entering the formal capability process', 'No change', 'Two formal cases in the year; numbers are too small to show a trend.'],
    ['Metric 4a', 'Harassment, bullying or abuse from patients, managers and colleagues', 'Regressing', 'Disabled staff reporting abuse from managers rose to 14.2% against 7.1% for non-disabled staff.'],
    ['Metric 5', 'Belief that the Trust provides equal opportunities for career progression or promotion', 'Improving', 'Up 3.4 points for Disabled staff, narrowing the gap to 5.8 points.'],
    ['Metric 9a', 'Staff engagement score', 'No change', 'Disabled staff 6.5, non-disabled staff 7.0 (both unchanged).'],
  ];
  const dataRows = findings.map(([m, w, t, s]) => p.line([m, w, t, s], { border: true, merge: ['D', 'F'], styles: [{ bold: true }, {}, { color: TR[t], bold: true }] }));
  p.blank();
  p.line(['Action plan / countermeasures'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.header(['WDES Metric', 'Gap identified', 'Countermeasure', 'Owner', 'Timeframe', 'How we will know'], { style: { fill: C.nhs, color: C.white } });
  const acts = [
    ['Metric 1', 'Senior clinical grades have the lowest declaration rates.', 'Run a Disability History Month declaration drive in the senior clinical forums, with network members explaining how the data is used.', 'Head of Workforce Information', 'December 2024', 'Declaration rate at Band 8a+ clinical up to 7%.'],
    ['Metric 2', 'Disabled shortlisted applicants less likely to be appointed.', 'Audit a sample of 40 interview packs to see where Disabled applicants drop out and whether adjustments were offered before interview.', 'Recruitment Manager', 'Q3 2024/25', 'Audit findings taken to the People Committee; ratio back below 1.10.'],
    ['Metric 2', 'Disabled shortlisted applicants less likely to be appointed.', 'Add a trained Disability and Neurodiversity Network member to panels for Band 7 and above where the candidate agrees.', 'Recruitment Manager', 'March 2025', 'Network member on 60% of eligible panels.'],
    ['Metric 3', 'Small numbers; no pattern yet.', 'Introduce an HR check that adjustments and occupational health advice were considered before any formal capability stage.', 'Head of Employee Relations', 'From November 2024', 'Check completed on every new case.'],
    ['Metric 4a', 'Abuse from managers reported by twice as many Disabled staff.', 'Include a disability module, co-delivered by network members, in the Leading with Compassion management programme.', 'Head of Organisational Development', 'June 2025', 'Fall in Disabled staff reporting abuse from managers in the 2024 survey.'],
    ['Metric 5', 'Gap narrowing but still 5.8 points.', 'Offer Disabled staff a reserved place in each cohort of the Trust mentoring scheme.', 'Head of Organisational Development', 'Ongoing', 'At least two Disabled mentees in every cohort.'],
    ['Metric 9a', 'Engagement gap unchanged.', 'Hold two listening events with the Disability and Neurodiversity Network and report back "you said, we did" on the intranet.', 'Head of Equality, Diversity and Inclusion', 'By January 2025', 'Events held and response published.'],
    ['Metric 10', 'No Board member has declared a disability.', 'Ask Board members to update their ESR records at their next appraisal and publish the result in the 2024/25 report.', 'Company Secretary', 'March 2025', 'All Board members have a recorded status.'],
  ];
  for (const [m, gap, a, lead, due, out] of acts) {
    p.action([m, gap, a, lead, due, out], { indicators: [m.replace('Metric ', '')], action: a, lead, due, outcome: out }, { styles: [{ bold: true }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist mental health foundation trust) laid out like a real published WDES 2023/24 report page (the Tavistock and Portman's): a title, the trust, a DOCUMENT BLOCK of three lines ('Date: October 2024', 'Review date: March 2026', 'Version 1'), an introduction, then a 'Key findings' table with its own header 'WDES Metrics | Workforce Disability Equality Standard Metrics based on 2023 Electronic Staff Record and HR recruitment database | Trend | Summary of Key Findings' and six rows that each start 'Metric n' and carry a coloured TREND WORD ('Improving' green, 'Regressing' red, 'No change' grey), then a heading 'Action plan / countermeasures' and the action table 'WDES Metric | Gap identified | Countermeasure | Owner | Timeframe | How we will know' (row 19). Timeframes are written loosely ('Q3 2024/25', 'From November 2024', 'By January 2025', 'Ongoing'). Judgement calls: the key-findings rows are DATA, not actions, even though they start with a metric like the action rows and sit under a header – they have no countermeasure, owner or timeframe; only the second table's rows are actions; the key-findings header is not a header of the plan (headerRows lists only the action table's header); the trend word is a data trend, never a status (status '' and rag null everywhere: the plan has no status column); 'Date' and 'Review date' are the document's dates, never a due; action = the Countermeasure cell; indicators from the WDES Metric column ('Metric 4a' → ['4a']); lead = Owner; due = Timeframe as written (kept with its 'From' / 'By' / 'Q3' wording; 'Ongoing' kept); outcome = How we will know; the Gap identified cell is context (two rows repeat it for metric 2); theme null (the two headings name tables, not groups of actions).", { dataRows, forbidden: ['Improving', 'Regressing', 'No change', 'March 2026', 'October 2024', 'Version 1'] });
}
