import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A key line mixing a code of its own with the RAG letters (holdout21 marlstone: 'RAG key: C = complete (blue); G = on
 * track; A = delayed; R = not started or at risk.'): the letters read as colours, and the code 'C' — with the colour its
 * bracket names — was dropped, so every 'C' status was reported unknown. The code is an entry too, its colour stated; a
 * code whose colour is not stated ('C = complete') is not guessed (the plan may fill it blue).
 */
const AS_AT = new Date(Date.UTC(2021, 1, 28));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const unknownStatuses = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);
const entries = (text: string) => readColourPairs(text).entries.map((e) => `${e.label}=${e.rag}${e.aliases?.length ? `[${e.aliases.join()}]` : ''}`);

describe('a key line with a code beside the RAG letters', () => {
  it("keeps 'C = complete (blue)' with the letters' entries", () => {
    expect(entries('RAG key: C = complete (blue); G = on track; A = delayed; R = not started or at risk.')).toEqual([
      'complete=blue[c]', 'on track=green', 'delayed=amber', 'not started or at risk=red',
    ]);
    expect(entries('Status: NS = not yet started (grey) | G = on track | R = off track')).toEqual(['not yet started=null[ns]', 'on track=green', 'off track=red']);
  });

  it("reads 'C' statuses through the key under the plan, complete and blue, with no unknown status", () => {
    const report = read([
      ['', 'WDES Metric', 'Priority action', 'Accountable lead', 'Deadline', 'RAG'],
      ['', 'Metric 1', 'Ask every team to complete their disability status.', 'Head of Workforce Information', '31 Dec 2020', 'G'],
      ['', 'Metric 2', 'Remove the driving licence requirement where not essential.', 'Head of Recruitment', '30 Sep 2020', 'C'],
      ['', 'Metric 3', 'Add an adjustments review to the capability process.', 'Head of ER', '31 Mar 2021', 'A'],
      [],
      ['', 'RAG key: C = complete (blue); G = on track; A = delayed; R = not started or at risk.'],
    ]);
    expect(ragsOf(report)).toEqual([['G', 'green'], ['C', 'blue'], ['A', 'amber']]);
    expect(report.actions[1].statusRagWhy).toMatch(/^RAG: 'C' is 'complete' \(blue\) in the plan's key/);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it('negative: a code with no colour stated beside the letters is not guessed, and a glossary line is no key', () => {
    expect(entries('C = complete, G = on track, A = delayed but recoverable, R = not started or at risk').some((e) => e.startsWith('complete=green'))).toBe(false);
    expect(entries('EDI = equality, diversity and inclusion; BME = black and minority ethnic')).toEqual([]);
  });
});
