import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { scoreHeaderWords } from '../../../shared/grid/header-words';
import type { Grid } from '../../../shared/types';

/**
 * A column headed as an OBJECTIVE qualified by a theme's word — 'Priority objective', 'Priority goal' — holds
 * objectives (ones the plan puts first), as an 'Equality objective' column does: it is judged as objective columns are
 * (their theme only where its entries name subjects), not as a 'Priority' column. Seen in holdout26 loddonvale (an
 * implementation timetable `Priority objective | Action | Lead | Apr–Jun 19 | … | WDES metric`, 'PO1 Disabled staff can
 * progress' merged down over its actions; gold: no theme).
 */
const AS_AT = new Date(Date.UTC(2019, 5, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const why = (report: ReturnType<typeof read>, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason ?? '';

describe("a column headed 'Priority objective' (an objective the plan puts first) is judged as objectives are", () => {
  it('a timetable whose priority objectives, merged down, state what the plan wants: objectives, no theme', () => {
    const report = read({
      values: [
        ['Appendix 2: Implementation timetable – disability'],
        ['Priority objective', 'Action', 'Lead', 'Apr–Jun 19', 'Jul–Sep 19', 'Oct–Dec 19', 'Jan–Mar 20', 'WDES metric'],
        ['PO1 Disabled staff can progress', 'Run a career coaching offer for disabled staff at bands 4 to 6.', 'Head of Learning', null, '●', '●', null, '1'],
        [null, 'Guarantee an interview to disabled applicants who meet the essential criteria.', 'Recruitment Manager', '●', '●', null, null, '2'],
        ['PO2 Disabled staff are treated fairly', 'Take the capability policy through an equality impact assessment.', 'Head of HR Policy', null, null, '●', null, '3'],
        [null, 'Introduce a reasonable adjustments passport.', 'Occupational Health Manager', '●', '●', '●', '●', '7'],
      ],
      merges: [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 4, left: 0, bottom: 5, right: 0 }],
    });
    expect(report.actions.map((a) => [a.row, a.theme, a.objective, a.indicators])).toEqual([
      [3, null, 'PO1 Disabled staff can progress', ['1']],
      [4, null, 'PO1 Disabled staff can progress', ['2']],
      [5, null, 'PO2 Disabled staff are treated fairly', ['3']],
      [6, null, 'PO2 Disabled staff are treated fairly', ['7']],
    ]);
    expect(report.columns.objective).toBe('A');
    expect(report.columnEvidence.some((e) => e.field === 'theme')).toBe(false);
    expect(why(report, 'objective')).toBe(
      "Objective: header 'Priority objective' — written once over each block of actions; not their theme: its entries state objectives, where a theme names a subject (row 3: 'PO1 Disabled staff can progress')",
    );
  });

  it("'Priority goals' written once over each block and left blank below, in a middle column: objectives, no theme", () => {
    const report = read({
      values: [
        ['Ref', 'Action', 'Priority goals', 'Owner', 'Deadline'],
        // (Refs counting the actions straight through: refs numbered under the goals, '1.1', '2.1', would make them the
        // plan's outline and the theme — objectives-numbering-actions.test.ts.)
        ['1', 'Publish every Band 7 vacancy internally first.', 'Our BME colleagues see a fair route to senior roles', 'Head of Resourcing', 'Sep 2022'],
        ['2', 'Sponsor ten BME staff on the senior leadership programme.', null, 'Head of OD', 'Dec 2022'],
        ['3', 'Review every disciplinary case before it goes formal.', 'Nobody is treated unfairly in formal processes', 'Head of ER', 'Mar 2023'],
        ['4', 'Train every investigating officer in cultural awareness.', null, 'Head of ER', 'Mar 2023'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme, a.objective.slice(0, 24)])).toEqual([
      [2, null, 'Our BME colleagues see a'],
      [3, null, 'Our BME colleagues see a'],
      [4, null, 'Nobody is treated unfair'],
      [5, null, 'Nobody is treated unfair'],
    ]);
    expect(why(report, 'objective')).toContain("written once over each block of actions; not their theme: its entries state objectives, where a theme names a subject (row 2: 'Our BME colleagues see a fair route to senior rol…')");
  });

  it('a priority objective column of short subjects is their theme, as an objective column of subjects is', () => {
    const report = read({
      values: [
        ['Priority objective', 'Action', 'Lead', 'Due'],
        ['Representative workforce', 'Set a representation goal for each division.', 'Director of Workforce', 'Sep 2022'],
        [null, 'Publish the workforce profile by band each year.', 'Head of Workforce Information', 'Jun 2022'],
        ['Fair recruitment', 'Use diverse panels for every Band 8a post.', 'Head of Resourcing', 'Dec 2022'],
        [null, 'Audit shortlisting by ethnicity each quarter.', 'Head of Resourcing', 'Mar 2023'],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Representative workforce', 'Representative workforce', 'Fair recruitment', 'Fair recruitment']);
    expect(why(report, 'theme')).toBe("Theme: the objective column A — 2 short titles, each over its block of actions (header 'Priority objective')");
  });
});

describe('negatives: headers whose head noun is not the objective stay read as before', () => {
  it("a merged 'Priority' column stays the theme (brackenfield's gold; the rule documented for merged 'Priority' columns)", () => {
    const report = read({
      values: [
        ['Item', 'Priority', 'Action', 'Lead', 'Due'],
        ['1', 'Priority 1: Inclusive recruitment', 'Use diverse panels for every Band 8a post.', 'Head of Resourcing', 'Dec 2022'],
        ['2', null, 'Audit shortlisting by ethnicity each quarter.', 'Head of Resourcing', 'Mar 2023'],
        ['3', 'Priority 2: Leadership and talent', 'Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Dec 2022'],
        ['4', null, 'Run reverse mentoring for the executive team.', 'Head of OD', 'Mar 2023'],
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 1, bottom: 4, right: 1 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Priority 1: Inclusive recruitment', 'Priority 1: Inclusive recruitment', 'Priority 2: Leadership and talent', 'Priority 2: Leadership and talent']);
  });

  it("the header's words: the head noun decides only where a theme's word qualifies the objective's", () => {
    const fields = (h: string) => scoreHeaderWords(h)[0]?.field;
    expect(fields('Priority objective')).toBe('objective');
    expect(fields('Priority objectives (2019)')).toBe('objective');
    expect(fields('Priority goal')).toBe('objective');
    expect(fields('Priority')).toBe('theme');
    expect(fields('Priority area')).toBe('theme');
    expect(fields('Area of concern')).toBe('theme');
    expect(fields('Theme / objective')).toBe('theme');
    expect(fields('Priority action')).toBe('action');
  });
});
