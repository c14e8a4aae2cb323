/**
 * `npm run bench` — measures the product against the limits of what it is built on.
 *
 *   npm run --silent bench -- --json   one JSON array of { name, value, unit } on stdout, nothing else
 *   npm run bench                      a readable table with goal and pass/fail per entry
 *   npm run bench -- --only core,excel run some groups only (core, sync, excel)
 *
 * Every ratio is measured within one run (interleaved, repeated, medians), see measure.ts.
 * A group that cannot run (say its part of the product is missing) reports null values and
 * says why on stderr; the bench still prints every entry.
 */
import type { BenchEntry } from './measure';

interface Goal {
  op: '>=' | '<=';
  value: number;
}

/** The goals from the issues; entries without one are reported for information. */
const GOALS: Record<string, Goal> = {
  'core.validate.cells_per_s': { op: '>=', value: 1_000_000 },
  'sync.push.ratio_vs_raw_sdk': { op: '<=', value: 1.5 },
  'sync.push.delta_bytes_ratio': { op: '<=', value: 0.02 },
  'sync.region_compare.ratio_vs_plan_read': { op: '<=', value: 3 },
  'sync.push.p95_contended_ratio': { op: '<=', value: 4 },
  'sync.service.peak_rss_mb': { op: '<=', value: 300 },
  'excel.validate.syncs@10000rows': { op: '<=', value: 2 },
  'excel.validate.formatOps@10000rows': { op: '<=', value: 6 },
};

interface Group {
  name: string;
  /** Entry names the group reports, so a failed group still lists them (as null). */
  entries: { name: string; unit: string }[];
  run(): Promise<BenchEntry[]>;
}

const GROUPS: Group[] = [
  {
    name: 'core',
    entries: [{ name: 'core.validate.cells_per_s', unit: 'cells/s' }],
    run: async () => (await import('./entries/core-validate')).measureCoreValidate(),
  },
  {
    name: 'sync',
    entries: [
      { name: 'sync.push.ratio_vs_raw_sdk', unit: 'ratio' },
      { name: 'sync.push.delta_bytes_ratio', unit: 'ratio' },
      { name: 'sync.region_compare.ratio_vs_plan_read', unit: 'ratio' },
      { name: 'sync.push.uncontended_ms', unit: 'ms' },
      { name: 'sync.push.p50_ms', unit: 'ms' },
      { name: 'sync.push.p95_ms', unit: 'ms' },
      { name: 'sync.push.p95_contended_ratio', unit: 'ratio' },
      { name: 'sync.service.peak_rss_mb', unit: 'MB' },
    ],
    run: async () => (await import('./entries/sync')).measureSync(),
  },
  {
    name: 'excel',
    entries: [
      { name: 'excel.validate.syncs@10000rows', unit: 'syncs' },
      { name: 'excel.validate.formatOps@10000rows', unit: 'ops' },
    ],
    run: async () => (await import('./entries/excel-validate')).measureExcelValidate(),
  },
];

/** Whether a value meets its goal; null when there is no goal or no value. */
function verdict(name: string, value: number | null): 'pass' | 'FAIL' | '' {
  const goal = GOALS[name];
  if (!goal || value === null || !Number.isFinite(value)) return value === null && goal ? 'FAIL' : '';
  return (goal.op === '>=' ? value >= goal.value : value <= goal.value) ? 'pass' : 'FAIL';
}

function formatValue(value: number | null): string {
  if (value === null) return 'n/a';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-GB');
  return String(Number(value.toPrecision(3)));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1]?.split(',')) : null;

  // Stdout carries the result only: anything a library logs goes to stderr instead.
  const writeStdout = process.stdout.write.bind(process.stdout);
  const toStderr = (...parts: unknown[]) => process.stderr.write(parts.map(String).join(' ') + '\n');
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    process.stderr.write(chunk, ...rest)) as typeof process.stdout.write;

  const results: BenchEntry[] = [];
  for (const group of GROUPS) {
    if (only && !only.has(group.name)) continue;
    let measured: BenchEntry[] = [];
    try {
      measured = await group.run();
    } catch (error) {
      process.stderr.write(`bench: ${group.name} could not be measured: ${(error as Error).message}\n`);
    }
    for (const entry of group.entries) {
      const found = measured.find((m) => m.name === entry.name);
      results.push(found ?? { ...entry, value: null });
    }
  }

  if (json) {
    writeStdout(JSON.stringify(results) + '\n');
  } else {
    const rows = results.map((r) => {
      const goal = GOALS[r.name];
      return [r.name, formatValue(r.value), r.unit, goal ? `${goal.op} ${formatValue(goal.value)}` : '—', verdict(r.name, r.value)];
    });
    const header = ['entry', 'value', 'unit', 'goal', 'verdict'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
    writeStdout([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n');
  }
  // Handles from SDK keep-alive agents may linger; the numbers are out, so leave.
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
