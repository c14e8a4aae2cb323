// holdout20-wres-2018-19-kestonbury: NEW LAYOUT – A PROJECT-PLAN (MS PROJECT) EXPORT WITH SUMMARY TASKS. A HEART AND CHEST
// hospital ran its WRES plan as a Microsoft Project file and exported the task table to Excel ('Task_Table1'): header on
// row 1 'ID | Task Name | WRES Indicator | Duration | Start | Finish | Predecessors | Resource Names | % Complete'; the
// project summary task (ID 0, naming the trust and plan) and five WORKSTREAM SUMMARY TASKS carry ROLLED-UP duration, start,
// finish and % complete exactly like tasks, told apart only by their outline level / indentation of the task name; the
// actions are the leaf tasks (one milestone, 0 days). Dates as Project shows them ('Fri 28/09/18'); resources with units.
import { Book, Plan, D, shown } from './lib.js';
const F = 'ddd dd/mm/yy';
const wd = (d) => { const x = new Date(d); while (x.getUTCDay() === 0 || x.getUTCDay() === 6) x.setUTCDate(x.getUTCDate() - 1); return x; };
const days = (a, b) => { let n = 0; for (let x = new Date(a); x <= b; x.setUTCDate(x.getUTCDate() + 1)) if (x.getUTCDay() % 6) n++; return n; };
export async function build() {
  const book = new Book();
  const font = { name: 'Arial', size: 10 };
  const p = new Plan(book, { name: 'holdout20-wres-2018-19-kestonbury', sheet: 'Task_Table1', standard: 'WRES', period: '2018-19', trust: 'Kestonbury Heart and Chest Hospital NHS Foundation Trust', widths: [5, 70, 15, 11, 13, 13, 13, 34, 11], font });
  const h = p.header(['ID', 'Task Name', 'WRES Indicator', 'Duration', 'Start', 'Finish', 'Predecessors', 'Resource Names', '% Complete'], { border: false, style: { bold: false } });
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  // [workstream, [[indicator text, indicators, task, start, finish, predecessors, resources as written, gold lead, % complete]]]
  const W = [
    ['Workstream 1: Workforce data and reporting', [
      ['WRES 1', ['1'], 'Cleanse ethnicity records on ESR for theatres, critical care and perfusion staff', D(2018, 4, 2), D(2018, 6, 29), '', 'Workforce Information Manager[50%]', 'Workforce Information Manager', 1],
      ['WRES 1', ['1'], 'Produce a six-monthly band-by-ethnicity report for each clinical division', D(2018, 7, 2), D(2018, 10, 31), '2', 'Workforce Information Manager[50%]', 'Workforce Information Manager', 0.5],
    ]],
    ['Workstream 2: Recruitment and career progression', [
      ['WRES 2', ['2'], 'Put a trained inclusion panel member on every Band 7 and above interview panel', D(2018, 5, 1), D(2018, 12, 21), '', 'Head of Resourcing', 'Head of Resourcing', 0.75],
      ['WRES 2', ['2'], 'Audit shortlisting outcomes by ethnicity for cardiac physiology and nursing posts', D(2018, 9, 3), D(2019, 1, 31), '5', 'Recruitment Team Leader', 'Recruitment Team Leader', 0.25],
      ['WRES 7', ['7'], 'Run a second cohort of the "Stepping Up" leadership programme for BME staff in Bands 5–7', D(2018, 6, 4), D(2019, 3, 29), '', 'OD Manager,BME Staff Network Chair', 'OD Manager, BME Staff Network Chair', 0.5],
    ]],
    ['Workstream 3: Disciplinary and employee relations', [
      ['WRES 3', ['3'], 'Introduce a pre-investigation checklist signed off by a senior HR business partner', D(2018, 4, 16), D(2018, 7, 31), '', 'Head of Employee Relations', 'Head of Employee Relations', 1],
      ['WRES 4', ['4'], 'Report access to non-mandatory training and study leave by ethnicity to the Education Committee', D(2018, 10, 1), D(2019, 3, 29), '', 'Head of Education[25%]', 'Head of Education', 0],
    ]],
    ['Workstream 4: Bullying, harassment and culture', [
      ['WRES 5, 6', ['5', '6'], 'Train Freedom to Speak Up champions in each ward to support staff facing racist abuse', D(2018, 6, 1), D(2018, 11, 30), '', 'Freedom to Speak Up Guardian', 'Freedom to Speak Up Guardian', 1],
      ['WRES 8', ['8'], 'Hold quarterly listening events for BME staff with an executive director present', D(2018, 7, 2), D(2019, 3, 29), '', 'Director of Workforce', 'Director of Workforce', 0.5],
    ]],
    ['Workstream 5: Board assurance', [
      ['WRES 9', ['9'], 'Add a BME voice to the Board through the reverse mentoring programme for executives', D(2018, 9, 3), D(2019, 2, 28), '', 'Trust Secretary', 'Trust Secretary', 0.25],
      ['All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'WRES data and action plan approved by the Board', D(2018, 9, 27), D(2018, 9, 27), '', 'Director of Workforce', 'Director of Workforce', 1],
    ]],
  ];
  // Lay out IDs and roll-ups as Project does (summary = min start, max finish, duration-weighted % complete).
  let id = 0; const out = [];
  const all = W.flatMap(([, ts]) => ts);
  const pct = (ts) => { const w = ts.map((t) => Math.max(days(wd(t[3]), wd(t[4])), 1)); return Math.round(100 * ts.reduce((s, t, i) => s + t[8] * w[i], 0) / w.reduce((s, x) => s + x, 0)) / 100; };
  const roll = (ts) => { const s = new Date(Math.min(...ts.map((t) => wd(t[3])))); const f = new Date(Math.max(...ts.map((t) => wd(t[4])))); return [s, f, days(s, f), pct(ts)]; };
  out.push({ level: 0, id: id++, name: 'Kestonbury Heart and Chest Hospital NHS Foundation Trust – WRES Action Plan 2018/19', roll: roll(all) });
  for (const [ws, ts] of W) { out.push({ level: 1, id: id++, name: ws, roll: roll(ts) }); for (const t of ts) out.push({ level: 2, id: id++, t }); }
  const sty = (lvl) => [{}, { alignment: { indent: lvl, vertical: 'top', wrapText: false } }, {}, { alignment: { horizontal: 'right', vertical: 'top' } }, { numFmt: F }, { numFmt: F }, {}, {}, { numFmt: '0%', alignment: { horizontal: 'right', vertical: 'top' } }];
  const summaries = [];
  for (const o of out) {
    if (o.level < 2) {
      const [s, f, n, pc] = o.roll;
      const r = p.line([o.id, o.name, null, `${n} days`, s, f, null, null, pc], { styles: sty(o.level), outline: o.level || undefined });
      summaries.push(r);
      continue;
    }
    const [ind, inds, task, s0, f0, pred, res, lead, pc] = o.t; const s = wd(s0), f = wd(f0); const n = s.getTime() === f.getTime() && task.includes('approved') ? 0 : days(s, f);
    const theme = out.filter((x) => x.level === 1 && x.id < o.id).pop().name;
    p.action([o.id, task, ind, `${n} days`, s, f, pred || null, res, pc], { ref: String(o.id), indicators: inds, theme, action: task, lead, due: shown(f, F), status: `${Math.round(pc * 100)}%` }, { border: false, styles: sty(2), outline: 2 });
  }
  p.ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: A PROJECT-PLAN (MICROSOFT PROJECT) EXPORT WITH SUMMARY TASKS. A heart and chest hospital ran its 2018/19 WRES plan as a Project file and exported the task table to Excel: sheet 'Task_Table1', no title rows, no borders or fills, the Project header on ROW 1 (frozen) 'ID | Task Name | WRES Indicator | Duration | Start | Finish | Predecessors | Resource Names | % Complete' ('WRES Indicator' is a renamed custom text field). Row 2 is the PROJECT SUMMARY TASK (ID 0) whose name is the only place the trust is named ('Kestonbury Heart and Chest Hospital NHS Foundation Trust – WRES Action Plan 2018/19'); five WORKSTREAM SUMMARY TASKS (IDs 1, 4, 8, 11, 14: 'Workstream 1: Workforce data and reporting' …) sit at outline level 1 with their tasks at outline level 2 (Excel row outline levels, task names indented by level, summary above). Summary rows are NOT bold and carry ROLLED-UP values exactly like tasks: duration ('260 days' for the project), Start = earliest child start, Finish = latest child finish, a duration-weighted % complete – but no indicator and no resource. Dates are real dates in Project's format 'ddd dd/mm/yy' ('Fri 28/09/18'); durations are text in working days; Predecessors hold task IDs. Gold: the 11 LEAF TASKS are the actions (ref = the Project ID as text, theme = the workstream summary task above, lead = Resource Names, due = Finish as shown, status = % Complete as shown ('50%', rag null – no colour anywhere, as for a plain % complete), no progress or outcome); row 1 is the header and rows 2, 3, 6, 10, 13, 16 (project and workstream summaries) are non-action rows. Indicators 'WRES N', 'WRES 5, 6', 'All' (= all nine, on the milestone). Judgement calls: a summary task is a heading for its tasks even though it has a duration, dates and a % complete, so it is never an action and its rolled-up dates are not a due; the project summary task is the plan's title and names the trust; the MILESTONE 'WRES data and action plan approved by the Board' (0 days, 'All') is a leaf task with a resource and a date, so it is an action; resource units in brackets are Project's allocation, not part of the lead ('Workforce Information Manager[50%]' → 'Workforce Information Manager', 'Head of Education[25%]' → 'Head of Education'); Project joins two resources with a bare comma ('OD Manager,BME Staff Network Chair'), read as 'OD Manager, BME Staff Network Chair'; due = Finish, not Start; Predecessors and Duration are not fields of the gold.", { summaryTasks: { nameCol: 'B', startCol: 'E', finishCol: 'F', idCol: 'A', headerRow: h } });
}
