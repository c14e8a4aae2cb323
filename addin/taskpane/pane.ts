import type { PlanIssue, PlanReport, Rag, Severity } from '../../shared/types';
import { issueAddress, planFills } from '../colour/plan-fills';
import { RAG_PALETTE } from '../colour/palette';
import type { WorkbookAdapter } from '../excel/types';
import { checkSheet } from './check-sheet';
import { el } from './dom';
import { DEFAULT_SETTINGS, type PlanSettings } from './settings';
import { registeredViews, type PaneServices } from './views';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Must fix before board', warning: 'Should check', info: 'For information' };
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Mounts the task pane into `root`, working through `adapter` (Office.js in Excel, the in-page grid in preview).
 *
 * @example
 * await mountPane(document.getElementById('pane')!, createOfficeAdapter(Excel));
 */
export async function mountPane(root: HTMLElement, adapter: WorkbookAdapter): Promise<{ validate(): Promise<PlanReport> }> {
  let settings: PlanSettings = { ...DEFAULT_SETTINGS, ...((await adapter.readState<PlanSettings>('settings')) ?? {}) };
  let report: PlanReport | null = null;

  const live = el('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', id: 'announce' });
  const validateButton = el('button', { type: 'button', class: 'primary', id: 'validate' }, 'Validate & colour');
  const modeSelect = el('select', { id: 'colour-mode', 'aria-label': 'What to colour' },
    el('option', { value: 'status' }, 'Colour status cells'),
    el('option', { value: 'row' }, 'Colour whole rows'));
  modeSelect.value = settings.colourMode;
  const summary = el('section', { id: 'summary', 'aria-label': 'Board-ready summary' });
  const counts = el('section', { id: 'counts', 'aria-label': 'Counts by RAG and indicator' });
  const issuesList = el('section', { id: 'issues', 'aria-label': 'Issues' });
  const dropdownButton = el('button', { type: 'button', id: 'add-dropdowns', disabled: true }, 'Add status dropdowns');
  const exportButton = el('button', { type: 'button', id: 'export-issues', disabled: true }, 'Export Issues sheet');

  const standardSelect = el('select', { id: 'standard', 'aria-label': 'Standard' },
    el('option', { value: '' }, 'Detect'), el('option', { value: 'WRES' }, 'WRES (race)'), el('option', { value: 'WDES' }, 'WDES (disability)'));
  standardSelect.value = settings.standard ?? '';
  const input = (id: string, label: string, value: string, type = 'text') => {
    const field = el('input', { id, type, value, 'aria-label': label });
    return { field, row: el('label', { for: id }, el('span', {}, label), field) };
  };
  const period = input('period', 'Period', settings.period);
  const trust = input('trust', 'Trust (ODS code)', settings.trust);
  const asAt = input('as-at', 'As at', settings.asAt || today(), 'date');
  const keyTable = el('div', { id: 'rag-key', 'aria-label': 'RAG key' });
  const settingsPanel = el('details', { id: 'settings' },
    el('summary', {}, 'Plan settings'),
    el('label', { for: 'standard' }, el('span', {}, 'Standard'), standardSelect),
    period.row, trust.row, asAt.row,
    el('h3', {}, 'RAG key'), keyTable);

  const extra = el('div', { id: 'views' });
  root.replaceChildren(
    el('header', {}, el('h1', {}, 'Equality action plan'), el('p', { class: 'muted' }, 'WRES / WDES: check before it goes to the board.')),
    el('div', { class: 'toolbar' }, validateButton, modeSelect),
    summary, counts, issuesList,
    el('div', { class: 'toolbar' }, dropdownButton, exportButton),
    settingsPanel, extra, live,
  );

  const announce = (text: string) => {
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  };

  const saveSettings = async () => {
    settings = {
      ...settings,
      standard: (standardSelect.value || null) as PlanSettings['standard'],
      period: period.field.value.trim(),
      trust: trust.field.value.trim().toUpperCase(),
      asAt: asAt.field.value,
      colourMode: modeSelect.value as PlanSettings['colourMode'],
    };
    await adapter.writeState('settings', settings);
  };

  function renderKey(r: PlanReport) {
    const key = settings.ragKey ?? r.ragKey;
    keyTable.replaceChildren(
      el('p', { class: 'muted' }, key.source === 'default' ? 'No key found in the plan: using the usual NHS words.' : `Key read from the plan's ${key.source}.`),
      ...key.entries.map((entry, i) => {
        const select = el('select', { 'aria-label': `Colour for "${entry.label}"`, 'data-key-index': String(i) },
          ...(['red', 'amber', 'green', 'blue'] as Rag[]).map((rag) => el('option', { value: rag }, RAG_PALETTE[rag].label)));
        select.value = entry.rag;
        select.addEventListener('change', async () => {
          const entries = key.entries.map((e, j) => (j === i ? { ...e, rag: select.value as Rag } : e));
          settings = { ...settings, ragKey: { entries, source: 'settings' } };
          await adapter.writeState('settings', settings);
        });
        return el('div', { class: 'key-row' }, el('span', { class: 'key-label' }, entry.label), select);
      }),
    );
  }

  function renderSummary(r: PlanReport) {
    const errors = r.issues.filter((i) => i.severity === 'error');
    summary.replaceChildren(
      el('h2', { class: errors.length ? 'not-ready' : 'ready', id: 'readiness' }, errors.length ? `Not ready for the board: ${errors.length} to fix` : 'Ready for the board'),
      el('p', { class: 'muted' }, `${r.sheet} · ${r.standard ?? 'standard not detected'} · ${r.actions.length} actions · as at ${settings.asAt || today()}`),
    );
    const ragCells = (['red', 'amber', 'green', 'blue'] as Rag[]).map((rag) =>
      el('li', { class: `chip rag-${rag}`, 'data-rag': rag }, `${RAG_PALETTE[rag].label}: ${r.summary.byRag[rag]}`));
    ragCells.push(el('li', { class: 'chip rag-none', 'data-rag': 'none' }, `No status: ${r.summary.byRag.none}`));
    counts.replaceChildren(
      el('h2', {}, 'By RAG'), el('ul', { class: 'chips', id: 'rag-counts' }, ...ragCells),
      el('h2', {}, 'By indicator'),
      el('ul', { class: 'chips', id: 'indicator-counts' }, ...Object.entries(r.summary.byIndicator).map(([ind, n]) =>
        el('li', { class: n === 0 ? 'chip gap' : 'chip', 'data-indicator': ind }, `${ind}: ${n}`))),
    );
  }

  function renderIssues(r: PlanReport) {
    const groups: Severity[] = ['error', 'warning', 'info'];
    issuesList.replaceChildren(el('h2', {}, `Issues (${r.issues.length})`));
    for (const severity of groups) {
      const items = r.issues.filter((i) => i.severity === severity);
      if (!items.length) continue;
      const list = el('ul', { class: 'issue-list', 'aria-label': SEVERITY_LABEL[severity] });
      for (const issue of items) list.append(issueItem(issue));
      issuesList.append(el('h3', { class: `sev-${severity}` }, `${SEVERITY_LABEL[severity]} (${items.length})`), list);
    }
  }

  function issueItem(issue: PlanIssue) {
    const address = issueAddress(issue);
    const button = el('button', { type: 'button', class: `issue sev-${issue.severity}`, 'data-rule': issue.rule, 'data-address': address ?? undefined, disabled: !address },
      el('span', { class: 'where' }, address ? `${address}` : 'Plan'), el('span', { class: 'message' }, issue.message));
    if (address) button.addEventListener('click', () => void adapter.selectCell(address));
    return el('li', {}, button);
  }

  async function validate(): Promise<PlanReport> {
    validateButton.disabled = true;
    validateButton.setAttribute('aria-busy', 'true');
    try {
      await saveSettings();
      const asAtDate = new Date(`${settings.asAt || today()}T12:00:00Z`);
      // Stable row ids come with the check (hidden column), so sync can follow rows wherever they move.
      const checked = await checkSheet(adapter, { asAt: asAtDate, standard: settings.standard ?? undefined, ragKey: settings.ragKey ?? undefined });
      const grid = checked.grid;
      report = checked.report;
      const lastColumn = Math.max(0, ...grid.values.map((r) => r.length - 1)) + (grid.origin?.column ?? 0);
      await adapter.formatCells(planFills(report, settings.colourMode, lastColumn));
      renderSummary(report);
      renderIssues(report);
      renderKey(report);
      if (!settings.standard && report.standard) standardSelect.querySelector('option[value=""]')!.textContent = `Detect (${report.standard})`;
      dropdownButton.disabled = !report.columns.status;
      exportButton.disabled = false;
      const errors = report.summary.errors;
      announce(`${report.actions.length} actions checked. ${errors ? `${errors} must be fixed before the board.` : 'Ready for the board.'} ${report.issues.length} issues in all.`);
      return report;
    } catch (error) {
      summary.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not check this sheet: ${(error as Error).message}`));
      throw error;
    } finally {
      validateButton.disabled = false;
      validateButton.removeAttribute('aria-busy');
    }
  }

  validateButton.addEventListener('click', () => void validate().catch(() => undefined));
  modeSelect.addEventListener('change', () => void saveSettings());
  for (const f of [standardSelect, period.field, trust.field, asAt.field]) f.addEventListener('change', () => void saveSettings());
  dropdownButton.addEventListener('click', async () => {
    if (!report?.columns.status) return;
    const rows = report.actions.map((a) => a.row);
    const key = settings.ragKey ?? report.ragKey;
    await adapter.setListValidation(`${report.columns.status}${Math.min(...rows)}:${report.columns.status}${Math.max(...rows)}`, key.entries.map((e) => e.label));
    announce('Status dropdowns added.');
  });
  exportButton.addEventListener('click', async () => {
    if (!report) return;
    await adapter.writeSheet('Issues', [['Severity', 'Row', 'Column', 'Rule', 'Message'], ...report.issues.map((i) => [i.severity, i.row === null ? '' : String(i.row), i.column ?? '', i.rule, i.message])]);
    announce('Issues sheet written.');
  });

  // Live re-validation: debounce bursts of edits; the adapter already ignores our own writes.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await adapter.onChanged(() => {
    if (!report) return;
    clearTimeout(timer);
    timer = setTimeout(() => void validate().catch(() => undefined), 500);
  });

  const services: PaneServices = { adapter, getReport: () => report, validate, getSettings: () => settings, announce };
  for (const view of registeredViews()) {
    const container = el('section', { class: 'view', id: `view-${view.id}`, 'aria-label': view.title }, el('h2', {}, view.title));
    extra.append(container);
    await view.render(container, services);
  }
  return { validate };
}
