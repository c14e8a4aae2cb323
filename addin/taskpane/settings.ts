import { readColumnChoice } from '../../shared/check-plan';
import type { ColumnChoice, RagKey, Standard } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';

/** What a workbook remembers about its plan (kept with the workbook through the adapter, so on every device). */
export interface PlanSettings {
  /** The user's own say on the plan's identity; empty/null means "as the plan says". */
  standard: Standard | null;
  period: string;
  trust: string;
  /** ISO date; empty means "today" in the pane. */
  asAt: string;
  colourMode: 'status' | 'row';
  ragKey: RagKey | null;
  /** The user's column choices (field → column letter, "" = none, or { label } on a stacked form), passed to the check every time. */
  columns: ColumnChoice;
  /** The sync service's address; empty means the one the pane was opened with. */
  serviceUrl: string;
}

export const DEFAULT_SETTINGS: PlanSettings = { standard: null, period: '', trust: '', asAt: '', colourMode: 'status', ragKey: null, columns: {}, serviceUrl: '' };

/**
 * What the workbook remembers, as the pane starts: its settings over the defaults, the column choices checked as they
 * load (`readColumnChoice`: letters kept before labels existed load as they were, a form's labels as labels).
 *
 * @example
 * const settings = await loadSettings(adapter); // settings.columns → { lead: { label: 'Owner' } }
 */
export async function loadSettings(adapter: WorkbookAdapter): Promise<PlanSettings> {
  const kept = await adapter.readState<Partial<PlanSettings>>('settings');
  return { ...DEFAULT_SETTINGS, ...(kept ?? {}), columns: readColumnChoice(kept?.columns) };
}
