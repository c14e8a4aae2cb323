import { recognisePlan } from '../grid';
import { mapHia } from '../hia';
import { readIdentity } from '../identity';
import { DEFAULT_RAG_KEY, ragKeyFromHeader } from '../rag';
import { validatePlan } from '../rules';
import type { CheckOptions, Grid, PlanReport, RagKey } from '../types';
import { askAboutColumns } from './ask-about-columns';
import { readAction } from './read-action';

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
  const plan = recognisePlan(grid, options.columns ?? {});
  const standard = options.standard ?? plan.standard;
  const ragKey: RagKey =
    options.ragKey ??
    (plan.legend.length ? { entries: plan.legend, source: 'legend' } : null) ??
    (plan.statusHeader ? ragKeyFromHeader(plan.statusHeader) : null) ??
    (options.workbook?.keys?.length ? { entries: options.workbook.keys, source: 'legend' } : null) ??
    DEFAULT_RAG_KEY;
  const identity = readIdentity({ titleTexts: plan.titleTexts, sheet: plan.sheet, standard, workbook: options.workbook });
  // Bare quarters and months ("Q3/Q4", "March") fall in the plan's own financial year.
  const fy = identity.period.value ? Number(identity.period.value.slice(0, 4)) : undefined;
  const actions = plan.actions.map((a) => readAction(a, { standard, ragKey, asAt: options.asAt, financialYear: fy }));
  // Each action's high impact actions, and how many actions serve each indicator and each HIA.
  const coverage = mapHia(actions, standard);
  const issues = validatePlan({
    actions,
    standard,
    ragKey,
    asAt: options.asAt,
    unmappedHeaders: plan.unmappedHeaders,
    crossReferences: plan.crossReferences,
    otherPlans: plan.otherPlans,
    rowsSetAside: plan.rowsSetAside,
  });
  const byRag: PlanReport['summary']['byRag'] = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };
  for (const a of actions) byRag[a.rag ?? 'none']++;
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
    identity,
    coverage,
    summary: {
      byRag,
      byIndicator: coverage.indicators,
      overdue: actions.filter((a) => a.overdue).length,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    },
  };
}
