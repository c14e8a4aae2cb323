import { applyPush, answerReplay, revisionsOfReceipt, updateSummary, type Author, type EngineRow, type LogRecord, type PushOutcome, type Receipt } from '../../shared/sync-engine';
import type { PushRequest, PushResponse } from '../../shared/sync';
import { StorageConflict, StorageUnavailable, type CommitResult, type Head, type PlanKey, type PlanStorage, type RowWrite } from '../storage';
import { withRetry } from '../storage/retry';
import { settle } from './settle';

/** One push waiting to be committed. */
export interface PushJob {
  request: PushRequest;
  author: Author;
  /** Hash of the push's changes (see canonicalPush). */
  fingerprint: string;
}

/** The same pushId came with other changes: answered 422, the first push stands. */
export class PushIdReused extends Error {}

export interface PushDeps {
  storage: PlanStorage;
  newId: () => string;
  /** Called with errors after a commit (the push is in; its rows are repaired later). */
  log?: (message: string, error: unknown) => void;
}

interface Waiting extends PushJob {
  resolve(response: PushResponse): void;
  reject(error: unknown): void;
  deadline: number;
}

/** How long a push may take in all before the client is told to send it again (it is applied once). */
export const PUSH_DEADLINE_MS = 9_000;

/**
 * Replays and answers from storage the jobs whose receipts exist (a retry of a push that already landed,
 * perhaps with its answer lost). Returns the jobs still to commit.
 */
async function answerReplays(deps: PushDeps, plan: PlanKey, jobs: Waiting[]): Promise<Waiting[]> {
  const receipts = await Promise.all(jobs.map((j) => deps.storage.readReceipt(plan, j.request.pushId)));
  const rest: Waiting[] = [];
  await Promise.all(jobs.map(async (job, i) => {
    const receipt = receipts[i];
    if (!receipt) return rest.push(job);
    if (receipt.fingerprint !== job.fingerprint) return job.reject(new PushIdReused(job.request.pushId));
    job.resolve(answerReplay(receipt, job.request, await recordsFor(deps.storage, plan, receipt)));
  }));
  return rest;
}

async function recordsFor(storage: PlanStorage, plan: PlanKey, receipt: Receipt): Promise<Map<number, LogRecord>> {
  const pages = await Promise.all(revisionsOfReceipt(receipt).map((rev) => storage.readLog(plan, rev - 1, rev, 1)));
  return new Map(pages.flatMap((p) => p.records).map((r) => [r.revision, r]));
}

/** Merges the jobs in order over the plan as read, into one commit (each push its own revision and receipt). */
function mergeGroup(deps: PushDeps, plan: PlanKey, head: Head | null, rows: Map<string, EngineRow & { etag: string }>, jobs: Waiting[]) {
  const state = { revision: head?.revision ?? 0, rows: new Map<string, EngineRow>(rows) };
  const outcomes: PushOutcome[] = [];
  const changed = new Map<string, EngineRow>();
  for (const job of jobs) {
    const out = applyPush(state, job.request, job.author, { commit: deps.newId(), fingerprint: job.fingerprint });
    for (const row of out.rows) {
      state.rows.set(row.id, row);
      changed.set(row.id, row);
    }
    state.revision = out.revision;
    outcomes.push(out);
  }
  const records = outcomes.flatMap((o) => (o.record ? [o.record] : []));
  const last = records.at(-1);
  const newHead = last ? {
    revision: state.revision, applied: state.revision, epoch: head?.epoch || deps.newId(), updatedAt: last.at, updatedBy: last.by,
    latestSnapshot: head?.latestSnapshot ?? null,
    summary: updateSummary(head?.summary ?? null, plan, changed.values(), { revision: state.revision, lastUpdate: last.at, latestSnapshot: head?.latestSnapshot ?? null }),
  } : null;
  const writes: RowWrite[] = [...changed.values()].map((row) => ({ row, etag: rows.get(row.id)?.etag ?? null }));
  return { outcomes, records, newHead, writes };
}

/**
 * What this process last knew of a plan it wrote: the head and rows as its own commit left them. A group is
 * merged against it without reading; if another writer moved the plan meanwhile, the head's (and each row's)
 * ETag refuses the commit and the next attempt reads afresh. Dropped after any doubt.
 */
interface Known {
  head: Head | null;
  rows: Map<string, EngineRow & { etag: string }>;
}

/** The head and the rows the jobs touch: from what this process knows when it can, else read. */
async function stateFor(deps: PushDeps, plan: PlanKey, ids: string[], known: Known | undefined) {
  if (!known) return Promise.all([deps.storage.readHead(plan), deps.storage.readRows(plan, ids)]);
  const missing = ids.filter((id) => !known.rows.has(id));
  const rows = new Map(ids.filter((id) => known.rows.has(id)).map((id) => [id, known.rows.get(id)!]));
  if (missing.length) for (const [id, row] of await deps.storage.readRows(plan, missing)) rows.set(id, row);
  return [known.head, rows] as const;
}

/** What the process knows after a commit whose rows went in with it; undefined when it cannot be sure. */
function knownAfter(before: Known | undefined, rows: Map<string, EngineRow & { etag: string }>, head: Omit<Head, 'etag'> | null, previous: Head | null, committed: CommitResult): Known | undefined {
  if (!head) return previous ? { head: previous, rows: new Map([...(before?.rows ?? []), ...rows]) } : undefined;
  if (!committed.rowsWritten || [...rows.values()].some((r) => !r.etag)) return undefined;
  const next = new Map([...(before?.rows ?? []), ...rows]);
  return { head: { ...head, etag: committed.etag }, rows: next };
}

/**
 * One read-merge-commit of a group of pushes to one plan, retried (jittered) when the head moved or storage
 * faltered, until the earliest deadline. Each job is resolved with its answer, or rejected.
 */
async function commitGroup(deps: PushDeps, plan: PlanKey, group: Waiting[], memory: Map<string, Known>, key: string): Promise<void> {
  let jobs = group;
  let unavailable = 0;
  const deadline = Math.min(...group.map((j) => j.deadline));
  // Writers racing for the head are retried until the deadline; storage that does not answer, three times.
  const retryable = (e: unknown) => e instanceof StorageConflict || (e instanceof StorageUnavailable && ++unavailable < 3);
  await withRetry(async (attempt) => {
    if (attempt > 0) jobs = await answerReplays(deps, plan, jobs);
    if (!jobs.length) return;
    const ids = [...new Set(jobs.flatMap((j) => j.request.changes.map((c) => c.id)))];
    const known = attempt === 0 ? memory.get(key) : undefined;
    memory.delete(key);
    const [head, rows] = await stateFor(deps, plan, ids, known);
    if (head && head.applied < head.revision) {
      await settle(deps.storage, plan, head);
      throw new StorageConflict('settled a lagging revision');
    }
    const { outcomes, records, newHead, writes } = mergeGroup(deps, plan, head, rows, jobs);
    // Nothing to write means no ETag to vouch for what this process remembered: check against storage itself.
    if (!newHead && known) throw new StorageConflict('answer from remembered state unverified');
    const committed = await deps.storage.commit(plan, { expected: head, head: newHead, records, receipts: outcomes.map((o) => o.receipt), rows: newHead ? writes : [] });
    if (newHead && !committed.rowsWritten) await applyAfterCommit(deps, plan, writes, newHead.revision, committed.etag);
    const written = new Map(writes.map(({ row }) => [row.id, { ...row, etag: committed.rowEtags.get(row.id) ?? '' }]));
    const next = knownAfter(known, new Map([...rows, ...written]), newHead, head, committed);
    if (next) remember(memory, key, next);
    jobs.forEach((job, i) => job.resolve(outcomes[i].response));
    jobs = [];
  }, { attempts: 200, deadline, baseMs: 5, maxMs: 250, retryable });
}

/** A large push's rows, written after its commit; on any trouble the next push settles them from the log. */
async function applyAfterCommit(deps: PushDeps, plan: PlanKey, writes: RowWrite[], revision: number, etag: string) {
  try {
    const failed = await deps.storage.writeRows(plan, writes);
    if (!failed.length) await deps.storage.setApplied(plan, revision, etag);
  } catch (error) {
    // The push is committed: its answer stands. The rows are replayed from the log by the next writer.
    if (!(error instanceof StorageConflict)) deps.log?.('Rows of a committed push not written yet (repaired from the log later)', error);
  }
}

/** Keeps what the process knows of at most 500 plans (the ones written most recently). */
function remember(memory: Map<string, Known>, key: string, known: Known) {
  memory.delete(key);
  memory.set(key, known);
  if (memory.size > 500) memory.delete(memory.keys().next().value!);
}

/** Up to 16 small pushes travel together; a large one goes alone. */
function takeGroup(queue: Waiting[]): Waiting[] {
  const group = [queue.shift()!];
  let changes = group[0].request.changes.length;
  while (queue.length && group.length < 16 && changes <= 200 && group[0].request.changes.length <= 50 && queue[0].request.changes.length <= 50) {
    changes += queue[0].request.changes.length;
    group.push(queue.shift()!);
  }
  return group;
}

/**
 * The push path: pushes to one plan queue in this process and commit together (group commit), so editors of
 * one plan do not race each other for its head; other processes still race through the head's ETag. The same
 * pushId twice in one group is answered once, and the second as a replay.
 *
 * @example
 * const push = createPusher({ storage, newId: randomUUID });
 * await push(plan, { request, author: { by: 'Ann', sub: 'u1', at }, fingerprint });
 */
export function createPusher(deps: PushDeps): (plan: PlanKey, job: PushJob) => Promise<PushResponse> {
  const queues = new Map<string, Waiting[]>();
  const memory = new Map<string, Known>();
  async function drain(key: string, plan: PlanKey, queue: Waiting[]) {
    while (queue.length) {
      const group = takeGroup(queue);
      const leaders = new Map<string, Waiting>();
      const followers: [Waiting, Waiting][] = [];
      for (const job of group) {
        const leader = leaders.get(job.request.pushId);
        if (leader) followers.push([job, leader]);
        else leaders.set(job.request.pushId, job);
      }
      await commitGroup(deps, plan, [...leaders.values()], memory, key).catch((error) => {
        for (const job of leaders.values()) job.reject(error);
      });
      for (const [job] of followers) queue.unshift(job);
    }
    queues.delete(key);
  }
  return (plan, job) => new Promise<PushResponse>((resolve, reject) => {
    const key = `${plan.standard}:${plan.period}:${plan.trust}`;
    let queue = queues.get(key);
    const start = !queue;
    if (!queue) queues.set(key, (queue = []));
    queue.push({ ...job, resolve, reject, deadline: Date.now() + PUSH_DEADLINE_MS });
    if (start) void drain(key, plan, queue);
  });
}
