import { recognisePlan } from '../grid';
import { indicatorIds, indicatorOfWording } from '../indicators';
import { mapHia } from '../hia';
import { DEFAULT_RAG_KEY, effectiveRag, ragKeyFromHeader, statusToRag } from '../rag';
import { validatePlan } from '../rules';
import { isOverdue, parseTimescale } from '../timescale';
import type { CheckOptions, Grid, PlanReport, Rag, RagKey, RecognisedAction, Standard } from '../types';

const blank = (s: string) => (s.trim() ? s : '');

const numberPart = (indicator: string | null) => /^(\d{1,2})/.exec(indicator ?? '')?.[1] ?? null;

function withinStandard(indicator: string | null, standard: Standard | null): string | null {
  if (!indicator) return null;
  const n = Number(numberPart(indicator));
  if (!n || n > (standard === 'WRES' ? 9 : 10)) return null;
  return standard === 'WRES' ? String(n) : indicator;
}

/**
 * Checks one sheet of an action plan: reads the grid, maps each action to its indicator, parses
 * timescales, reads the plan's RAG key, assigns RAG as at `options.asAt`, and runs every validation rule.
 *
 * @example
 * const report = checkPlan(grid, { asAt: new Date(2023, 9 /* Oct *\/, 31) });
 * report.issues.filter((i) => i.severity === 'error').length; // what blocks board submission
 */
export function checkPlan(grid: Grid, options: CheckOptions): PlanReport {
  const plan = recognisePlan(grid);
  const standard = options.standard ?? plan.standard;
  const ragKey: RagKey =
    options.ragKey ??
    (plan.legend.length ? { entries: plan.legend, source: 'legend' } : null) ??
    (plan.statusHeader ? ragKeyFromHeader(plan.statusHeader) : null) ??
    DEFAULT_RAG_KEY;
  const fy = plan.financialYear ?? undefined;

  const actions: RecognisedAction[] = plan.actions.map((a) => {
    const due = parseTimescale(a.dueValue ?? a.fields.due, { financialYear: fy });
    // Keep the text exactly as the cell shows it (serial dates are shown by Excel as dates).
    if (typeof a.dueValue === 'string') due.text = a.dueValue;
    const statusRag: Rag | null = statusToRag(a.fields.status, a.statusFill, ragKey);
    const overdue = isOverdue(due, statusRag, options.asAt);
    const indicator =
      withinStandard(a.refIndicator, standard) ??
      withinStandard(a.blockIndicator, standard) ??
      indicatorOfWording(`${a.fields.indicator} ${a.fields.objective}`, standard) ??
      null;
    return {
      row: a.row,
      id: a.id,
      ref: a.fields.ref.trim() || (/^\s*(?:<[^>]*>\s*)*(\d{1,2}[a-z]?(?:\.?\s[a-z])?|\d{1,2}\.\d{1,2}|\d{1,3})(?=[.\s):]|$)/.exec(a.fields.action)?.[1]?.replace(/\.$/, '') ?? null),
      indicator,
      indicators: indicator ? [indicator] : [],
      hia: [],
      hiaText: a.fields.hia,
      theme: a.fields.theme.trim() ? a.fields.theme : null,
      objective: a.fields.objective,
      action: a.fields.action,
      lead: blank(a.fields.lead),
      due,
      status: a.fields.status,
      statusRag,
      rag: effectiveRag(statusRag, overdue),
      overdue,
      progress: a.fields.progress,
      outcome: a.fields.outcome,
      completed: a.fields.completed,
      blockIndicator: withinStandard(a.blockIndicator, standard),
      cells: a.cells,
    };
  });

  const coverage = mapHia(actions, standard);
  const issues = validatePlan({
    actions,
    standard,
    ragKey,
    asAt: options.asAt,
    unmappedHeaders: plan.unmappedHeaders,
    crossReferences: plan.crossReferences,
  });

  const byRag: PlanReport['summary']['byRag'] = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };
  const byIndicator: Record<string, number> = {};
  if (standard) for (const id of indicatorIds(standard)) byIndicator[id] = 0;
  for (const a of actions) {
    byRag[a.rag ?? 'none']++;
    const key = numberPart(a.indicator) ?? 'unassigned';
    byIndicator[key] = (byIndicator[key] ?? 0) + 1;
  }
  return {
    sheet: plan.sheet,
    standard,
    columns: plan.columns,
    ragKey,
    actions,
    issues,
    headerRows: plan.headerRows,
    columnEvidence: [],
    columnQuestions: [],
    coverage,
    identity: {
      standard: { value: standard, source: standard ? 'the plan\'s wording' : null },
      period: { value: fy ? `${fy}-${String((fy + 1) % 100).padStart(2, '0')}` : null, source: fy ? 'title rows' : null },
      trust: { value: null, source: null },
    },
    summary: {
      byRag,
      byIndicator,
      overdue: actions.filter((a) => a.overdue).length,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    },
  };
}
