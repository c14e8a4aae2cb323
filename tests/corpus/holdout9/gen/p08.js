// holdout9-wdes-2025-26-helmsworth: ordinary plan in two parts under one header – 'Part A – New actions' and 'Part B –
// Continuing actions carried forward' (both this year's actions); timeframes as ranges; B/G/A/R letters filled, key below.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout9-wdes-2025-26-helmsworth', sheet: 'Sheet1', standard: 'WDES', period: '2025-26', trust: 'Helmsworth Partnership NHS Foundation Trust', widths: [18, 56, 30, 20, 7, 42] });
  p.line(['Helmsworth Partnership NHS Foundation Trust'], { style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard (WDES) – Action Plan 2025/26'], { style: { bold: true } });
  p.line(['This plan responds to our 2025 WDES data (published 31 October 2025) and continues the actions not yet completed from 2024/25.']);
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'Timeframe', 'RAG', 'Notes'], { style: { fill: C.grey } });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const R = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const cap = (t) => p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, italic: true, fill: C.palegrey } });
  const act = (m, inds, action, lead, due, rag, note) => p.action([m, action, lead, due, rag, note], { indicators: inds, action, lead, due, status: rag, rag: R[rag] ?? null, progress: note },
    { styles: [{}, {}, {}, {}, rag ? { fill: F[rag], color: rag === 'B' ? C.white : undefined, alignment: { horizontal: 'center' } } : {}] });
  cap('Part A – New actions for 2025/26');
  act('Metric 1', ['1'], 'Add a "tell us once" disability and long-term condition prompt to the staff app, linked to ESR.', 'Jo Sharpe (Workforce Systems)', 'Jun–Sept 2025', 'G', 'Prompt designed; live from September.');
  act('Metrics 2, 3', ['2', '3'], 'Publish quarterly dashboards showing shortlisting and capability outcomes for disabled staff for each care group.', 'Workforce Intelligence', 'Apr 2025 – Mar 2026', 'G', 'Q1 dashboard published.');
  act('Metric 4a & 4b', ['4a', '4b'], 'Train 200 managers as "Inclusive Conversations" facilitators, covering disability harassment and how to report it.', 'Head of OD / Disability Network Co-chairs', 'Q1–Q4', 'A', '74 trained by September (behind profile).');
  act('Metric 5', ['5'], 'Guarantee disabled applicants who meet the criteria a place on the "Next Step" leadership programme.', 'Head of Leadership', 'Oct 2025', 'B', 'Applied to the October cohort.');
  act('Metric 6', ['6'], 'Pilot a "health passport" conversation in two care groups to reduce pressure to attend work when unwell.', 'Health and Wellbeing Lead', 'Sept 2025 – Mar 2026', 'R', 'Pilot sites not yet agreed.');
  act('Metric 10', ['10'], 'Include lived experience of disability in the criteria for the next two non-executive director appointments.', 'Chair / Company Secretary', 'As appointments arise', '', '');
  act('Metrics 7, 9a', ['7', '9a'], 'Hold a "Disability Voices" week with executive walkabouts and publish a "you said, we did" summary.', 'Chief People Officer', 'Nov 2025', 'G', 'Planned for Disability History Month.');
  cap('Part B – Continuing actions carried forward from 2024/25');
  act('Metric 8', ['8'], 'Complete the move to a central reasonable adjustments fund with a 6-week decision target.', 'Occupational Health Manager', 'Q2', 'A', 'Carried forward (2024/25 action 6). Fund agreed; target not yet met.');
  act('Metric 9b', ['9b'], 'Agree a written facilitation agreement for the Disability Network (protected time, budget, executive sponsor).', 'Chief People Officer', 'Apr–Jun 2025', 'B', 'Carried forward (2024/25 action 9). Signed in June.');
  act('Metric 4a', ['4a'], 'Add disability to the violence and aggression reduction strategy and the incident reporting categories.', 'Head of Security', 'Q3', 'R', 'Carried forward (2024/25 action 4).');
  act('Metric 1', ['1'], 'Clean ESR disability records for bank workers.', 'Workforce Systems', 'Monthly until complete', 'G', 'Carried forward (2024/25 action 1). 61% of bank records checked.');
  p.blank();
  p.line(['RAG key', 'B = complete   G = on track   A = at risk   R = off track   (blank = not yet started)'], { styles: [{ bold: true }] });
  p.line(['Reviewed by the Inclusion Board quarterly. Owner: Chief People Officer.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), ordinary, on a sheet left as 'Sheet1'. Titles in A1–A2 and an intro sentence in A3 (nothing merged), a blank row, and one header on row 5: 'Metric | Action | Lead | Timeframe | RAG | Notes'. Under the one header the plan is in TWO PARTS, each opened by a grey italic caption row merged across the table: 'Part A – New actions for 2025/26' (seven actions) and 'Part B – Continuing actions carried forward from 2024/25' (four actions). Both parts are THIS year's plan, so all eleven are gold actions; the captions are non-action rows and not themes (theme null; they describe the action's origin, not a subject). Metric cells: 'Metric 1', 'Metrics 2, 3' → ['2','3'], 'Metric 4a & 4b' → ['4a','4b'], 'Metrics 7, 9a' → ['7','9a'], 'Metric 9b'. Timeframe is text, often a RANGE read as written ('Jun–Sept 2025', 'Apr 2025 – Mar 2026', 'Q1–Q4', 'Sept 2025 – Mar 2026', 'Apr–Jun 2025') plus 'Oct 2025', 'As appointments arise', 'Q2', 'Q3', 'Monthly until complete'. RAG letters B / G / A / R are filled in their colours (B blue with white text); rag by the key line under the table (B = complete → blue). The metric 10 action has no RAG (blank = not yet started; status '', rag null). Notes = progress (the Part B notes start 'Carried forward (2024/25 action N).'). The key line and the review/owner line after a blank row are non-action rows.", { ragCol: 'E', mode: 'fill' });
}
