/**
 * Bad files through the workbook reader and through the `check` command a user runs: an
 * encrypted workbook, a download cut short, a PDF renamed .xlsx, random bytes. Each gets one
 * clear line saying what is wrong and a non-zero exit — never a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { badFiles } from './support/bad-files';
import { readPlanFile } from './support/read-plan-file';

const SOAK = process.env.SOAK === '1';
const dir = mkdtempSync(join(tmpdir(), 'bad-plans-'));
let cases = 0;
afterAll(() => {
  console.log(`fuzz: ${cases} bad files through the reader and the CLI`);
  rmSync(dir, { recursive: true, force: true });
});

/** What a user must never see: stack frames, internal error class names, source paths. */
const INTERNALS = /\n\s+at |\bat .+:\d+:\d+|TypeError|RangeError|ReferenceError|SyntaxError|node:internal|node_modules|\.ts:\d+|\[object Object\]|undefined/;

function expectClearError(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message.trim()).not.toContain('\n');
  expect(message).not.toMatch(INTERNALS);
}

describe('reading bad files', () => {
  for (const file of badFiles()) {
    it(`refuses ${file.label} with one clear line`, async () => {
      cases += 1;
      const path = join(dir, file.name);
      writeFileSync(path, file.bytes);
      const error = await readPlanFile(path).then(
        () => null,
        (e: unknown) => e,
      );
      expectClearError(error);
    });
  }

  it('refuses random bytes, and random bytes behind a zip or CFB signature, with one clear line', async () => {
    const signatures = [Buffer.alloc(0), Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('d0cf11e0a1b11ae1', 'hex')];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 4096 }), async (signature, body) => {
        cases += 1;
        const path = join(dir, `random-${cases}.xlsx`);
        writeFileSync(path, Buffer.concat([signature, Buffer.from(body)]));
        const error = await readPlanFile(path).then(() => null, (e: unknown) => e);
        expectClearError(error);
      }),
      { numRuns: SOAK ? 1_000 : 150 },
    );
  });
});

describe('the check command on bad files', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const cli = join(process.cwd(), 'shared', 'cli', 'check.ts');
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(tsx, [cli, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });

  it('exits non-zero with one clear line for each kind of bad file, a missing file and a folder', async () => {
    const files = badFiles().filter((f) => ['empty.xlsx', 'protected.xlsx', 'archive.xlsx', 'cut-60.xlsx', 'plan.xlsx'].includes(f.name));
    const targets = files.map((f) => {
      const path = join(dir, `cli-${f.name}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    // A .csv that is binary junk, and one that is text but no plan: the CSV path must refuse clearly too.
    const junkCsv = join(dir, 'junk.csv');
    writeFileSync(junkCsv, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x22, 0x2c, 0x0a, 0x22, 0x22, 0x22]));
    const notAPlanCsv = join(dir, 'shopping.csv');
    writeFileSync(notAPlanCsv, 'item,qty\nmilk,2\nbread,1\n');
    targets.push(junkCsv, notAPlanCsv, join(dir, 'no-such-plan.xlsx'), dir);
    // Two at a time: each spawn starts a TypeScript runtime, and the machine has two cores.
    for (let i = 0; i < targets.length; i += 2) {
      const results = await Promise.all(targets.slice(i, i + 2).map((target) => run([target])));
      for (const [k, result] of results.entries()) {
        cases += 1;
        const target = targets[i + k];
        expect(result.code, target).not.toBe(0);
        const said = result.stderr.trim() || result.stdout.trim();
        const lines = said.split('\n').filter((l) => l.trim());
        expect(lines, `${target}: ${said}`).toHaveLength(1);
        expect(said, target).not.toMatch(INTERNALS);
      }
    }
  }, 120_000);
});
