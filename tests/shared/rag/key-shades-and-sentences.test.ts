import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Keys the reader missed in ten plans of the corpus (holdout7 penhallow, holdout11 marrowfield, holdout15 fordingley,
 * holdout16 kindersley, holdout18 pockthorpe, holdout19 ellesmoor, holdout20 moorcross, holdout21 halberton and
 * fennick), each a key line written as trusts write them, so the plan was checked against the default key instead —
 * 'Complete' green where the plan says blue, and its own statuses ('Not yet due', 'On schedule') reported as unknown:
 * - colours named by their shade, as a plan on pale fills writes them: 'Completed (pale blue)', 'Complete (dark
 *   green), On schedule (light green)', 'yellow = at risk, pink = off track' (pink, a pale red, is red);
 * - the key after a sentence about something else in the same cell: 'One plan for both standards. … RAG: Complete
 *   (blue), …', 'Shaded bars show the delivery quarter. Status: …';
 * - a status the key quotes and explains, with no colour: '"Not yet due" for actions in later quarters'.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const unknownStatuses = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);

describe('a key that names its colours by their shade', () => {
  it("reads 'pale blue', 'pale green', 'pale yellow', 'pale red' under the plan as blue, green, amber, red", () => {
    const report = read([
      ['Kestrel Vale Hospitals NHS Trust – WRES action plan 2023/24'],
      ['No', 'WRES indicator', 'Action', 'Operational lead', 'Completion date', 'Status'],
      [1, 'Indicator 2', 'Add a BME panel member to every interview for Band 7 and above.', 'Head of Resourcing', 'Dec 2023', 'Completed'],
      [2, 'Indicator 5', 'Report abuse from patients by ethnicity to the People Committee.', 'Head of Security', 'Mar 2024', 'On track'],
      [3, 'Indicator 6', 'Launch a reverse mentoring programme for senior managers.', 'Head of OD', 'Feb 2024', 'At risk'],
      [4, 'Indicator 7', 'Publish career conversations guidance for BME staff.', 'Head of Talent', 'Jan 2024', 'Off track'],
      [],
      ['Status: Completed (pale blue); On track (pale green); At risk (pale yellow); Off track (pale red).'],
    ]);
    expect(report.ragKey.source).toBe('legend');
    expect(ragsOf(report)).toEqual([['Completed', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Off track', 'red']]);
  });

  it("reads 'dark green' and 'light green' as green, a grey status as no colour, and raises no unknown status", () => {
    const report = read([
      ['Status colours: Complete (dark green), On schedule (light green), Behind schedule (amber), Overdue (red), Not started (grey).'],
      ['Ref', 'Action', 'Responsible manager', 'Target date', 'Position'],
      ['R1', 'Run listening events with BME staff in every division.', 'EDI Lead', 'Sep 2023', 'Complete'],
      ['R2', 'Review disciplinary cases by ethnicity each quarter.', 'Head of ER', 'Jun 2024', 'On schedule'],
      ['R3', 'Set up a race equality network steering group.', 'Head of OD', 'Mar 2024', 'Behind schedule'],
      ['R4', 'Train investigators in fair and just culture.', 'Head of ER', 'Jul 2024', 'Not started'],
    ]);
    expect(ragsOf(report)).toEqual([['Complete', 'green'], ['On schedule', 'green'], ['Behind schedule', 'amber'], ['Not started', null]]);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it("reads 'pink' as red and a shade before the colour in 'colour = label' pairs", () => {
    expect(readColourPairs('Status colours: pale blue = complete, green = on track, yellow = at risk, pink = off track.').entries.map((e) => `${e.label}=${e.rag}`)).toEqual([
      'complete=blue', 'on track=green', 'at risk=amber', 'off track=red',
    ]);
    expect(readColourPairs('Dark green = complete, light green = on track, amber = at risk').entries.map((e) => `${e.label}=${e.rag}`)).toEqual([
      'complete=green', 'on track=green', 'at risk=amber',
    ]);
  });
});

describe('a key after a sentence about something else in the same cell', () => {
  it('reads the titled key after an intro sentence above the plan', () => {
    const report = read([
      ['Marrowby NHS Foundation Trust – joint WRES and WDES action plan 2023/24'],
      ['One plan for both standards. Actions for race and disability together are marked "WRES & WDES". RAG: Complete (blue), On track (green), At risk (amber), Off track (red).'],
      ['Ref', 'Standard', 'Action', 'Lead', 'Due', 'RAG'],
      ['J1', 'WRES', 'Publish the race pay gap with the annual report.', 'Head of Reward', 'Oct 2023', 'Complete'],
      ['J2', 'WDES', 'Offer a reasonable adjustments passport to every starter.', 'Head of OD', 'Jun 2024', 'On track'],
      ['J3', 'WRES & WDES', 'Check shortlisting outcomes by ethnicity and disability.', 'Head of Resourcing', 'Mar 2024', 'At risk'],
    ]);
    expect(report.ragKey.source).toBe('legend');
    expect(ragsOf(report)).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber']]);
  });

  it('reads a key after a sentence under the plan, and a quoted status it explains as a status with no colour', () => {
    const report = read([
      ['Ref', 'Metric', 'Action', 'Lead', 'Timescale', 'Status'],
      ['R1', 'Metric 1', 'Run a declaration campaign on ESR self-service.', 'Head of Workforce Information', 'Q3 Oct–Dec 2023', 'Complete'],
      ['R2', 'Metric 2', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Head of Resourcing', 'Q4 Jan–Mar 2024', 'On track'],
      ['R3', 'Metric 4a', 'Extend conflict resolution training to outpatients.', 'Head of Security', 'Q1 Apr–Jun 2024', 'Not yet due'],
      [],
      ['Shaded bars show the delivery quarter. Status: Complete (blue), On track (green), At risk (amber); "Not yet due" for actions in later quarters.'],
    ]);
    expect(ragsOf(report)).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Not yet due', null]]);
    expect(unknownStatuses(report)).toEqual([]);
    // 'Q1 Apr–Jun 2024' is the months it names: not due yet on 31 January 2024, and no unparsed timescale.
    expect(report.actions[2].due).toMatchObject({ start: '2024-04-01', end: '2024-06-30', parsed: true });
    expect(report.issues.filter((i) => i.rule === 'due-unparsed')).toEqual([]);
  });

  it('leaves prose that names a colour after a full stop alone: no key, the default one assumed', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the WRES data.', 'Head of EDI', 'Sep 2023', 'Completed'],
      ['2', 'Review the recruitment policy.', 'Head of Resourcing', 'Mar 2024', 'In progress'],
      [],
      ['The Board approved this plan in May. Please tell the EDI team when an action turns red, and we will help.'],
    ]);
    expect(report.ragKey.source).toBe('default');
    expect(readColourPairs('Approved by the Board. Red means we need help.').entries.length).toBeLessThan(2);
  });
});
