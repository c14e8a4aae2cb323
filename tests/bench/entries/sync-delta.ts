/**
 * sync.push.delta_bytes_ratio: request bytes the add-in's sync client sends for a one-cell edit of a
 * 500-row plan, divided by the bytes of its full first push of that plan. Runs the real SyncClient
 * against the real service (Azurite behind it), counting the bytes its fetch puts on the wire.
 */
import { randomUUID } from 'node:crypto';
import { SyncClient, type SyncState } from '../../../addin/sync';
import { makeRows, planPath } from '../../reliability/support/api';
import { DEV_SECRET } from '../../reliability/support/service';
import { signToken } from '../../security/support/tokens';

/**
 * Measures the delta push against a full push, through a service at `baseUrl`.
 *
 * @example
 * const ratio = await measureDeltaBytes('http://127.0.0.1:7071'); // e.g. 0.002
 */
export async function measureDeltaBytes(baseUrl: string): Promise<number> {
  const token = await signToken(DEV_SECRET, { sub: 'bench-delta', trust: 'RP1', role: 'editor' });
  let saved: SyncState | null = null;
  let pushBytes = 0;
  const client = new SyncClient({
    planUrl: `${baseUrl}${planPath({ trust: 'RP1', standard: 'WRES', period: '2022-23' })}`,
    tokens: { getToken: async () => token },
    store: { read: async () => saved, write: async (state) => void (saved = structuredClone(state)) },
    fetch: async (input, init) => {
      if (typeof init?.body === 'string' && String(input).endsWith('/push')) pushBytes += Buffer.byteLength(init.body);
      return fetch(input, init);
    },
    newId: () => randomUUID(),
  });
  await client.load();
  const rows = makeRows(500, 'delta');

  await client.record(rows);
  await client.push();
  const fullBytes = pushBytes;

  pushBytes = 0;
  rows[250].fields.status = 'Slippage likely — reviewed at board';
  const queued = await client.record(rows);
  if (queued !== 1) throw new Error(`a one-cell edit queued ${queued} changes`);
  await client.push();
  const deltaBytes = pushBytes;
  process.stderr.write(`bench: full push ${fullBytes} bytes, one-cell edit ${deltaBytes} bytes\n`);
  return deltaBytes / fullBytes;
}
