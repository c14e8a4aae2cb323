import type { PlanReport } from '../../shared/types';
import { compareYears, describeYearOnYear, yearActionsOfReport, yearActionsOfRows, type YearAction, type YearOnYear } from '../../shared/year-on-year';
import { currentSession, type SyncSession } from '../sync/session';
import { el } from '../taskpane/dom';
import { button, enable, selectField, textField } from '../taskpane/controls';
import { registerView, type PaneServices } from '../taskpane/views';
import { fetchPeriodRows, YearOnYearError } from './fetch-period-rows';
import { yearOnYearTable } from './year-on-year-table';

/** The sheet "Write to a sheet" creates (rewritten each time). */
export const YEAR_ON_YEAR_SHEET = 'Since last year';

/** Last year's plan from a workbook file: the sheet with the most actions (a sheet read by its header first), checked as this one is. */
async function reportOfFile(file: File, asAt: Date): Promise<PlanReport> {
  // exceljs and the checker are loaded only when a file is picked: Excel's first load stays small.
  const [{ readWorkbook, readCsv }, { checkPlan, bestReport }] = await Promise.all([import('../../shared/xlsx'), import('../../shared/check-plan')]);
  const grids = /\.csv$/i.test(file.name) ? [readCsv(await file.text(), file.name)] : (await readWorkbook(new Uint8Array(await file.arrayBuffer()))).sheets;
  const reports = grids.map((g) => checkPlan(g, { asAt }));
  const best = bestReport(reports);
  if (!best?.actions.length) throw new YearOnYearError(`No action plan found in ${file.name}: no sheet has a header row with columns such as Action, Lead, Timescale and Status.`);
  return best;
}

/** This sheet (checked now if it was not yet) against last year's workbook file. */
async function againstFile(picked: File, services: PaneServices): Promise<{ result: YearOnYear; label: string }> {
  const current = services.getReport() ?? (await services.validate());
  const asAt = new Date(`${services.getSettings().asAt || new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  const last = await reportOfFile(picked, asAt);
  if (last.standard && current.standard && last.standard !== current.standard) {
    throw new YearOnYearError(`${picked.name} is a ${last.standard} plan and this sheet is ${current.standard}: pick last year's ${current.standard} plan.`);
  }
  const period = last.identity.period.value;
  return { result: compareYears(yearActionsOfReport(last), yearActionsOfReport(current)), label: `This sheet against ${picked.name}${period ? ` (${period})` : ''}` };
}

/** Two periods of one trust's plan, as the sync service holds them. */
async function betweenPeriods(session: SyncSession, q: { trust: string; standard: string }, [lastPeriod, thisPeriod]: [string, string]): Promise<YearOnYear> {
  const [last, current] = await Promise.all([lastPeriod, thisPeriod].map((period) => fetchPeriodRows(session, { ...q, period })));
  if (!last.some((r) => !r.deleted)) throw new YearOnYearError(`${q.trust} has no ${q.standard} actions shared for ${lastPeriod}.`);
  return compareYears(yearActionsOfRows(last), yearActionsOfRows(current));
}

/** One category's list: each action where it was and is, its indicator and its words (text only). */
function section(id: string, title: string, items: { last: YearAction | null; current: YearAction | null; note?: string }[]) {
  if (!items.length) return null;
  return el('div', { id: `yoy-${id}` },
    el('h3', {}, `${title} (${items.length})`),
    el('ul', { class: 'issue-list' }, ...items.map(({ last, current, note }) => {
      // "Row 11 → Row 14" when it moved; once when it sits where it did.
      const where = [...new Set([last?.where, current?.where].filter(Boolean))].join(' → ') || 'Action';
      const a = current ?? last!;
      return el('li', { class: 'issue' },
        el('span', { class: 'where' }, `${where}${a.indicator ? ` · ind. ${a.indicator}` : ''}`),
        el('span', { class: 'message' }, note ? `${a.action} — ${note}` : a.action));
    })));
}

function renderResult(box: HTMLElement, r: YearOnYear) {
  const parts = [
    el('div', { id: 'yoy-summary' }, describeYearOnYear(r)[0]),
    section('dropped', 'Dropped without a word', r.dropped.map((a) => ({ last: a, current: null, note: a.status.trim() ? `last status: ${a.status.trim()}` : '' }))),
    section('completed', 'Completed', r.completed.map((c) => ({ last: c.last, current: c.this }))),
    section('closed', 'Closed with a reason', r.closed.map((c) => ({ last: c.last, current: c.this, note: c.reason }))),
    section('carried', 'Carried over', r.carriedOver.map((c) => ({ last: c.last, current: c.this, note: c.reworded ? `reworded from "${c.last.action.trim()}"` : '' }))),
    section('new', 'New this year', r.new.map((a) => ({ last: null, current: a }))),
  ];
  box.replaceChildren(...parts.filter((p): p is HTMLDivElement => p !== null));
}

/** The view's fields, buttons, status line and result box, appended to `container` (Fluent controls, text only). */
function buildForm(container: HTMLElement, services: PaneServices) {
  const id = services.getIdentity();
  const file = el('input', { type: 'file', id: 'yoy-file', accept: '.xlsx,.csv', class: 'file-input' });
  const trust = textField('yoy-trust', 'Trust (ODS code)', id.trust.value ?? '');
  const standard = selectField('yoy-standard', 'Standard', [['WRES', 'WRES (race)'], ['WDES', 'WDES (disability)']], id.standard.value ?? 'WRES');
  const lastPeriod = textField('yoy-last-period', 'Last year\'s period (like 2022-23)');
  const thisPeriod = textField('yoy-this-period', 'This year\'s period', id.period.value ?? '');
  const fetchButton = button('yoy-fetch', 'Compare the two periods');
  const write = button('yoy-write', 'Write to a sheet', { disabled: true });
  const status = el('p', { id: 'yoy-status', role: 'status', class: 'muted' }, 'Pick last year\'s workbook to compare this sheet with it.');
  const results = el('section', { id: 'yoy-results', 'aria-label': 'This year against last year' });
  container.append(
    el('h2', {}, 'This year against last year'),
    el('p', { class: 'muted' }, 'Which of last year\'s actions were carried over, completed, or dropped without a word, and which are new.'),
    el('label', { for: 'yoy-file', class: 'select-field' }, el('span', {}, 'Last year\'s workbook'), file),
    el('details', { id: 'yoy-periods' }, el('summary', {}, 'Or two periods from the sync service'),
      trust, standard.row, lastPeriod, thisPeriod, el('div', { class: 'toolbar' }, fetchButton)),
    status, results, el('div', { class: 'toolbar' }, write));
  // This year's identity comes from the checked plan: follow it until the user types their own.
  services.onReport(() => {
    const now = services.getIdentity();
    if (now.trust.value && !trust.value) trust.value = now.trust.value;
    if (now.standard.value) standard.select.value = now.standard.value;
    if (now.period.value && !thisPeriod.value) thisPeriod.value = now.period.value;
  });
  return { file, trust, standard: standard.select, lastPeriod, thisPeriod, fetchButton, write, status, results };
}

/**
 * The pane's year-on-year view: this sheet against last year's workbook, or two periods of the plan from the
 * sync service — which of last year's actions were carried over, completed, closed or dropped without a word,
 * and which are new — with the list in the pane and, on request, a "Since last year" sheet.
 *
 * @example
 * renderYearOnYear(container, services); // the pane hosts it in its Check tab (registered as the 'year-on-year' view)
 */
export function renderYearOnYear(container: HTMLElement, services: PaneServices): void {
  const { file, trust, standard, lastPeriod, thisPeriod, fetchButton, write, status, results } = buildForm(container, services);
  let result: YearOnYear | null = null;
  const say = (text: string) => {
    status.textContent = text;
    services.announce(text);
  };
  const show = (r: YearOnYear, what: string) => {
    result = r;
    renderResult(results, r);
    enable(write, true);
    say(`${what}: ${describeYearOnYear(r)[0]}.`);
  };
  const fail = (error: unknown) => {
    results.replaceChildren();
    enable(write, false);
    say(error instanceof YearOnYearError ? error.message : `Could not compare: ${(error as Error)?.message ?? 'unknown error'}`);
  };

  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    try {
      say(`Reading ${picked.name}…`);
      const { result: r, label } = await againstFile(picked, services);
      show(r, label);
    } catch (error) {
      fail(error);
    }
  });

  fetchButton.addEventListener('click', async () => {
    const session = currentSession();
    if (!session) return say('Sign in (Sync) to compare periods from the sync service.');
    const q = { trust: trust.value.trim().toUpperCase() || session.user.trust || '', standard: standard.value };
    const periods: [string, string] = [lastPeriod.value.trim(), thisPeriod.value.trim()];
    if (!/^[A-Z0-9-]{1,40}$/.test(q.trust)) return say('Enter the trust\'s ODS code, like RXT.');
    if (q.standard !== 'WRES' && q.standard !== 'WDES') return say('Enter the standard: WRES or WDES.');
    if (!periods.every((p) => /^\d{4}-\d{2}$/.test(p))) return say('Enter both periods like 2022-23.');
    enable(fetchButton, false);
    try {
      say(`Reading ${q.trust} ${q.standard} ${periods.join(' and ')} from the sync service…`);
      show(await betweenPeriods(session, q, periods), `${q.trust} ${q.standard} ${periods[1]} against ${periods[0]}`);
    } catch (error) {
      fail(error);
    } finally {
      enable(fetchButton, true);
    }
  });

  write.addEventListener('click', async () => {
    if (!result || write.hasAttribute('disabled')) return;
    try {
      await services.adapter.writeSheet(YEAR_ON_YEAR_SHEET, yearOnYearTable(result));
      say(`Wrote the comparison to the "${YEAR_ON_YEAR_SHEET}" sheet.`);
    } catch (error) {
      say(`Excel could not write the "${YEAR_ON_YEAR_SHEET}" sheet: ${(error as Error)?.message ?? 'unknown error'}.`);
    }
  });
}

registerView({ id: 'year-on-year', title: 'This year against last year', tab: 'check', render: renderYearOnYear });
