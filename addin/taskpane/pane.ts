import type { PlanReport } from '../../shared/types';
import { colourPlan } from '../colour/colour-plan';
import type { WorkbookAdapter } from '../excel/types';
import { currentSession, onSessionChange } from '../sync/session';
import { checkSheet } from './check-sheet';
import { el } from './dom';
import { useFluent } from './fluent';
import { planIdentity } from './identity';
import { loadSettings, type PlanSettings } from './settings';
import { registeredViews, type PaneServices, type PaneTab } from './views';
import './check-view';
import './settings-view';

const today = () => new Date().toISOString().slice(0, 10);
const TABS: [PaneTab, string][] = [['check', 'Check'], ['sync', 'Sync'], ['compare', 'Compare'], ['settings', 'Settings']];
/** Who may see the Compare tab: the service refuses everyone else anyway. */
const COMPARES = new Set(['regional-lead', 'admin']);

/** The file name, sheet names and document properties Office gives, for the reader's identity clues. */
type WorkbookInfo = NonNullable<Parameters<typeof checkSheet>[1]['workbook']>;

/**
 * Mounts the task pane into `root`, working through `adapter` (Office.js in Excel, the in-page grid in preview):
 * a header with the plan's identity and who is signed in, and four tabs — Check, Sync, Compare (regional leads),
 * Settings.
 *
 * @example
 * await mountPane(document.getElementById('pane')!, createOfficeAdapter(Excel));
 */
export async function mountPane(root: HTMLElement, adapter: WorkbookAdapter, options: { workbook?: () => Promise<WorkbookInfo | undefined>; serviceUrl?: string } = {}): Promise<{ validate(): Promise<PlanReport> }> {
  useFluent();
  let settings: PlanSettings = await loadSettings(adapter);
  let report: PlanReport | null = null;
  const listeners = new Set<(r: PlanReport) => void>();

  const live = el('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', id: 'announce' });
  const identityLine = el('p', { id: 'plan-identity', class: 'identity' }, 'Open a plan and press Validate & colour.');
  const account = el('p', { id: 'account', class: 'muted' }, 'Not signed in.');
  const tablist = el('fluent-tablist', { id: 'tabs', 'aria-label': 'Task pane sections', activeid: 'tab-check' });
  const panels = el('div', { class: 'panels' });
  for (const [id, title] of TABS) {
    tablist.append(el('fluent-tab', { id: `tab-${id}`, 'aria-controls': `panel-${id}`, hidden: id === 'compare' }, title));
    panels.append(el('section', { id: `panel-${id}`, class: 'panel', role: 'tabpanel', 'aria-labelledby': `tab-${id}`, hidden: id !== 'check' }));
  }
  root.replaceChildren(
    el('header', { class: 'pane-header' }, el('h1', {}, 'Equality action plan'), identityLine, account),
    tablist, panels, live,
  );

  const announce = (text: string) => {
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  };
  const showTab = (tab: PaneTab) => {
    (tablist as HTMLElement & { activeid: string }).activeid = `tab-${tab}`;
  };
  const identity = () => planIdentity(report, settings, currentSession()?.user.trust ?? null);
  const renderIdentity = () => {
    const id = identity();
    const parts = [id.standard.value ?? 'standard not known', id.period.value ?? 'period not known', id.trust.value ?? 'trust not known'];
    identityLine.textContent = report ? parts.join(' · ') : 'Open a plan and press Validate & colour.';
    identityLine.title = `Standard from ${id.standard.source ?? '—'}; period from ${id.period.source ?? '—'}; trust from ${id.trust.source ?? '—'}. Change them in Settings.`;
  };
  onSessionChange((session) => {
    const user = session?.user;
    account.textContent = user ? `Signed in as ${user.name}${user.role ? ` (${user.role}${user.trust ? `, ${user.trust}` : user.region ? `, ${user.region}` : ''})` : ''}.` : 'Not signed in.';
    const compareTab = tablist.querySelector<HTMLElement>('#tab-compare')!;
    compareTab.hidden = !COMPARES.has(user?.role ?? '');
    if (compareTab.hidden && (tablist as HTMLElement & { activeid: string }).activeid === 'tab-compare') showTab('check');
    renderIdentity();
  });

  const saveSettings = async (patch: Partial<PlanSettings>) => {
    settings = { ...settings, ...patch };
    await adapter.writeState('settings', settings);
    renderIdentity();
  };

  let running: Promise<PlanReport> | null = null;
  async function check(): Promise<PlanReport> {
    const asAt = new Date(`${settings.asAt || today()}T12:00:00Z`);
    const workbook = await options.workbook?.().catch(() => undefined);
    // Stable row ids come with the check (hidden column), so sync can follow rows wherever they move.
    const checked = await checkSheet(adapter, { asAt, standard: settings.standard ?? undefined, ragKey: settings.ragKey ?? undefined, columns: settings.columns, workbook });
    report = checked.report;
    await colourPlan(adapter, report, checked.grid, settings.colourMode);
    renderIdentity();
    for (const listener of listeners) listener(report);
    return report;
  }
  /** One check at a time: a second request while one runs waits for it, then checks again. */
  const validate = async (): Promise<PlanReport> => {
    while (running) await running.catch(() => undefined);
    running = check();
    try {
      return await running;
    } finally {
      running = null;
    }
  };

  const services: PaneServices = {
    adapter, validate, announce, showTab,
    getReport: () => report,
    getSettings: () => settings,
    saveSettings,
    getIdentity: identity,
    onReport: (listener) => void listeners.add(listener),
    serviceUrl: () => (settings.serviceUrl || options.serviceUrl || globalThis.location?.origin || '').replace(/\/+$/, ''),
  };

  // Live re-validation: debounce bursts of edits; the adapter already ignores our own writes.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await adapter.onChanged(() => {
    if (!report) return;
    clearTimeout(timer);
    timer = setTimeout(() => void validate().catch(() => undefined), 500);
  });

  for (const view of registeredViews()) {
    const tab = view.tab ?? (view.id as PaneTab);
    const panel = panels.querySelector<HTMLElement>(`#panel-${tab}`) ?? panels.querySelector<HTMLElement>('#panel-check')!;
    const container = el('div', { class: 'view', id: `view-${view.id}` });
    panel.append(container);
    await view.render(container, services);
  }
  return { validate };
}
