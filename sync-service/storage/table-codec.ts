/**
 * How records become Table Storage entities: as JSON split over string properties, never as one property per
 * value. JSON lets U+2028/U+2029 travel as the escapes `\u2028`/`\u2029` (Azurite's batch parser rejects them
 * raw), and a chunk never ends between the two halves of a surrogate pair.
 */
import { createDict, type EngineRow, type PlanSummary, type Stamp } from '../../shared/sync-engine';
import type { PlanField } from '../../shared/types';

/** A string property holds 64 KiB (32,768 UTF-16 units); stay under it with room for JSON escapes. */
const CHUNK_CHARS = 30_000;
/** An entity holds 1 MiB; 14 chunks of 30,000 characters stay under it even when every character is two bytes. */
export const ENTITY_JSON_CHARS = 14 * CHUNK_CHARS;

type Props = Record<string, unknown>;

/**
 * Packs a value as JSON over properties j0…jN (and `jc`, their count).
 *
 * @example
 * packJson({ a: 'line\u2028break' }); // { jc: 1, j0: '{"a":"line\\u2028break"}' }
 */
export function packJson(value: unknown): Props {
  const text = JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const out: Props = {};
  let i = 0;
  for (let at = 0; at < text.length || i === 0; i++) {
    let end = Math.min(text.length, at + CHUNK_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out[`j${i}`] = text.slice(at, end);
    at = end;
  }
  out.jc = i;
  return out;
}

/**
 * Reads back what packJson wrote.
 *
 * @example
 * unpackJson(entity); // { a: 'line\u2028break' }
 */
export function unpackJson<T>(entity: Props): T {
  const n = Number(entity.jc ?? 0);
  let text = '';
  for (let i = 0; i < n; i++) text += String(entity[`j${i}`] ?? '');
  return JSON.parse(text) as T;
}

/** JSON characters a value packs to (before escaping), to size entities and batches. */
export const jsonChars = (props: Props) => Object.values(props).reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 8), 0);

type CompactStamp = [by: string, sub: string, at: string, rev: number];
/** Values; each field's stamp as an index into `t` (a row's fields mostly share one or two stamps); the deletion. */
interface CompactRow { f: Record<string, string>; s: Record<string, number>; t: CompactStamp[]; d: CompactStamp | null }
const pack = (s: Stamp): CompactStamp => [s.by, s.sub, s.at, s.rev];
const unpack = (s: CompactStamp): Stamp => ({ by: s[0], sub: s[1], at: s[2], rev: s[3] });

/**
 * A row as one entity's JSON: values, and who set each as an index into a table of [name, subject, time, revision].
 *
 * @example
 * rowToJson(row); // { f: { lead: 'Ann', status: 'Done' }, s: { lead: 0, status: 0 }, t: [['Ann', 'u1', '…', 3]], d: null }
 */
export function rowToJson(row: EngineRow): CompactRow {
  const table: CompactStamp[] = [];
  const index = new Map<Stamp, number>();
  const s: CompactRow['s'] = {};
  for (const [f, stamp] of Object.entries(row.stamps)) {
    if (!stamp) continue;
    let i = index.get(stamp) ?? table.findIndex((t) => t[3] === stamp.rev && t[1] === stamp.sub && t[0] === stamp.by && t[2] === stamp.at);
    if (i < 0) i = table.push(pack(stamp)) - 1;
    index.set(stamp, i);
    s[f] = i;
  }
  return { f: { ...row.fields } as Record<string, string>, s, t: table, d: row.deleted ? pack(row.deleted) : null };
}

/** Reads rowToJson's output back into a row with prototype-free maps. */
export function rowFromJson(id: string, rev: number, json: CompactRow): EngineRow {
  const stamps = createDict<Stamp>();
  const table = json.t.map(unpack);
  for (const [f, i] of Object.entries(json.s)) stamps[f] = table[i];
  return { id, rev, fields: createDict(json.f) as Partial<Record<PlanField, string>>, stamps: stamps as Partial<Record<PlanField, Stamp>>, deleted: json.d ? unpack(json.d) : null };
}

/** A summary read back from JSON, its action map prototype-free. */
export function summaryFromJson(json: PlanSummary): PlanSummary {
  return { ...json, actions: createDict(json.actions) };
}
