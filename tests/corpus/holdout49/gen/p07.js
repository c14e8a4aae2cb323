// holdout49-wdes-2019-20-aldermoor: an acute teaching trust's first WDES plan kept as an OPEN / CLOSED LOG: Log ID, date opened,
// Open/Closed, Closed on, closure note; closed rows greyed and struck through by the person who keeps the log.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Aldermoor University Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout49-wdes-2019-20-aldermoor', sheet: 'WDES log', standard: 'WDES', period: '2019-20', trust, widths: [9, 11, 10, 48, 24, 12, 11, 11, 40], font: { name: 'Calibri', size: 10 } });
  p.line(['WDES 2019/20 – action log'], { merge: ['A', 'I'], style: { bold: true, font: { size: 14 } } });
  p.line([`${trust} · Disability Equality Steering Group · log kept by the Equality & Inclusion Officer`], { merge: ['A', 'I'], style: { color: 'FF595959' } });
  p.line(['Closed actions stay on the log (greyed and struck through) until the annual WDES report is published.'], { merge: ['A', 'I'], style: { italic: true, color: 'FF595959' } });
  p.header(['Log ID', 'Opened', 'WDES metric', 'Action', 'Owner', 'Target', 'Open / Closed', 'Closed on', 'Closure note / update'], { style: { fill: C.darkblue, color: C.white } });
  const F = 'dd/mm/yyyy';
  const rows = [
    ['WD-01', D(2019, 9, 12), '1', 'Add disability to the ESR self-service reminder sent with payslips.', 'HR Systems Lead', D(2019, 11, 30), 'Closed', D(2019, 11, 25), 'Reminder sent with November payslips.'],
    ['WD-02', D(2019, 9, 12), '2', 'Sign up to Disability Confident Leader level.', 'Head of Resourcing', D(2020, 3, 31), 'Open', null, 'Validation visit booked for April.'],
    ['WD-03', D(2019, 9, 12), '3', 'Check that capability cases record whether adjustments were considered.', 'Employee Relations Manager', D(2019, 12, 31), 'Closed', D(2020, 1, 14), 'Field added to the case tracker; 100% completion in December audit.'],
    ['WD-04', D(2019, 9, 12), '4', 'Put disability into the Respect at Work campaign posters and intranet stories.', 'Communications Manager', D(2020, 2, 29), 'Open', null, 'Stories from two network members drafted.'],
    ['WD-05', D(2019, 10, 17), '5', 'Offer the Aspire coaching programme to disabled staff with a reserved quota.', 'Head of OD', D(2020, 3, 31), 'Open', null, ''],
    ['WD-06', D(2019, 10, 17), '7', 'Hold quarterly listening events with the Disabled Staff Network and the Chief Executive.', 'Equality & Inclusion Officer', D(2019, 12, 31), 'Closed', D(2019, 12, 4), 'First event held 4 December; next dates set.'],
    ['WD-07', D(2019, 10, 17), '8', 'Create a reasonable adjustments passport that moves with the member of staff between departments.', 'Occupational Health Manager', D(2020, 3, 31), 'Open', null, 'Draft passport with staff side.'],
    ['WD-08', D(2019, 12, 5), '9', 'Fund the Disabled Staff Network chair\'s time (one session a week).', 'Director of Workforce', D(2020, 1, 31), 'Closed', D(2020, 1, 29), 'Agreed at Executive Team 29 January.'],
    ['WD-09', D(2020, 2, 6), '10', 'Ask Board members to complete the disability question in their ESR record.', 'Company Secretary', D(2020, 3, 31), 'Open', null, 'Raised at February Board.'],
  ];
  for (const [id, op, m, act, own, due, oc, cl, note] of rows) {
    const closed = oc === 'Closed'; const st = closed ? { strike: true, color: 'FF808080', fill: C.palegrey } : {};
    p.action([id, op, m, act, own, due, oc, cl, note], { ref: id, indicators: [m], action: act, lead: own, due: shown(due, F), status: oc, completed: cl ? shown(cl, F) : '', progress: note }, { style: st, styles: [{}, { numFmt: F }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: F }, {}, { numFmt: F }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching foundation trust), its first WDES plan kept as an ACTION LOG: a title 'WDES 2019/20 – action log' (row 1), a grey line naming the trust, the steering group and who keeps the log (row 2), an italic line saying closed actions stay on the log greyed and struck through (row 3), one dark-blue header 'Log ID | Opened | WDES metric | Action | Owner | Target | Open / Closed | Closed on | Closure note / update' (row 4) and nine entries in ID order. PROGRESS IS RECORDED LOG-STYLE: 'Open' or 'Closed' typed, a 'Closed on' date for closed entries, and a closure note; CLOSED ROWS ARE GREYED AND STRUCK THROUGH across the whole row. Judgement calls: every log entry is an action of the plan, closed or open – the strike-through marks it closed, not deleted (the row-3 line says so), and the struck action text is read as written; status = 'Open' / 'Closed' as typed; rag null (the grey is the log's closed styling, not a RAG colour, and there is no key); completed = Closed on as shown (one closed a fortnight after its target), '' on open rows; progress = the closure note / update, '' where empty; the 'Opened' date is when the entry was raised – never the due; due = Target as shown (dd/mm/yyyy); lead = Owner – the log keeper on row 2 is not a lead; ref = Log ID; indicators from the metric column (the 2019 set, whole '4' and '9'); theme null.", { statusCol: 'G', completedCol: 'H', progressCol: 'I', notFrom: ['B'] });
}
