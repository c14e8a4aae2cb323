import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ashcombe } from '../../support/forms-to-correct';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
const PELLMOOR = 'tests/corpus/holdout9/holdout9-wres-2019-20-pellmoor.xlsx';
let form = '';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Plan').addRows(ashcombe().values as unknown[][]);
  form = join(mkdtempSync(join(tmpdir(), 'form-labels-')), 'ashcombe-wres-2024-25.xlsx');
  writeFileSync(form, Buffer.from(await wb.xlsx.writeBuffer()));
});

describe('npm run check on a stacked form: the mapping in labels', () => {
  it("prints the labels it used, not the one column all the form's values share, and how to change them", () => {
    const r = run(PELLMOOR, '--as-at', '2020-01-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Labels used (a form: field names down column A; change them with --columns "lead='Owner',due='By when'")`);
    expect(r.stdout).toMatch(/^ {2}'Owner' +Lead: header 'Owner' — 10 of 10 cells name roles or people .*\(100% sure\)$/m);
    expect(r.stdout).toMatch(/^ {2}'By when' +Timescale: header 'By when'/m);
    expect(r.stdout).not.toMatch(/^ {2}B +Lead/m);
  });

  it('asks in labels, takes --columns lead=Info as the label, and gives each field its label, confidence and reason in --json', () => {
    const asked = run(form, '--as-at', '2024-06-30');
    expect(asked.stdout).toMatch(/\? +No label of this form names the lead\. Which label holds the lead, if any\? Perhaps 'Info'/);
    const json = JSON.parse(run(form, '--as-at', '2024-06-30', '--json', '--columns', "lead=Info,due='By when'").stdout);
    expect(json.form).toEqual({ labelColumn: 'A', labels: ['Action', 'Info', 'By when', 'RAG'] });
    expect(json.actions.map((a: { lead: string }) => a.lead)).toEqual(['Amara', 'Ben', 'Chloe', 'Dev']);
    expect(json.columnEvidence.find((e: { field: string }) => e.field === 'lead')).toMatchObject({ label: 'Info', confidence: 1, source: 'user', reason: "Lead: the rows labelled 'Info', as you chose" });
    expect(json.columnEvidence.find((e: { field: string }) => e.field === 'status')).toMatchObject({ label: 'RAG', confidence: 1, reason: expect.stringContaining("header 'RAG'") });
    expect(json.columnQuestions).toEqual([]);
  });

  it('says a column letter cannot name a field of a form, and which labels can', () => {
    const r = run(form, '--as-at', '2024-06-30', '--columns', 'lead=B');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`lead=B names a column, and this form keeps every field in one: name one of its labels instead ('Action', 'Info', 'By when', 'RAG'), e.g. --columns "lead='Action'"`);
  });

  it('refuses a choice it cannot read, naming the part', () => {
    const r = run(form, '--columns', "lead=''");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--columns: cannot read "lead=''": a label cannot be empty.`);
  });
});
