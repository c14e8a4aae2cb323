import { describe, expect, it } from 'vitest';
import { checkPlan, parseColumnChoice, readColumnChoice } from '../../../shared/check-plan';
import type { ColumnChoice, Grid } from '../../../shared/types';
import { ashcombe, brackenmoor } from '../../support/forms-to-correct';

/**
 * On a stacked form every value sits in one column, so the user names a field by the LABEL of its rows ('Info'), not a
 * column letter: the reader asks in labels, the user's label wins over its own choice, and the choice — kept as the
 * pane keeps it (JSON in the workbook's settings) — still holds when the form is checked again after an edit.
 */
const asAt = new Date(Date.UTC(2024, 5, 30));
const check = (grid: Grid, columns: ColumnChoice = {}) => checkPlan(grid, { asAt, columns });
/** The choice as the workbook keeps it and the pane loads it again. */
const keptAndLoaded = (choice: ColumnChoice) => readColumnChoice(JSON.parse(JSON.stringify(choice)));

describe("a form's fields named by their labels", () => {
  it('asks which label holds the lead when no label names it, offering the labels, not column letters', () => {
    const report = check(ashcombe());
    expect(report.form).toEqual({ labelColumn: 'A', labels: ['Action', 'Info', 'By when', 'RAG'] });
    expect(report.actions.map((a) => a.lead)).toEqual(['', '', '', '']);
    const lead = report.columnQuestions.find((q) => q.field === 'lead')!;
    expect(lead.reason).toBe('No label of this form names the lead. Which label holds the lead, if any?');
    expect(lead.candidateLabels).toContain('Info');
    expect(lead.candidates).toEqual([]);
    expect(report.columnEvidence.find((e) => e.field === 'due')).toMatchObject({ label: 'By when', confidence: 1 });
  });

  it("reads the lead from the label the user chose, says so, and asks no more", () => {
    const report = check(ashcombe(), parseColumnChoice('lead=Info'));
    expect(report.actions.map((a) => a.lead)).toEqual(['Amara', 'Ben', 'Chloe', 'Dev']);
    // Each lead's cell is the one beside its block's 'Info' label.
    expect(report.actions[0].sources.lead).toEqual({ kind: 'column', cell: 'B4' });
    expect(report.columnEvidence.find((e) => e.field === 'lead')).toMatchObject({ label: 'Info', source: 'user', confidence: 1, reason: "Lead: the rows labelled 'Info', as you chose" });
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('lead');
    expect(report.issues.filter((i) => i.rule === 'lead-missing')).toEqual([]);
  });

  it("keeps the user's label over the reader's own choice of another", () => {
    const own = check(brackenmoor());
    expect(own.actions[0].lead).toBe('Chief People Officer');
    expect(own.columnEvidence.find((e) => e.field === 'lead')?.label).toBe('Executive sponsor');
    // Typed as people type labels: any case, hyphens as spaces.
    const chosen = check(brackenmoor(), { lead: { label: 'day to day CONTACT' } });
    expect(chosen.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of OD', 'EDI Manager', 'Board Secretary']);
    expect(chosen.columnEvidence.find((e) => e.field === 'lead')).toMatchObject({ label: 'Day-to-day contact', source: 'user' });
    // The rest of the form reads as before.
    expect(chosen.actions.map((a) => a.due.text)).toEqual(own.actions.map((a) => a.due.text));
    expect(chosen.actions.map((a) => a.indicators)).toEqual(own.actions.map((a) => a.indicators));
  });

  it('still holds after the choice is kept in the workbook and the form, edited, is checked again', () => {
    const choice = keptAndLoaded(parseColumnChoice("lead='Info'"));
    expect(choice).toEqual({ lead: { label: 'Info' } });
    // An action added at the top moves every block four rows down: the label still finds the leads.
    const again = check(ashcombe([{ action: 'Publish the WRES data on the intranet', lead: 'Esi' }]), choice);
    expect(again.actions.map((a) => a.lead)).toEqual(['Esi', 'Amara', 'Ben', 'Chloe', 'Dev']);
    expect(again.actions[1].sources.lead).toEqual({ kind: 'column', cell: 'B9' });
    const sponsor = keptAndLoaded({ lead: { label: 'Day-to-day contact' } });
    expect(check(brackenmoor(), sponsor).actions[3].lead).toBe('Board Secretary');
  });

  it('reads a label on an ordinary grid as the column it heads, and a label no header has as no column', () => {
    const grid: Grid = { values: [['Action', 'Who', 'Info', 'By when'], ['Audit shortlisting', 'EDI lead', 'Amara', 'March 2025'], ['Mentoring scheme', 'HR', 'Ben', 'June 2025']] };
    expect(check(grid).actions[0].lead).toBe('EDI lead');
    expect(check(grid, { lead: { label: 'Info' } }).actions.map((a) => a.lead)).toEqual(['Amara', 'Ben']);
    expect(check(grid, { lead: { label: 'Info' } }).columnEvidence.find((e) => e.field === 'lead')?.reason).toBe("Lead: the column headed 'Info', as you chose");
    expect(check(grid, { lead: { label: 'Sponsor' } }).actions[0].lead).toBe('');
  });
});

describe('the choice as typed and as kept', () => {
  it('reads letters as columns and quoted or longer text as labels', () => {
    expect(parseColumnChoice("lead=F, due='By when', status=\"RAG\", action=Action, progress=none")).toEqual({
      lead: 'F', due: { label: 'By when' }, status: { label: 'RAG' }, action: { label: 'Action' }, progress: '',
    });
    expect(parseColumnChoice("outcome='Evidence, measure of success'")).toEqual({ outcome: { label: 'Evidence, measure of success' } });
    expect(() => parseColumnChoice("lead=''")).toThrow(/a label cannot be empty/);
    expect(() => parseColumnChoice('lead=F due=D')).toThrow(/separate choices with commas/);
  });

  it('loads choices kept before labels existed as they were, and drops only what is no choice', () => {
    expect(readColumnChoice({ lead: 'C', status: '' })).toEqual({ lead: 'C', status: '' });
    expect(readColumnChoice({ lead: { label: 'Owner' }, due: 7, colour: 'F', action: { label: '' }, status: 'not a column' })).toEqual({ lead: { label: 'Owner' } });
    expect(readColumnChoice(null)).toEqual({});
    expect(readColumnChoice('lead=F')).toEqual({});
  });
});
