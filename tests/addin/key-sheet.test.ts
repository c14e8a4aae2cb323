import { describe, expect, it } from 'vitest';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import { checkPlan } from '../../shared/check-plan';
import { FakeSheet, FakeWorkbook } from '../support/fake-excel';

const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';

/** A "Key" sheet as trusts keep it: a title, then each status word in a cell filled with its colour, and what it means beside it. */
function writeKey(sheet: FakeSheet, top = 0, left = 0) {
  sheet.setValues([['Key to RAG ratings'], [], ['Complete', 'Action delivered, with evidence'], ['On track', 'Will be delivered by the date'], ['At risk', 'Some slippage'], ['Not started', 'Not begun']], top, left);
  [BLUE, GREEN, AMBER, RED].forEach((fill, i) => (sheet.cell(top + 2 + i, left).fill = fill));
}

/** A plan sheet with no key of its own: its statuses say 'Complete' and 'On track'. */
function writePlan(sheet: FakeSheet) {
  sheet.setValues([
    ['WRES action plan 2023-24'],
    ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
    ['1', 'Publish the WRES data on the staff intranet', 'Head of EDI', 'March 2024', 'Complete'],
    ['2', 'Run reverse mentoring for the executive team', 'Chief People Officer', 'March 2024', 'On track'],
    ['3', 'Audit shortlisting panels for diversity', 'HR Business Partner', 'June 2024', 'Not started'],
  ]);
}

describe('a RAG key kept on a sheet of its own, read by the Office adapter', () => {
  it("checks 'Complete' as blue (complete) and 'On track' as green when the Key sheet says so, in three syncs", async () => {
    const book = new FakeWorkbook(['WRES plan', 'Key']);
    writePlan(book.sheets[0]);
    writeKey(book.sheets[1], 1, 1);
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    book.resetStats();
    const workbook = await adapter.readWorkbookInfo();
    expect(book.stats.syncs).toBe(3); // names and properties; used-range sizes; the small sheets' cells
    expect(workbook.keys?.map((e) => [e.label, e.rag, e.sheet])).toEqual([['Complete', 'blue', 'Key'], ['On track', 'green', 'Key'], ['At risk', 'amber', 'Key'], ['Not started', 'red', 'Key']]);
    const report = checkPlan(grid, { asAt: new Date('2024-01-15T12:00:00Z'), workbook });
    expect(report.actions.map((a) => [a.status, a.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Not started', 'red']]);
    expect(report.ragKey.entries.every((e) => e.sheet === 'Key')).toBe(true);
  });

  it('without the Key sheet the same plan is checked under the usual NHS words (green = complete)', async () => {
    const book = new FakeWorkbook(['WRES plan']);
    writePlan(book.sheets[0]);
    const adapter = createOfficeAdapter(book.excel);
    const grid = await adapter.readGrid();
    book.resetStats();
    const workbook = await adapter.readWorkbookInfo();
    expect(book.stats.syncs).toBe(1); // no other sheet: nothing more to ask
    expect(workbook.keys).toBeUndefined();
    expect(checkPlan(grid, { asAt: new Date('2024-01-15T12:00:00Z'), workbook }).actions[0].rag).toBe('green');
  });

  it('never reads the cells of big sheets (last year\'s plan, a staff list), however many there are, and still finds the key', async () => {
    const book = new FakeWorkbook(['WRES plan', 'Cover', 'Plan 2022-23', 'Staff list', 'Key']);
    writePlan(book.sheets[0]);
    book.sheets[1].setValues([['WRES action plan'], ['Somerset NHS Foundation Trust']]);
    book.sheets[2].setValues(Array.from({ length: 201 }, (_, i) => [String(i + 1), `Action ${i}`, 'Lead', 'March 2023', 'Complete']));
    book.sheets[3].setValues([Array.from({ length: 31 }, (_, i) => `Column ${i + 1}`)]);
    writeKey(book.sheets[4]);
    const adapter = createOfficeAdapter(book.excel);
    book.resetStats();
    const workbook = await adapter.readWorkbookInfo();
    expect(book.stats.syncs).toBe(3);
    // Cover (2×1) and Key (6×2) are read twice each (values, fills); the 201-row and 31-column sheets not at all.
    expect(book.stats.cellsRead).toBe(2 * (2 + 12));
    expect(workbook.keys?.map((e) => e.label)).toEqual(['Complete', 'On track', 'At risk', 'Not started']);
  });

  it('checks again in one sync while no other sheet changes, and reads the key afresh once someone edits it', async () => {
    const book = new FakeWorkbook(['WRES plan', 'Key']);
    writePlan(book.sheets[0]);
    writeKey(book.sheets[1]);
    const adapter = createOfficeAdapter(book.excel);
    const rags = async () => {
      const workbook = await adapter.readWorkbookInfo();
      return checkPlan(await adapter.readGrid(), { asAt: new Date('2024-01-15T12:00:00Z'), workbook }).actions.map((a) => a.rag);
    };
    expect(await rags()).toEqual(['blue', 'green', 'red']);
    // An edit on the plan itself changes nothing on the key: the next check asks Excel for names and properties only.
    await book.userEdit('E3', 'On track');
    book.resetStats();
    const again = await adapter.readWorkbookInfo();
    expect(book.stats.syncs).toBe(1);
    expect(again.keys?.map((e) => e.label)).toEqual(['Complete', 'On track', 'At risk', 'Not started']);
    // Someone renames a status on the Key sheet: the next check reads it.
    await book.userEditOn('Key', 'A4', 'Progressing');
    book.resetStats();
    const edited = await adapter.readWorkbookInfo();
    expect(book.stats.syncs).toBe(3);
    expect(edited.keys?.map((e) => e.label)).toEqual(['Complete', 'Progressing', 'At risk', 'Not started']);
  });

  it('reads the key afresh when a sheet is added, and stops using one that was deleted', async () => {
    const book = new FakeWorkbook(['WRES plan', 'Notes']);
    writePlan(book.sheets[0]);
    const adapter = createOfficeAdapter(book.excel);
    expect((await adapter.readWorkbookInfo()).keys).toBeUndefined();
    book.sheets.push(new FakeSheet('Key'));
    writeKey(book.sheets[2]);
    expect((await adapter.readWorkbookInfo()).keys?.map((e) => e.rag)).toEqual(['blue', 'green', 'amber', 'red']);
    book.sheets.pop();
    expect((await adapter.readWorkbookInfo()).keys).toBeUndefined();
  });
});
