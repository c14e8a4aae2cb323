import { BOARD_SHEET, boardSummary, issuesSheet } from '../../shared/report';
import type { PlanIssue, PlanReport, Rag } from '../../shared/types';
import { FIELD_NAMES } from '../../shared/rules/describe';
import { percentComplete } from '../../shared/rag';
import { RAG_PALETTE } from '../colour/palette';
import { clearColours } from '../colour/colour-plan';
import { approvalForBoard } from '../sync/plan-connection';
import { button, confirmDialog, enable, messageBar } from './controls';
import { el } from './dom';
import { renderIssues } from './issues-view';
import { applyFix, previewFix, undoableFixes, undoLastFix } from './markup-fix';
import { registerView, type PaneServices } from './views';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The status is a percentage complete on every action that gives one ('% Complete' read as the status): a dropdown of
 * the key's words would replace the column's numbers, so none is offered.
 */
const statusInPercent = (r: PlanReport) => r.actions.some((a) => a.status.trim()) && r.actions.every((a) => !a.status.trim() || percentComplete(a.status) !== null);

/**
 * Why some actions have a status but no colour, one line per reason with how many ("2 actions: 'Not yet due': the plan's
 * key names it with no colour"): so "No status" is not read as statuses the checker failed to read.
 */
function renderUncoloured(r: PlanReport): HTMLElement | null {
  const whys = new Map<string, number>();
  for (const a of r.actions) if (a.statusRagWhy) whys.set(a.statusRagWhy, (whys.get(a.statusRagWhy) ?? 0) + 1);
  if (!whys.size) return null;
  return el('ul', { class: 'rag-why muted', id: 'rag-why', 'aria-label': 'Statuses with no colour, and why' },
    ...[...whys].map(([why, n]) => el('li', {}, `${n} action${n === 1 ? '' : 's'}: ${why}`)));
}

/** RAG and indicator counts as chips. */
function renderCounts(r: PlanReport): HTMLElement {
  const rag = (['red', 'amber', 'green', 'blue'] as Rag[]).map((k) => el('li', { class: `chip rag-${k}`, 'data-rag': k }, `${RAG_PALETTE[k].label}: ${r.summary.byRag[k]}`));
  rag.push(el('li', { class: 'chip rag-none', 'data-rag': 'none' }, `No status: ${r.summary.byRag.none}`));
  return el('div', {},
    el('h2', {}, 'By RAG'), el('ul', { class: 'chips', id: 'rag-counts' }, ...rag), renderUncoloured(r),
    el('h2', {}, `By ${r.standard === 'WDES' ? 'metric' : 'indicator'}`),
    el('ul', { class: 'chips', id: 'indicator-counts' }, ...Object.entries(r.summary.byIndicator).map(([ind, n]) =>
      el('li', { class: n === 0 ? 'chip gap' : 'chip', 'data-indicator': ind }, `${ind}: ${n}`))));
}

/** Before and after of each cell a fix changes, for the confirmation. */
function fixPreview(cells: { address: string; before: string; after: string }[]): HTMLElement {
  const shown = cells.slice(0, 3);
  return el('div', { class: 'fix-preview' },
    ...shown.map((c) => el('div', { class: 'before-after' },
      el('h3', {}, c.address),
      el('p', { class: 'label' }, 'Before'), el('pre', { class: 'before' }, c.before),
      el('p', { class: 'label' }, 'After'), el('pre', { class: 'after' }, c.after))),
    cells.length > shown.length ? el('p', {}, `…and ${cells.length - shown.length} more cell(s) the same way.`) : null);
}

function render(container: HTMLElement, services: PaneServices) {
  const { adapter } = services;
  const validateButton = button('validate', 'Validate & colour', { appearance: 'primary' });
  const clearButton = button('clear-colours', 'Clear colours', { disabled: true });
  const summary = el('section', { id: 'summary', 'aria-label': 'Board readiness' });
  const undoBar = el('div', { id: 'undo-bar' });
  const counts = el('section', { id: 'counts', 'aria-label': 'Counts by RAG and indicator' });
  const issuesList = el('section', { id: 'issues', 'aria-label': 'Issues' });
  const boardButton = button('board-summary', 'Write board summary', { disabled: true });
  const dropdownButton = button('add-dropdowns', 'Add status dropdowns', { disabled: true });
  const exportButton = button('export-issues', 'Export Issues sheet', { disabled: true });
  container.append(
    el('div', { class: 'toolbar' }, validateButton, clearButton),
    summary, undoBar, issuesList, counts,
    el('h2', {}, 'For the board'),
    el('div', { class: 'toolbar' }, boardButton, exportButton, dropdownButton),
  );

  const showReport = (r: PlanReport) => {
    const errors = r.summary.errors;
    const settings = services.getSettings();
    const unsure = [...new Set([...r.columnQuestions.map((q) => q.field), ...(['action', 'lead', 'due', 'status'] as const).filter((f) => !r.columns[f])])];
    const answer = button('answer-columns', 'Answer in Settings');
    answer.addEventListener('click', () => services.showTab('settings'));
    // A stacked form's fields are named by its labels ('Owner'), not by the one column all its values share.
    const ask = unsure.length ? messageBar('info', el('span', {}, `Which ${r.form ? 'label' : 'column'} holds the ${unsure.map((f) => FIELD_NAMES[f].toLowerCase()).join(', ')}? `), answer) : null;
    summary.replaceChildren(
      ...(ask ? [ask] : []),
      messageBar(errors ? 'error' : 'success', el('span', { id: 'readiness', class: errors ? 'not-ready' : 'ready' }, errors ? `Not ready for the board: ${errors} must fix` : 'Ready for the board')),
      el('p', { class: 'muted' }, `${r.sheet} · ${r.actions.length} actions · as at ${settings.asAt || today()}`),
    );
    issuesList.replaceChildren(renderIssues(r, { select: (a) => void adapter.selectCell(a), fix: (issues) => void offerFix(issues) }));
    counts.replaceChildren(renderCounts(r));
    enable(boardButton, true);
    enable(exportButton, true);
    enable(clearButton, true);
    enable(dropdownButton, Boolean(r.columns.status) && !statusInPercent(r));
  };
  services.onReport(showReport);

  const refreshUndo = async (text?: string) => {
    const n = await undoableFixes(adapter);
    const undo = button('undo-fix', 'Undo last fix');
    undo.addEventListener('click', async () => {
      const done = await undoLastFix(adapter);
      await services.validate();
      await refreshUndo(done ? `Undone: ${done.restored} cell(s) back as they were${done.kept ? `; ${done.kept} edited since were left as they are` : ''}.` : undefined);
    });
    undoBar.replaceChildren(...(text ? [el('p', { role: 'status' }, text)] : []), ...(n ? [undo] : []));
    if (text) services.announce(text);
  };

  async function offerFix(issues: PlanIssue[]) {
    const cells = await previewFix(adapter, issues);
    if (!cells.length) return;
    const yes = await confirmDialog({
      id: 'fix-dialog', title: cells.length === 1 ? `Remove web-page code from ${cells[0].address}?` : `Remove web-page code from ${cells.length} cells?`,
      body: [el('p', {}, 'The text stays; only the code around it goes. You can undo this.'), fixPreview(cells)],
      confirm: cells.length === 1 ? 'Apply to the cell' : `Apply to ${cells.length} cells`,
    });
    if (!yes) return;
    await applyFix(adapter, cells, new Date());
    await services.validate();
    await refreshUndo(`Fixed ${cells.length} cell(s).`);
  }

  const run = async () => {
    validateButton.setAttribute('aria-busy', 'true');
    enable(validateButton, false);
    try {
      const r = await services.validate();
      services.announce(`${r.actions.length} actions checked. ${r.summary.errors ? `${r.summary.errors} must be fixed before the board.` : 'Ready for the board.'} ${r.issues.length} issues in all.`);
    } catch (error) {
      summary.replaceChildren(messageBar('error', el('span', { role: 'alert' }, `Could not check this sheet: ${(error as Error).message}`)));
    } finally {
      enable(validateButton, true);
      validateButton.removeAttribute('aria-busy');
    }
  };
  validateButton.addEventListener('click', () => void run());
  clearButton.addEventListener('click', async () => {
    const n = await clearColours(adapter);
    services.announce(n ? `Colours taken off ${n} cell(s); the plan's own fills are back.` : 'No colours to take off.');
    summary.append(el('p', { class: 'muted', role: 'status' }, n ? `Colours taken off ${n} cell(s). Validate & colour puts them back.` : 'No colours to take off.'));
  });
  dropdownButton.addEventListener('click', async () => {
    const r = services.getReport();
    if (!r?.columns.status) return;
    const rows = r.actions.map((a) => a.row);
    const key = services.getSettings().ragKey ?? r.ragKey;
    await adapter.setListValidation(`${r.columns.status}${Math.min(...rows)}:${r.columns.status}${Math.max(...rows)}`, key.entries.map((e) => e.label));
    services.announce('Status dropdowns added.');
  });
  exportButton.addEventListener('click', async () => {
    const r = services.getReport();
    if (!r) return;
    await adapter.writeReport('Issues', { ...issuesSheet(r), charts: [] });
    services.announce('Issues sheet written.');
  });
  boardButton.addEventListener('click', async () => {
    const r = services.getReport();
    if (!r) return;
    const id = services.getIdentity();
    const approval = await approvalForBoard(r).catch(() => undefined);
    const title = [id.standard.value, id.period.value, 'action plan', id.trust.value ? `— ${id.trust.value}` : ''].filter(Boolean).join(' ');
    const asAt = new Date(`${services.getSettings().asAt || today()}T12:00:00Z`);
    await adapter.writeReport(BOARD_SHEET, { ...boardSummary(r, { asAt, title, approval }), charts: [] });
    const text = `"${BOARD_SHEET}" sheet written: ${r.summary.errors ? `not ready, ${r.summary.errors} must fix` : 'ready for the board'}. It prints on A4 landscape.`;
    summary.append(el('p', { class: 'muted', role: 'status', id: 'board-status' }, text));
    services.announce(text);
  });
  void refreshUndo();
}

registerView({ id: 'check', title: 'Check', tab: 'check', render });
