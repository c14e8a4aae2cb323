// holdout17-wres-2025-26-inglesby: NEW LAYOUT – THE ACTION TEXT IS COLOURED BY ITS STATUS. No status column: the Action
// cell's FONT COLOUR shows progress – blue (complete), green (on track), orange (at risk), red (off track), black (not yet
// started) – as a rich-text key line above the header explains. Otherwise an ordinary 2025 acute WRES plan.
import { Book, Plan, C, D, shown, rich, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout17-wres-2025-26-inglesby', sheet: 'WRES 2025-26', standard: 'WRES', period: '2025-26', trust: 'Inglesby Teaching Hospitals NHS Trust', widths: [7, 13, 58, 30, 13, 46], font: { name: 'Aptos Narrow', size: 11 } });
  const S = { blue: [C.blue, 'blue', 'complete'], green: [C.green, 'green', 'on track'], orange: [C.orange, 'amber', 'at risk'], red: [C.red, 'red', 'off track'], black: [C.black, null, 'not yet started'] };
  p.line(['Inglesby Teaching Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard – action plan 2025/26 (position at 30 September 2025)'], { merge: ['A', 'F'], style: { bold: true } });
  const parts = ['Actions are coloured to show progress: '];
  Object.keys(S).forEach((k, i) => { parts.push({ text: `${k} – ${S[k][2]}`, font: { name: 'Aptos Narrow', size: 11, bold: true, color: { argb: S[k][0] } } }); parts.push(i < 4 ? '; ' : '.'); });
  const key = rich(...parts); key.richText.forEach((r) => { r.font = { ...r.font, name: 'Aptos Narrow', size: 11 }; });
  p.line([key], { merge: ['A', 'F'] });
  p.blank();
  p.header(['Ref', 'Indicator', 'Action', 'Lead', 'By', 'Update (Q2)'], { style: { fill: C.grey, alignment: { vertical: 'middle', wrapText: true } } });
  const F = 'mmm yyyy';
  const data = [
    ['1', 'Ind. 1', ['1'], 'Set ethnicity representation goals for Bands 8a+ in each division and report them quarterly.', 'Deputy Chief People Officer', D(2025, 9, 30), 'blue', 'Goals agreed; first quarterly report in September.'],
    ['2', 'Ind. 2', ['2'], 'Use structured, scored interviews with a trained inclusion panel member for every Band 7+ post.', 'Head of Resourcing', D(2025, 12, 31), 'green', '82% of Band 7+ panels compliant.'],
    ['3', 'Ind. 2', ['2'], 'Offer feedback and a development conversation to every internal BME candidate who is not appointed.', 'Head of Resourcing', D(2026, 3, 31), 'black', ''],
    ['4', 'Ind. 3', ['3'], 'Require a decision review by a senior HR partner and a Race Equality Network adviser before any formal disciplinary case.', 'Head of Employee Relations', D(2025, 7, 31), 'blue', 'In place since July.'],
    ['5', 'Ind. 4', ['4'], 'Publish access to funded CPD by ethnicity for each professional group.', 'Head of Education', D(2025, 12, 31), 'orange', 'Medical data not yet available.'],
    ['6', 'Ind. 5', ['5'], 'Apply the zero-tolerance policy to racist abuse from patients and relatives, with letters signed by the Chief Nurse.', 'Chief Nurse', D(2025, 10, 31), 'green', '14 warning letters sent.'],
    ['7', 'Ind. 6 & 8', ['6', '8'], 'Give every team leader a civility and anti-racism workshop with the Race Equality Network.', 'Head of Organisational Development', D(2026, 3, 31), 'red', 'Facilitator contract ended; new provider needed.'],
    ['8', 'Ind. 7', ['7'], 'Run a sponsorship programme pairing senior BME staff with executive sponsors.', 'Head of Organisational Development', D(2026, 1, 31), 'green', 'Ten pairs matched.'],
    ['9', 'Ind. 9', ['9'], 'Ensure the shortlist for each Board vacancy includes candidates from ethnic minority backgrounds.', 'Company Secretary', D(2026, 3, 31), 'black', 'No vacancy yet.'],
    ['10', 'Ind. 1–9', ALL_WRES, 'Report progress on this plan to the Board and the Race Equality Network every six months.', 'Chief People Officer', D(2025, 11, 30), 'orange', 'Board slot moved to January.'],
    ['11', 'Ind. 5 & 6', ['5', '6'], 'Extend the Active Bystander training to the Emergency Department and Maternity.', 'Head of Organisational Development', D(2025, 12, 31), 'green', 'ED sessions done; maternity in November.'],
  ];
  for (const [ref, ind, inds, action, lead, due, col, upd] of data)
    p.action([ref, ind, action, lead, due, upd], { ref, indicators: inds, action, lead, due: shown(due, F), status: '', rag: S[col][1], progress: upd }, { styles: [{}, {}, { color: S[col][0] }, {}, { numFmt: F }] });
  p.blank();
  p.line(['Owner: Chief People Officer. Next update: March 2026.'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: THE ACTION TEXT ITSELF IS COLOURED BY ITS STATUS and there is no status, RAG or % column. Each Action cell's FONT COLOUR is the status: blue (complete), green (on track), orange (at risk), red (off track) or black (not yet started), as a rich-text key line above the header explains by writing each colour name in its colour ('Actions are coloured to show progress: blue – complete; green – on track; orange – at risk; red – off track; black – not yet started.'). No other cell is coloured. Otherwise an ordinary 2025 acute WRES plan, Aptos Narrow 11: trust name, bold title with the position date, the key line, a blank row, then a grey header 'Ref | Indicator | Action | Lead | By | Update (Q2)' (row 5). Refs '1'…'11' (text); indicators 'Ind. N', 'Ind. 6 & 8', 'Ind. 5 & 6', 'Ind. 1–9' (= all nine); 'By' real dates shown 'mmm yyyy'; Update = progress (one empty). Gold status '' (no status word is written) and rag = the action's font colour: blue → blue, green → green, orange → amber, red → red, black → null. Owner line below. Judgement calls: the font colour of the action is the RAG even though no cell names a status; orange is amber; black (the default text colour) means not yet started and has no colour; the words in the key line are not statuses of any action.", { ragCol: 'C', mode: 'actionFont' });
}
