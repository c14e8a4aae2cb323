import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readKeySheets } from '../../../shared/grid';
import type { PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';

/**
 * Plans of the corpus whose own key names a status with no colour, each in another form: a key line's '(no rating)'
 * (lindenhurst), a code line's 'D = deferred to 2019/20' (stourleigh), a key block's unfilled 'Not yet due'
 * (easterhope), a key block's grey 'Superseded' (kelderton). Checked as the CLI checks them (the sheet with the most
 * actions, with any key sheet): none of their actions with that status is told it is not in the plan's key.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const PLANS: { file: string; status: string }[] = [
  { file: 'tests/corpus/holdout8/holdout8-wdes-2025-26-lindenhurst.xlsx', status: 'Not yet due' },
  { file: 'tests/corpus/holdout11/holdout11-wres-2018-19-stourleigh.xlsx', status: 'D' },
  { file: 'tests/corpus/holdout10/holdout10-wdes-2025-26-easterhope.xlsx', status: 'Not yet due' },
  { file: 'tests/corpus/holdout10/holdout10-wres-2022-23-kelderton.xlsx', status: 'Superseded' },
];

async function check(file: string): Promise<PlanReport> {
  const { sheets } = await readWorkbook(new Uint8Array(await readFile(file)));
  const sheetNames = sheets.map((s) => s.sheetName);
  const reports = sheets.map((g) => checkPlan(g, { asAt: AS_AT, workbook: { fileName: file, sheetNames, keys: readKeySheets(sheets, g.sheetName) } }));
  return reports.reduce((best, r) => (r.actions.length > best.actions.length ? r : best));
}

describe("corpus plans whose key names a status with no colour", () => {
  for (const { file, status } of PLANS) {
    it(`${file.replace(/^.*\//, '')}: '${status}' is in the plan's key, with no colour and a reason; no 'not in the key' warning for it`, async () => {
      const report = await check(file);
      const withStatus = report.actions.filter((a) => a.status.trim() === status);
      expect(withStatus.length).toBeGreaterThan(0);
      expect(report.ragKey.entries.some((e) => e.rag === null)).toBe(true);
      for (const a of withStatus) {
        expect(a.statusRag).toBeNull();
        expect(a.statusRagWhy).toMatch(/names it with no colour/);
      }
      const warned = report.issues.filter((i) => i.rule === 'status-not-in-key' && withStatus.some((a) => a.row === i.row));
      expect(warned).toEqual([]);
    });
  }

  it("the CLI lists the plan's key with its status of no colour, and gives no 'not in the key' finding", () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', PLANS[0].file, '--as-at', '2024-01-31'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/RAG key \(the plan's key\): Complete=blue, On track=green, At risk=amber, Off track=red, Not yet due=no colour/);
    expect(r.stdout).not.toMatch(/"Not yet due" is not in the plan's key/);
  });
});
