/**
 * Records ⇄ entities for the Table Storage backend (see table-keys.ts for where each lives).
 */
import type { TableEntity } from '@azure/data-tables';
import type { Snapshot } from '../../shared/sync';
import type { EngineRow, LogEntry, LogRecord, PlanSummary } from '../../shared/sync-engine';
import type { Head, StoredRow } from './port';
import { ENTITY_JSON_CHARS, packJson, rowFromJson, rowToJson, summaryFromJson, unpackJson } from './table-codec';
import { keys } from './table-keys';

export type Entity = TableEntity<Record<string, unknown>>;

/** Steps of the log kept in the revision's own entity up to this size; a larger revision goes to parts. */
export const INLINE_LOG_CHARS = 64_000;

/** Splits packed JSON properties (j0…jN) into groups of at most `per` chunks, each group renumbered from j0. */
function groupChunks(packed: Record<string, unknown>, per: number): Record<string, unknown>[] {
  const n = Number(packed.jc);
  const groups: Record<string, unknown>[] = [];
  for (let start = 0; start < n || groups.length === 0; start += per) {
    const group: Record<string, unknown> = {};
    for (let i = start; i < Math.min(n, start + per); i++) group[`j${i - start}`] = packed[`j${i}`];
    group.jc = Math.min(n, start + per) - start;
    groups.push(group);
  }
  return groups;
}

/** The head entity and any summary parts it needs. Reading them back: headFromEntities. */
export function headEntities(partitionKey: string, trust: string, head: Omit<Head, 'etag'>): Entity[] {
  const [first, ...rest] = groupChunks(packJson(head.summary), 13);
  const main: Entity = {
    partitionKey, rowKey: keys.head(trust), revision: head.revision, applied: head.applied, epoch: head.epoch,
    updatedAt: head.updatedAt ?? '', updatedBy: head.updatedBy ?? '', snap: head.latestSnapshot ? JSON.stringify(head.latestSnapshot) : '',
    parts: rest.length, ...first,
  };
  return [main, ...rest.map((props, i) => ({ partitionKey, rowKey: keys.summaryPart(trust, i + 1), ...props }))];
}

/** The head from its entity and summary parts (in RowKey order); its etag records the part count. */
export function headFromEntities(entities: Entity[]): Head {
  const [main, ...parts] = entities;
  let text = '';
  for (const e of [main, ...parts]) for (let i = 0; i < Number(e.jc ?? 0); i++) text += String(e[`j${i}`] ?? '');
  return {
    revision: Number(main.revision ?? 0),
    applied: Number(main.applied ?? 0),
    epoch: String(main.epoch ?? ''),
    updatedAt: (main.updatedAt as string) || null,
    updatedBy: (main.updatedBy as string) || null,
    latestSnapshot: main.snap ? (JSON.parse(main.snap as string) as Snapshot) : null,
    summary: summaryFromJson(unpackJson<PlanSummary>({ jc: 1, j0: text })),
    etag: `${Number(main.parts ?? 0)}|${main.etag as string}`,
  };
}

/** The part count and the real ETag inside a head's etag. */
export const splitHeadEtag = (etag: string) => {
  const bar = etag.indexOf('|');
  return { parts: Number(etag.slice(0, bar)), etag: etag.slice(bar + 1) };
};

/** Splits steps into groups whose JSON fits one entity. */
function logParts(entries: LogEntry[]): LogEntry[][] {
  const parts: LogEntry[][] = [[]];
  let size = 2;
  for (const entry of entries) {
    const n = JSON.stringify(entry).length + 1;
    if (size + n > ENTITY_JSON_CHARS - 1_000 && parts[parts.length - 1].length) {
      parts.push([]);
      size = 2;
    }
    parts[parts.length - 1].push(entry);
    size += n;
  }
  return parts;
}

/**
 * A revision's entities: the index (with the steps inline when small) and, for a large revision, its parts
 * (written before the commit; invisible until the index that names their commit id is committed).
 */
export function logEntities(partitionKey: string, trust: string, record: LogRecord, inline: boolean): { index: Entity; parts: Entity[] } {
  const meta = { partitionKey, rowKey: keys.log(trust, record.revision), revision: record.revision, commit: record.commit, pushId: record.pushId, by: record.by, sub: record.sub, at: record.at };
  if (inline) return { index: { ...meta, parts: 0, ...packJson(record.entries) }, parts: [] };
  const parts = logParts(record.entries).map((entries, n): Entity => ({ partitionKey, rowKey: keys.logPart(trust, record.commit, n), ...packJson(entries) }));
  return { index: { ...meta, parts: parts.length }, parts };
}

/** A revision from its index entity and (for a large one) its parts in order. */
export function recordFromEntities(index: Entity, parts: Entity[]): LogRecord {
  const entries = Number(index.parts ?? 0) ? parts.flatMap((p) => unpackJson<LogEntry[]>(p)) : unpackJson<LogEntry[]>(index);
  return {
    revision: Number(index.revision), commit: String(index.commit), pushId: String(index.pushId),
    by: String(index.by), sub: String(index.sub ?? ''), at: String(index.at), entries,
  };
}

export const rowEntity = (partitionKey: string, trust: string, row: EngineRow): Entity => ({ partitionKey, rowKey: keys.row(trust, row.id), rev: row.rev, ...packJson(rowToJson(row)) });

export function rowFromEntity(trust: string, e: Entity): StoredRow {
  const id = (e.rowKey as string).slice(keys.row(trust, '').length);
  return { ...rowFromJson(id, Number(e.rev ?? 0), unpackJson(e)), etag: e.etag as string };
}

export const snapshotEntity = (partitionKey: string, trust: string, s: Snapshot): Entity => ({ partitionKey, rowKey: keys.snapshot(trust, s.snapshotId), ...s });

export const snapshotFromEntity = (e: Entity): Snapshot => ({
  snapshotId: String(e.snapshotId), label: String(e.label), revision: Number(e.revision), createdBy: String(e.createdBy), createdAt: String(e.createdAt),
});
