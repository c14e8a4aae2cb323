import { createDict, replay, type EngineRow } from '../../shared/sync-engine';
import { RESERVED_ROW_IDS, type Change, type Conflict, type PlanFields, type PushResponse } from '../../shared/sync';
import type { PlanField } from '../../shared/types';
import { ApiError, createServiceClient, type PlanApi } from '../api';
import type { TokenProvider } from '../auth/types';
import { diffRows, type SyncRow } from './diff-rows';
import { massChangeOf, describeMassChange, type MassChange } from './mass-change';
import { planPull } from './plan-pull';
import { problemsOf, stillSetAside, withoutSetAside, type SetAside } from './set-aside';

/** What the pane keeps with the workbook so nothing is lost when Excel closes or the network drops. */
export interface SyncState {
  /** Last-synced value of every field of every row: the base of the three-way merge. */
  base: Record<string, PlanFields>;
  /** Unsent pushes, oldest first; each keeps its pushId so a retry is applied once. */
  outbox: { pushId: string; changes: Change[]; failures?: number }[];
  /** The last revision pulled (for display; the cursor is what counts). */
  revision: number;
  /** Where the changes feed was left ('0' or absent: from the start). */
  cursor?: string;
  conflicts: Conflict[];
  /** Rows others deleted, waiting for this user to remove them from the sheet or keep them. */
  pendingDeletions?: Deletion[];
  /** Pushes the service refused for good, with what to fix; not sent again until their cells change. */
  setAside?: SetAside[];
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
export type { MassChange } from './mass-change';
export type { SetAside } from './set-aside';

export interface SyncClientOptions {
  /** e.g. http://127.0.0.1:7071/v1/trusts/RXT/plans/WRES/2023-24 */
  planUrl: string;
  tokens: TokenProvider;
  store: SyncStateStore;
  fetch?: typeof fetch;
  newId?: () => string;
  clock?: () => Date;
  /**
   * Asked before queuing a push that would blank or delete many rows (see massChangeOf). Without it, or when
   * it answers false, nothing is queued and record() fails with kind 'needs-confirmation'.
   */
  confirmMassChange?: (change: MassChange) => Promise<boolean>;
}

/** A sync problem in words a person can act on (the pane's one error type for the service). */
export { ApiError as SyncError } from '../api';

export interface PullResult {
  /** Cells to write (others' changes), never over a local unsent edit; who made each change and when. */
  updates: { id: string; field: PlanField; value: string; by?: string; at?: string }[];
  /** Rows others deleted: the user confirms before they go (also kept in `state.pendingDeletions`). */
  deletions: Deletion[];
}

const EMPTY = (): SyncState => ({ base: createDict(), outbox: [], revision: 0, conflicts: [], lastSyncedAt: null });
/** A 5xx that is not "busy" this many times in a row: the push is set aside so the rest can go. */
const MAX_FAILURES = 3;

/** The state as read from the workbook, with prototype-free maps and no reserved ids (an old workbook may hold one). */
function normalise(state: SyncState): SyncState {
  const base = createDict<PlanFields>();
  for (const [id, fields] of Object.entries(state.base ?? {})) if (!RESERVED_ROW_IDS.has(id)) base[id] = createDict(fields as Record<string, string>);
  const outbox = (state.outbox ?? []).map((p) => ({ ...p, changes: p.changes.filter((c) => !RESERVED_ROW_IDS.has(c.id)) })).filter((p) => p.changes.length);
  return { ...state, base, outbox };
}

/**
 * The pane's sync client: diff against the base, an outbox that survives reopening the workbook, push with a
 * fixed pushId per change set (retries are applied once), pull that follows the feed's pages and never
 * overwrites local edits. Every call to the service goes through the one validated client (addin/api).
 *
 * @example
 * const client = await new SyncClient({ planUrl, tokens, store, confirmMassChange: askUser }).load();
 * await client.record(rowsFromSheet); // queues only what changed
 * await client.push();                // sends the outbox; conflicts land in client.state.conflicts
 */
export class SyncClient {
  state: SyncState = EMPTY();
  private readonly api: PlanApi;
  private readonly newId: () => string;
  private readonly clock: () => Date;

  constructor(private readonly options: SyncClientOptions) {
    this.api = createServiceClient({ serviceUrl: new URL(options.planUrl).origin, tokens: options.tokens, fetch: options.fetch }).plan(options.planUrl);
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.clock = options.clock ?? (() => new Date());
  }

  async load(): Promise<this> {
    const saved = await this.options.store.read();
    this.state = saved ? normalise(saved) : EMPTY();
    return this;
  }

  private save() {
    return this.options.store.write(this.state);
  }

  /** The base as the service will see it once the outbox is sent: what new edits are diffed against. */
  private pendingBase(): Record<string, PlanFields> {
    const view = createDict<PlanFields>();
    for (const [id, fields] of Object.entries(this.state.base)) view[id] = createDict(fields as Record<string, string>);
    for (const push of this.state.outbox) {
      for (const c of push.changes) {
        if (c.delete) delete view[c.id];
        else view[c.id] = createDict({ ...(view[c.id] ?? {}), ...c.set } as Record<string, string>);
      }
    }
    return view;
  }

  /**
   * Queues what changed in the sheet since the last record; returns the number of changes queued. A change
   * that would blank or delete many rows is queued only with the user's yes (confirmMassChange).
   */
  async record(rows: SyncRow[]): Promise<number> {
    const live = rows.filter((r) => !RESERVED_ROW_IDS.has(r.id));
    this.state.setAside = stillSetAside(this.state.setAside ?? [], live);
    const base = this.pendingBase();
    const changes = withoutSetAside(diffRows(live, base), this.state.setAside);
    if (changes.length === 0) return 0;
    const mass = massChangeOf(changes, base);
    if (mass && !(await this.options.confirmMassChange?.(mass))) {
      throw new ApiError('needs-confirmation', `Not sent: ${describeMassChange(mass)} If you did not mean to, undo it in the sheet.`);
    }
    this.state.outbox.push({ pushId: this.newId(), changes });
    await this.save();
    return changes.length;
  }

  get unsent(): number {
    return this.state.outbox.reduce((n, p) => n + p.changes.length, 0);
  }

  /** Takes a push's answer into the base and the conflicts. */
  private settlePush(changes: Change[], result: PushResponse) {
    const conflicted = new Set(result.conflicts.map((c) => `${c.id}\u0000${c.field}`));
    for (const c of changes) {
      if (c.delete) {
        if (!result.conflicts.some((x) => x.id === c.id)) delete this.state.base[c.id];
        continue;
      }
      const row = (this.state.base[c.id] ??= createDict());
      for (const [f, v] of Object.entries(c.set ?? {}) as [PlanField, string][]) if (!conflicted.has(`${c.id}\u0000${f}`)) row[f] = v;
    }
    this.state.conflicts.push(...result.conflicts);
  }

  /** Moves the outbox's first push aside, with what the service said, so the rest can go. */
  private setAside(error: ApiError) {
    const push = this.state.outbox.shift()!;
    const problems = problemsOf(push.changes, error.details.issues, error.message);
    this.state.setAside = [...(this.state.setAside ?? []), { pushId: push.pushId, changes: push.changes, problems, message: error.message, at: this.clock().toISOString() }];
  }

  /**
   * Sends the outbox in order. A push refused for good (4xx, or failing again and again) is set aside with what
   * to fix and the rest go on; offline, busy or signed out stops, keeping the push (and its pushId) for later.
   */
  async push(): Promise<PushResponse[]> {
    const results: PushResponse[] = [];
    while (this.state.outbox.length) {
      const next = this.state.outbox[0];
      let result: PushResponse;
      try {
        result = await this.api.push({ pushId: next.pushId, changes: next.changes });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const failedAgain = error.kind === 'failed' && (next.failures = (next.failures ?? 0) + 1) >= MAX_FAILURES;
        if (error.kind !== 'rejected' && !failedAgain) {
          await this.save();
          throw error;
        }
        this.setAside(error);
        await this.save();
        continue;
      }
      this.settlePush(next.changes, result);
      this.state.outbox.shift();
      this.state.lastSyncedAt = this.clock().toISOString();
      await this.save();
      results.push(result);
    }
    return results;
  }

  /** Reads the changes feed from the cursor to its end; reset is true when the service started it again. */
  private async readFeed(): Promise<{ server: Map<string, EngineRow>; reset: boolean; revision: number; cursor: string }> {
    let cursor = this.state.cursor ?? '0';
    let server = new Map<string, EngineRow>();
    let reset = false;
    for (let page = 0; ; page++) {
      const body = await this.api.changes(cursor);
      if (body.reset && !reset) {
        reset = true;
        server = new Map();
      }
      for (const row of replay(server, body.changes).values()) server.set(row.id, row);
      cursor = body.cursor;
      if (!body.more || page > 10_000) return { server, reset, revision: body.revision, cursor };
    }
  }

  /**
   * Fetches others' changes since the last pull, following every page. Fields with a local unsent edit (in the
   * outbox, or differing from the base in `rows`) are left alone: the next push turns them into a conflict.
   */
  async pull(rows: SyncRow[]): Promise<PullResult> {
    const feed = await this.readFeed();
    const sheet = new Map(rows.filter((r) => !RESERVED_ROW_IDS.has(r.id)).map((r) => [r.id, r.fields]));
    const pending = new Set(this.state.outbox.flatMap((p) => p.changes.flatMap((c) => (c.delete ? [`${c.id}\u0000*`] : Object.keys(c.set ?? {}).map((f) => `${c.id}\u0000${f}`)))));
    const plan = planPull(feed.server, this.state.base, sheet, pending, feed.reset);
    this.state.conflicts.push(...plan.conflicts);
    // Fields of a row deleted later in the same batch are not written: the row is going.
    const gone = new Set(plan.deletions.map((d) => d.id));
    const toConfirm = new Map((this.state.pendingDeletions ?? []).map((d) => [d.id, d]));
    for (const d of plan.deletions) toConfirm.set(d.id, d);
    this.state.pendingDeletions = [...toConfirm.values()];
    this.state.revision = feed.revision;
    this.state.cursor = feed.cursor;
    this.state.lastSyncedAt = this.clock().toISOString();
    await this.save();
    return { updates: plan.updates.filter((u) => !gone.has(u.id)), deletions: plan.deletions };
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
    for (const row of remote) if (!row.deleted && keep.has(row.id) && !RESERVED_ROW_IDS.has(row.id)) this.state.base[row.id] = createDict({ ...row.fields } as Record<string, string>);
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
    (this.state.base[conflict.id] ??= createDict())[field] = theirs;
    const value = 'value' in choice ? choice.value : choice.keep === 'mine' ? (conflict.mine ?? '') : theirs;
    if (value !== theirs) this.state.outbox.push({ pushId: this.newId(), changes: [{ id: conflict.id, base: { [field]: theirs }, set: { [field]: value } }] });
    await this.save();
    return value;
  }
}
