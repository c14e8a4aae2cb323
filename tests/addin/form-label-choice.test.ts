import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../addin/excel/a1';
import { createOfficeAdapter } from '../../addin/excel/office-adapter';
import type { WorkbookAdapter } from '../../addin/excel/types';
import { checkSheet } from '../../addin/taskpane/check-sheet';
import { paneColumnQuestions, pickOfOption } from '../../addin/taskpane/column-questions';
import { DEFAULT_SETTINGS, loadSettings } from '../../addin/taskpane/settings';
import type { CellValue, PlanReport } from '../../shared/types';
import { FakeWorkbook } from '../support/fake-excel';
import { ashcombe } from '../support/forms-to-correct';

/**
 * The pane's column mapping on a stacked form, against the typed Office fake: it asks in the form's labels, keeps the
 * user's label in the workbook's document settings, and checks with it again — as the Settings tab does on a change.
 */
const asAt = new Date(Date.UTC(2024, 5, 30));

async function open(values: CellValue[][]) {
  const book = new FakeWorkbook(['Plan']);
  book.activeSheet.setValues(values);
  return { book, adapter: createOfficeAdapter(book.excel) };
}

/** What the Settings tab builds its questions from: the check with the kept choices, and the sheet's columns. */
async function questions(adapter: WorkbookAdapter) {
  const settings = await loadSettings(adapter);
  const { report, grid } = await checkSheet(adapter, { asAt, columns: settings.columns });
  const width = Math.max(...grid.values.map((r) => r.length));
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i));
  const header = grid.values[(report.headerRows[0] ?? 1) - 1] ?? [];
  return { report, settings, asked: paneColumnQuestions(report, settings.columns, { letters, header }) };
}

const leadsOf = (r: PlanReport) => r.actions.map((a) => a.lead);

describe('the column mapping on a stacked form, in the pane', () => {
  it('asks which label holds the lead and offers the labels, not column letters', async () => {
    const { adapter } = await open(ashcombe().values);
    const { asked } = await questions(adapter);
    const lead = asked.find((q) => q.field === 'lead')!;
    expect(lead.question).toBe('Which label holds the lead?');
    expect(lead.options).toEqual([['*', 'Let the checker choose'], ['', 'No label of this form holds the lead'],
      ['label:Action', "'Action'"], ['label:Info', "'Info'"], ['label:By when', "'By when'"], ['label:RAG', "'RAG'"]]);
    expect(lead.value).toBe('*');
  });

  it("keeps the user's label in the workbook's settings and checks with it, on every re-check", async () => {
    const { book, adapter } = await open(ashcombe().values);
    // She picks 'Info': the pane saves its settings with the choice (Settings tab → saveSettings).
    await adapter.writeState('settings', { ...DEFAULT_SETTINGS, columns: { lead: pickOfOption('label:Info') } });
    expect(book.settings.get('equalityPlans.settings')).toMatchObject({ columns: { lead: { label: 'Info' } } });
    const { report, asked } = await questions(adapter);
    expect(leadsOf(report)).toEqual(['Amara', 'Ben', 'Chloe', 'Dev']);
    expect(report.issues.filter((i) => i.rule === 'lead-missing')).toEqual([]);
    const lead = asked.find((q) => q.field === 'lead')!;
    expect(lead).toMatchObject({ question: 'Which label holds the lead?', reason: 'You chose this label.', value: 'label:Info' });
    expect(lead.options[0]).toEqual(['*', "Let the checker choose (now 'Info')"]);
    // The workbook, reopened and edited (an action added above the others), is checked with the same choice.
    book.activeSheet.setValues(ashcombe([{ action: 'Publish the WRES data on the intranet', lead: 'Esi' }]).values);
    expect(leadsOf((await questions(createOfficeAdapter(book.excel))).report)).toEqual(['Esi', 'Amara', 'Ben', 'Chloe', 'Dev']);
  });

  it('loads a column letter kept before labels existed, and shows it rather than dropping it', async () => {
    const grid: CellValue[][] = [['Action', 'Info', 'By when'], ['Audit shortlisting', 'Amara', 'March 2025'], ['Mentoring scheme', 'Ben', 'June 2025']];
    const { adapter } = await open(grid);
    await adapter.writeState('settings', { ...DEFAULT_SETTINGS, columns: { lead: 'B', colour: 'F' } });
    const { report, settings, asked } = await questions(adapter);
    expect(settings.columns).toEqual({ lead: 'B' });
    expect(leadsOf(report)).toEqual(['Amara', 'Ben']);
    expect(asked.find((q) => q.field === 'lead')).toMatchObject({ question: 'Which column holds the lead?', value: 'B' });
    // The same letter kept for a workbook now read as a form: still offered, marked as not found.
    const form = await open(ashcombe().values);
    await form.adapter.writeState('settings', { ...DEFAULT_SETTINGS, columns: { lead: 'B' } });
    const lead = (await questions(form.adapter)).asked.find((q) => q.field === 'lead')!;
    expect(lead.value).toBe('B');
    expect(lead.options).toContainEqual(['B', 'column B (your earlier choice, not found)']);
    expect(pickOfOption('*')).toBeUndefined();
    expect(pickOfOption('')).toBe('');
  });
});
