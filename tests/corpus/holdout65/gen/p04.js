// holdout65-wdes-2024-25-stormhaven: ambulance trust; every other row shaded pale blue across the whole table (banding by hand, the
// status column included); leads written 'Name, Role'; one action with metric 'n/a'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stormhaven Ambulance Service NHS Trust';
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout65-wdes-2024-25-stormhaven', sheet: 'WDES actions', standard: 'WDES', period: '2024-25', trust, widths: [10, 62, 34, 16, 16], font });
  p.line([`${trust}`], { merge: ['A', 'E'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Disability Equality Standard (WDES) – our actions for 2024/25'], { merge: ['A', 'E'], style: { bold: true } });
  p.line(['These actions respond to the 2024 WDES data and the 2023 NHS Staff Survey. They were shaped with the Enable Network at its June 2024 meeting.'], { merge: ['A', 'E'], height: 30 });
  p.blank();
  p.header(['Metric', 'What we will do', 'Lead', 'When', 'Status'], { style: { fill: C.darkblue, color: C.white } });
  const rows = [
    ['1', 'Ask every new starter to share their disability status at induction and explain why it matters.', 'Priya Okafor, Workforce Systems Manager', 'Sep 2024', 'Complete'],
    ['2', 'Extend the guaranteed interview scheme to apprenticeships in the emergency operations centres.', 'Liam Doyle, Head of Resourcing', 'Oct 2024', 'In progress'],
    ['4a', 'Publish a clear route for reporting abuse from patients on the ePCR tablets used by road crews.', 'Hannah Price, Head of Security Management', 'Dec 2024', 'In progress'],
    ['4b', 'Give station managers a toolkit on bullying that targets a colleague\'s condition or adjustments.', 'Sam Whitford, Head of OD', 'Jan 2025', 'Not started'],
    ['5', 'Hold two career clinics for disabled call handlers and dispatchers.', 'Liam Doyle, Head of Resourcing', 'Nov 2024', 'Complete'],
    ['7', 'Recruit Disability Allies on every station and in each control room.', 'Amira Hussain, EDI Manager', 'Mar 2025', 'In progress'],
    ['9b', 'Ask the Enable Network to review the plan with us at mid-year and at year-end.', 'Amira Hussain, EDI Manager', 'Mar 2025', 'In progress'],
    ['n/a', 'Sign up to the Disability Confident Leader level and complete the self-assessment.', 'Jo Mensah, Deputy Director of People', 'Feb 2025', 'Not started'],
    ['10', 'Offer Board members a session with the network on lived experience of disability at work.', 'Jo Mensah, Deputy Director of People', 'Jan 2025', 'Not started'],
  ];
  rows.forEach(([m, act, lead, due, st], i) => {
    const band = i % 2 === 1 ? { fill: C.paleblue } : {};
    p.action([m, act, lead, due, st], { indicators: m === 'n/a' ? [] : [m], action: act, lead, due, status: st }, { style: band });
  });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance trust). Trust name (row 1), title (row 2), a short intro paragraph (row 3), a blank row, one header 'Metric | What we will do | Lead | When | Status' (row 5, white on dark blue), nine actions (rows 6–14). Metric cells are bare codes ('4a', '9b', '10') and one 'n/a'. Quirks: the table is BANDED BY HAND – every other action row shaded pale blue from the Metric to the Status cell – and LEADS ARE 'Name, Role' ('Priya Okafor, Workforce Systems Manager'). Judgement calls: the banding is decoration, not a RAG (the status words are plain; rag null on every row, shaded or not); lead = the whole cell as written (name and role); indicators from the Metric column ('n/a' → [], not guessed from the wording); no ref column (ref ''); when = month-year text as written; the intro's 'June 2024' is no due.", { cols: { ind: 'A', action: 'B', lead: 'C', due: 'D', status: 'E', plain: true }, forbidden: ['June 2024'] });
}
