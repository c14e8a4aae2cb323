// holdout90-wres-2026-27-stavenholt: acute trust, first half of 2026-27. A SYMBOL PER QUARTER: 'Q1 (Jun)', 'Q2 (Sep)', 'Q3 (Dec)',
// 'Q4 (Mar)' each get ★ / ✔ / ⚠ / ✘ in a coloured font when the quarter is reviewed; Q3 only part-filled, Q4 empty. The key is a
// rich-text line of coloured symbols above the header.
import { Book, Plan, C, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stavenholt Royal Hospital NHS Trust';
  const p = new Plan(book, { name: 'holdout90-wres-2026-27-stavenholt', sheet: 'WRES 26-27 tracker', standard: 'WRES', period: '2026-27', trust, widths: [6, 8, 48, 24, 10, 8, 8, 8, 8, 44], font: { name: 'Aptos', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'J'], style: { bold: true, font: { size: 13 }, color: C.nhs } });
  p.line(['WRES action plan 2026/27 – quarterly tracker (EDI Improvement Plan High Impact Actions 2 and 6)'], { merge: ['A', 'J'], style: { bold: true } });
  const f = { name: 'Aptos', size: 10 };
  const keyRow = p.line([rich({ text: 'Quarter review key:  ', font: { ...f, bold: true } }, { text: '★', font: { ...f, color: { argb: C.blue } } }, { text: ' complete   ', font: f }, { text: '✔', font: { ...f, color: { argb: C.green } } }, { text: ' on track   ', font: f }, { text: '⚠', font: { ...f, color: { argb: C.amber } } }, { text: ' at risk   ', font: f }, { text: '✘', font: { ...f, color: { argb: C.red } } }, { text: ' off track  ·  the latest quarter shows where the action stands now', font: f })], { merge: ['A', 'J'] });
  p.blank();
  const h = p.header(['No.', 'WRES', 'Action', 'Lead', 'Due', 'Q1 (Jun)', 'Q2 (Sep)', 'Q3 (Dec)', 'Q4 (Mar)', 'Progress notes'], { style: { fill: C.paleblue } });
  p.ws.views = [{ state: 'frozen', ySplit: h, xSplit: 3 }];
  const SY = { '★': C.blue, '✔': C.green, '⚠': C.amber, '✘': C.red };
  const RAG = { '★': 'blue', '✔': 'green', '⚠': 'amber', '✘': 'red' };
  const rows = [
    ['1', '1', 'Set each division a target for BME staff at Band 8a and above and hold divisional directors to it at performance reviews.', 'Director of Workforce', 'Q2', ['✔', '★', ''], 'Targets agreed and in divisional reviews from September.', ['1']],
    ['2', '2', 'Use structured, scored interviews with a trained inclusion panellist for every Band 7 and above appointment.', 'Head of Resourcing', 'Q3', ['✔', '✔', '⚠'], 'Panellist shortage in theatres and radiology since October.', ['2']],
    ['3', '2', 'Review every internationally educated nurse’s band on arrival and at 12 months to check they are not kept at Band 5 longer than peers.', 'Deputy Chief Nurse', 'Q4', ['⚠', '✔', ''], 'First 12-month reviews done in August.', ['2']],
    ['4', '3', 'Send every proposed formal disciplinary involving a BME colleague to a decision panel with a trained independent member.', 'Head of Employee Relations', 'Q1', ['★', '', ''], 'In place from May.', ['3']],
    ['5', '4', 'Publish access to funded leadership and specialist courses by ethnicity each quarter on the intranet.', 'Head of Learning', 'Quarterly', ['✔', '✘', '✔'], 'Q2 report missed (system change); Q3 published.', ['4']],
    ['6', '5', 'Give staff in ED and the acute medical unit a way to flag racist abuse by patients on the electronic patient record so it is acted on at handover.', 'Associate Chief Nurse – Urgent Care', 'Q3', ['', '✘', '✘'], 'EPR change not yet prioritised by digital team.', ['5']],
    ['7', '6, 8', 'Train all ward and department managers in handling racism from colleagues, using real Trust cases.', 'Head of Organisational Development', 'Q4', ['✔', '✔', '✔'], '412 of 560 managers trained.', ['6', '8']],
    ['8', '7', 'Run a sponsorship scheme pairing BME staff at Bands 6–7 with executive and divisional sponsors.', 'Chief People Officer', 'Q4', ['✔', '⚠', ''], 'Sponsor numbers short; second call in November.', ['7']],
    ['9', '9', 'Make race equality a standing item at every Board development session and set each executive a measurable race equality objective.', 'Chief Executive', 'Q1', ['★', '', ''], 'Objectives set in April.', ['9']],
  ];
  for (const [no, ind, act, lead, due, qs, notes, inds] of rows) {
    const filled = qs.filter((x) => x); const st = filled.length ? filled[filled.length - 1] : '';
    const sty = qs.map((x) => ({ color: SY[x], font: { size: 13 }, alignment: { horizontal: 'center', vertical: 'middle' } }));
    p.action([no, ind, act, lead, due, ...qs, '', notes], { ref: no, indicators: inds, action: act, lead, due, status: st, rag: RAG[st] ?? null, progress: notes },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, ...sty, {}, {}] });
  }
  p.blank();
  p.line(['Q3 review in progress at 11 December 2026 – rows without a Q3 mark have not been reviewed yet. Next report: People Committee, January 2027.'], { merge: ['A', 'J'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust), Aptos 10. Sheet 'WRES 26-27 tracker': trust name, title (HIA 2 and 6 named in it), a RICH-TEXT KEY LINE of coloured symbols (★ blue complete, ✔ green on track, ⚠ amber at risk, ✘ red off track – 'the latest quarter shows where the action stands now'), a blank row, a pale-blue header 'No. | WRES | Action | Lead | Due | Q1 (Jun) | Q2 (Sep) | Q3 (Dec) | Q4 (Mar) | Progress notes' (row 5, frozen at D6), nine actions and an italic line saying the Q3 review is in progress (11 December 2026). Each QUARTER column holds a symbol in a coloured font once that quarter is reviewed; Q3 is filled on some rows only, Q4 on none; completed actions stop getting marks (actions 4 and 9, rows 9 and 14, have only a Q1 ★). Judgement calls: status = the symbol in the LATEST FILLED quarter (row 6: Q1 ✔, Q2 ★ → '★'; row 7: ✔ ✔ ⚠ → '⚠'; row 8: ⚠ ✔ and Q3 blank → '✔'; row 10: ✔ ✘ ✔ → '✔'; row 11: Q1 blank, ✘ ✘ → '✘'), rag = that symbol's font colour as the key gives it (★ → blue); earlier quarters give no field; indicators from WRES ('6, 8' → ['6','8']); ref = No.; lead = Lead; due = Due as typed ('Q2', 'Quarterly'); progress = Progress notes; the HIA numbers in the title are never indicators; the review and report dates are no dues. Theme null.", { mode: 'latest', ragCol: 6, latest: { cols: ['F', 'G', 'H', 'I'] }, statusIsCell: false, forbidden: ['11 December 2026', 'January 2027'] });
}
