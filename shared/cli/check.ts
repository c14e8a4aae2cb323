/**
 * `npm run --silent check -- <plan.xlsx|.csv> [--sheet NAME] [--as-at YYYY-MM-DD] [--columns lead=F,due=D] [--json] [--out coloured.xlsx] [--since last-year.xlsx]`
 *
 * The core on real files. The only part of shared/ that touches the file system or the clock.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { bestReport, checkPlan, parseColumnChoice } from '../check-plan';
import { readOtherSheets } from '../grid';
import { describeKeySource, RAG_PALETTE } from '../rag';
import { BOARD_SHEET, boardSummary, issuesSheet, SEVERITY_LABEL } from '../report';
import type { CheckOptions, ColumnChoice, Grid, PlanReport, RecognisedAction, WorkbookContext } from '../types';
import { readCsv, readWorkbook, WorkbookError } from '../xlsx';
import { compareYears, describeYearOnYear, yearActionsOfReport } from '../year-on-year';
import { writeLayout } from './write-layout';
import { describeColumnsUsed } from './describe-columns-used';

class UsageError extends Error {}

const USAGE = 'Usage: npm run --silent check -- <plan.xlsx|plan.csv> [--sheet NAME] [--as-at YYYY-MM-DD] [--columns lead=F,due=D] [--json] [--out coloured.xlsx] [--since last-year.xlsx] [--help]';

const HELP = `Checks a WRES / WDES action plan before it goes to the board.

${USAGE}

  plan.xlsx | plan.csv   the plan to check (an Excel workbook, or a CSV export of one sheet)
  --sheet NAME           the sheet to check (default: the sheet with the most actions)
  --as-at YYYY-MM-DD     judge "overdue" as at this day (default: today)
  --columns lead=F,due=D say which column holds a field when the checker got it wrong or could not
                         tell (fields: action, lead, due, status, indicator, ref, theme, progress,
                         outcome, objective, completed, hia; "lead=none": the plan has no such column).
                         A label in quotes names a field by its label instead: on a form (field names
                         down a column, one block per action) the rows so labelled, on a grid the
                         column so headed: --columns "lead='Owner',due='By when',status='RAG'". Text
                         that is not 1-3 letters is a label unquoted too (lead=Owner); letters are columns
  --json                 print the full report as one JSON object (for other programs)
  --out coloured.xlsx    write a copy of the workbook with RAG colours, an "Issues" sheet and a
                         "${BOARD_SHEET}" sheet (both print on A4 landscape); needs an .xlsx plan
  --since last.xlsx      also say what became of last year's plan's actions: carried over, completed,
                         closed with a reason, dropped without a word, and which are new
  --help                 show this help

Findings are "${SEVERITY_LABEL.error}" (blocks the board), "${SEVERITY_LABEL.warning}" or "${SEVERITY_LABEL.info}".
Exit status: 0 checked (whatever it found), 2 the file or an option is wrong, 1 anything else.`;

function parseAsAt(value: string | undefined): Date {
  if (!value) {
    const now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), 12));
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
  if (!d || Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m![3])) throw new UsageError(`--as-at must be a date like 2023-10-31 (got "${value}").`);
  return d;
}

async function loadGrids(path: string): Promise<{ grids: (Grid & { sheetName: string })[]; bytes: Buffer; workbook: WorkbookContext }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `No such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a plan file.` : `Cannot read ${path} (${code ?? 'unknown error'}).`);
  }
  const fileName = path.replace(/^.*[\\/]/, '');
  if (extname(path).toLowerCase() === '.csv') return { grids: [readCsv(bytes.toString('utf8'), fileName)], bytes, workbook: { fileName } };
  const { sheets, properties } = await readWorkbook(bytes);
  return { grids: sheets, bytes, workbook: { fileName, sheetNames: sheets.map((s) => s.sheetName), properties } };
}

/** The options for one sheet, with what the workbook's other sheets add (a RAG key on a sheet of its own, a cover's trust). */
function withKeys(grids: (Grid & { sheetName: string })[], grid: Grid & { sheetName: string }, options: CheckOptions): CheckOptions {
  return { ...options, workbook: { ...options.workbook, ...readOtherSheets(grids, grid.sheetName) } };
}

/** A sheet not checked that holds a plan of its own (read by its header): a joint workbook's WDES beside its WRES. */
interface OtherSheet {
  sheet: string;
  standard: PlanReport['standard'];
  actions: number;
}

/**
 * The sheet to check: the one named, else the workbook's plan (`bestReport`), with the other sheets that hold a plan read
 * by its header — so a workbook keeping its WRES and WDES plans on two sheets tells the user of the one not shown.
 */
function pickSheet(grids: (Grid & { sheetName: string })[], name: string | undefined, options: CheckOptions): { report: PlanReport; others: OtherSheet[] } {
  if (name) {
    const grid = grids.find((g) => g.sheetName === name) ?? grids.find((g) => g.sheetName.toLowerCase() === name.toLowerCase());
    if (!grid) throw new UsageError(`No sheet called "${name}". Sheets: ${grids.map((g) => `"${g.sheetName}"`).join(', ')}.`);
    return { report: checkPlan(grid, withKeys(grids, grid, options)), others: [] };
  }
  const reports = grids.map((g) => checkPlan(g, withKeys(grids, g, options)));
  const report = bestReport(reports);
  const others = reports.filter((r) => r !== report && r.actions.length > 0 && r.headerRows.length > 0).map((r) => ({ sheet: r.sheet, standard: r.standard, actions: r.actions.length }));
  return { report, others };
}

/** The line telling the user of plans on other sheets, and how to check one. */
function describeOtherSheets(others: readonly OtherSheet[]): string[] {
  if (!others.length) return [];
  const list = others.map((o) => `"${o.sheet}" (${o.standard ? `${o.standard}, ` : ''}${o.actions} action${o.actions === 1 ? '' : 's'})`).join(', ');
  return [`Other sheets hold a plan too: ${list} — check one with --sheet "${others[0].sheet}"`];
}

/**
 * This year's plan against last year's file (its sheet with the most actions, read as the reader reads any plan;
 * the user's --columns belong to this year's plan, not last year's): what became of last year's actions.
 */
async function sinceLastYear(file: string, report: PlanReport, asAt: Date) {
  const { grids, workbook } = await loadGrids(file);
  const { report: last } = pickSheet(grids, undefined, { asAt, workbook });
  if (!last.actions.length) throw new UsageError(`No action plan found in ${file} (--since): no sheet has a header row with columns such as Action, Lead, Timescale and Status.`);
  if (last.standard && report.standard && last.standard !== report.standard) {
    throw new UsageError(`${file} (--since) is a ${last.standard} plan and this one is ${report.standard}: compare a plan with last year's plan of the same standard.`);
  }
  return { file, period: last.identity.period.value, actions: last.actions.length, ...compareYears(yearActionsOfReport(last), yearActionsOfReport(report)) };
}
type SinceLastYear = Awaited<ReturnType<typeof sinceLastYear>>;

function readableSince(since: SinceLastYear): string {
  return [`This year against ${since.file} (${since.period ?? 'period not read'}, ${since.actions} actions):`, ...describeYearOnYear(since)].join('\n');
}

function toJson(report: PlanReport, others: readonly OtherSheet[] = []) {
  return {
    sheet: report.sheet,
    // Other sheets of the workbook that hold a plan of their own (check one with --sheet).
    otherSheets: others,
    standard: report.standard,
    identity: report.identity,
    columns: report.columns,
    // Each column's field, how sure the reader is, and why — and what it would like the user to confirm.
    columnEvidence: report.columnEvidence,
    columnQuestions: report.columnQuestions,
    // A stacked form's labels: there each field's evidence names its label ('Owner'), and --columns takes it (lead='Owner').
    form: report.form ?? null,
    ragKey: report.ragKey,
    headerRows: report.headerRows,
    summary: report.summary,
    coverage: report.coverage,
    actions: report.actions.map((a) => ({
      row: a.row, id: a.id, ref: a.ref, indicator: a.indicator, indicators: a.indicators, hia: a.hia, theme: a.theme, objective: a.objective, action: a.action, lead: a.lead,
      // Where the timescale was read: its column, a label ("Timeframes: Q3"), or the action's own text ("…by March 2022").
      due: { text: a.due.text, start: a.due.start, end: a.due.end, ongoing: a.due.ongoing, parsed: a.due.parsed, from: a.sources.due ?? null },
      leadFrom: a.sources.lead ?? null,
      // Indicators read from the action's own number ('5.2'; 'G1' where a note says what 'G' serves), or from the colour
      // key its cell's colour is decoded by, and why.
      ...(a.sources.indicators ? { indicatorsFrom: a.sources.indicators } : {}),
      // A theme given only by the colour of the action's cell, decoded by the plan's colour key, and why.
      ...(a.sources.theme ? { themeFrom: a.sources.theme } : {}),
      status: a.status, statusRag: a.statusRag, ...(a.statusRagWhy ? { statusRagWhy: a.statusRagWhy } : {}), rag: a.rag, overdue: a.overdue, progress: a.progress, outcome: a.outcome, completed: a.completed,
      // A lead or timescale cell that says there is none ('N/A'): read as none, and what it says.
      ...(a.writtenAsNone ? { writtenAsNone: a.writtenAsNone } : {}),
    })),
    issues: report.issues,
  };
}

function readable(report: PlanReport, file: string, asAt: Date, choice: ColumnChoice, others: readonly OtherSheet[] = []): string {
  const out: string[] = [];
  out.push(`${file} — sheet "${report.sheet}"`);
  out.push(...describeOtherSheets(others));
  out.push(`Standard: ${report.standard ?? 'not detected'}   As at: ${asAt.toISOString().slice(0, 10)}   Actions: ${report.actions.length}`);
  const id = report.identity;
  out.push(`Plan: ${id.standard.value ?? 'standard not named'}, ${id.period.value ?? 'period not named'}, ${id.trust.value ?? 'trust not named'}${id.period.source ? ` (period from ${id.period.source})` : ''}`);
  out.push(...describeColumnsUsed(report, choice));
  out.push(`RAG key (${describeKeySource(report.ragKey)}): ${report.ragKey.entries.map((e) => `${e.label}=${e.rag ?? 'no colour'}`).join(', ')}`);
  const s = report.summary;
  out.push(`RAG: red ${s.byRag.red}, amber ${s.byRag.amber}, green ${s.byRag.green}, blue ${s.byRag.blue}, none ${s.byRag.none}; overdue ${s.overdue}`);
  out.push(`By indicator: ${Object.entries(s.byIndicator).map(([k, v]) => `${k}:${v}`).join('  ')}`);
  out.push(`By high impact action (EDI Improvement Plan): ${Object.entries(report.coverage.hia).map(([k, v]) => `HIA ${k}:${v}`).join('  ')}`);
  out.push('');
  out.push(s.errors === 0 ? 'Ready for the board: nothing must be fixed first.' : `Not ready for the board: ${s.errors} must-fix item(s).`);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = report.issues.filter((i) => i.severity === severity);
    if (!list.length) continue;
    out.push('', `${SEVERITY_LABEL[severity]} (${list.length})`);
    // Messages are printed whole (a terminal wraps them); only line breaks inside a cell's quote are flattened.
    for (const i of list) out.push(`  ${(i.row === null ? 'plan' : `${i.column ?? ''}${i.row}`).padEnd(6)} ${i.message.replace(/\s*\n\s*/g, ' ')}`);
  }
  return out.join('\n');
}

/** Text never becomes a formula in the Issues sheet: exceljs writes plain strings as text cells. */
async function writeColoured(bytes: Buffer, report: PlanReport, outPath: string, asAt: Date) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet(report.sheet);
  if (ws) {
    for (const a of report.actions as RecognisedAction[]) {
      const column = a.cells?.status ?? report.columns.status ?? a.cells?.action;
      if (!column || !a.rag) continue;
      const cell = ws.getCell(`${column}${a.row}`);
      const p = RAG_PALETTE[a.rag];
      // exceljs shares one style object between cells loaded with the same style: give this cell its own.
      cell.style = {
        ...cell.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${p.fill.slice(1)}` } },
        font: { ...(cell.style.font ?? {}), color: { argb: `FF${p.font.slice(1)}` } },
      };
    }
  }
  for (const [name, layout] of [['Issues', issuesSheet(report)], [BOARD_SHEET, boardSummary(report, { asAt, title: `${report.standard ?? ''} ${report.identity?.period.value ?? ''} action plan`.replace(/\s+/g, ' ').trim() })]] as const) {
    const existing = wb.getWorksheet(name);
    if (existing) wb.removeWorksheet(existing.id);
    writeLayout(wb.addWorksheet(name), layout);
  }
  await writeFile(outPath, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function main() {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { sheet: { type: 'string' }, 'as-at': { type: 'string' }, columns: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, since: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) throw new UsageError(USAGE);
  const asAt = parseAsAt(args.values['as-at']);
  let columns: ColumnChoice;
  try {
    columns = parseColumnChoice(args.values.columns ?? '');
  } catch (e) {
    throw new UsageError(`--columns: ${(e as Error).message}.`);
  }
  const { grids, bytes, workbook } = await loadGrids(file);
  const { report, others } = pickSheet(grids, args.values.sheet, { asAt, columns, workbook });
  if (report.actions.length === 0 && report.headerRows.length === 0) {
    throw new UsageError(`No action plan found in ${file}: no sheet has a header row with columns such as Action, Lead, Timescale and Status, nor actions listed under a heading such as 'Next steps', labelled 'Action 1:', or saying who does each ('… - owner Head of HR', 'who: HR Advisor'). If the plan is there under headings of its own, say which columns hold the action and the lead: --columns action=C,lead=D (or by their headings: --columns "action='What the Trust agreed',lead='Who'").`);
  }
  if (args.values.out) {
    if (extname(file).toLowerCase() === '.csv') throw new UsageError('--out needs an .xlsx plan (a CSV has no colours to keep).');
    await writeColoured(bytes, report, args.values.out, asAt);
  }
  const since = args.values.since ? await sinceLastYear(args.values.since, report, asAt) : null;
  process.stdout.write(args.values.json
    ? `${JSON.stringify(since ? { ...toJson(report, others), sinceLastYear: since } : toJson(report, others))}\n`
    : `${readable(report, file, asAt, columns, others)}\n${since ? `\n${readableSince(since)}\n` : ''}`);
}

main().catch((error) => {
  const known = error instanceof UsageError || error instanceof WorkbookError;
  process.stderr.write(`check: ${known ? error.message : `could not check the plan (${(error as Error)?.message ?? String(error)})`}\n`);
  process.exit(known ? 2 : 1);
});
