import { recognisePlan, toColumnLetter, type RawAction, type RecognisedGrid } from '../grid';
import { mapHia } from '../hia';
import { readIdentity, startYearOf } from '../identity';
import { DEFAULT_RAG_KEY, ragKeyFromHeader, readConditionalKey } from '../rag';
import { validatePlan } from '../rules';
import { strategyStartOf } from '../timescale';
import type { CheckOptions, Grid, PlanIssue, PlanReport, RagKey, RuleContext } from '../types';
import { askAboutColumns } from './ask-about-columns';
import { progressInStatusColumn } from './progress-in-status-column';
import { readAction, type LastBlock, type StatusReadings } from './read-action';
import { spreadAllOfPlan } from './spread-all-of-plan';

/** The key the status cells' conditional formatting gives, when the grid carries such rules. */
function conditionalKey(grid: Grid, actions: readonly RawAction[]): RagKey | null {
  if (!grid.conditionalFills?.length) return null;
  const cells = actions.flatMap((a) => (a.sources.status ? [a.sources.status.cell] : a.cells.status ? [`${a.cells.status}${a.row}`] : []));
  const entries = readConditionalKey(grid, cells);
  return entries.length ? { entries, source: 'conditional format' } : null;
}

/** Formula cells the workbook holds no result for, as sheet rows and column letters. */
function unsavedFormulasOf(grid: Grid): NonNullable<RuleContext['unsavedFormulas']> {
  const origin = grid.origin ?? { row: 0, column: 0 };
  return (grid.unsavedFormulas ?? []).map((f) => ({ row: origin.row + f.row + 1, column: toColumnLetter(origin.column + f.column), formula: f.formula }));
}

/**
 * The plan's RAG key: one the user gave, else one the plan writes out (under or beside the plan, in the status header,
 * in a note on a cell — the status header's first —, on a key sheet), which says what its words mean: what the sheet
 * shows in its cells before what it shows on hover, the plan's own sheet before another. With none, the status column's
 * conditional formatting shows it (the colour Excel gives each word); with none of these, the default vocabulary.
 */
function ragKeyOf(grid: Grid, plan: RecognisedGrid, options: CheckOptions): RagKey {
  return (
    options.ragKey ??
    (plan.legend.length ? { entries: plan.legend, source: 'legend' } : null) ??
    (plan.statusHeader ? ragKeyFromHeader(plan.statusHeader) : null) ??
    plan.noteKey ??
    (options.workbook?.keys?.length ? { entries: options.workbook.keys, source: 'legend' } : null) ??
    conditionalKey(grid, plan.actions) ??
    DEFAULT_RAG_KEY
  );
}

/** How many findings are errors and how many warnings: counted in one pass, not listed (a plan of 10,000 actions can have 30,000 findings). */
function countSeverities(issues: readonly PlanIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (let i = 0; i < issues.length; i++) {
    const severity = issues[i].severity;
    if (severity === 'error') errors++;
    else if (severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/**
 * Checks one sheet of an action plan: reads the grid (with the user's column choices), maps each action
 * to its indicators, parses timescales, reads the plan's RAG key, assigns RAG as at `options.asAt`, runs
 * every validation rule, and says who the plan is and how sure the reader is of each column.
 *
 * @example
 * const report = checkPlan(grid, { asAt: new Date(2023, 9 /* Oct *\/, 31) });
 * report.issues.filter((i) => i.severity === 'error').length; // what blocks board submission
 */
export function checkPlan(grid: Grid, options: CheckOptions): PlanReport {
  // The sheet's name, its print header, the file's name and the document's properties may name the standard (identity's places, no title).
  const placed = readIdentity({ titleTexts: [], printLines: grid.printLines, sheet: grid.sheetName ?? '', standard: null, workbook: options.workbook });
  const plan = recognisePlan(grid, options.columns ?? {}, { given: options.standard, named: placed.standard.value, period: placed.period.value });
  const standard = options.standard ?? plan.standard;
  const ragKey = ragKeyOf(grid, plan, options);
  const identity = readIdentity({ titleTexts: plan.titleTexts, currentYear: plan.currentYear, titleTasks: plan.titleTasks, boardName: plan.boardName, footerTexts: plan.footerTexts, printLines: grid.printLines, sheet: plan.sheet, standard, workbook: options.workbook });
  // Bare quarters and months ("Q3/Q4", "March") fall in the plan's own financial year.
  const fy = startYearOf(identity.period.value);
  // 'Year 1', 'Years 2–3': the plan's own years, placed only when its title says which year of its strategy it is.
  const strategyStart = strategyStartOf(plan.titleTexts, fy);
  // What every action is read against is the same for the whole sheet: one object, not one per action; it keeps the
  // statuses read so far, each read through this check's key once, and the last block's indicators within the standard.
  const readWith = { standard, ragKey, asAt: options.asAt, financialYear: fy, strategyStart, readings: new Map() as StatusReadings, block: { list: null, within: [] } as LastBlock };
  // A status column holding each action's news as sentences is an update column coloured by status (its words progress).
  const actions = progressInStatusColumn(plan.actions).map((a) => readAction(a, readWith));
  // 'All priority areas', 'All of the above': the plan's own indicators, known once every action is read.
  spreadAllOfPlan(actions, plan.actions);
  // Each action's high impact actions, and how many actions serve each indicator and each HIA.
  const coverage = mapHia(actions, standard);
  const issues = validatePlan({
    actions,
    standard,
    ragKey,
    asAt: options.asAt,
    period: identity.period.value,
    unmappedHeaders: plan.unmappedHeaders,
    crossReferences: plan.crossReferences,
    otherPlans: plan.otherPlans,
    rowsSetAside: plan.rowsSetAside,
    unsavedFormulas: unsavedFormulasOf(grid),
    ...(grid.notesUnread ? { notesUnread: grid.notesUnread } : {}),
  });
  const byRag: PlanReport['summary']['byRag'] = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };
  let overdue = 0;
  for (const a of actions) {
    byRag[a.rag ?? 'none']++;
    if (a.overdue) overdue++;
  }
  const { errors, warnings } = countSeverities(issues);
  return {
    sheet: plan.sheet,
    standard,
    columns: plan.columns,
    ragKey,
    actions,
    issues,
    headerRows: plan.headerRows,
    columnEvidence: plan.evidence,
    columnQuestions: askAboutColumns(plan, options.columns ?? {}),
    form: plan.form,
    identity,
    coverage,
    summary: {
      byRag,
      byIndicator: coverage.indicators,
      overdue,
      errors,
      warnings,
    },
  };
}
