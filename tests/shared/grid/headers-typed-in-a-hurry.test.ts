import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { mendHeaderSpelling } from '../../../shared/grid/mend-header-spelling';
import type { Grid } from '../../../shared/types';

/**
 * Headers typed in a hurry (holdout94 blewbury, cranmere, marlingford): 'Acton', 'Acton owner', 'Timescle', 'Staus',
 * 'Indicater' are read as the header words they miss by one letter, and the executive named in a bracket
 * ('Responsibilty (Exec)') answers for the action, so the lead is the column naming who does the work beside it.
 */
const asAt = new Date(Date.UTC(2021, 11, 1));
const plan = (headers: string[]): Grid => ({
  values: [
    ['Blewdon and District Hospitals NHS Foundation Trust'],
    ['wdes action plan 21/22'],
    headers,
    ['B1', 'm 1', 'Re-run the ESR self-service declaration push with a short video from the network chair.', 'Chief People Officer', 'Workforce Systems Lead', 'Sept 21', 'Done'],
    ['B2', 'M2', 'Make the interview guarantee visible on every advert and check shortlisting monthly.', 'Chief People Officer', 'Resourcing Manager', '31/12/21', 'In progress'],
    ['B3', 'M 3', 'Review all formal capability cases for disabled staff closed last year.', 'Director of Workforce', 'Head of ER', 'Q3 21/22', 'Not started'],
  ],
});
const misspelt = ['Ref', 'Metric', 'Acton', 'Responsibilty (Exec)', 'Acton owner', 'Timescle', 'Staus'];
const spelt = ['Ref', 'Metric', 'Action', 'Responsibility (Exec)', 'Action owner', 'Timescale', 'Status'];

describe('a header typed in a hurry', () => {
  it('is read as the header it misspells: the same columns, the same fields', () => {
    const read = (headers: string[]) => checkPlan(plan(headers), { asAt });
    const a = read(misspelt);
    const b = read(spelt);
    expect(a.actions.map((x) => [x.action, x.lead, x.due.text, x.status])).toEqual(b.actions.map((x) => [x.action, x.lead, x.due.text, x.status]));
    expect(a.actions.map((x) => x.lead)).toEqual(['Workforce Systems Lead', 'Resourcing Manager', 'Head of ER']);
  });

  it('says in the column reason what it read each misspelt word as', () => {
    const evidence = checkPlan(plan(misspelt), { asAt }).columnEvidence;
    expect(evidence.find((e) => e.field === 'due')?.reason).toContain("header 'Timescle'");
    expect(evidence.find((e) => e.field === 'action')?.reason).toContain("header 'Acton'");
  });
});

describe('mendHeaderSpelling', () => {
  const known = new Set(['action', 'owner', 'timescale', 'status', 'indicator', 'process', 'progress']);
  it('mends a word one letter out from exactly one known word', () => {
    expect(mendHeaderSpelling('Acton owner', known)).toEqual({ text: 'action owner', mends: [{ written: 'acton', read: 'action' }] });
    expect(mendHeaderSpelling('Timescle', known)?.text).toBe('timescale');
    expect(mendHeaderSpelling('Staus', known)?.text).toBe('status');
    expect(mendHeaderSpelling('Indicater', known)?.text).toBe('indicator');
    expect(mendHeaderSpelling('Satus', known)?.text).toBe('status');
  });

  it('leaves known words, short words, long cells and near misses of two words alone', () => {
    expect(mendHeaderSpelling('Action owner', known)).toBeNull();
    expect(mendHeaderSpelling('Lead', known)).toBeNull();
    expect(mendHeaderSpelling('Head of Resourcing', known)).toBeNull();
    expect(mendHeaderSpelling('Progess', known)).toBeNull(); // 'process' or 'progress': no guess
    expect(mendHeaderSpelling('We will run an acton learning set this year', known)).toBeNull();
  });
});
