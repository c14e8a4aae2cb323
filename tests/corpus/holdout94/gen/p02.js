// holdout94-wdes-2019-20-drayfield: mental health trust, first WDES plan kept by the OD team; headers with trailing colons, metrics
// typed 'Metric1', 'm 7', 'M9'; leads as initials with a key line; RAG words typed anyhow but filled; one row has its metric and its
// lead typed in each other's columns.
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Drayfield Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout94-wdes-2019-20-drayfield', sheet: 'WDES 19-20', standard: 'WDES', period: '2019-20', trust, widths: [11, 54, 9, 13, 11, 44], font: { name: 'Arial', size: 10 } });
  p.line([`${trust} - Workforce Disability Equality Standard  action plan 2019-20`], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } }, height: 30 });
  p.line(['RAG key:', 'G = on track', 'A = some slippage', 'R = not on track', 'B = complete'], { styles: [{ bold: true }, { fill: C.green }, { fill: C.amber }, { fill: C.red }, { fill: C.blue, color: C.white }], border: false });
  p.header(['Metric:', 'What we will do:', 'Lead:', 'By when:', 'RAG:', 'Update:'], { style: { fill: C.tan } });
  const F = { green: C.green, amber: C.amber, red: C.red, blue: C.blue };
  const rows = [
    ['Metric1', 'Run a "count me in" declaration campaign with the Disability & Wellbeing Network - posters on every ward and an ESR how-to', 'PN', D(2019, 12, 31), 'mmm-yy', 'GREEN', 'green', 'Declaration up from 3.2% to 4.0% since Oct', ['1']],
    ['metric 2', 'Guaranteed interview scheme - check it is ticked on every advert and audit shortlisting each quarter', 'JT ', 'Q4 19/20', null, 'Amber ', 'amber', 'Q2 audit: 3 adverts without the tick (estates, pharmacy)', ['2']],
    ['Metric3', 'Capability cases - add a reasonable adjustments checkpoint before any formal stage', 'RB', D(2020, 3, 31), 'dd.mm.yyyy', 'Grn', 'green', 'new checklist drafted w/ Staff Side', ['3']],
    ['M 4', 'Bullying & harassment from patients - support pack for staff on acute wards incl. disabled staff debrief', 'KW', '2020 March', null, 'Red', 'red', 'not started - KW on leave', ['4']],
    ['PN', 'Reasonable adjustment passport - launch and train line managers  (bands 6-8a)', 'metric 5', 'end of Jan', null, 'amber', 'amber', 'passport designed, 2 of 6 sessions run', ['5'], { lead: 'PN' }],
    ['m 7', 'Add disability questions to the local pulse survey so we hear from staff between national surveys', 'PN', '30/9/19', null, 'complete', 'blue', 'done - in Sept pulse', ['7']],
    ['Metric8', 'Fast track OH referrals for adjustments - 10 working days target', 'KW', D(2020, 2, 29), 'dd.mm.yyyy', 'GREEN', 'green', 'average now 12 days (was 31)', ['8']],
    ['M9', 'Give the network chair protected time (1 day/month) and a seat at the Workforce & OD Group', 'RB', 'Dec 19', null, 'B', 'blue', 'agreed at ET 04/11/19', ['9']],
  ];
  for (const r of rows) {
    const [met, act, lead, due, fmt, st, rag, prog, inds, over = {}] = r;
    const dueShown = due instanceof Date ? shown(due, fmt) : due;
    p.action([met, act, lead, due, st, prog], { indicators: inds, action: T(act), lead: T(over.lead ?? lead), due: dueShown, status: T(st), rag, progress: T(prog) }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, fmt ? { numFmt: fmt, alignment: { horizontal: 'left' } } : {}, { fill: F[rag], ...(rag === 'blue' ? { color: C.white } : {}) }, {}] });
  }
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  p.blank();
  p.line(['Leads:  PN = Inclusion Lead, JT = Head of Recruitment, RB = Director of HR, KW = Health & Wellbeing Lead'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Metric 6 (presenteeism) and metric 10 (Board) - to be picked up in 20/21 plan'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT, its first WDES plan, 2019 whole-metric set) kept by the OD team. Sheet 'WDES 19-20': a merged title naming the trust (row 1), a RAG KEY row of swatch cells ('G = on track' green, 'A = some slippage' amber, 'R = not on track' red, 'B = complete' blue), the header 'Metric: | What we will do: | Lead: | By when: | RAG: | Update:' with a trailing colon on every heading (row 3, frozen), eight actions, a blank row, an italic initials key for the leads and an italic line putting metrics 6 and 10 off to next year. Metrics typed 'Metric1', 'metric 2', 'Metric3', 'M 4', 'm 7', 'Metric8', 'M9'. By when as real dates ('Dec-19' mmm-yy; '31.03.2020', '29.02.2020' dd.mm.yyyy) and as text ('Q4 19/20', '2020 March', 'end of Jan', '30/9/19', 'Dec 19'). RAG cells hold words typed anyhow ('GREEN', 'Amber ', 'Grn', 'Red', 'amber', 'complete', 'B') and every one is filled with its colour. Judgement calls: ROW 8 HAS ITS METRIC AND LEAD TYPED IN EACH OTHER'S COLUMNS – 'PN' under Metric and 'metric 5' under Lead; a careful reader takes indicator 5 and lead 'PN'. Leads are initials as written, NOT expanded from the key line ('JT ' trailing space dropped). Status = the RAG word as typed (trailing space dropped, case and abbreviation kept: 'Grn', 'B'); rag = its fill. Progress = the Update cell (the '04/11/19' inside is no due). No ref; theme null. The key row, the initials line and the metrics-6-and-10 line are not actions.", { mode: 'fill', ragCol: 5, forbidden: ['Inclusion Lead', 'Head of Recruitment', 'Director of HR', 'Health & Wellbeing Lead'] });
}
