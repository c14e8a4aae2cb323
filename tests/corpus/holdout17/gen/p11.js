// holdout17-wdes-2024-25-moorwick: NEW LAYOUT – THE STATUS KEY IS HELD ONLY IN A NOTE ON THE 'Status' HEADER CELL. Status
// words are typed UNFILLED ('Complete', 'On track', 'Some slippage', 'Significant slippage', 'Not due'); no cell states their
// colours; the Excel note on the header cell (red triangle, shown on hover) is the key: Complete – blue, On track – green,
// Some slippage – amber, Significant slippage – red, Not due – no rating. Otherwise an ordinary 2024 mental-health WDES plan.
import { Book, Plan, C, D, shown } from './lib.js';
export const KEY = { Complete: 'blue', 'On track': 'green', 'Some slippage': 'amber', 'Significant slippage': 'red', 'Not due': null };
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wdes-2024-25-moorwick', sheet: 'Action plan 2024-25', standard: 'WDES', period: '2024-25', trust: 'Moorwick Partnership NHS Foundation Trust', widths: [8, 11, 56, 30, 14, 18, 46], font: { name: 'Calibri', size: 11 } });
  p.line(['Moorwick Partnership NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.darkblue } });
  p.line(['Workforce Disability Equality Standard action plan 2024/25 – half-year review (October 2024)'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Mental health, learning disability and community services. Hover over a column heading for guidance.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 10 } } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due by', 'Status', 'Half-year update'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  const note = (lines) => ({ texts: lines.flatMap((t, i) => [{ font: { bold: i === 0, size: 9, name: 'Tahoma' }, text: t + (i < lines.length - 1 ? '\n' : '') }]) });
  p.ws.getRow(h).getCell(6).note = note(['EDI Team:', 'Status key', 'Complete – blue', 'On track – green', 'Some slippage – amber', 'Significant slippage – red', 'Not due – no rating yet']);
  p.ws.getRow(h).getCell(5).note = note(['EDI Team:', 'Agreed completion date. Revised dates are given in the update.']);
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const F = 'd mmm yyyy';
  const data = [
    ['MW1', 'M1', ['1'], 'Add a disability and neurodivergence question to the new starter and annual "check your details" forms.', 'Workforce Systems Lead', D(2024, 7, 31), 'Complete', 'Both forms updated in July.'],
    ['MW2', 'M2', ['2'], 'Offer every disabled applicant the interview questions 30 minutes in advance.', 'Head of Recruitment', D(2024, 9, 30), 'Complete', 'Standard practice since September.'],
    ['MW3', 'M3', ['3'], 'Require an occupational health report before any formal capability hearing.', 'Head of Employee Relations', D(2024, 12, 31), 'On track', 'Policy at JNCC in November.'],
    ['MW4', 'M4a', ['4a'], 'Support inpatient staff after assaults or abuse from service users, with disability recorded in the debrief.', 'Deputy Director of Nursing', D(2025, 3, 31), 'Some slippage', 'Debrief template delayed; revised date 31 Jan 2025.'],
    ['MW5', 'M4b', ['4b'], 'Publish the number of disability-related bullying concerns raised each quarter.', 'Freedom to Speak Up Guardian', D(2024, 10, 31), 'Significant slippage', 'Reporting system cannot split the data yet.'],
    ['MW6', 'M5', ['5'], 'Run a neurodiversity-affirming career coaching offer for staff at Bands 3–6.', 'Head of OD', D(2025, 3, 31), 'Not due', ''],
    ['MW7', 'M6', ['6'], 'Train managers to use health passports in attendance conversations.', 'Head of OD', D(2024, 11, 30), 'On track', '120 managers trained.'],
    ['MW8', 'M7', ['7'], 'Ask the Disability Staff Network to lead a "what good looks like" session for each care group.', 'Disability Network Chair', D(2025, 2, 28), 'Not due', 'Dates being agreed.'],
    ['MW9', 'M8', ['8'], 'Hold a central stock of adjustment equipment so that staff receive it within 10 working days.', 'Head of Estates', D(2024, 12, 31), 'Some slippage', 'Storage space found; budget pending.'],
    ['MW10', 'M9a, M9b', ['9a', '9b'], 'Give the Disability Staff Network chair and deputy 1.5 days a month protected time.', 'Chief People Officer', D(2024, 6, 30), 'Complete', 'Agreed by the Executive in June.'],
    ['MW11', 'M10', ['10'], 'Hold a Board session on disability equality with the Network.', 'Chief People Officer', D(2025, 1, 31), 'On track', 'Booked for January Board.'],
  ];
  for (const [ref, m, inds, action, lead, due, st, upd] of data)
    p.action([ref, m, action, lead, due, st, upd], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: KEY[st], progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: F }] });
  p.blank();
  p.line(['Approved by the Quality and People Committee, 17 October 2024.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: the STATUS KEY IS HELD ONLY IN AN EXCEL NOTE ON THE 'Status' HEADER CELL. The status words in the column are typed with no fill and no font colour ('Complete', 'On track', 'Some slippage', 'Significant slippage', 'Not due'); no cell in the sheet gives their colours; the note on the header cell F5 (red corner triangle; shown on hover; author line 'EDI Team:') reads 'Status key / Complete – blue / On track – green / Some slippage – amber / Significant slippage – red / Not due – no rating yet'. A second note on 'Due by' is guidance. An intro line says to hover over headings for guidance. Otherwise an ordinary mental-health/partnership WDES plan (2024-25, Calibri 11): dark-blue trust line, bold title, the intro line, a blank row, then a pale-blue header 'Ref | Metric | Action | Lead | Due by | Status | Half-year update' (row 5, frozen). Refs 'MW1'…'MW11'; metrics 'M1'…'M10' with 'M4a', 'M4b', 'M9a, M9b'. Due by real dates shown 'd mmm yyyy'; one update gives a revised date (progress text, not the due). Gold rag = the colour the note gives each word (Not due → null). Judgement calls: a key in a header note is the plan's key; 'Some slippage' is amber and 'Significant slippage' red as the note says; due = the agreed date, not the revised date in the update.", { ragCol: 'F', mode: 'word', words: KEY, headerNote: { row: 5, col: 6 } });
}
