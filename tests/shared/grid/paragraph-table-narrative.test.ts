/**
 * A paper pasted as a table of its numbered paragraphs ('Para | Paragraph | Owner | When', 'No. | Paragraph | Who |
 * When'): only some paragraphs are actions (holdout79 hethersall, rookhithe). A paragraph naming no owner or date that
 * neither says what to do nor promises work — a finding, context, what was done, the plan's monitoring, 'No action is
 * planned' — is set aside with why; so is a paragraph numbered under a lead-in saying what was done ('3.1 Since our last
 * plan we have:' over '3.1.1 Launched …'), though an owner and a date sit beside it. A section number before an
 * indicator named by word ('2. Indicator 1 – workforce by band') is no indicator. A table headed 'Action' is read as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 11, 1));
const read = (rows: CellValue[][]): PlanReport => checkPlan({ values: rows, sheetName: 'Plan' }, { asAt: AS_AT });

describe("a table of a paper's paragraphs, only some of them actions", () => {
  it('sets aside the findings, the done paragraph, the no-action paragraph and the assurance, keeping the owned paragraphs', () => {
    const r = read([
      ['Harnmoor Care NHS Foundation Trust'],
      ['WRES action plan 2020/21'],
      ['Para', 'Paragraph', 'Owner', 'When'],
      ['1. Context'],
      ['1.1', 'Every BME member of staff was offered a risk assessment between May and July 2020, and 94% were completed.'],
      ['2. Indicator 1 – workforce by band'],
      ['2.1', 'BME staff are 12% of the workforce but 4% of staff at Band 8a and above.'],
      ['2.2', 'Publish each directorate’s band profile by ethnicity to its management team every quarter.', 'Workforce Intelligence Lead', 'Dec-20'],
      ['3. Indicator 3 – formal disciplinary process'],
      ['3.1', 'The Workforce Committee will see the disciplinary figures by ethnicity each quarter.'],
      ['3.2', 'The panel training paused in the first wave will restart online for 60 recruiting managers.', 'L&D Manager', 'Jan-21'],
      ['4. Indicator 4 – non-mandatory training'],
      ['4.1', 'BME and White staff access training at much the same rate. No action is planned this year.'],
      ['5. Assurance'],
      ['5.1', 'This plan will be reviewed by the Workforce Committee in February 2021.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead])).toEqual([[8, 'Workforce Intelligence Lead'], [11, 'L&D Manager']]);
    // '2. Indicator 1 – workforce by band': the section's number is no indicator; the heading's indicator word names it.
    expect(r.actions[0].indicator).toBe('1');
  });

  it("sets aside a 'we have' list with owners and dates, and the lead-ins, reading the 'we will' list under them", () => {
    const r = read([
      ['Rennisford Health NHS Trust – WDES 2023 report and plan for 2023/24'],
      ['No.', 'Paragraph', 'Who', 'When'],
      ['2. Results'],
      ['2.1', 'Declaration on ESR has risen to 6.1% (2022: 4.9%) (metric 1).'],
      ['3. What we did in 2022/23'],
      ['3.1', 'Since our last plan we have:'],
      ['3.1.1', 'Launched the Health Passport for all staff.', 'Wellbeing Team', 'Mar-23'],
      ['3.1.2', 'Given the chair of the Enable Network a seat on the EDI Committee.', 'Chief People Officer', 'Sep-22'],
      ['4. What we will do in 2023/24'],
      ['4.1', 'Over the coming year we will:'],
      ['4.1.1', 'Run a declaration drive with the Enable Network in every directorate (metric 1).', 'Head of Workforce Information', 'Dec-23'],
      ['4.1.2', 'Publish guidance for community staff on lone working (metric 4a).', 'Health and Safety Manager', 'Mar-24'],
      ['5. Assurance'],
      ['5.1', 'The EDI Committee will review progress in January and April 2024.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([11, 12]);
  });

  it("keeps a bare instruction in a paragraph table, and leaves a table headed 'Action' alone", () => {
    const paragraphs = read([
      ['Ashcombe Vale NHS Trust – WRES action plan 2020/21'],
      ['Para', 'Paragraph', 'Owner', 'When'],
      ['1. Indicator 1 – workforce by band'],
      ['1.1', 'BME staff are 12% of the workforce but 4% of staff at Band 8a and above.'],
      ['1.2', 'Publish each directorate’s band profile by ethnicity to its management team.', 'Head of Workforce', 'Mar-21'],
      ['2. Indicator 2 – shortlisting'],
      ['2.1', 'Run listening events with the BME Network on each site.'],
      ['2.2', 'Introduce a cultural ambassador on every interview panel for Band 7 and above.', 'Head of Recruitment', 'Mar-21'],
    ]);
    expect(paragraphs.actions.map((a) => a.row)).toEqual([5, 7, 8]);
    const actions = read([
      ['Ref', 'Action', 'Lead', 'Due'],
      ['1', 'BME staff survey results discussed with the network.'],
      ['2', 'Publish the band profile to each directorate.', 'Head of Workforce', 'Mar-21'],
    ]);
    expect(actions.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
