// holdout94-wdes-2026-27-cranmere: integrated health and care trust, new plan at the start of the year; misspelt header with a
// 'WRES link' column of WRES numbers beside the WDES metric; a Timescle cell reading 'as above'; one update typed one column too far
// right, in the unheaded column past 'Progess update'; plain uncoloured status words with no key.
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Cranmere Health and Care NHS Trust';
  const p = new Plan(book, { name: 'holdout94-wdes-2026-27-cranmere', sheet: 'WDES', standard: 'WDES', period: '2026-27', trust, widths: [10, 9, 52, 24, 13, 13, 38], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { style: { bold: true, font: { size: 12 } } });
  p.line(['WDES plan 2026-27 - agreed at People & Culture Cttee 21 May 2026, updates due end of each quarter'], { style: { italic: true } });
  p.blank();
  p.header(['Metric', 'WRES link', 'Acton', 'Acton lead', 'Timescle', 'Status', 'Progess update'], { style: { fill: C.tan } });
  const rows = [
    ['metric 1', '1', 'Add disability and long-term condition questions to the new starter app so declaration happens on day one', 'Head of Workforce Systems', 'Q1 26/27', 'in-progress', 'app change in test', ['1']],
    ['M2', '2', 'Inclusive recruitment training for all recruiting managers in adult social care and community teams', 'Talent Acquisition Lead', D(2026, 9, 30), 'planned', '', ['2']],
    ['M 3', '3', 'Review the last 3 years of capability cases for disabled staff and share findings with the JNCC', 'Head of ER', 'as above', 'not started', '', ['3'], { ditto: true }],
    ['Metric4', '5', 'Abuse from patients, service users and families - add a disability option to the reporting form and follow up each report within 5 days', 'Head of Health & Safety', 'June 26', 'Not Started', '', ['4']],
    ['M 4b', '6', 'Disability-aware mediation offer for disputes between colleagues', 'HR Business Partners', '31/12/26', 'Planned ', '', ['4b']],
    ['m 6', '', 'Flexible working by default for staff with fluctuating conditions - change the flexible working policy', 'HR Policy Lead', 'end of Sept', 'in-progress', '', ['6'], { drift: 'draft policy out to consultation 02/06' }],
    ['metric 7 & 8', '7', 'Adjustments passport built into the new Oracle HR system so it follows staff who move teams', 'Deputy Director of People', 'Q4 26/27', 'not started', '', ['7', '8']],
    ['m 9a', '', 'Network engagement score - quarterly pulse for disabled staff with results back to the network within a month', 'Inclusion Lead', D(2026, 7, 31), 'planned', '', ['9a']],
    ['Metric 10', '9', 'Board member with lived experience to act as disability champion, and a reverse mentoring pair for each executive', 'Director of Corporate Affairs', 'Mar 27', 'not started', '', ['10']],
  ];
  const ditto = {}; let prevDue = '';
  for (const r of rows) {
    const [met, wres, act, lead, due, st, prog, inds, over = {}] = r;
    const dueShown = due instanceof Date ? shown(due, 'd mmm yyyy') : due;
    const gd = over.ditto ? prevDue : dueShown;
    const vals = [met, wres, act, lead, due, st, prog]; if (over.drift) vals.push(over.drift);
    const row = p.action(vals, { indicators: inds, action: T(act), lead: T(lead), due: gd, status: T(st), progress: T(over.drift ?? prog) }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, due instanceof Date ? { numFmt: 'd mmm yyyy', alignment: { horizontal: 'left' } } : {}, {}, {}, {}] });
    if (over.drift) p.ws.getCell(`H${row}`).border = {};
    if (over.ditto) ditto[row] = { field: 'due', col: 'E' };
    prevDue = gd;
  }
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.blank();
  p.line(['WRES link = the WRES indicator the action also helps (we report both to the same committee)'], { style: { italic: true, color: 'FF808080' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated health and social care trust, 2021+ WDES metric set) written at the start of the year. Sheet 'WDES': trust name, an italic approval line ('agreed at People & Culture Cttee 21 May 2026, updates due end of each quarter'), a blank row, the header 'Metric | WRES link | Acton | Acton lead | Timescle | Status | Progess update' (row 4, frozen), nine actions, a blank row and a grey line explaining WRES link. Metrics typed 'metric 1', 'M2', 'M 3', 'Metric4' (kept 4, no letter), 'M 4b', 'm 6', 'metric 7 & 8' (→ 7 and 8), 'm 9a', 'Metric 10'. Timescle as text ('Q1 26/27', 'June 26', '31/12/26', 'end of Sept', 'Q4 26/27', 'Mar 27') and as real dates shown 'd mmm yyyy' ('30 Sep 2026', '31 Jul 2026'). Judgement calls: the WRES link column holds WRES indicator numbers – it gives NO indicator (indicators come from Metric only; e.g. the metric-4 action is linked to WRES 5). ROW 7 (metric 3) HAS 'as above' IN TIMESCLE: due = the row above's '30 Sep 2026'. ROW 10 (metric 6) HAS ITS UPDATE TYPED ONE COLUMN TOO FAR RIGHT – Progess update empty, 'draft policy out to consultation 02/06' in the unheaded, unbordered column H; a careful reader takes it as the progress (its date is no due). Status = the word as typed ('in-progress', 'planned', 'Planned ' with its trailing space dropped, 'Not Started', 'not started'); nothing is coloured and there is no key, so every rag is null. Leads as written. No ref; theme null. The approval and quarter-end dates are no dues.", { ditto, notFrom: ['B'], forbidden: ['21 May 2026'] });
}
