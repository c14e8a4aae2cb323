import type { PlanReport } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import type { PlanSettings } from './settings';

/** What a pane view can use. */
export interface PaneServices {
  adapter: WorkbookAdapter;
  getReport(): PlanReport | null;
  /** Reads, checks and colours the sheet again (after a view wrote into it); resolves to the new report. */
  validate(): Promise<PlanReport>;
  getSettings(): PlanSettings;
  announce(text: string): void;
}

/** A section of the pane below the checks (sync, region compare…). Add one with `registerView`. */
export interface PaneView {
  id: string;
  title: string;
  render(container: HTMLElement, services: PaneServices): void | Promise<void>;
}

const VIEWS: PaneView[] = [];

/**
 * Adds a view to the pane; views render in the order they are registered.
 *
 * @example
 * registerView({ id: 'sync', title: 'Sync', render: (el, s) => { … } });
 */
export function registerView(view: PaneView): void {
  if (!VIEWS.some((v) => v.id === view.id)) VIEWS.push(view);
}

export function registeredViews(): readonly PaneView[] {
  return VIEWS;
}
