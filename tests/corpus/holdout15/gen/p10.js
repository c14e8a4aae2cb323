// holdout15-wdes-2024-25-pennmarsh: NEW LAYOUT – EMOJI TRAFFIC LIGHTS. The Status cell holds ONLY a coloured emoji circle
// (🔵 🟢 🟠 🔴 ⚪, and one 🟡 typed instead of 🟠) – no fill, no word; the colour is in the glyph. Legend line of emoji under
// the table. Otherwise a 2024 tracker in Aptos Narrow: 'Ref | Metric | What we will do | Owner | When | Status | Latest update'.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout15-wdes-2024-25-pennmarsh', sheet: 'WDES 2024-25', standard: 'WDES', period: '2024-25', trust: 'Pennmarsh Healthcare NHS Foundation Trust', widths: [7, 12, 60, 30, 14, 8, 46], font: { name: 'Aptos Narrow', size: 11 } });
  p.line(['Pennmarsh Healthcare NHS Foundation Trust'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line(['Disability equality (WDES) action plan 2024–25 · tracker, updated 4 November 2024'], { merge: ['A', 'G'], style: { font: { size: 12 } } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'What we will do', 'Owner', 'When', 'Status', 'Latest update'], { style: { fill: C.paleblue, alignment: { vertical: 'middle', wrapText: true } } });
  p.ws.views = [{ state: 'frozen', ySplit: h }]; p.ws.autoFilter = `A${h}:G${h}`;
  const E = { '🔵': 'blue', '🟢': 'green', '🟠': 'amber', '🟡': 'amber', '🔴': 'red', '⚪': null };
  const F = 'd mmm yyyy';
  const data = [
    ['PM1', 'M1', ['1'], 'Run a "Be counted" campaign so that more staff record a disability or long-term condition on ESR.', 'Workforce Insight Lead', D(2024, 9, 30), '🔵', 'Declaration rate 7.4% (from 5.1%).'],
    ['PM2', 'M2', ['2'], 'Put a reasonable adjustments question in every interview invitation and track the adjustments made.', 'Head of Talent Acquisition', D(2024, 12, 31), '🟢', 'Question live in TRAC from October.'],
    ['PM3', 'M3', ['3'], 'Review every formal capability case involving a disabled colleague at the monthly case review panel.', 'Head of Employee Relations', 'Monthly', '🟢', 'Seven cases reviewed.'],
    ['PM4', 'M4a', ['4a'], 'Roll out the "Respect our staff" campaign about abuse from patients and visitors, with clear sanctions.', 'Director of Nursing', D(2025, 1, 31), '🟠', 'Sanctions policy still with the legal team.'],
    ['PM5', 'M4a, 4b', ['4a', '4b'], 'Make it easier to report bullying and harassment anonymously through the speaking-up app.', 'Freedom to Speak Up Guardian', 'Q3', '🟡', 'Supplier change needed before anonymous reporting works.'],
    ['PM6', 'M5', ['5'], 'Offer disabled staff places on the "Next Step" leadership programme with adjustments built in.', 'Head of Leadership and OD', D(2025, 3, 31), '⚪', 'Starts in the new year.'],
    ['PM7', 'M6', ['6'], 'Publish guidance for managers on supporting staff with long Covid and fluctuating conditions.', 'Head of Occupational Health', D(2024, 10, 31), '🔵', 'Published 21 October.'],
    ['PM8', 'M7', ['7'], 'Hold a "What matters to you" event for disabled staff with the Chief Executive.', 'Chief People Officer', 'Jul 2024', '🔵', 'Held 11 July; 60 attendees.'],
    ['PM9', 'M8', ['8'], 'Clear the backlog of reasonable adjustment requests and set a 6-week standard for equipment.', 'Head of Occupational Health', D(2024, 12, 31), '🔴', 'Backlog 43 requests; procurement delays.'],
    ['PM10', 'M9a', ['9a'], 'Give the Disability and Neurodiversity Network a budget and 1 day a month protected time for its chair.', 'Chief People Officer', D(2024, 6, 30), '🔵', 'Budget and time agreed.'],
    ['PM11', 'M9b', ['9b'], 'Report the Network\'s priorities to the People Committee twice a year.', 'Network Chair', 'Six-monthly', '🟢', 'First report November.'],
    ['PM12', 'M10', ['10'], 'Recruit a non-executive director with lived experience of disability at the next vacancy.', 'Chair', 'Next vacancy', '⚪', 'No vacancy yet.'],
  ];
  for (const [ref, m, inds, action, lead, due, st, upd] of data) {
    const isDate = due instanceof Date;
    p.action([ref, m, action, lead, due, st, upd], { ref, indicators: inds, action, lead, due: isDate ? shown(due, F) : due, status: st, rag: E[st], progress: upd }, { styles: [{}, {}, {}, {}, isDate ? { numFmt: F } : {}, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  }
  p.blank();
  p.line(['🔵 done   🟢 on track   🟠 at risk   🔴 off track   ⚪ not started yet'], { merge: ['A', 'G'] });
  p.line(['Questions about this plan: the EDI team (edi@pennmarsh.example.nhs.uk).'], { merge: ['A', 'G'], style: { font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world style NO EARLIER BATCH HAS: EMOJI TRAFFIC LIGHTS as the status. Trust name, subtitle 'Disability equality (WDES) action plan 2024–25 · tracker, updated 4 November 2024', a blank row, then a pale-blue header 'Ref | Metric | What we will do | Owner | When | Status | Latest update' (row 4, frozen, autofilter), font Aptos Narrow 11. Each Status cell holds ONLY one coloured EMOJI circle – 🔵 🟢 🟠 🔴 ⚪ (U+1F535, U+1F7E2, U+1F7E0, U+1F534, U+26AA), and PM5 has 🟡 (yellow) typed instead of 🟠 – with NO fill and NO word: the colour is in the glyph itself. Gold status = the emoji as written; rag from its colour, confirmed by the legend line of emoji under the table ('🔵 done 🟢 on track 🟠 at risk 🔴 off track ⚪ not started yet'): 🔵 blue, 🟢 green, 🟠 and 🟡 amber, 🔴 red, ⚪ (white, not started) → rag null. Metrics 'M1'…'M10' with 2021-set 'M4a', 'M4a, 4b', 'M9a', 'M9b'. 'When' mixes real dates shown 'd mmm yyyy' and text ('Monthly', 'Q3', 'Jul 2024', 'Six-monthly', 'Next vacancy'). Progress = 'Latest update'. Contact line below. Judgement calls: the yellow circle is amber; the white circle has no RAG colour; the legend line is not an action.", { ragCol: 'F', mode: 'word', words: E });
}
