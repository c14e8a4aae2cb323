import type { Conflict } from '../../shared/sync';
import type { PlanField, PlanReport, RecognisedAction } from '../../shared/types';
/// <reference types="office-js" />
import { signIn as signInTo } from '../auth';
import { el } from '../taskpane/dom';
import { registerView, type PaneServices } from '../taskpane/views';
import type { SyncRow } from './diff-rows';
import { SyncClient, SyncError, type SyncState } from './sync-client';
import { setSession } from './session';
import { addressOf } from './address-of';
import { rowsOfReport } from './rows-of-report';
import { applyPull } from './apply-pull';
import { linkRows } from './link-rows';
import { randomRowId } from '../row-ids';
import type { PlanResponse } from '../../shared/sync';
import { showSinceApproval } from './since-approval';
import { FIELD_NAMES } from '../../shared/rules/describe';

type Role = 'editor' | 'viewer' | 'regional-lead' | 'admin';

/** Inside Office with Nested App Authentication, Microsoft sign-in is used; anywhere else dev sign-in. */
const naaAvailable = () => {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1'));
  } catch {
    return false;
  }
};

function render(container: HTMLElement, services: PaneServices) {
  const settings = services.getSettings();
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const input = (id: string, label: string, value: string) => {
    const field = el('input', { id, value, 'aria-label': label });
    return { field, row: el('label', { for: id }, el('span', {}, label), field) };
  };
  const url = input('sync-url', 'Sync service', params.get('service') ?? 'http://127.0.0.1:7071');
  const user = input('sync-user', 'Your name', params.get('user') ?? '');
  const role = el('select', { id: 'sync-role', 'aria-label': 'Role (dev sign-in)' },
    el('option', { value: 'editor' }, 'Editor'), el('option', { value: 'viewer' }, 'Viewer'), el('option', { value: 'regional-lead' }, 'Regional lead'));
  role.value = params.get('role') ?? 'editor';
  const region = input('sync-region', 'Region code (regional leads)', params.get('region') ?? '');
  const trust = input('sync-trust', 'Trust (ODS code)', params.get('trust') ?? settings.trust);
  const standard = input('sync-standard', 'Standard', params.get('standard') ?? settings.standard ?? '');
  const period = input('sync-period', 'Period', params.get('period') ?? settings.period);
  const signIn = el('button', { type: 'button', id: 'sync-signin' }, 'Sign in');
  const signOut = el('button', { type: 'button', id: 'sync-signout', hidden: true }, 'Sign out');
  const approve = el('button', { type: 'button', id: 'sync-approve', disabled: true }, 'Mark as board-approved');
  const sinceApproval = el('button', { type: 'button', id: 'sync-since-approval', disabled: true }, 'Show changes since board approval');
  const progress = el('progress', { id: 'sync-progress', hidden: true, 'aria-label': 'Sync in progress' });
  const approvalList = el('div', { id: 'sync-approval', 'aria-label': 'Changes since board approval' });
  const deletionsBox = el('div', { id: 'sync-deletions', 'aria-label': 'Actions deleted by others' });
  const push = el('button', { type: 'button', id: 'sync-push', disabled: true }, 'Push my changes');
  const pull = el('button', { type: 'button', id: 'sync-pull', disabled: true }, 'Get others\' changes');
  const status = el('p', { id: 'sync-status', role: 'status', class: 'muted' }, 'Not signed in.');
  const conflicts = el('div', { id: 'sync-conflicts', 'aria-label': 'Conflicts to resolve' });
  container.append(
    url.row, user.row, el('label', { for: 'sync-role' }, el('span', {}, 'Role (dev sign-in)'), role), region.row, trust.row, standard.row, period.row,
    el('div', { class: 'toolbar' }, signIn, signOut, push, pull), progress, status, conflicts, deletionsBox,
    el('div', { class: 'toolbar' }, approve, sinceApproval), approvalList);

  /** The plan this workbook syncs with, as kept in the workbook (so a reopened workbook knows it). */
  type Connection = { url: string; user: string; role: string; region: string; trust: string; standard: string; period: string };
  const planKey = (c: Pick<Connection, 'trust' | 'standard' | 'period'>) =>
    `${encodeURIComponent(c.trust.trim().toUpperCase())}/plans/${encodeURIComponent(c.standard.trim().toUpperCase())}/${encodeURIComponent(c.period.trim())}`;
  const restoreConnection = async () => {
    const saved = await services.adapter.readState<Connection>('sync:connection');
    if (!saved) return;
    // The URL's own service and user (preview links, tests) win over what the workbook remembers.
    if (!params.get('service')) url.field.value = saved.url;
    if (!params.get('user')) user.field.value = saved.user;
    role.value = saved.role;
    region.field.value = saved.region;
    trust.field.value = saved.trust;
    standard.field.value = saved.standard;
    period.field.value = saved.period;
    const state = await services.adapter.readState<SyncState>(`sync:${planKey(saved)}`);
    const unsent = state?.outbox.reduce((n, p) => n + p.changes.length, 0) ?? 0;
    if (unsent && !client) say(`Not signed in. ${unsent} unsent change(s) are kept with this workbook: sign in to send them.`);
  };

  let client: SyncClient | null = null;
  let planUrl = '';
  let tokens: { getToken(): Promise<string> } | null = null;
  /** Runs a long operation with the progress bar showing and the buttons off, so nothing runs twice. */
  const busy = async (work: () => Promise<void>) => {
    progress.hidden = false;
    for (const b of [push, pull, approve, sinceApproval, signIn]) b.disabled = true;
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      progress.hidden = true;
      refreshButtons();
    }
  };
  /** Buttons follow the sign-in: nothing to push or pull before it, viewers cannot approve. */
  let canWrite = false;
  const refreshButtons = () => {
    signIn.disabled = false;
    push.disabled = pull.disabled = sinceApproval.disabled = !client;
    approve.disabled = !client || !canWrite;
  };
  const say = (text: string) => {
    status.textContent = text;
    services.announce(text);
  };
  const describe = () => {
    if (!client) return;
    const when = client.state.lastSyncedAt ? new Date(client.state.lastSyncedAt).toLocaleTimeString() : 'never';
    say(`Last synced ${when}. ${client.unsent} unsent change(s). ${client.state.conflicts.length} conflict(s) to resolve.`);
  };
  const fail = (error: unknown) => {
    const message = error instanceof SyncError ? error.message : `Sync failed: ${(error as Error).message}`;
    say(client?.unsent ? `${message} ${client.unsent} unsent change(s) are kept with the workbook.` : message);
  };
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
    // 'Lead', 'Timescale': the plan's words for the field, not the service's.
    const field = Object.hasOwn(FIELD_NAMES, c.field) ? FIELD_NAMES[c.field as PlanField] : c.field;
    const edit = el('input', { 'aria-label': `New value for ${field}`, value: c.mine ?? '' });
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
    return el('article', { class: 'conflict-card', 'aria-label': `Conflict on ${field}` },
      el('h3', {}, `${field} — ${addressOf(report(), c.id, c.field as PlanField) ?? c.id}`),
      row('Was', c.base), row('Mine', c.mine), row(`Theirs (${c.by ?? 'someone'}${c.at ? `, ${new Date(c.at).toLocaleString()}` : ''})`, c.theirs),
      el('div', { class: 'toolbar' }, keep, take), el('div', { class: 'toolbar' }, edit, save));
  }

  signIn.addEventListener('click', () => void busy(async () => {
    const base = url.field.value.trim().replace(/\/+$/, '');
    const who = user.field.value.trim() || 'editor';
    const code = trust.field.value.trim().toUpperCase();
    const asRole = role.value as Role;
    const session = await signInTo({
      serviceUrl: base,
      naaAvailable: naaAvailable(),
      dev: { sub: who, name: who, role: asRole, ...(asRole === 'regional-lead' ? { region: region.field.value.trim().toUpperCase() } : { trust: code }) },
    }).catch((e: Error) => {
      throw new SyncError('signed-out', e.message);
    });
    tokens = session.tokens;
    setSession({ serviceUrl: base, ...session });
    signOut.hidden = false;
    const who2 = `${session.user.name}${session.user.role ? ` (${session.user.role}${session.user.trust ? `, ${session.user.trust}` : session.user.region ? `, ${session.user.region}` : ''})` : ''}`;
    if (session.user.role === 'regional-lead') {
      client = null;
      say(`Signed in as ${who2}. Regional leads read plans: use Compare region below.`);
      return;
    }
    const connection: Connection = { url: base, user: who, role: asRole, region: region.field.value.trim().toUpperCase(), trust: code, standard: standard.field.value, period: period.field.value };
    await services.adapter.writeState('sync:connection', connection);
    const plan = planKey(connection);
    planUrl = `${base}/v1/trusts/${plan}`;
    const key = `sync:${plan}`;
    client = await new SyncClient({
      planUrl,
      tokens: session.tokens,
      store: { read: () => services.adapter.readState(key), write: (s) => services.adapter.writeState(key, s) },
    }).load();
    canWrite = session.user.role !== 'viewer';
    const linked = await linkFirstConnection();
    renderConflicts();
    renderDeletions();
    describe();
    status.textContent = `Signed in as ${who2}. ${linked}${status.textContent}`;
  }));
  signOut.addEventListener('click', () => {
    setSession(null);
    client = null;
    tokens = null;
    signOut.hidden = true;
    refreshButtons();
    say('Signed out. Unsent changes stay with the workbook.');
  });
  approve.addEventListener('click', () => void busy(async () => {
    if (client?.unsent) throw new SyncError('rejected', `Push your ${client.unsent} unsent change(s) first: the board snapshot records what the service holds.`);
    const label = `Board approved ${new Date().toISOString().slice(0, 10)}`;
    const res = await authorised(`${planUrl}/snapshots`, { method: 'POST', body: JSON.stringify({ label }) });
    const created = (await res.json()) as { revision: number };
    say(`Marked as board-approved ("${label}", revision ${created.revision}).`);
  }));
  sinceApproval.addEventListener('click', () => void busy(async () => {
    const shown = await showSinceApproval({ planUrl, fetch: authorised, report: report(), adapter: services.adapter, list: approvalList });
    say(shown === null ? 'This plan has not been marked as board-approved yet.' : `${shown} cell(s) changed since board approval are highlighted.`);
  }));

  /** Calls the service with the session's token, turning failures into plain words. */
  async function authorised(url: string, init: RequestInit = {}): Promise<Response> {
    if (!tokens) throw new SyncError('signed-out', 'Sign in to sync.');
    const token = await tokens.getToken().catch(() => {
      throw new SyncError('signed-out', 'You are signed out. Sign in to sync.');
    });
    const res = await fetch(url, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}`, 'content-type': 'application/json' } }).catch(() => {
      throw new SyncError('offline', 'Cannot reach the sync service (offline?).');
    });
    if (res.status === 401) throw new SyncError('signed-out', 'Your sign-in has expired. Sign in again.');
    if (res.status === 403) throw new SyncError('no-permission', 'You do not have permission to do that for this plan.');
    if (!res.ok && res.status !== 404) throw new SyncError('busy', `The sync service could not do that now (${res.status}). Try again in a moment.`);
    return res;
  }
  push.addEventListener('click', () => void busy(async () => {
    try {
      await client!.record(rowsOfReport(await services.validate()));
      await client!.push();
    } finally {
      // Conflicts and counts are shown even when the outbox stopped part-way (offline, busy).
      renderConflicts();
      if (client) describe();
    }
  }));
  pull.addEventListener('click', () => void busy(async () => {
    const r = await services.validate();
    const result = await client!.pull(rowsOfReport(r));
    const { updated, added } = await applyPull(services.adapter, r, result);
    if (updated || added) await services.validate();
    renderDeletions();
    describe();
    const parts = [updated && `${updated} cell(s) updated`, added && `${added} new action(s) added below the plan`, result.deletions.length && `${result.deletions.length} action(s) deleted by others to review`].filter(Boolean);
    if (parts.length) say(`${status.textContent} ${parts.join('; ')}.`);
  }));

  /** Others' deletions wait here until the user removes the row or keeps it (as a new action). */
  function renderDeletions() {
    const pending = client?.state.pendingDeletions ?? [];
    deletionsBox.replaceChildren();
    if (!pending.length) return;
    deletionsBox.append(el('h3', {}, `Deleted by others (${pending.length})`));
    for (const d of pending) {
      const action = services.getReport()?.actions.find((a) => a.id === d.id);
      const remove = el('button', { type: 'button', class: 'remove-row' }, 'Remove from sheet');
      const keep = el('button', { type: 'button', class: 'keep-row' }, 'Keep as a new action');
      remove.addEventListener('click', () => void busy(async () => {
        const row = services.getReport()?.actions.find((a) => a.id === d.id)?.row;
        if (row) await services.adapter.deleteRows([row]);
        await client!.settleDeletion(d.id);
        await services.validate();
        renderDeletions();
        say(`Row removed. ${client!.unsent} unsent change(s).`);
      }));
      keep.addEventListener('click', () => void busy(async () => {
        const r = services.getReport();
        const row = r?.actions.find((a) => a.id === d.id)?.row;
        // A deleted id never comes back on the service, so the kept row gets a new id and is pushed as new.
        if (row && r?.columns.id) await services.adapter.writeCells([{ address: `${r.columns.id}${row}`, value: randomRowId() }]);
        await client!.settleDeletion(d.id);
        await services.validate();
        renderDeletions();
        say('Kept: it will be pushed as a new action.');
      }));
      deletionsBox.append(el('article', { class: 'deletion-card', 'data-id': d.id },
        el('p', {}, `${action ? `Row ${action.row}: ${action.action || '(no action text)'}` : 'An action not in this sheet'} — deleted by ${d.by}, ${new Date(d.at).toLocaleString()}`),
        el('div', { class: 'toolbar' }, action ? remove : null, action ? keep : null)));
      if (!action) void client!.settleDeletion(d.id);
    }
  }

  /**
   * First connection of this workbook to a plan others already share: pair rows by content and take the
   * shared ids, so the plan is not pushed twice. Shared rows not in the sheet arrive with the next pull.
   */
  async function linkFirstConnection(): Promise<string> {
    if (!client || client.state.revision > 0 || client.state.outbox.length || Object.keys(client.state.base).length) return '';
    const plan = (await (await authorised(planUrl)).json()) as PlanResponse;
    const live = (plan.rows ?? []).filter((row) => !row.deleted);
    if (!live.length) return '';
    const r = await services.validate();
    const links = linkRows(rowsOfReport(r), live);
    if (r.columns.id && links.size) {
      const cells = [...links].flatMap(([local, shared]) => {
        const row = r.actions.find((a) => a.id === local)?.row;
        return row ? [{ address: `${r.columns.id}${row}`, value: shared }] : [];
      });
      await services.adapter.writeCells(cells);
    }
    await client.adopt(live, links.values());
    await services.validate();
    return `Linked ${links.size} of this sheet's actions to the ${live.length} already shared. `;
  }
  void restoreConnection();
}

registerView({ id: 'sync', title: 'Sync', render });
