// holdout14-wdes-2025-26-tremorden: ORDINARY NEW-YEAR PLAN – narrow empty margin column A, intro paragraph and three
// 'What our 2025 data told us' bullet lines above the plan, metric cells 'Metric 4a' + short title on a second line,
// 'How we will measure success', month-range timescales, and a Status column that is still EMPTY (new plan).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout14-wdes-2025-26-tremorden', sheet: 'WDES Action Plan', standard: 'WDES', period: '2025-26', trust: 'Tremorden University Hospitals NHS Trust', widths: [3, 24, 60, 28, 18, 40, 14], startCol: 2, font: { name: 'Arial', size: 10 } });
  const m = ['B', 'G'];
  p.line([null, 'Tremorden University Hospitals NHS Trust'], { at: 1, merge: m, style: { bold: true, font: { size: 14 }, color: C.purple } });
  p.line([null, 'Workforce Disability Equality Standard (WDES) Action Plan 2025/26'], { at: 1, merge: m, style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.line([null, 'This plan was co-produced with the Disability and Neurodiversity Network after the 2025 WDES data was reviewed by the People Committee in September 2025. It will be updated every quarter and reported to the Board in March 2026.'], { at: 1, merge: m, height: 42 });
  p.line([null, 'What our 2025 data told us:'], { at: 1, merge: m, style: { bold: true } });
  p.line([null, '• 41% of Disabled staff have not had the adjustments they need (metric 8).'], { at: 1, merge: m });
  p.line([null, '• Disabled staff are 1.6 times more likely to enter formal capability (metric 3).'], { at: 1, merge: m });
  p.line([null, '• Harassment from patients and the public is higher for Disabled staff (metric 4a).'], { at: 1, merge: m });
  p.blank();
  p.header(['WDES metric', 'What we will do', 'Lead', 'When', 'How we will measure success', 'Status'], { style: { fill: 'FFE4DFEC', alignment: { vertical: 'middle', wrapText: true } } });
  const data = [
    ['Metric 1\nRepresentation', ['1'], 'Run a "Be counted" campaign with the Network so that more staff record a disability or long-term condition on ESR.', 'Workforce Information Manager', 'Jul–Sep 2025', 'Declaration rate at least 9% by March 2026.'],
    ['Metric 2\nAppointment from shortlisting', ['2'], 'Give shortlisted Disabled applicants the interview questions 48 hours before the interview.', 'Head of Recruitment', 'From Oct 2025', 'Relative likelihood between 0.8 and 1.25.'],
    ['Metric 3\nCapability', ['3'], 'Introduce an informal support stage, with an occupational health review, before any formal capability meeting.', 'Head of Employee Relations', 'Oct–Dec 2025', 'Fewer Disabled staff entering formal capability.'],
    ['Metric 4a\nHarassment from patients/public', ['4a'], 'Add disability-related abuse to the violence and aggression reduction programme in the Emergency Department and outpatients.', 'Head of Security', 'Q3–Q4 2025/26', 'Fewer Disabled staff reporting abuse in the 2025 survey.'],
    ['Metric 4b\nHarassment from managers/colleagues', ['4b'], 'Include disability and neurodiversity in the civility and respect programme for managers.', 'Head of Organisational Development', 'Sep 2025 – Mar 2026', '80% of band 7+ managers attend.'],
    ['Metric 5\nCareer progression', ['5'], 'Open the "Next Steps" coaching scheme to Disabled staff at Bands 2–6, with 20 places ring-fenced.', 'Head of Organisational Development', 'Jan–Mar 2026', '20 staff coached.'],
    ['Metric 8\nReasonable adjustments', ['8'], 'Set up a central Workplace Adjustments Service with a single request form and a 30-day target.', 'Head of Occupational Health', 'Jul 2025 – Mar 2026', 'Adjustments in place within 30 days for 80% of requests.'],
    ['Metrics 9a and 9b\nEngagement and voice', ['9a', '9b'], 'Give the Network a budget, protected time for its chair and a standing item at the People Committee.', 'Chief People Officer', 'By Sep 2025', 'Network chair attends every People Committee.'],
    ['Metric 10\nBoard', ['10'], 'Offer Board members a confidential way to declare a disability and include disability in Board development.', 'Company Secretary', 'By Mar 2026', 'Board declaration rate reported.'],
  ];
  for (const [mt, inds, action, lead, due, measure] of data)
    p.action([mt, action, lead, due, measure, null], { indicators: inds, action, lead, due, outcome: measure });
  p.blank();
  p.line([null, 'Status will be added at the first quarterly review (December 2025): Complete / On track / At risk / Off track.'], { at: 1, merge: m, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY NEW-YEAR 2025 WDES plan: an EMPTY narrow margin column A, the plan in B:G. Purple trust name, title, blank, a merged intro paragraph, a bold 'What our 2025 data told us:' line and three '•' bullet lines quoting metrics (not actions), blank, then one lilac header 'WDES metric | What we will do | Lead | When | How we will measure success | Status' (row 10). Metric cells hold 'Metric 4a' and a SHORT TITLE ON A SECOND LINE ('Metric 4a\\nHarassment from patients/public'; 'Metrics 9a and 9b\\nEngagement and voice'). Timescales are month ranges and text as written ('Jul–Sep 2025', 'Sep 2025 – Mar 2026', 'Q3–Q4 2025/26', 'From Oct 2025', 'By Mar 2026'). The STATUS COLUMN IS EMPTY on every row (a new plan; a note under the table says status will be added in December) – gold status '' and rag null. Outcome = 'How we will measure success'. Judgement calls: the three data bullet lines above the header mention metrics but are not actions; metrics 6 and 7 have no action; theme null, no refs.");
}
