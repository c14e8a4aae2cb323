// holdout90-wres-2025-26-lyndsworth: integrated care trust. TWO icon sets: the 'Status' column holds 1–3 shown ONLY as a 3-SYMBOLS
// icon (✔ ! ✖, value hidden) – the RAG; the 'Trend' column holds the change in the indicator figure shown WITH 3 ARROWS – not the RAG.
// The only key is a note below the grid. Figures given once per indicator, blank beneath.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lyndsworth Integrated Care NHS Trust';
  const p = new Plan(book, { name: 'holdout90-wres-2025-26-lyndsworth', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust, widths: [7, 9, 9, 9, 9, 50, 26, 11, 8, 40], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([`${trust}: Workforce Race Equality Standard action plan 2025-26`], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 } } });
  p.line(['Figures from the 2025 WRES return (2024 for comparison). Agreed at the People, Culture and Inclusion Committee on 18 September 2025.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 10 } } });
  p.blank();
  const h = p.header(['Ref', 'Indicator', '2024', '2025', 'Trend', 'Action', 'Lead', 'Due', 'Status', 'Comments (Jan 2026)'], { style: { fill: C.lilac } });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 2 }];
  const rows = [
    ['L1', '1', 0.081, 0.094, 'Set an aspiration for BME representation at Band 8a and above for each care group and report it quarterly.', 'Head of Workforce Intelligence', 'Jul-25', 3, 'Aspirations set; first report in October.'],
    ['L2', '2', 1.52, 1.39, 'Remove the requirement for “NHS experience” from Band 5–7 person specifications unless justified.', 'Head of Recruitment', 'Oct-25', 3, 'Done for 86% of templates.'],
    ['L3', '2', null, null, 'Require a trained inclusion ambassador on all Band 8a+ interview panels.', 'Head of Recruitment', 'Dec-25', 2, 'Ambassador pool too small for the number of panels.'],
    ['L4', '3', 1.31, 1.46, 'Introduce a pre-formal “just culture” check for every case involving a BME colleague, signed off by a second manager.', 'Deputy Director of People', 'Sep-25', 1, 'Check not consistently applied; rise in ratio under review.'],
    ['L5', '4', 1.04, 1.02, 'Publish who gets funded CPD and apprenticeship places by ethnicity twice a year.', 'Head of Education', 'Mar-26', 3, 'First publication in November.'],
    ['L6', '5', 0.302, 0.287, 'Roll out the Sexual Safety and Racism Charter reporting card to community nursing and therapy teams working in patients’ homes.', 'Head of Community Nursing', 'Nov-25', 2, 'Rolled out in two of four localities.'],
    ['L7', '6', 0.261, 0.274, 'Give every team leader the “Active Bystander” session and track attendance by service.', 'Head of OD', 'Feb-26', null, ''],
    ['L8', '7', 0.448, 0.469, 'Guarantee a career conversation and a development plan for BME staff at Bands 5 and 6 at appraisal.', 'Chief Nursing Officer', 'Mar-26', 2, 'Appraisal form changed; take-up not yet measured.'],
    ['L9', '9', -0.14, -0.09, 'Include lived experience of race discrimination as a desirable criterion for the two non-executive vacancies.', 'Trust Secretary', 'Jan-26', 3, 'Criterion in the pack; interviews in February.'],
  ];
  const FMT = { '1': '0.0%', '2': '0.00', '3': '0.00', '4': '0.00', '5': '0.0%', '6': '0.0%', '7': '0.0%', '9': '0.00' };
  let first = 0, last = 0;
  for (const [ref, ind, a, b, act, lead, due, score, com] of rows) {
    const f = FMT[ind]; const ch = a == null ? null : Math.round((b - a) * 1000) / 1000;
    const rag = score == null ? null : { 3: 'green', 2: 'amber', 1: 'red' }[score];
    const r = p.action([ref, ind, a ?? '', b ?? '', ch ?? '', act, lead, due, score ?? '', com], { ref, indicators: [ind], action: act, lead, due, status: '', rag, progress: com },
      { styles: [{}, { alignment: { horizontal: 'center' } }, { numFmt: f }, { numFmt: f }, { numFmt: '+0.00;-0.00;0.00' }, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'middle' } }, {}] });
    if (!first) first = r; last = r;
  }
  p.ws.addConditionalFormatting({ ref: `I${first}:I${last}`, rules: [{ type: 'iconSet', iconSet: '3Symbols', showValue: false, priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }] });
  p.ws.addConditionalFormatting({ ref: `E${first}:E${last}`, rules: [{ type: 'iconSet', iconSet: '3Arrows', priority: 2, cfvo: [{ type: 'num', value: -1 }, { type: 'num', value: 0 }, { type: 'num', value: 0.0001 }] }] });
  p.blank();
  const k1 = p.line(['Note: Status uses Excel symbols – ✔ green = on track or done, ! amber = at risk, ✖ red = off track; no symbol = not yet reviewed. The Trend arrows show only whether the 2025 figure went up or down since 2024 – they are not a progress rating.'], { merge: ['A', 'J'], height: 30, style: { italic: true, font: { size: 9 } } });
  p.line(['Indicator 8 (staff survey, discrimination from colleagues) is addressed through actions L6 and L8.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care trust), Aptos Narrow 11. Sheet 'WRES 2025-26': a title naming the trust, an italic line (2025 return, 2024 for comparison; agreed 18 September 2025), a blank row, a lilac header 'Ref | Indicator | 2024 | 2025 | Trend | Action | Lead | Due | Status | Comments (Jan 2026)' (row 4, frozen at C5), nine actions L1–L9, a blank row, a NOTE that is the only key, and a line about indicator 8. The indicator FIGURES (2024, 2025: '8.1%', '1.52', '-0.14') and the TREND (the change, '+0.01', shown WITH a 3-ARROWS icon set) are given once per indicator and left blank beneath (L3). The Status cell holds 1–3 shown ONLY as a 3-SYMBOLS icon with the value hidden (3 ✔ green, 2 ! amber, 1 ✖ red); L7 has no score (no symbol). Judgement calls: status '' (no word or typed symbol – the icon is drawn by Excel); rag = the symbol's colour (3 → green, 2 → amber, 1 → red), read through the note below the grid; L7 → rag null; the Trend arrows say which way the FIGURE moved and are never the RAG (L4's ratio rose – a green UP arrow – yet its status is a red ✖; L2's ratio fell – a red DOWN arrow – yet its status is a green ✔); the figure and trend columns give no field; ref = Ref; indicators from Indicator; lead = Lead; due = Due as typed ('Jul-25'); progress = Comments ('' for L7). The agreement date is no due. Theme null. Indicator 8 has no action of its own (the closing line is no action).", { mode: 'icon', ragCol: 'I', icons: { 3: 'green', 2: 'amber', 1: 'red' }, notFrom: ['C', 'D', 'E'], keyBelow: { rows: [k1], words: ['✔', '!', '✖'] }, forbidden: ['18 September 2025'] });
}
