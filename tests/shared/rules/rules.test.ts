import { describe, expect, it } from 'vitest';
import { readRagLegendRow } from '../../../shared/rag';
import { checkPlan } from '../../../shared/check-plan';
import { RULES, stripMarkup, validatePlan } from '../../../shared/rules';
import type { PlanIssue, RagKey } from '../../../shared/types';
import { coveredPlan, makeAction, makeContext } from './make-action';

function findings(rule: string, issues: PlanIssue[]): PlanIssue[] {
  return issues.filter((i) => i.rule === rule);
}

describe('the rule catalogue', () => {
  it('has one entry per rule id, each with a severity and a description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([
      'lead-missing', 'due-missing', 'due-unparsed', 'ongoing-no-review', 'status-not-in-key', 'completed-no-evidence', 'overdue',
      'numbering-contradicts-block', 'duplicate-ref', 'cross-reference-unknown', 'markup-remnant', 'indicator-not-covered', 'action-empty', 'header-unmapped', 'no-plan-header',
    ]));
    for (const rule of RULES) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
  it('finds nothing wrong with a complete, well-formed plan', () => {
    expect(validatePlan(makeContext(coveredPlan()))).toEqual([]);
  });
});

describe('lead-missing', () => {
  it('names the row and the Lead column when an action has no lead', () => {
    const issues = findings('lead-missing', validatePlan(makeContext(coveredPlan([makeAction(12, { lead: '  ' })]))));
    expect(issues).toEqual([{ rule: 'lead-missing', severity: 'error', row: 12, column: 'C', message: 'Row 12: no lead named for this action' }]);
  });
  it('stays quiet when every action has a lead', () => {
    expect(findings('lead-missing', validatePlan(makeContext(coveredPlan())))).toEqual([]);
  });
  it('says once that the plan has no Lead column instead of flagging every row', () => {
    const actions = coveredPlan().map((a) => ({ ...a, lead: '', cells: { ...a.cells, lead: undefined } }));
    const issues = findings('lead-missing', validatePlan(makeContext(actions)));
    expect(issues).toHaveLength(1);
    expect(issues[0].row).toBeNull();
    expect(issues[0].message).toMatch(/no Lead column/);
  });
});

describe('due-missing', () => {
  it('flags an action with no timescale on its Timescale cell', () => {
    const issues = findings('due-missing', validatePlan(makeContext(coveredPlan([makeAction(7, { due: '' })]))));
    expect(issues).toMatchObject([{ severity: 'error', row: 7, column: 'D' }]);
    expect(issues[0].message).toMatch(/^Row 7: no timescale given/);
  });
  it('stays quiet when the timescale is written, even if unreadable', () => {
    expect(findings('due-missing', validatePlan(makeContext(coveredPlan([makeAction(7, { due: 'TBC' })]))))).toEqual([]);
  });
});

describe('due-unparsed', () => {
  it('quotes the text and shows how to write a trackable date', () => {
    const issues = findings('due-unparsed', validatePlan(makeContext(coveredPlan([makeAction(9, { due: 'TBC' })]))));
    expect(issues).toEqual([{ rule: 'due-unparsed', severity: 'warning', row: 9, column: 'D', message: 'Row 9: "TBC" is still to be agreed, so the action cannot be tracked or shown overdue — write the date once it is agreed (e.g. "March 2024")' }]);
  });
  it('stays quiet for dates it can read and for empty cells (due-missing covers those)', () => {
    const actions = coveredPlan([makeAction(9, { due: 'Q4 23/24', status: 'Completed' }), makeAction(10, { due: '' })]);
    expect(findings('due-unparsed', validatePlan(makeContext(actions)))).toEqual([]);
  });
});

describe('ongoing-no-review', () => {
  it("warns when 'Ongoing' has no end or review date", () => {
    const issues = findings('ongoing-no-review', validatePlan(makeContext(coveredPlan([makeAction(8, { due: 'Ongoing' })]))));
    expect(issues).toMatchObject([{ severity: 'warning', row: 8, column: 'D' }]);
    expect(issues[0].message).toContain('"Ongoing" has no end or review date');
  });
  it('stays quiet when ongoing work names a review date or is complete', () => {
    const actions = coveredPlan([makeAction(8, { due: 'Ongoing, review March 2030' }), makeAction(9, { due: 'Ongoing', status: 'Completed' })]);
    expect(findings('ongoing-no-review', validatePlan(makeContext(actions)))).toEqual([]);
  });
});

describe('status-not-in-key', () => {
  const key: RagKey = {
    source: 'legend',
    entries: [...readRagLegendRow(['Red', 'Not yet begun'], [null, null]), ...readRagLegendRow(['Green', 'Complete'], [null, null])],
  };
  it("names the status and the plan's own key words", () => {
    const issues = findings('status-not-in-key', validatePlan(makeContext(coveredPlan([makeAction(10, { status: 'Awaiting sign-off' })]), { ragKey: key })));
    const row10 = issues.filter((i) => i.row === 10);
    expect(row10).toHaveLength(1);
    expect(row10[0]).toMatchObject({ severity: 'warning', column: 'E' });
    expect(row10[0].message).toContain('"Awaiting sign-off"');
    expect(row10[0].message).toContain('Not yet begun, Complete');
  });
  it('accepts key words with extra detail, colour words and empty statuses', () => {
    const actions = [makeAction(10, { status: 'Complete - see minutes' }), makeAction(11, { status: 'Amber' }), makeAction(12, { status: '' })];
    expect(findings('status-not-in-key', validatePlan(makeContext(actions, { ragKey: key })))).toEqual([]);
  });
});

describe('completed-no-evidence', () => {
  it('warns when a complete action gives no date, progress or outcome', () => {
    const done = makeAction(8, { status: 'Completed', progress: '', outcome: '', completed: '' });
    const issues = findings('completed-no-evidence', validatePlan(makeContext(coveredPlan([done]))));
    expect(issues).toMatchObject([{ severity: 'warning', row: 8, column: 'E' }]);
    expect(issues[0].message).toMatch(/^Row 8: marked complete/);
  });
  it('stays quiet when a completion date or evidence is given, or the action is not complete', () => {
    const actions = coveredPlan([
      makeAction(8, { status: 'Completed', progress: '', outcome: '', completed: 'Apr-20' }),
      makeAction(9, { status: 'Completed', progress: 'Training delivered to 40 managers', outcome: '', completed: '' }),
      makeAction(10, { status: 'In Progress', progress: '', outcome: '', completed: '' }),
    ]);
    expect(findings('completed-no-evidence', validatePlan(makeContext(actions)))).toEqual([]);
  });
});

describe('overdue', () => {
  it('flags an unfinished action past its timescale, saying the due date and the as-at date', () => {
    const late = makeAction(5, { due: 'Jan-20', status: 'In Progress' });
    const issues = findings('overdue', validatePlan(makeContext(coveredPlan([late]), { asAt: new Date(2021, 2 /* Mar */, 15) })));
    expect(issues).toEqual([{
      rule: 'overdue', severity: 'error', row: 5, column: 'D',
      message: 'Row 5: due by 31 January 2020 ("Jan-20") but not marked complete as at 15 March 2021',
    }]);
  });
  it('stays quiet for complete actions, future windows and ongoing work', () => {
    const actions = coveredPlan([
      makeAction(5, { due: 'Jan-20', status: 'Completed' }),
      makeAction(6, { due: 'Jan-20', status: 'In Progress' }),
      makeAction(7, { due: 'Sept 16 and on-going' }),
    ]);
    // 6 is due January 2020; as at 31 January 2020 it is not yet late.
    expect(findings('overdue', validatePlan(makeContext(actions, { asAt: new Date(2020, 0 /* Jan */, 31) })))).toEqual([]);
  });
});

describe('numbering-contradicts-block', () => {
  it("warns when action '2a' sits in indicator 1's block of a plan numbered by its indicators", () => {
    const misplaced = makeAction(8, { ref: '2a', indicator: '2', blockIndicator: '1' });
    const filed = [makeAction(6, { ref: '1a', indicator: '1', blockIndicator: '1' }), makeAction(7, { ref: '1b', indicator: '1', blockIndicator: '1' }), makeAction(10, { ref: '2b', indicator: '2', blockIndicator: '2' })];
    const issues = findings('numbering-contradicts-block', validatePlan(makeContext(coveredPlan([...filed, misplaced]))));
    expect(issues).toMatchObject([{ severity: 'warning', row: 8, column: 'A' }]);
    expect(issues[0].message).toBe('Row 8: action "2a" is numbered for indicator 2 but sits in indicator 1\'s block — move it or correct its number');
  });
  it("stays quiet for '9a a' in metric 9a's block and for plain sequence numbers", () => {
    const actions = coveredPlan([
      makeAction(8, { ref: '9a a', indicator: '9a', blockIndicator: '9a' }),
      makeAction(9, { ref: '13', indicator: '3', blockIndicator: '3' }),
      makeAction(10, { ref: '1.2', indicator: '1', blockIndicator: '1' }),
    ]);
    expect(findings('numbering-contradicts-block', validatePlan(makeContext(actions, { standard: 'WDES' })))).toEqual([]);
  });
  it("stays quiet for a plan whose numbers mostly differ from its blocks' indicators: they number its priorities or the HIAs", () => {
    const actions = coveredPlan([
      makeAction(7, { ref: '1.1', indicator: '10', blockIndicator: '10' }),
      makeAction(8, { ref: '1.2', indicator: '9', blockIndicator: '9' }),
      makeAction(10, { ref: '2.1', indicator: '2', blockIndicator: '2' }),
      makeAction(11, { ref: '2.2', indicator: '5', blockIndicator: '5' }),
    ]);
    expect(findings('numbering-contradicts-block', validatePlan(makeContext(actions, { standard: 'WDES' })))).toEqual([]);
  });
  it("stays quiet for '2.1' under 'Theme 2: … (Metrics 4a, 4b and 9b)': its number counts the theme", () => {
    const theme = 'Theme 2: Safe from harassment and heard when we speak up (Metrics 4a, 4b and 9b)';
    const actions = coveredPlan([makeAction(17, { ref: '2.1', indicator: '4a', blockIndicator: '4a', theme }), makeAction(19, { ref: '2.2', indicator: '4a', blockIndicator: '4a', theme })]);
    expect(findings('numbering-contradicts-block', validatePlan(makeContext(actions, { standard: 'WDES' })))).toEqual([]);
  });
});

describe('duplicate-ref', () => {
  it('flags the second use of a ref and points to the first', () => {
    const actions = coveredPlan([makeAction(9, { ref: '3a' }), makeAction(14, { ref: '3a.' })]);
    const issues = findings('duplicate-ref', validatePlan(makeContext(actions)));
    expect(issues).toMatchObject([{ severity: 'warning', row: 14, column: 'A' }]);
    expect(issues[0].message).toContain('is also used on row 9');
  });
  it('stays quiet for distinct refs and for actions without a ref', () => {
    const actions = coveredPlan([makeAction(9, { ref: '3a' }), makeAction(10, { ref: '3b' }), makeAction(11, { ref: null }), makeAction(12, { ref: null })]);
    expect(findings('duplicate-ref', validatePlan(makeContext(actions)))).toEqual([]);
  });
});

describe('cross-reference-unknown', () => {
  it('warns when "See 31. Above." points to no action or indicator', () => {
    const actions = coveredPlan([makeAction(6, { ref: '6' })]);
    const issues = findings('cross-reference-unknown', validatePlan(makeContext(actions, { crossReferences: [{ row: 30, text: 'See 31. Above.', target: '31' }] })));
    expect(issues).toEqual([{ rule: 'cross-reference-unknown', severity: 'warning', row: 30, column: null, message: 'Row 30: "See 31. Above." points to 31, but no action or indicator 31 is in this plan' }]);
  });
  it('stays quiet when the target is an action ref or an indicator of the plan, or there is no target', () => {
    const actions = coveredPlan([makeAction(6, { ref: '15.' })]);
    const crossReferences = [
      { row: 30, text: 'See 15. Above.', target: '15' },
      { row: 31, text: 'See 3. above.', target: '3' },
      { row: 32, text: 'See above', target: null },
    ];
    expect(findings('cross-reference-unknown', validatePlan(makeContext(actions, { crossReferences })))).toEqual([]);
  });
});

describe('markup-remnant', () => {
  it('names the cell and offers the text without tags as the fix', () => {
    const messy = makeAction(5, { progress: '<ul style="list-style-type: none"> A data campaign&nbsp;was   launched </ul><p>Stalled by covid</p>' });
    const issues = findings('markup-remnant', validatePlan(makeContext(coveredPlan([messy]))));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', row: 5, column: 'F', fix: 'A data campaign was launched\nStalled by covid' });
    expect(issues[0].message).toContain('Progress cell (F5)');
  });
  it('stays quiet for plain text that uses < and & as words', () => {
    const plain = makeAction(5, { progress: 'Bands 5 < 6 & above: R&D team' });
    expect(findings('markup-remnant', validatePlan(makeContext(coveredPlan([plain]))))).toEqual([]);
  });
  it('strips tags and entities, keeping paragraphs as lines', () => {
    expect(stripMarkup('<p>One&amp;two</p><p>  three&#39;s </p>')).toBe("One&two\nthree's");
  });
  it('drops blank and space-only lines, trims each line (a Windows line end too) and keeps a one-line text whole', () => {
    expect(stripMarkup('<ul>\r\n <li>Mentoring</li>\r\n\r\n<li> Reverse mentoring </li>\n \n</ul>')).toBe('Mentoring\nReverse mentoring');
    expect(stripMarkup('  <b>Launched</b> in May  ')).toBe('Launched in May');
    expect(stripMarkup('<p> </p>\n\u2003\n')).toBe('');
  });
  it("finds an entity after an '&' that starts none ('R&D … &nbsp;') and none where no '&' is followed by one", () => {
    const context = (progress: string) => makeContext([makeAction(3, { progress })]);
    expect(findings('markup-remnant', validatePlan(context('R&D and HR;&nbsp;launched')))).toHaveLength(1);
    expect(findings('markup-remnant', validatePlan(context('R&D; HR & OD; launched')))).toHaveLength(0);
  });
});

describe('indicator-not-covered', () => {
  it('lists each WRES indicator with no action, plan-wide, after row findings', () => {
    const actions = coveredPlan([makeAction(3, { lead: '' })]).filter((a) => a.indicator !== '4');
    const issues = validatePlan(makeContext(actions));
    const coverage = findings('indicator-not-covered', issues);
    expect(coverage).toEqual([{ rule: 'indicator-not-covered', severity: 'error', row: null, column: null, message: 'WRES indicator 4 has no action in this plan — add at least one, or say why none is needed' }]);
    expect(issues[issues.length - 1].row).toBeNull();
    expect(issues[0].row).toBe(3);
  });
  it('counts WDES 4a and 9b toward metrics 4 and 9, and wants metric 10', () => {
    const actions = Array.from({ length: 10 }, (_, i) => makeAction(10 + i, { indicator: i === 3 ? '4a' : i === 8 ? '9b' : String(i + 1) }));
    expect(findings('indicator-not-covered', validatePlan(makeContext(actions, { standard: 'WDES' })))).toEqual([]);
    const without10 = actions.slice(0, 9);
    expect(findings('indicator-not-covered', validatePlan(makeContext(without10, { standard: 'WDES' }))).map((i) => i.message)).toEqual([
      'WDES metric 10 has no action in this plan — add at least one, or say why none is needed',
    ]);
  });
  it('counts every indicator an action names, as the coverage does: an action for "5 & 6" covers 6', () => {
    const actions = coveredPlan().filter((a) => a.indicator !== '6').map((a) => (a.indicator === '5' ? { ...a, indicators: ['5', '6'] } : a));
    expect(findings('indicator-not-covered', validatePlan(makeContext(actions)))).toEqual([]);
  });
  it('agrees with the coverage on a read plan whose indicator cells name several ("5 & 6", "All")', () => {
    const rows = [
      ['1', 'Set representation targets for each division'], ['2', 'Put a trained panel member on every interview panel'], ['3', 'Review every disciplinary case before it starts'],
      ['4', 'Report access to training funding by ethnicity'], ['5 & 6', 'Launch a zero tolerance campaign on abuse at work'], ['7', 'Relaunch the staff network with protected time'],
      ['8', 'Train managers in fair conversations'], ['All', 'Report progress on this plan to the Board twice a year'],
    ].map(([ind, action]) => [ind, action, 'Head of OD', 'March 2030']);
    const report = checkPlan({ values: [['Indicator', 'Action', 'Lead', 'Timescale'], ...rows] }, { asAt: new Date(2024, 2, 31), standard: 'WRES' });
    expect(report.coverage.indicators['6']).toBe(2);
    expect(report.coverage.indicators['9']).toBe(1);
    expect(report.issues.filter((i) => i.rule === 'indicator-not-covered')).toEqual([]);
  });
  it('stays quiet when the standard is unknown', () => {
    expect(findings('indicator-not-covered', validatePlan(makeContext([makeAction(5)], { standard: null })))).toEqual([]);
  });
});

describe('action-empty', () => {
  it('flags a row with a lead and date but no action text', () => {
    const issues = findings('action-empty', validatePlan(makeContext(coveredPlan([makeAction(12, { action: ' ' })]))));
    expect(issues).toMatchObject([{ severity: 'error', row: 12, column: 'B' }]);
    expect(issues[0].message).toMatch(/^Row 12: .*no action/);
  });
  it('stays quiet when the action is written', () => {
    expect(findings('action-empty', validatePlan(makeContext(coveredPlan())))).toEqual([]);
  });
});

describe('header-unmapped', () => {
  it('tells the user which header column is kept but not checked', () => {
    const issues = findings('header-unmapped', validatePlan(makeContext(coveredPlan(), { unmappedHeaders: [{ row: 4, column: 'F', text: 'Analysis' }] })));
    expect(issues).toEqual([{ rule: 'header-unmapped', severity: 'info', row: 4, column: 'F', message: 'Column F header "Analysis" is not one we use — it is kept but not checked' }]);
  });
  it('says why when the reader knows what the column is (a start date, an executive lead beside the lead)', () => {
    const issues = findings('header-unmapped', validatePlan(makeContext(coveredPlan(), { unmappedHeaders: [{ row: 4, column: 'H', text: 'Start', why: 'its dates say when work starts, not when the action is due' }] })));
    expect(issues.map((i) => i.message)).toEqual(['Column H header "Start" is kept but not checked: its dates say when work starts, not when the action is due']);
  });
  it('stays quiet when every header was used', () => {
    expect(findings('header-unmapped', validatePlan(makeContext(coveredPlan())))).toEqual([]);
  });
});

describe('row-set-aside', () => {
  it('names a row read as an objective, a summary or a sign-off rather than an action, with why', () => {
    const rowsSetAside = [
      { row: 6, text: 'Objective 1 – Representation', kind: 'objective' as const, why: "its number '1' heads the numbers of the actions under it ('1.1'…)" },
      { row: 21, text: 'Total actions | 13', kind: 'summary' as const, why: "'Total actions' beside '13' is a count of the plan's actions" },
      { row: 24, text: 'Prepared by | A. Boateng | EDI Lead', kind: 'sign-off' as const, why: "'Prepared by' records who prepared or approved the plan, not something to do" },
    ];
    const issues = findings('row-set-aside', validatePlan(makeContext(coveredPlan(), { rowsSetAside })));
    expect(issues).toEqual([
      { rule: 'row-set-aside', severity: 'info', row: 6, column: null, message: `Row 6: "Objective 1 – Representation" is read as an objective, not an action — its number '1' heads the numbers of the actions under it ('1.1'…)` },
      { rule: 'row-set-aside', severity: 'info', row: 21, column: null, message: `Row 21: "Total actions | 13" is read as a summary, not an action — 'Total actions' beside '13' is a count of the plan's actions` },
      { rule: 'row-set-aside', severity: 'info', row: 24, column: null, message: `Row 24: "Prepared by | A. Boateng | EDI Lead" is read as a sign-off, not an action — 'Prepared by' records who prepared or approved the plan, not something to do` },
    ]);
  });
  it('stays quiet when every row with an action cell is an action', () => {
    expect(findings('row-set-aside', validatePlan(makeContext(coveredPlan())))).toEqual([]);
  });
});

describe('no-plan-header', () => {
  it('says no plan was found, naming the headers it saw, when no action could be read', () => {
    const issues = validatePlan(makeContext([], { unmappedHeaders: [{ row: 1, column: 'A', text: 'Name' }, { row: 1, column: 'B', text: 'Salary' }] }));
    const finding = findings('no-plan-header', issues);
    expect(finding).toHaveLength(1);
    expect(finding[0]).toMatchObject({ severity: 'error', row: null });
    expect(finding[0].message).toContain('"Name", "Salary"');
    // No coverage noise on a sheet that is not a plan.
    expect(findings('indicator-not-covered', issues)).toEqual([]);
  });
  it('stays quiet when actions were read', () => {
    expect(findings('no-plan-header', validatePlan(makeContext(coveredPlan())))).toEqual([]);
  });
});

describe('validatePlan ordering', () => {
  it('sorts findings by row, then column, with plan-wide findings last', () => {
    const actions = coveredPlan([
      makeAction(20, { lead: '', due: 'TBC' }),
      makeAction(6, { action: '', ref: '1a' }),
      makeAction(7, { ref: '1a' }),
    ]).filter((a) => a.indicator !== '9');
    const issues = validatePlan(makeContext(actions, { unmappedHeaders: [{ row: 4, column: 'AA', text: 'Notes' }, { row: 4, column: 'Z', text: 'RAG' }] }));
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [4, 'Z', 'header-unmapped'],
      [4, 'AA', 'header-unmapped'],
      [6, 'B', 'action-empty'],
      [7, 'A', 'duplicate-ref'],
      [20, 'C', 'lead-missing'],
      [20, 'D', 'due-unparsed'],
      [null, null, 'indicator-not-covered'],
    ]);
  });
});

describe('hia-not-covered', () => {
  it('warns, plan-wide, for each high impact action no action serves', () => {
    const actions = coveredPlan().map((a) => ({ ...a, hia: a.hia.filter((h) => h !== '3' && h !== '5') }));
    const issues = findings('hia-not-covered', validatePlan(makeContext(actions)));
    expect(issues.map((i) => [i.severity, i.row, i.column])).toEqual([['warning', null, null], ['warning', null, null]]);
    expect(issues.map((i) => i.message)).toEqual([
      'No action in this plan works toward high impact action 3 (Pay gaps) of the EDI Improvement Plan — add one, name it in an HIA column, or note which other plan covers it',
      'No action in this plan works toward high impact action 5 (International recruits) of the EDI Improvement Plan — add one, name it in an HIA column, or note which other plan covers it',
    ]);
  });
  it('stays quiet when every HIA has an action, and when the plan has no actions', () => {
    expect(findings('hia-not-covered', validatePlan(makeContext(coveredPlan())))).toEqual([]);
    expect(findings('hia-not-covered', validatePlan(makeContext([])))).toEqual([]);
  });
});
