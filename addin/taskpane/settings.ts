import type { RagKey, Standard } from '../../shared/types';

/** What a workbook remembers about its plan (kept with the workbook through the adapter). */
export interface PlanSettings {
  standard: Standard | null;
  period: string;
  trust: string;
  /** ISO date; empty means "today" in the pane. */
  asAt: string;
  colourMode: 'status' | 'row';
  ragKey: RagKey | null;
}

export const DEFAULT_SETTINGS: PlanSettings = { standard: null, period: '', trust: '', asAt: '', colourMode: 'status', ragKey: null };
