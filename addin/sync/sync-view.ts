import type { Conflict } from '../../shared/sync';
import type { PlanField, PlanReport, RecognisedAction } from '../../shared/types';
import { el } from '../taskpane/dom';
import { registerView, type PaneServices } from '../taskpane/views';
import type { SyncRow } from './diff-rows';
import { SyncClient, SyncError } from './sync-client';

/** Fields the core derives (indicator from numbering, theme from headings): pushed, never written back into cells. */
const DERIVED: PlanField[] = ['ref', 'indicator', 'theme'];

/**
 * The plan's actions as sync rows, by stable id.
 *
 * @example
 * rowsOfReport(report)[0]; // { id: '3f9a0c1d2e4b', fields: { action: '…', lead: '…', due: 'Jan-20', … } }
 */
export function rowsOfReport(report: PlanReport): SyncRow[] {
  return report.actions.filter((a) => a.id).map((a) => ({
    id: a.id!,
    fields: {
      ref: a.ref ?? '', indicator: a.indicator ?? '', theme: a.theme ?? '', objective: a.objective, action: a.action, lead: a.lead,
      due: a.due.text, status: a.status, progress: a.progress, outcome: a.outcome, completed: a.completed,
    },
  }));
}

function addressOf(report: PlanReport, id: string, field: PlanField): string | null {
  if (DERIVED.includes(field)) return null;
  const action = report.actions.find((a) => a.id === id) as RecognisedAction | undefined;
  const column = action?.cells?.[field] ?? report.columns[field];
  return action && column ? `${column}${action.row}` : null;
}

function render(container: HTMLElement, services: PaneServices) {
  const settings = services.getSettings();
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const input = (id: string, label: string, value: string) => {
    const field = el('input', { id, value, 'aria-label': label });
    return { field, row: el('label', { for: id }, el('span', {}, label), field) };
  };
  const url = input('sync-url', 'Sync service', params.get('service') ?? 'http://127.0.0.1:7071');
  const user = input('sync-user', 'Your name', params.get('user') ?? '');
  const trust = input('sync-trust', 'Trust (ODS code)', settings.trust);
  const standard = input('sync-standard', 'Standard', settings.standard ?? '');
  const period = input('sync-period', 'Period', settings.period);
  const signIn = el('button', { type: 'button', id: 'sync-signin' }, 'Sign in (dev)');
  const push = el('button', { type: 'button', id: 'sync-push', disabled: true }, 'Push my changes');
  const pull = el('button', { type: 'button', id: 'sync-pull', disabled: true }, 'Get others\' changes');
  const status = el('p', { id: 'sync-status', role: 'status', class: 'muted' }, 'Not signed in.');
  const conflicts = el('div', { id: 'sync-conflicts', 'aria-label': 'Conflicts to resolve' });
  container.append(url.row, user.row, trust.row, standard.row, period.row, el('div', { class: 'toolbar' }, signIn, push, pull), status, conflicts);

  let client: SyncClient | null = null;
  const say = (text: string) => {
    status.textContent = text;
    services.announce(text);
  };
  const describe = () => {
    if (!client) return;
    const when = client.state.lastSyncedAt ? new Date(client.state.lastSyncedAt).toLocaleTimeString() : 'never';
    say(`Last synced ${when}. ${client.unsent} unsent change(s). ${client.state.conflicts.length} conflict(s) to resolve.`);
  };
  const fail = (error: unknown) => say(error instanceof SyncError ? error.message : `Sync failed: ${(error as Error).message}`);
  const report = () => {
    const r = services.getReport();
    if (!r) throw new SyncError('rejected', 'Validate the plan first, so each action has its id.');
    return r;
  };

  function renderConflicts() {
    conflicts.replaceChildren();
    for (const c of client?.state.conflicts ?? []) conflicts.append(card(c));
  }
  function card(c: Conflict) {
    const edit = el('input', { 'aria-label': `New value for ${c.field}`, value: c.mine ?? '' });
    const choose = (choice: Parameters<SyncClient['resolve']>[1]) => async () => {
      try {
        const value = await client!.resolve(c, choice);
        const address = addressOf(report(), c.id, c.field as PlanField);
        if (address) await services.adapter.writeCells([{ address, value }]);
        await client!.push();
        renderConflicts();
        describe();
      } catch (e) {
        fail(e);
      }
    };
    const keep = el('button', { type: 'button', class: 'keep-mine' }, 'Keep mine');
    const take = el('button', { type: 'button', class: 'take-theirs' }, 'Take theirs');
    const save = el('button', { type: 'button', class: 'save-edit' }, 'Save edit');
    keep.addEventListener('click', choose({ keep: 'mine' }));
    take.addEventListener('click', choose({ keep: 'theirs' }));
    save.addEventListener('click', () => void choose({ value: edit.value })());
    const row = (label: string, value: string | null) => el('div', { class: 'conflict-row' }, el('strong', {}, label), el('span', {}, value ?? '(deleted)'));
    return el('article', { class: 'conflict-card', 'aria-label': `Conflict on ${c.field}` },
      el('h3', {}, `${c.field} — ${addressOf(report(), c.id, c.field as PlanField) ?? c.id}`),
      row('Was', c.base), row('Mine', c.mine), row(`Theirs (${c.by ?? 'someone'}${c.at ? `, ${new Date(c.at).toLocaleString()}` : ''})`, c.theirs),
      el('div', { class: 'toolbar' }, keep, take), el('div', { class: 'toolbar' }, edit, save));
  }

  signIn.addEventListener('click', async () => {
    try {
      const base = url.field.value.replace(/\/+$/, '');
      const who = user.field.value.trim() || 'editor';
      const res = await fetch(`${base}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sub: who, name: who, trust: trust.field.value.trim().toUpperCase(), role: 'editor' }) });
      if (!res.ok) throw new SyncError('signed-out', 'Sign-in failed: is the local service running with dev sign-in on (npm start)?');
      const { token } = (await res.json()) as { token: string };
      const plan = `${trust.field.value.trim().toUpperCase()}/plans/${standard.field.value.trim().toUpperCase()}/${period.field.value.trim()}`;
      const key = `sync:${plan}`;
      client = await new SyncClient({
        planUrl: `${base}/v1/trusts/${plan}`,
        tokens: { getToken: async () => token },
        store: { read: () => services.adapter.readState(key), write: (s) => services.adapter.writeState(key, s) },
      }).load();
      push.disabled = false;
      pull.disabled = false;
      renderConflicts();
      describe();
    } catch (e) {
      fail(e);
    }
  });
  push.addEventListener('click', async () => {
    try {
      push.setAttribute('aria-busy', 'true');
      await client!.record(rowsOfReport(report()));
      await client!.push();
      renderConflicts();
      describe();
    } catch (e) {
      fail(e);
    } finally {
      push.removeAttribute('aria-busy');
    }
  });
  pull.addEventListener('click', async () => {
    try {
      const r = report();
      const result = await client!.pull(rowsOfReport(r));
      const cells = result.updates.flatMap((u) => {
        const address = addressOf(r, u.id, u.field);
        return address ? [{ address, value: u.value }] : [];
      });
      await services.adapter.writeCells(cells);
      describe();
      if (result.deletions.length) say(`${status.textContent} ${result.deletions.length} action(s) were deleted by others: review before removing them.`);
    } catch (e) {
      fail(e);
    }
  });
}

registerView({ id: 'sync', title: 'Sync', render });
