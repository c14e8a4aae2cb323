// holdout94-wdes-2025-26-sennerton: acute teaching trust; the Responsible Lead column uses ditto marks ('"', 'as above') for a lead
// repeated from the row above; metrics typed 'Metric 4', 'm 9a', 'M10', 'metric9b'; RAG words on fills, typed anyhow despite a
// warning-only drop-down.
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Sennerton University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout94-wdes-2025-26-sennerton', sheet: 'WDES 2025-26', standard: 'WDES', period: '2025-26', trust, widths: [14, 54, 26, 14, 14, 42], font: { name: 'Aptos Narrow', size: 11 } });
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.white, fill: C.nhs } });
  p.line(['Workforce Disability Equality Standard (WDES) - Action Plan 2025/26  ', '', '', '', '', 'Owner: EDI Manager'], { merge: ['A', 'E'], style: { bold: true } });
  p.blank();
  p.header(['Indicator/metric', 'Action Required', 'Responsible Lead ', 'Target Date:', 'RAG status', 'Update Nov 25'], { style: { fill: C.paleblue } });
  const F = { green: C.green, amber: C.amber, red: C.red, blue: C.blue };
  const rows = [
    ['Metric 1', 'Declaration drive with the new "Tell us about you" ESR screens - go round every ward huddle with the network', 'Head of Workforce Information', D(2025, 12, 31), 'ONGOING', 'green', '4.8% → 5.6% declared since June', ['1']],
    ['m2', 'Refresh the guaranteed interview scheme wording and check shortlisting every quarter', 'Head of Resourcing', '31/3/26', 'on going', 'green', 'Q1 + Q2 audits done - 2 missed guarantees followed up', ['2']],
    ['M 3', 'Capability: Occ Health advice before any formal stage for staff with a declared condition, written into the policy', 'Head of Employee Relations', 'Q3 25/26', 'compelte', 'blue', 'Policy v4 approved 11/09', ['3']],
    ['Metric 4', 'Violence & aggression - include disability in the conflict resolution training refresh for ED, AMU and outpatients', 'Head of Security', 'Jan 26', 'behind', 'amber', 'trainer gap - only ED done', ['4']],
    ['metric 5 & 7', 'Leadership programme places and a mentoring circle for disabled staff at bands 6-8a', 'Head of OD', 'end of Q3', 'Not started', 'red', 'launch moved to Jan', ['5', '7']],
    ['m 6', 'Presenteeism - managers\' guide on adjustments for fluctuating conditions (long covid, ME, MS)', '"', D(2026, 2, 28), 'behind', 'amber', 'draft with network for comment', ['6'], { ditto: true }],
    ['m8', 'Central adjustments fund and a 20 working day target from request to kit in place', 'Deputy Chief People Officer', 'Q4 25/26', 'Complete', 'blue', 'fund live from 01/10, 31 requests so far', ['8']],
    ['m 9a', 'Staff network "you said we did" after the survey, and network input on the People Plan refresh', 'as above', 'Q4 25/26', 'ONGOING', 'green', '', ['9a'], { ditto: true }],
    ['metric9b', 'Disability network chair time written into their job plan (0.2 WTE) and a budget of £5k', 'Chief People Officer', D(2025, 9, 30), 'Complete', 'blue', 'in place', ['9b']],
    ['M10', 'Board development session on disability and a board-level disability champion', 'Company Secretary ', 'Mar 26', 'Not started ', 'red', '', ['10']],
  ];
  const ditto = {}; let prevLead = '';
  const first = p.r + 1;
  for (const r of rows) {
    const [met, act, lead, due, st, rag, upd, inds, over = {}] = r;
    const dueShown = due instanceof Date ? shown(due, 'dd/mm/yyyy') : due;
    const gl = over.ditto ? prevLead : T(lead);
    const row = p.action([met, act, lead, due, st, upd], { indicators: inds, action: T(act), lead: gl, due: dueShown, status: T(st), rag, progress: T(upd) }, { styles: [{}, {}, over.ditto ? { alignment: { horizontal: 'center' } } : {}, due instanceof Date ? { numFmt: 'dd/mm/yyyy', alignment: { horizontal: 'left' } } : {}, { fill: F[rag], ...(rag === 'blue' ? { color: C.white } : {}) }, {}] });
    if (over.ditto) ditto[row] = { field: 'lead', col: 'C' };
    prevLead = gl;
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'warning', formulae: ['"Not started,Ongoing,Behind,Complete"'] };
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  p.blank();
  p.line(['RAG: blue = complete, green = ongoing on plan, amber = behind, red = not started'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching FT, 2021+ WDES metric set). Sheet 'WDES 2025-26': an NHS-blue merged bar with the trust name, a title row with 'Owner: EDI Manager' at its right, a blank row, the header 'Indicator/metric | Action Required | Responsible Lead  | Target Date: | RAG status | Update Nov 25' (stray trailing space and colon; row 4, frozen), ten actions, a blank row and an italic RAG key line. Metrics typed 'Metric 1', 'm2', 'M 3', 'Metric 4' (kept 4, no letter), 'metric 5 & 7' (→ 5 and 7), 'm 6', 'm8', 'm 9a', 'metric9b', 'M10'. Target dates as real dates shown dd/mm/yyyy and as text ('31/3/26', 'Q3 25/26', 'Jan 26', 'end of Q3', 'Q4 25/26', 'Mar 26'). The RAG column has a drop-down that only WARNS, so the words are typed anyhow ('ONGOING', 'on going', 'compelte', 'behind', 'Not started ', 'Complete'), each on its fill. Judgement calls: TWO LEAD CELLS HOLD DITTO MARKS – row 10 (metric 6) '\"' and row 12 (metric 9a) 'as above'; a careful reader takes the lead of the row above ('Head of OD', 'Deputy Chief People Officer'). Status = the word as typed (trailing space dropped, case and misspelling kept); rag = the fill. Leads otherwise as written ('Company Secretary ' trailing space dropped). Owner: EDI Manager is the plan owner, never a lead. Progress = Update Nov 25. No ref; theme null. The key line is not an action.", { mode: 'fill', ragCol: 5, ditto, forbidden: ['EDI Manager', 'Owner: EDI Manager'] });
}
