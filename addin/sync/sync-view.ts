import type { Conflict } from '../../shared/sync';
import type { PlanField } from '../../shared/types';
import { signInCard } from '../auth/sign-in-card';
import { button, confirmDialog, enable, messageBar } from '../taskpane/controls';
import { el } from '../taskpane/dom';
import { registerView, type PaneServices } from '../taskpane/views';
import { SyncClient, SyncError, type SyncState } from './sync-client';
import { onSessionChange, type SyncSession } from './session';
import { describePull } from './describe-pull';
import { setPlanConnection } from './plan-connection';
import { addressOf } from './address-of';
import { rowsOfReport } from './rows-of-report';
import { applyPull } from './apply-pull';
import { linkRows } from './link-rows';
import { randomRowId } from '../row-ids';
import { showSinceApproval } from './since-approval';
import { createServiceClient, type PlanApi } from '../api';
import { describeMassChange, type MassChange } from './mass-change';
import { FIELD_NAMES } from '../../shared/rules/describe';

/** The plan this workbook syncs with, as kept in the workbook (so a reopened workbook knows it). */
type Connection = { url: string; trust: string; standard: string; period: string };
const planKey = (c: Pick<Connection, 'trust' | 'standard' | 'period'>) =>
  `${encodeURIComponent(c.trust.trim().toUpperCase())}/plans/${encodeURIComponent(c.standard.trim().toUpperCase())}/${encodeURIComponent(c.period.trim())}`;

function render(container: HTMLElement, services: PaneServices) {
  const approve = button('sync-approve', 'Mark as board-approved…', { disabled: true });
  const sinceApproval = button('sync-since-approval', 'Show changes since board approval', { disabled: true });
  const progress = el('fluent-progress-bar', { id: 'sync-progress', hidden: true, 'aria-label': 'Sync in progress' });
  const approvalList = el('div', { id: 'sync-approval', role: 'region', 'aria-label': 'Changes since board approval' });
  const approvedBy = el('p', { id: 'sync-approved-by', class: 'muted' });
  const deletionsBox = el('div', { id: 'sync-deletions', role: 'region', 'aria-label': 'Actions deleted by others' });
  const pulledBox = el('div', { id: 'sync-pulled', role: 'region', 'aria-label': 'What the last pull changed' });
  const push = button('sync-push', 'Push my changes', { appearance: 'primary', disabled: true });
  const pull = button('sync-pull', 'Get others\' changes', { disabled: true });
  const status = el('p', { id: 'sync-status', role: 'status', class: 'muted' }, 'Not signed in.');
  const conflicts = el('div', { id: 'sync-conflicts', role: 'region', 'aria-label': 'Conflicts to resolve' });
  const planLine = el('p', { id: 'sync-plan', class: 'muted' });
  const work = el('div', { id: 'sync-work', hidden: true },
    planLine, el('div', { class: 'toolbar' }, push, pull), progress, conflicts, pulledBox, deletionsBox,
    el('h2', {}, 'Board approval'), approvedBy, el('div', { class: 'toolbar' }, approve, sinceApproval), approvalList);
  container.append(signInCard(services, (text) => say(text)), status, work);

  /** What the workbook remembers of its last connection: enough to tell about unsent changes before sign-in. */
  const restoreConnection = async () => {
    const saved = await services.adapter.readState<Connection>('sync:connection');
    if (!saved?.trust) return;
    const state = await services.adapter.readState<SyncState>(`sync:${planKey(saved)}`);
    const unsent = state?.outbox.reduce((n, p) => n + p.changes.length, 0) ?? 0;
    if (unsent && !client) say(`Not signed in. ${unsent} unsent change(s) are kept with this workbook: sign in to send them.`);
  };

  let client: SyncClient | null = null;
  let planUrl = '';
  let api: PlanApi | null = null;
  let session: SyncSession | null = null;
  /** Runs a long operation with the progress bar showing and the buttons off, so nothing runs twice. */
  const busy = async (work: () => Promise<void>) => {
    progress.hidden = false;
    for (const b of [push, pull, approve, sinceApproval]) enable(b, false);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      progress.hidden = true;
      refreshButtons();
    }
  };
  /** Buttons follow the sign-in and the role: a viewer has no Push and no approval; nothing works before sign-in. */
  let canWrite = false;
  const refreshButtons = () => {
    for (const b of [push, pull, sinceApproval]) enable(b, Boolean(client));
    enable(approve, Boolean(client) && canWrite);
    push.hidden = approve.hidden = !canWrite;
  };
  const say = (text: string) => {
    status.textContent = text;
    services.announce(text);
  };
  const describe = () => {
    if (!client) return;
    const when = client.state.lastSyncedAt ? new Date(client.state.lastSyncedAt).toLocaleTimeString() : 'never';
    const aside = client.state.setAside ?? [];
    const problem = aside[0]?.problems[0];
    const field = problem?.field ? `${Object.hasOwn(FIELD_NAMES, problem.field) ? FIELD_NAMES[problem.field as PlanField] : problem.field} ` : '';
    const fix = problem ? ` ${aside.length} change set(s) not sent: ${field}${problem.message}. Change the cell and push again.` : '';
    say(`Last synced ${when}. ${client.unsent} unsent change(s). ${client.state.conflicts.length} conflict(s) to resolve.${fix}`);
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
    const edit = el('fluent-text-input', { class: 'field', value: c.mine ?? '' }, `Or write a new ${field.toLowerCase()}`) as HTMLElement & { value: string };
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
    const keep = button(undefined, 'Keep mine', { class: 'keep-mine' });
    const take = button(undefined, 'Take theirs', { class: 'take-theirs' });
    const save = button(undefined, 'Save edit', { class: 'save-edit' });
    keep.addEventListener('click', choose({ keep: 'mine' }));
    take.addEventListener('click', choose({ keep: 'theirs' }));
    save.addEventListener('click', () => void choose({ value: edit.value })());
    const row = (label: string, value: string | null) => el('div', { class: 'conflict-row' }, el('strong', {}, label), el('span', {}, value ?? '(deleted)'));
    return el('article', { class: 'conflict-card', 'aria-label': `Conflict on ${field}` },
      el('h3', {}, `${field} — ${addressOf(report(), c.id, c.field as PlanField) ?? c.id}`),
      row('Was', c.base), row('Mine', c.mine), row(`Theirs (${c.by ?? 'someone'}${c.at ? `, ${new Date(c.at).toLocaleString()}` : ''})`, c.theirs),
      el('div', { class: 'toolbar' }, keep, take), el('div', { class: 'toolbar' }, edit, save));
  }

  /** Connects to the shared plan the identity names (trust from the sign-in unless set in Settings). */
  const connect = () => busy(async () => {
    if (!session) return;
    const r = services.getReport() ?? (await services.validate());
    const id = services.getIdentity();
    const missing = [!id.trust.value && 'trust', !id.standard.value && 'standard', !id.period.value && 'period'].filter(Boolean);
    if (missing.length) throw new SyncError('rejected', `This plan's ${missing.join(' and ')} is not known: set it in Settings → This plan, then sign in again.`);
    const connection: Connection = { url: session.serviceUrl, trust: id.trust.value!, standard: id.standard.value!, period: id.period.value! };
    await services.adapter.writeState('sync:connection', connection);
    const plan = planKey(connection);
    planUrl = `${session.serviceUrl}/v1/trusts/${plan}`;
    planLine.textContent = `Plan: ${connection.trust} · ${connection.standard} · ${connection.period} (${r.actions.length} actions in this sheet)`;
    const key = `sync:${plan}`;
    client = await new SyncClient({
      planUrl,
      tokens: session.tokens,
      store: { read: () => services.adapter.readState(key), write: (st) => services.adapter.writeState(key, st) },
      confirmMassChange: askMassChange,
    }).load();
    api = createServiceClient({ serviceUrl: session.serviceUrl, tokens: session.tokens }).plan(planUrl);
    setPlanConnection({ api });
    const linked = await linkFirstConnection();
    await showApprovedBy();
    renderConflicts();
    renderDeletions();
    describe();
    say(`Signed in as ${session.user.name}. ${linked}${status.textContent}`);
  });

  onSessionChange((next) => {
    session = next;
    api = null;
    client = null;
    setPlanConnection(null);
    canWrite = Boolean(next && next.user.role !== 'viewer');
    work.hidden = !next || next.user.role === 'regional-lead';
    refreshButtons();
    if (!next) return;
    if (next.user.role === 'regional-lead') {
      say(`Signed in as ${next.user.name} (regional lead${next.user.region ? `, ${next.user.region}` : ''}). Regional leads read plans: use the Compare tab.`);
      return;
    }
    void connect();
  });

  /** Who approved the plan, and when, from the service's latest board snapshot. */
  async function showApprovedBy() {
    const plan = await planApi().read();
    const snap = plan.latestSnapshot;
    approvedBy.textContent = snap ? `Last board approval: "${snap.label}", recorded by ${snap.createdBy} on ${new Date(snap.createdAt).toLocaleDateString()}.` : 'Not yet marked as board-approved.';
  }

  approve.addEventListener('click', async () => {
    if (client?.unsent) return fail(new SyncError('rejected', `Push your ${client.unsent} unsent change(s) first: the board snapshot records what the service holds.`));
    const r = await services.validate().catch(() => null);
    if (!r) return say('Could not check the plan: open the plan\'s sheet and try again.');
    const id = services.getIdentity();
    const errors = r.summary.errors;
    const yes = await confirmDialog({
      id: 'approve-dialog',
      title: 'Mark this plan as board-approved?',
      body: [
        errors ? messageBar('warning', `The plan is not ready: ${errors} must-fix item(s) remain (see Check). Mark it approved only if the board approved it as it is.`) : messageBar('success', 'The plan is ready for the board: nothing must be fixed.'),
        el('p', {}, `${id.trust.value} · ${id.standard.value} · ${id.period.value}: this records you, ${session?.user.name ?? 'you'}, as the person who marked it, and keeps this version so later changes can be shown against it.`),
      ],
      confirm: 'Mark as approved',
    });
    if (!yes) return say('Not marked as approved.');
    await busy(async () => {
      const label = `Board approved ${new Date().toISOString().slice(0, 10)}`;
      const created = await planApi().snapshot(label);
      await showApprovedBy();
      say(`Marked as board-approved ("${label}", revision ${created.revision}) by ${session?.user.name ?? 'you'}.`);
    });
  });
  sinceApproval.addEventListener('click', () => void busy(async () => {
    const shown = await showSinceApproval({ api: planApi(), report: report(), adapter: services.adapter, list: approvalList });
    say(shown === null ? 'This plan has not been marked as board-approved yet.' : `${shown} cell(s) changed since board approval are highlighted.`);
  }));

  /** The plan's routes through the pane's one validated client. */
  const planApi = () => {
    if (!api) throw new SyncError('signed-out', 'Sign in to sync.');
    return api;
  };
  /** A push that would empty or delete many rows waits for the user's yes: the client asks, this shows it. */
  function askMassChange(change: MassChange): Promise<boolean> {
    return confirmDialog({ id: 'mass-change-dialog', title: 'Send a large change?', body: [el('p', {}, describeMassChange(change, FIELD_NAMES))], confirm: 'Send it anyway' });
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
    const lines = describePull(r, result, session?.user.name ?? '');
    pulledBox.replaceChildren(...(lines.length ? [el('h3', {}, `What changed (${lines.length})`), el('ul', { class: 'pulled-list' }, ...lines.map((l) => el('li', {}, l)))] : []));
    const { updated, added, refused } = await applyPull(services.adapter, r, result);
    if (updated || added) await services.validate();
    renderDeletions();
    describe();
    const parts = [updated && `${updated} cell(s) updated`, added && `${added} new action(s) added below the plan`, refused.length && `${refused.length} timescale(s) not written (see What changed)`, result.deletions.length && `${result.deletions.length} action(s) deleted by others to review`].filter(Boolean);
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
      const remove = button(undefined, 'Remove from sheet', { class: 'remove-row' });
      const keep = button(undefined, 'Keep as a new action', { class: 'keep-row' });
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
    const plan = await planApi().read();
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

registerView({ id: 'sync', title: 'Sync', tab: 'sync', render });
