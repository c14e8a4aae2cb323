/**
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded); a plan of thousands of rows of long
 * actions reaches it, as every cell's value and format comes back. The pane reads such a sheet again in blocks of rows,
 * and the plan it checks is the same as one read whole (desktop Excel, no cap). read-grid-in-blocks.ts.
 */
import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkPlan } from '../../shared/check-plan';
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from '../support/fake-excel';

const LONG = 'Review every shortlisting panel for Band 7 and above with a trained inclusion ambassador, report the outcomes by ethnicity to the People Committee each quarter, and act on any gap found. ';

/** A plan of `n` long actions, a fill, a text colour, an indent and a merge across what will be two blocks. */
function book(n: number, web: boolean) {
  const b = new FakeWorkbook(['Plan']);
  b.activeSheet.setValues([['WRES action plan 2024/25'], ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'Status']]);
  b.activeSheet.setValues(Array.from({ length: n }, (_, i) => [String(i + 1), `${i + 1}. ${LONG}`, 'Head of Resourcing', 'March 2025', LONG, i % 3 ? 'On track' : 'Complete']), 2, 0);
  b.activeSheet.cell(5, 5).fill = '#FFB81C';
  b.activeSheet.cell(3000, 5).font = '#FF0000';
  b.activeSheet.cell(3001, 1).indent = 2;
  b.activeSheet.merges.push('A1200:A1600');
  if (web) b.responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  return b;
}

describe('reading a plan too large for one response of Excel on the web', () => {
  it('reads it in blocks of rows, into the same grid and the same plan as desktop Excel reads in one sync', async () => {
    const desktop = book(6_000, false);
    const web = book(6_000, true);
    const whole = await createOfficeAdapter(desktop.excel).readGrid();
    const blocks = await createOfficeAdapter(web.excel).readGrid();
    expect(desktop.stats.syncs).toBe(1);
    // The whole read is refused once, then the cells come in several blocks, none over the cap.
    expect(web.stats.syncs).toBeGreaterThan(3);
    expect(blocks).toEqual(whole);
    const asAt = { asAt: new Date(Date.UTC(2024, 9, 1)) };
    expect(checkPlan(blocks, asAt).actions).toHaveLength(6_000);
    expect(checkPlan(blocks, asAt)).toEqual(checkPlan(whole, asAt));
  });

  it('says in words which row is too large when one row alone is over the cap', async () => {
    const web = book(10, true);
    web.activeSheet.setValues([['7', 'x'.repeat(6 * 1024 * 1024)]], 8, 0);
    await expect(createOfficeAdapter(web.excel).readGrid()).rejects.toThrow(/^row 9 holds more text than Excel on the web can send in one go \(5 MB\)\. Shorten its longest cells, or check the plan in Excel on the desktop$/);
  });

  it('reads a plan of ordinary size in one sync on the web too', async () => {
    const web = book(200, true);
    const grid = await createOfficeAdapter(web.excel).readGrid();
    expect(web.stats.syncs).toBe(1);
    expect(grid.values).toHaveLength(202);
  });
});
