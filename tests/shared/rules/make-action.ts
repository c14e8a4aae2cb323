import { DEFAULT_RAG_KEY, statusToRag } from '../../../shared/rag';
import { parseTimescale } from '../../../shared/timescale';
import type { RecognisedAction, RuleContext } from '../../../shared/types';

/** Columns of a typical plan: A ref, B action, C lead, D due, E status, F progress, G outcome, H completed. */
const CELLS: RecognisedAction['cells'] = { ref: 'A', indicator: 'A', action: 'B', lead: 'C', due: 'D', status: 'E', progress: 'F', outcome: 'G', completed: 'H' };

/** A well-formed action on `row`, with the given fields changed. The due text and status are interpreted as the reader would. */
export function makeAction(row: number, overrides: Partial<Omit<RecognisedAction, 'due'>> & { due?: string } = {}): RecognisedAction {
  const { due = 'March 2030', ...rest } = overrides;
  const status = rest.status ?? 'In Progress';
  const statusRag = statusToRag(status, null, DEFAULT_RAG_KEY);
  return {
    row,
    id: null,
    ref: null,
    indicator: '1',
    blockIndicator: '1',
    theme: null,
    objective: 'Improve representation at senior bands',
    action: 'Run a reverse mentoring programme',
    lead: 'Head of Inclusion',
    due: parseTimescale(due),
    status,
    statusRag,
    rag: statusRag,
    overdue: false,
    progress: 'Six pairs matched',
    outcome: '',
    completed: '',
    hiaText: '',
    cells: { ...CELLS },
    ...rest,
    // One indicator named in the override is the action's only one, unless the test lists several.
    sources: rest.sources ?? {},
    indicators: rest.indicators ?? (rest.indicator === undefined ? ['1'] : rest.indicator ? [rest.indicator] : []),
    hia: rest.hia ?? [],
  };
}

/** A rule context over the given actions, as at 31 March 2024, WRES, default key. */
export function makeContext(actions: RecognisedAction[], overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    actions,
    standard: 'WRES',
    ragKey: DEFAULT_RAG_KEY,
    asAt: new Date(2024, 2 /* Mar */, 31),
    unmappedHeaders: [],
    crossReferences: [],
    ...overrides,
  };
}

/** One action per WRES indicator, serving the six high impact actions between them, so coverage is quiet unless a test removes one. */
export function coveredPlan(extra: RecognisedAction[] = []): RecognisedAction[] {
  const base = Array.from({ length: 9 }, (_, i) => makeAction(100 + i, { indicator: String(i + 1), blockIndicator: String(i + 1), hia: [String((i % 6) + 1)] }));
  return [...extra, ...base];
}
