/**
 * Sync benchmarks: the service over HTTP against the raw SDK on the same Azurite, the add-in's
 * delta push, region compare against a plan read, and latency/memory under 20 concurrent clients.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { callApi, makeRows, planPath, type Change, type PlanAddress } from '../../reliability/support/api';
import { startTableServer } from '../../reliability/support/table-server';
import { DEV_SECRET } from '../../reliability/support/service';
import { signToken } from '../../security/support/tokens';
import { interleavedRatio, median, percentile, type BenchEntry } from '../measure';
import { measureDeltaBytes } from './sync-delta';

const ROUNDS = 5;

/** Starts the service in its own process and resolves with its pid and URL. */
async function startServiceChild(connectionString: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'service-child.ts')], {
    env: { ...process.env, TABLES_CONNECTION_STRING: connectionString },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve(JSON.parse(line).port);
    });
    child.once('exit', (code) => reject(new Error(`service process exited (${code}) before listening`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

/** Resident set size of a process in MB, read from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** A full push of `rows` as new rows (empty base), in one request, as the add-in's first sync sends it. */
function newRowChanges(rows: ReturnType<typeof makeRows>): Change[] {
  return rows.map((row) => ({ id: row.id, base: {}, set: row.fields }));
}

/**
 * Measures every sync entry in one run.
 *
 * @example
 * const entries = await measureSync(); // [{ name: 'sync.push.ratio_vs_raw_sdk', value: 1.2, unit: 'ratio' }, ...]
 */
export async function measureSync(): Promise<BenchEntry[]> {
  const storage = await startTableServer({ persist: false });
  let child: ChildProcess | null = null;
  const entries: BenchEntry[] = [];
  let sampler: ReturnType<typeof setInterval> | undefined;
  try {
    const started = await startServiceChild(storage.connectionString);
    child = started.child;
    const baseUrl = started.baseUrl;
    const pid = child.pid!;
    const admin = await signToken(DEV_SECRET, { sub: 'bench-admin', role: 'admin' });
    const editorFor = (trust: string) => signToken(DEV_SECRET, { sub: `bench-${trust}`, trust, role: 'editor' });
    const rows = makeRows(500, 'row');

    /** Runs one part of the group; a failure is reported and the other parts still run. */
    const part = async (name: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        process.stderr.write(`bench: ${name} could not be measured: ${(error as Error).message}\n`);
      }
    };

    // --- push 500 rows through the service vs the raw SDK in 100-entity transactions ---
    await part('push vs raw SDK', async () => {
      const editor = await editorFor('RXT');
      const raw = TableClient.fromConnectionString(storage.connectionString, 'benchraw', { allowInsecureConnection: true });
      await raw.createTable();
      let round = 0;
      const warmPlan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: '1999-00' };
      await callApi(baseUrl, editor, 'POST', `${planPath(warmPlan)}/push`, { pushId: randomUUID(), changes: newRowChanges(rows.slice(0, 50)) });
      const pushRatio = await interleavedRatio(
        async () => {
          round += 1;
          const plan: PlanAddress = { trust: 'RXT', standard: 'WRES', period: `${2000 + round}-${String((round + 1) % 100).padStart(2, '0')}` };
          const res = await callApi(baseUrl, editor, 'POST', `${planPath(plan)}/push`, { pushId: randomUUID(), changes: newRowChanges(rows) });
          if (res.status !== 200) throw new Error(`push answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`);
        },
        async () => {
          const partitionKey = `raw-${randomUUID()}`;
          for (let start = 0; start < rows.length; start += 100) {
            const actions: TransactionAction[] = rows.slice(start, start + 100).map((row, i) => [
              'create',
              { partitionKey, rowKey: row.id, rev: start + i + 1, updatedBy: 'bench', updatedAt: '2024-01-01T00:00:00Z', ...row.fields },
            ]);
            await raw.submitTransaction(actions);
          }
        },
        ROUNDS,
      );
      entries.push({ name: 'sync.push.ratio_vs_raw_sdk', value: pushRatio.ratio, unit: 'ratio' });
      process.stderr.write(`bench: push 500 rows — service ${pushRatio.aMs.toFixed(0)} ms, raw SDK ${pushRatio.bMs.toFixed(0)} ms\n`);
    });

    // --- one-cell edit from the add-in's sync client vs a full push ---
    try {
      entries.push({ name: 'sync.push.delta_bytes_ratio', value: await measureDeltaBytes(baseUrl), unit: 'ratio' });
    } catch (error) {
      process.stderr.write(`bench: delta bytes could not be measured: ${(error as Error).message}\n`);
    }

    // --- region compare over 42 trusts × 60 actions vs reading one plan ---
    await part('region compare', async () => {
      const region = 'Y60';
      const trusts = Array.from({ length: 42 }, (_, i) => `B${String(i).padStart(2, '0')}`);
      for (const trust of trusts) {
        const put = await callApi(baseUrl, admin, 'PUT', `/v1/trusts/${trust}`, { name: `Bench Trust ${trust}`, region });
        if (put.status >= 300) throw new Error(`adding trust ${trust} answered ${put.status}`);
      }
      const regionPeriod = '2023-24';
      await Promise.all(
        trusts.map(async (trust) => {
          const res = await callApi(baseUrl, await editorFor(trust), 'POST', `${planPath({ trust, standard: 'WRES', period: regionPeriod })}/push`, {
            pushId: randomUUID(),
            changes: newRowChanges(makeRows(60, trust)),
          });
          if (res.status !== 200) throw new Error(`seeding ${trust} answered ${res.status}`);
        }),
      );
      const lead = await signToken(DEV_SECRET, { sub: 'bench-lead', role: 'regional-lead', region });
      const reader = await editorFor(trusts[0]);
      const compareRatio = await interleavedRatio(
        async () => {
          const res = await callApi(baseUrl, lead, 'GET', `/v1/regions/${region}/compare?standard=WRES&period=${regionPeriod}`);
          if (res.status !== 200) throw new Error(`compare answered ${res.status}`);
        },
        async () => {
          const res = await callApi(baseUrl, reader, 'GET', planPath({ trust: trusts[0], standard: 'WRES', period: regionPeriod }));
          if (res.status !== 200) throw new Error(`plan read answered ${res.status}`);
        },
        ROUNDS * 3,
      );
      entries.push({ name: 'sync.region_compare.ratio_vs_plan_read', value: compareRatio.ratio, unit: 'ratio' });
    });

    // --- 20 concurrent clients: push latency against the same push uncontended, and the service's peak RSS ---
    await part('concurrent pushes', async () => {
      const latencies: number[] = [];
      const failures: number[] = [];
      let peakRss = rssMb(pid);
      sampler = setInterval(() => {
        peakRss = Math.max(peakRss, rssMb(pid));
      }, 20);
      const loadPlan = (i: number): PlanAddress => ({ trust: ['RXT', 'RP1', 'RXY', 'RH5'][i % 4], standard: 'WDES', period: '2023-24' });
      for (let i = 0; i < 4; i++) {
        const plan = loadPlan(i);
        await callApi(baseUrl, await editorFor(plan.trust), 'POST', `${planPath(plan)}/push`, { pushId: randomUUID(), changes: newRowChanges(rows.slice(0, 60)) });
      }
      // The same one-cell push, one client alone, on a plan of the same shape: the denominator.
      const alone: number[] = [];
      const soloPlan: PlanAddress = { trust: 'RXT', standard: 'WDES', period: '2024-25' };
      const soloToken = await editorFor('RXT');
      await callApi(baseUrl, soloToken, 'POST', `${planPath(soloPlan)}/push`, { pushId: randomUUID(), changes: newRowChanges(rows.slice(0, 60)) });
      let soloBase = rows[0].fields.progress ?? '';
      for (let n = 0; n < 40; n++) {
        const next = `Alone update ${n}`;
        const started = performance.now();
        const res = await callApi(baseUrl, soloToken, 'POST', `${planPath(soloPlan)}/push`, { pushId: randomUUID(), changes: [{ id: rows[0].id, base: { progress: soloBase }, set: { progress: next } }] });
        if (n >= 5) alone.push(performance.now() - started); // after a warm-up
        if (res.status !== 200) throw new Error(`uncontended push answered ${res.status}`);
        soloBase = next;
      }
      await Promise.all(
        Array.from({ length: 20 }, async (_, client) => {
          const plan = loadPlan(client);
          const token = await editorFor(plan.trust);
          // Plans of 60 actions (a typical trust plan); each of a plan's five editors edits its own ten rows,
          // keeping the last value it set as the next base, so the only contention is on the plan's revision.
          const known = new Map<string, string>();
          for (let n = 0; n < 25; n++) {
            const row = rows[Math.floor(client / 4) * 10 + (n % 10)];
            const base = known.get(row.id) ?? row.fields.progress ?? '';
            const next = `Client ${client} update ${n}`;
            const started = performance.now();
            const res = await callApi(baseUrl, token, 'POST', `${planPath(plan)}/push`, {
              pushId: randomUUID(),
              changes: [{ id: row.id, base: { progress: base }, set: { progress: next } }],
            });
            known.set(row.id, next);
            latencies.push(performance.now() - started);
            // A refused push is counted and reported, as a client would see it; the run goes on.
            if (res.status !== 200) failures.push(res.status);
          }
        }),
      );
      clearInterval(sampler);
      const uncontended = median(alone);
      entries.push({ name: 'sync.push.uncontended_ms', value: uncontended, unit: 'ms' });
      entries.push({ name: 'sync.push.p50_ms', value: percentile(latencies, 50), unit: 'ms' });
      entries.push({ name: 'sync.push.p95_ms', value: percentile(latencies, 95), unit: 'ms' });
      entries.push({ name: 'sync.push.p95_contended_ratio', value: percentile(latencies, 95) / uncontended, unit: 'ratio' });
      entries.push({ name: 'sync.service.peak_rss_mb', value: peakRss, unit: 'MB' });
      process.stderr.write(
        `bench: ${latencies.length} concurrent pushes, median ${median(latencies).toFixed(1)} ms, ` +
          `${failures.length} refused (${[...new Set(failures)].join(', ') || 'none'})\n`,
      );
    });
  } finally {
    clearInterval(sampler);
    child?.kill('SIGTERM');
    await storage.dispose();
  }
  return entries;
}
