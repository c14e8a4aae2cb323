import type { PlanIdentityShown } from './identity';
import type { PlanReport } from '../../shared/types';
import type { WorkbookAdapter } from '../excel/types';
import type { PlanSettings } from './settings';

/** The pane's four tabs. */
export type PaneTab = 'check' | 'sync' | 'compare' | 'settings';

/** What a pane view can use. */
export interface PaneServices {
  adapter: WorkbookAdapter;
  getReport(): PlanReport | null;
  /** Reads, checks and colours the sheet again (after a view wrote into it); resolves to the new report. */
  validate(): Promise<PlanReport>;
  getSettings(): PlanSettings;
  /** Changes and keeps settings with the workbook. */
  saveSettings(patch: Partial<PlanSettings>): Promise<void>;
  /** Standard, period and trust: the user's say where given, else what the plan says. */
  getIdentity(): PlanIdentityShown;
  /** Calls back after every check with the new report. */
  onReport(listener: (report: PlanReport) => void): void;
  /** The sync service the pane talks to. */
  serviceUrl(): string;
  showTab(tab: PaneTab): void;
  announce(text: string): void;
}

/** A section of the pane. Add one with `registerView`; it renders into its tab (default: a tab of its own id). */
export interface PaneView {
  id: string;
  title: string;
  tab?: PaneTab;
  render(container: HTMLElement, services: PaneServices): void | Promise<void>;
}

const VIEWS: PaneView[] = [];

/**
 * Adds a view to the pane; views of one tab render in the order they are registered.
 *
 * @example
 * registerView({ id: 'year-on-year', title: 'Year on year', tab: 'compare', render: (el, s) => { … } });
 */
export function registerView(view: PaneView): void {
  if (!VIEWS.some((v) => v.id === view.id)) VIEWS.push(view);
}

/**
 * Every registered view, in order.
 *
 * @example
 * registeredViews().filter((v) => (v.tab ?? v.id) === 'sync');
 */
export function registeredViews(): readonly PaneView[] {
  return VIEWS;
}
