import type { Change, ChangeEntry, Conflict, PlanFields, PushResponse } from '../../shared/sync';
import type { PlanField } from '../../shared/types';
import type { TokenProvider } from '../auth/types';
import { diffRows, type SyncRow } from './diff-rows';

/** What the pane keeps with the workbook so nothing is lost when Excel closes or the network drops. */
export interface SyncState {
  /** Last-synced value of every field of every row: the base of the three-way merge. */
  base: Record<string, PlanFields>;
  /** Unsent pushes, oldest first; each keeps its pushId so a retry is applied once. */
  outbox: { pushId: string; changes: Change[] }[];
  /** The last revision pulled. */
  revision: number;
  conflicts: Conflict[];
  /** Rows others deleted, waiting for this user to remove them from the sheet or keep them. */
  pendingDeletions?: Deletion[];
  lastSyncedAt: string | null;
}

/** A row someone else deleted: who and when, for the user to confirm. */
export interface Deletion {
  id: string;
  by: string;
  at: string;
}

export interface SyncStateStore {
  read(): Promise<SyncState | null>;
  write(state: SyncState): Promise<void>;
}

export type { TokenProvider } from '../auth/types';

export interface SyncClientOptions {
  /** e.g. http://127.0.0.1:7071/v1/trusts/RXT/plans/WRES/2023-24 */
  planUrl: string;
  tokens: TokenProvider;
  store: SyncStateStore;
  fetch?: typeof fetch;
  newId?: () => string;
  clock?: () => Date;
}

/** A sync problem in words a person can act on. */
export class SyncError extends Error {
  constructor(public kind: 'offline' | 'signed-out' | 'no-permission' | 'busy' | 'rejected', message: string) {
    super(message);
  }
}

export interface PullResult {
  /** Cells to write (others' changes), never over a local unsent edit; who made each change and when. */
  updates: { id: string; field: PlanField; value: string; by?: string; at?: string }[];
  /** Rows others deleted: the user confirms before they go (also kept in `state.pendingDeletions`). */
  deletions: Deletion[];
}

const EMPTY: SyncState = { base: {}, outbox: [], revision: 0, conflicts: [], lastSyncedAt: null };

/**
 * The pane's sync client: diff against the base, an outbox that survives reopening the workbook,
 * push with a fixed pushId per change set (retries are applied once), pull without overwriting local edits.
 *
 * @example
 * const client = new SyncClient({ planUrl, tokens, store });
 * await client.record(rowsFromSheet); // queues only what changed
 * await client.push();                // sends the outbox; conflicts land in client.state.conflicts
 */
export class SyncClient {
  state: SyncState = structuredClone(EMPTY);
  private readonly http: typeof fetch;
  private readonly newId: () => string;
  private readonly clock: () => Date;

  constructor(private readonly options: SyncClientOptions) {
    this.http = options.fetch ?? ((...args) => fetch(...args));
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.clock = options.clock ?? (() => new Date());
  }

  async load(): Promise<this> {
    this.state = (await this.options.store.read()) ?? structuredClone(EMPTY);
    return this;
  }

  private save() {
    return this.options.store.write(this.state);
  }

  /** The base as the service will see it once the outbox is sent: what new edits are diffed against. */
  private pendingBase(): Record<string, PlanFields> {
    const view = structuredClone(this.state.base);
    for (const push of this.state.outbox) {
      for (const c of push.changes) {
        if (c.delete) delete view[c.id];
        else view[c.id] = { ...(view[c.id] ?? {}), ...c.set };
      }
    }
    return view;
  }

  /** Queues what changed in the sheet since the last record; returns the number of changes queued. */
  async record(rows: SyncRow[]): Promise<number> {
    const changes = diffRows(rows, this.pendingBase());
    if (changes.length === 0) return 0;
    this.state.outbox.push({ pushId: this.newId(), changes });
    await this.save();
    return changes.length;
  }

  get unsent(): number {
    return this.state.outbox.reduce((n, p) => n + p.changes.length, 0);
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.options.tokens.getToken().catch(() => {
      throw new SyncError('signed-out', 'You are signed out. Sign in to sync.');
    });
    let res: Response;
    try {
      res = await this.http(`${this.options.planUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    } catch {
      throw new SyncError('offline', 'Cannot reach the sync service (offline?). Your changes are kept and will be sent later.');
    }
    if (res.status === 401) throw new SyncError('signed-out', 'Your sign-in has expired. Sign in again to sync.');
    if (res.status === 403) throw new SyncError('no-permission', 'You do not have permission to change this plan.');
    if (res.status >= 500) throw new SyncError('busy', 'The sync service is busy. Your changes are kept and will be sent later.');
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new SyncError('rejected', body?.error?.message ?? `The sync service refused the change (${res.status}).`);
    }
    return res;
  }

  /** Sends the outbox in order. Stops at the first failure, keeping it (and its pushId) for the next try. */
  async push(): Promise<PushResponse[]> {
    const results: PushResponse[] = [];
    while (this.state.outbox.length) {
      const next = this.state.outbox[0];
      const res = await this.request('/push', { method: 'POST', body: JSON.stringify(next) });
      const result = (await res.json()) as PushResponse;
      const conflicted = new Set(result.conflicts.map((c) => `${c.id}\u0000${c.field}`));
      for (const c of next.changes) {
        if (c.delete) {
          if (!result.conflicts.some((x) => x.id === c.id)) delete this.state.base[c.id];
          continue;
        }
        const row = (this.state.base[c.id] ??= {});
        for (const [f, v] of Object.entries(c.set ?? {}) as [PlanField, string][]) if (!conflicted.has(`${c.id}\u0000${f}`)) row[f] = v;
      }
      this.state.conflicts.push(...result.conflicts);
      this.state.outbox.shift();
      this.state.lastSyncedAt = this.clock().toISOString();
      await this.save();
      results.push(result);
    }
    return results;
  }

  /**
   * Fetches others' changes since the last pull. Fields with a local unsent edit (in the outbox, or
   * differing from the base in `rows`) are left alone: the next push turns them into a conflict to resolve.
   */
  async pull(rows: SyncRow[]): Promise<PullResult> {
    const res = await this.request(`/changes?since=${this.state.revision}`);
    const body = (await res.json()) as { revision: number; changes: ChangeEntry[] };
    const local = new Map(rows.map((r) => [r.id, r.fields]));
    const pending = new Set(this.state.outbox.flatMap((p) => p.changes.flatMap((c) => (c.delete ? [`${c.id}\u0000*`] : Object.keys(c.set ?? {}).map((f) => `${c.id}\u0000${f}`)))));
    const updates: PullResult['updates'] = [];
    const deletions: Deletion[] = [];
    // Only each field's latest value matters: replaying older steps (this editor's own earlier pushes
    // among them) would write stale values over the sheet before the newest one arrives.
    const latest = new Map<string, ChangeEntry>();
    for (const change of body.changes) latest.set(change.field === 'deleted' ? `${change.id}\u0000deleted` : `${change.id}\u0000${change.field}`, change);
    for (const change of latest.values()) {
      if (change.field === 'deleted') {
        delete this.state.base[change.id];
        deletions.push({ id: change.id, by: change.by, at: change.at });
        continue;
      }
      const field = change.field as PlanField;
      const value = change.value ?? '';
      const base = (this.state.base[change.id] ??= {});
      const mine = local.get(change.id)?.[field];
      // The sheet already says the same: nothing to write, and that value is now the common base.
      if (mine === value) {
        base[field] = value;
        continue;
      }
      const editedLocally = pending.has(`${change.id}\u0000${field}`) || (mine !== undefined && mine !== (base[field] ?? ''));
      // A field edited here keeps its old base: the next push then meets the other edit as a conflict
      // for the user to resolve, instead of silently writing over it.
      if (editedLocally) continue;
      base[field] = value;
      updates.push({ id: change.id, field, value, by: change.by, at: change.at });
    }
    // Fields of a row deleted later in the same batch are not written: the row is going.
    const gone = new Set(deletions.map((d) => d.id));
    const toConfirm = new Map((this.state.pendingDeletions ?? []).map((d) => [d.id, d]));
    for (const d of deletions) toConfirm.set(d.id, d);
    this.state.pendingDeletions = [...toConfirm.values()];
    this.state.revision = body.revision;
    this.state.lastSyncedAt = this.clock().toISOString();
    await this.save();
    return { updates: updates.filter((u) => !gone.has(u.id)), deletions };
  }

  /**
   * Settles a deletion by someone else: `remove` once the row is out of the sheet; `keep` when the user keeps
   * the row, which the pane then gives a new id, so it is pushed as a new action (a deleted id never returns).
   */
  async settleDeletion(id: string): Promise<void> {
    this.state.pendingDeletions = (this.state.pendingDeletions ?? []).filter((d) => d.id !== id);
    await this.save();
  }

  /**
   * Adopts the shared plan's rows as the base of a workbook connecting for the first time; `links` maps
   * sheet ids to shared ids (see linkRows). Shared rows not in the sheet come in on the next pull.
   */
  async adopt(remote: { id: string; fields: PlanFields; deleted?: boolean }[], linked: Iterable<string>): Promise<void> {
    const keep = new Set(linked);
    for (const row of remote) if (!row.deleted && keep.has(row.id)) this.state.base[row.id] = { ...row.fields };
    await this.save();
  }

  /**
   * Resolves a conflict: keep mine (pushed again over theirs), take theirs, or an edited value.
   * The base becomes theirs, so the follow-up push applies cleanly.
   */
  async resolve(conflict: Conflict, choice: { keep: 'mine' | 'theirs' } | { value: string }): Promise<string> {
    this.state.conflicts = this.state.conflicts.filter((c) => !(c.id === conflict.id && c.field === conflict.field));
    const field = conflict.field as PlanField;
    const theirs = conflict.theirs ?? '';
    (this.state.base[conflict.id] ??= {})[field] = theirs;
    const value = 'value' in choice ? choice.value : choice.keep === 'mine' ? (conflict.mine ?? '') : theirs;
    if (value !== theirs) this.state.outbox.push({ pushId: this.newId(), changes: [{ id: conflict.id, base: { [field]: theirs }, set: { [field]: value } }] });
    await this.save();
    return value;
  }
}
