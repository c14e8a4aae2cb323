/**
 * The engine's merge, tinybase style: the same operations applied in every order. Operations that do not
 * touch the same field give one result whatever the order; racing ones give one winner and a reported
 * conflict, never a silent loss; in every order the rows equal the change log replayed, and every receipt
 * answers a retry exactly as the first answer.
 */
import { describe, expect, it } from 'vitest';
import { answerReplay, applyPush, changesOf, replay, type EngineRow, type LogRecord } from '../../../shared/sync-engine';
import type { Change, PushRequest, PushResponse } from '../../../shared/sync';

interface Op { who: string; changes: Change[] }

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Runs pushes in order through the engine, as the store would commit them. */
function run(ops: Op[]) {
  let revision = 0;
  const rows = new Map<string, EngineRow>();
  const records: LogRecord[] = [];
  const answers: { op: Op; request: PushRequest; response: PushResponse; receipt: ReturnType<typeof applyPush>['receipt'] }[] = [];
  ops.forEach((op, n) => {
    const request: PushRequest = { pushId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, changes: op.changes };
    const out = applyPush({ revision, rows }, request, { by: op.who, sub: `sub-${op.who}`, at: `2023-10-31T09:00:${String(n).padStart(2, '0')}Z` }, { commit: `c${n}`, fingerprint: 'f' });
    for (const row of out.rows) rows.set(row.id, row);
    if (out.record) records.push(out.record);
    revision = out.revision;
    answers.push({ op, request, response: out.response, receipt: out.receipt });
  });
  return { rows, records, answers };
}
const view = (rows: Map<string, EngineRow>) => Object.fromEntries([...rows].sort(([a], [b]) => a.localeCompare(b)).map(([id, r]) => [id, { fields: { ...r.fields }, deleted: Boolean(r.deleted) }]));

const seed: Op = { who: 'ann', changes: [
  { id: 'a1', base: {}, set: { action: 'Reverse mentoring', lead: 'CPO', status: 'Not started' } },
  { id: 'a2', base: {}, set: { action: 'Diverse panels', lead: 'Head of Resourcing', status: 'Not started' } },
  { id: 'a3', base: {}, set: { action: 'Review cases', lead: 'ER lead', status: 'Not started' } },
] };

describe('the engine merges the same operations in every order', () => {
  it('gives one result for edits to different fields and rows, new rows and a delete nobody else touches', () => {
    const ops: Op[] = [
      { who: 'bob', changes: [{ id: 'a1', base: { lead: 'CPO' }, set: { lead: 'Chief People Officer' } }] },
      { who: 'cat', changes: [{ id: 'a1', base: { status: 'Not started' }, set: { status: 'In progress' } }] },
      { who: 'dan', changes: [{ id: 'a3', delete: true, base: { action: 'Review cases', lead: 'ER lead', status: 'Not started' } }] },
      { who: 'eve', changes: [{ id: 'n1', base: {}, set: { action: 'Positive action programme', lead: 'OD lead' } }] },
      { who: 'fay', changes: [{ id: 'a2', base: { status: 'Not started' }, set: { status: 'Completed' } }] },
    ];
    const results = permutations(ops).map((order) => run([seed, ...order]));
    expect(results).toHaveLength(120);
    const first = view(results[0].rows);
    for (const r of results) {
      expect(view(r.rows)).toEqual(first);
      expect(r.answers.flatMap((a) => a.response.conflicts)).toEqual([]);
    }
    expect(first.a1.fields).toMatchObject({ lead: 'Chief People Officer', status: 'In progress' });
    expect(first.a3.deleted).toBe(true);
  });

  it('keeps one value of a raced field and reports the other, in every order, and never loses an edit silently', () => {
    const ops: Op[] = [
      { who: 'bob', changes: [{ id: 'a1', base: { lead: 'CPO' }, set: { lead: 'Bob' } }] },
      { who: 'cat', changes: [{ id: 'a1', base: { lead: 'CPO' }, set: { lead: 'Cat' } }] },
      { who: 'dan', changes: [{ id: 'a2', delete: true, base: { action: 'Diverse panels', lead: 'Head of Resourcing', status: 'Not started' } }] },
      { who: 'eve', changes: [{ id: 'a2', base: { status: 'Not started' }, set: { status: 'Completed' } }] },
      { who: 'fay', changes: [{ id: 'a3', base: { status: 'Not started' }, set: { status: 'Done' } }, { id: 'a1', base: { status: 'Not started' }, set: { status: 'Slipped' } }] },
    ];
    for (const order of permutations(ops)) {
      const { rows, records, answers } = run([seed, ...order]);
      // The rows are the log replayed.
      expect(view(replay(new Map(), changesOf(records)))).toEqual(view(rows));
      // One of Bob and Cat holds the lead; the other was told, with the value that won.
      const lead = rows.get('a1')!.fields.lead;
      expect(['Bob', 'Cat']).toContain(lead);
      const loser = answers.find((a) => a.op.who === (lead === 'Bob' ? 'cat' : 'bob'))!;
      expect(loser.response.conflicts).toEqual([expect.objectContaining({ id: 'a1', field: 'lead', theirs: lead })]);
      // Every change either landed (it is in the log) or came back as a conflict.
      for (const a of answers) {
        for (const change of a.request.changes) {
          for (const [field, value] of Object.entries(change.set ?? {})) {
            const logged = records.some((r) => r.entries.some(([id, f, v]) => id === change.id && f === field && v === value));
            const reported = a.response.conflicts.some((c) => c.id === change.id && c.field === field);
            expect(logged || reported, `${a.op.who} ${change.id}.${field}`).toBe(true);
          }
        }
      }
      // A delete that landed is never undone.
      const deleted = answers.find((a) => a.op.who === 'dan')!.response.applied.some((x) => x.deleted);
      expect(Boolean(rows.get('a2')!.deleted)).toBe(deleted);
    }
  });

  it('answers every retried push from its receipt exactly as the first time, in every order', () => {
    const ops: Op[] = [
      { who: 'bob', changes: [{ id: 'a1', base: { lead: 'CPO' }, set: { lead: 'Bob' } }] },
      { who: 'cat', changes: [{ id: 'a1', base: { lead: 'CPO' }, set: { lead: 'Cat' } }, { id: 'a2', base: { lead: 'x' }, set: { lead: 'y' } }] },
      { who: 'dan', changes: [{ id: 'a3', delete: true, base: { action: 'Review cases', lead: 'ER lead', status: 'Not started' } }] },
      { who: 'eve', changes: [{ id: 'a3', base: { status: 'Not started' }, set: { status: 'Completed' } }] },
    ];
    for (const order of permutations(ops)) {
      const { records, answers } = run([seed, ...order]);
      const byRevision = new Map(records.map((r) => [r.revision, r]));
      for (const a of answers) expect(answerReplay(a.receipt, a.request, byRevision)).toEqual({ ...a.response, replayed: true });
    }
  });
});
