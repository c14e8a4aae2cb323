/**
 * The Table Storage layout. One partition per standard and period (`WRES:2023-24`) holds every trust's plan
 * for it, so a plan's head, log, receipts and rows commit in one transaction, and the region view reads
 * every plan's summary (kept in its head) with one range query.
 *
 * | RowKey | what |
 * | --- | --- |
 * | `~plan:RXT:` | head: revision, applied, epoch, latest snapshot, and the plan's summary (JSON) |
 * | `~plan:RXT:s01`… | the rest of a summary too big for the head (rare) |
 * | `RXT:log:0000000042` | revision 42 of the change log: who, when, its steps (JSON), or how many parts |
 * | `RXT:logp:<commit>:0000`… | the steps of a revision too big for one entity, under its commit id |
 * | `RXT:push:<pushId>` | receipt: how to answer that pushId again |
 * | `RXT:row:<id>` | a row: values and who set each, as of its revision |
 * | `RXT:snap:<id>` | a snapshot (board approval) |
 */
import { odata } from '@azure/data-tables';
import type { PlanKey } from './port';

export const partitionOf = (p: Pick<PlanKey, 'standard' | 'period'>) => `${p.standard}:${p.period}`;
const pad = (n: number, width = 10) => String(n).padStart(width, '0');

export const keys = {
  head: (trust: string) => `~plan:${trust}:`,
  summaryPart: (trust: string, n: number) => `~plan:${trust}:s${pad(n, 2)}`,
  log: (trust: string, revision: number) => `${trust}:log:${pad(revision)}`,
  logPart: (trust: string, commit: string, n: number) => `${trust}:logp:${commit}:${pad(n, 4)}`,
  receipt: (trust: string, pushId: string) => `${trust}:push:${pushId}`,
  row: (trust: string, id: string) => `${trust}:row:${id}`,
  snapshot: (trust: string, id: string) => `${trust}:snap:${id}`,
};

/** RowKeys from `from` (inclusive) to `to` (exclusive) in one partition. Values go through the SDK's odata escaping. */
export const rangeFilter = (partitionKey: string, from: string, to: string) => odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`;

/** Every RowKey starting with `prefix` (which ends with ':'): up to the same prefix with ';', the next character. */
export const prefixFilter = (partitionKey: string, prefix: string) => rangeFilter(partitionKey, prefix, `${prefix.slice(0, -1)};`);
