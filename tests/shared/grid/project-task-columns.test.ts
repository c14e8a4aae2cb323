import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A project plan's task list (holdout38 brantwick, a PMO template: 'ID | Milestone / activity | Deliverable | Owner |
 * Start | Finish | RAG'): the 'Milestone / activity' column names the things done — a project's milestones are tasks —
 * so it is the action, and the 'Deliverable' beside it is each task's output. A 'Milestones' column over dated steps beside
 * the plan's own due column stays set aside as checkpoints, and a plan whose action column is headed 'Deliverable' alone
 * reads it as the action, as before.
 */
const AS_AT = new Date(Date.UTC(2021, 10, 30));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe("a project plan's 'Milestone / activity' column", () => {
  it("is the action, the 'Deliverable' beside it the outcome, the 'Finish' the due", () => {
    const report = read([
      ['PMO | PROJECT PLAN (template PMO-04)'],
      ['ID', 'Milestone / activity', 'Deliverable', 'Owner', 'Start', 'Finish', 'RAG'],
      ['Workstream 1 – Recruitment (WRES 2)'],
      ['1.1', 'Redesign the recruitment training so every panel chair completes it.', 'Revised e-learning and a workshop', 'Recruitment Lead', '01/05/2021', '30/09/2021', 'G'],
      ['1.2', 'Put a trained inclusion representative on every Band 7+ panel.', 'Panel roster of 30', 'Recruitment Lead', '01/10/2021', '31/03/2022', 'A'],
    ]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => [a.action, a.outcome, a.due.text])).toEqual([
      ['Redesign the recruitment training so every panel chair completes it.', 'Revised e-learning and a workshop', '30/09/2021'],
      ['Put a trained inclusion representative on every Band 7+ panel.', 'Panel roster of 30', '31/03/2022'],
    ]);
  });

  it("reads 'Milestone/task' with an 'Output' column the same way", () => {
    const report = read([
      ['WDES improvement project 2022/23'],
      ['Ref', 'Milestone/task', 'Output', 'Lead', 'Target date'],
      ['A1', 'Run a declaration campaign with the disability network.', 'Campaign pack', 'Workforce Information Lead', 'Dec 2022'],
      ['A2', 'Introduce a reasonable adjustments passport.', 'Passport agreed at JNCC', 'Head of Wellbeing', 'Mar 2023'],
    ]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => a.outcome)).toEqual(['Campaign pack', 'Passport agreed at JNCC']);
  });

  it("keeps a 'Milestones' column of dated steps set aside beside the due column, and 'Deliverable' alone as the action", () => {
    const steps = read([
      ['Penmoor NHS Trust – WRES action plan 2021/22'],
      ['Ref', 'Deliverable', 'Milestones', 'Lead', 'Target completion'],
      ['1', 'Diverse interview panels for Band 7+.', 'Q1: train 30 panellists; Q3: all panels', 'Head of Recruitment', 'Dec 2021'],
      ['2', 'Reverse mentoring for the executive team.', 'Q2: recruit mentors', 'Director of People', 'Mar 2022'],
    ]);
    expect(steps.columns.action).toBe('B');
    expect(steps.actions.map((a) => a.due.text)).toEqual(['Dec 2021', 'Mar 2022']);
    expect(steps.issues.find((i) => i.rule === 'header-unmapped' && i.column === 'C')?.message).toContain('its milestones are checkpoints on the way');
  });
});
