import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { indicatorsNamedInWords } from '../../../shared/indicators/indicators-named-in-words';
import type { CellValue } from '../../../shared/types';

/**
 * Plans that never give an indicator's number: an indicator column, a column headed for something else ('Area of focus',
 * 'What we are addressing') or a heading over a block names each indicator in its own words, a paraphrase, the team's
 * shorthand or the staff-survey question behind it; some cells name two (holdout92 hollinsey, saxtonbury, furnleigh,
 * otterhope, amberhythe, crowsmere, ketterdale, pennybridge, stavenby, gildersby). The corpus gives an indicator only
 * where the plan ties the action to it: never from the action's own sentence.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const indicators = (values: CellValue[][]) => read(values).actions.map((a) => a.indicators.join(','));

describe('the wording of an indicator, scored against the catalogue', () => {
  it('names each statement of a phrase joining two, in the order written', () => {
    expect(indicatorsNamedInWords('Relative likelihood of appointment from shortlisting and belief in equal opportunities for career progression', 'WRES').ids).toEqual(['2', '7']);
    expect(indicatorsNamedInWords('Bullying from staff, and discrimination by a manager or colleague', 'WRES', { shorthand: true }).ids).toEqual(['6', '8']);
    expect(indicatorsNamedInWords('Disabled staff experiencing harassment, bullying or abuse from patients, managers or colleagues – and whether they or a colleague reported it', 'WDES').ids).toEqual(['4a', '4b']);
  });

  it('keeps one list of one indicator whole, and a metric named by its subject whole', () => {
    expect(indicatorsNamedInWords('Harassment, bullying or abuse from patients, relatives or the public', 'WRES').ids).toEqual(['5']);
    expect(indicatorsNamedInWords('Harassment and reporting it', 'WDES').ids).toEqual(['4a', '4b']);
    expect(indicatorsNamedInWords('Engagement and staff voice', 'WDES').ids).toEqual(['9']);
  });

  it("reads a team's shorthand only in an indicator cell, and says why", () => {
    expect(indicatorsNamedInWords('Progression', 'WRES', { shorthand: true }).ids).toEqual(['7']);
    expect(indicatorsNamedInWords('PROGRESSION', 'WRES').ids).toEqual([]);
    expect(indicatorsNamedInWords('Recruitment & disciplinary', 'WRES', { shorthand: true })).toEqual({ ids: ['2', '3'], why: "'recruitment' → 2; 'disciplinary' → 3" });
  });

  it('names none where the plan says its measure is not the standard’s, and every one for all of them', () => {
    expect(indicatorsNamedInWords('Ethnicity pay gap (not a WRES measure)', 'WRES').ids).toEqual([]);
    expect(indicatorsNamedInWords('Across all nine indicators', 'WRES').ids).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('an indicator column in words', () => {
  it("reads the shorthand, two indicators in one cell, and a blank as none — never the action's own sentence", () => {
    const plan: CellValue[][] = [
      ['Hartwell General Hospital NHS Trust – WRES tracker 2025/26'],
      ['ID', 'Indicator', 'Action', 'Action lead', 'Target'],
      ['W1', 'Workforce by band', 'Set a target for ethnic minority staff at Band 8a and above in each division.', 'Head of Workforce Planning', 'Q3 25/26'],
      ['W2', 'Recruitment & disciplinary', 'Train inclusion ambassadors to sit on interview and disciplinary panels.', 'Head of Inclusion', 'Q4 25/26'],
      ['W3', 'Shortlisting → appointment', 'Remove the “desirable” criteria from nursing person specifications.', 'Deputy Chief Nurse', 'Q2 25/26'],
      ['W4', null, 'Report every formal disciplinary case to the People Committee.', 'Employee Relations Manager', 'Q3 25/26'],
      ['W5', 'Abuse from public', 'Fit the reception desks with a panic alarm.', 'Head of Security', 'Q3 25/26'],
      ['W6', 'Progression', 'Run a career clinic each month for ethnic minority staff.', 'Head of OD', 'Q2 25/26'],
    ];
    expect(indicators(plan)).toEqual(['1', '2,3', '2', '', '5', '7']);
    expect(read(plan).actions[1].sources.indicators?.why).toBe("Indicators 2, 3: its indicator cell names them in words — 'recruitment' → 2; 'disciplinary' → 3");
  });
});

describe('a column naming indicators in words under a header that does not say so', () => {
  it("takes 'Area of focus' as the indicator column, not the survey key-finding codes beside it", () => {
    const plan: CellValue[][] = [
      ['Kesterby Hospitals NHS Trust'],
      ['Workforce Race Equality Standard: Action Plan 2016/17'],
      ['Ref', 'Area of focus', 'NSS key finding', 'Action', 'Lead', 'Target date', 'Status'],
      [1, 'BME representation in senior posts (Band 8a to VSM)', null, 'Publish the number of BME staff at each band from 8a upwards.', 'Head of Workforce Intelligence', '31/10/2016', 'Complete'],
      [2, 'Likelihood of being appointed from shortlisting', null, 'Take names off shortlisting packs.', 'Recruitment Manager', '01/12/2016', 'In progress'],
      [3, 'Harassment, bullying or abuse from patients, relatives or the public', 'KF25', 'Brief ward staff on the zero-tolerance letter.', 'Head of Security', '30/11/2016', 'In progress'],
      [4, 'Bullying from staff, and discrimination by a manager or colleague', 'KF26', 'Set up a confidential Speak Up route for BME staff.', 'Freedom to Speak Up Guardian', 'Ongoing', 'In progress'],
      [5, 'Board voting membership', 'KF21', 'Ask the agency for a long list that reflects the local population.', 'Company Secretary', '31/01/2017', 'Delayed'],
    ];
    expect(indicators(plan)).toEqual(['1', '2', '5', '6,8', '9']);
    expect(read(plan).columns.indicator).toBe('B');
  });

  it('reads the quoted survey questions of a column of what the plan addresses', () => {
    expect(
      indicators([
        ['Action no.', 'What we are addressing', 'What we will do', 'Who', 'When', 'Status'],
        ['19.1', 'White applicants more likely to be appointed once shortlisted than BME applicants', 'Hold two open days at community venues.', 'Recruitment Lead', 'Oct-19', 'On track'],
        ['19.2', 'BME staff more likely to enter a formal disciplinary investigation', 'Have every investigation signed off by the Deputy Director of HR.', 'Deputy Director of HR', 'Jun-19', 'Complete'],
        ['19.3', '“In the last 12 months how many times have you personally experienced harassment, bullying or abuse at work from patients / service users, their relatives or other members of the public?”', 'Add a “racially motivated” option to the incident form.', 'Head of Risk', 'Sep-19', 'On track'],
        ['19.4', '“… from managers?” and “… from other colleagues?”', 'Run a bullying and harassment helpline.', 'Head of Staff Engagement', 'Nov-19', 'Complete'],
        ['19.5', '“In the last 12 months have you personally experienced discrimination at work from manager / team leader or other colleagues?”', 'Include a session on everyday discrimination in the first-line managers course.', 'L&D Manager', 'Feb-20', 'On track'],
      ]),
    ).toEqual(['2', '3', '5', '6', '8']);
  });

  it('leaves a column of figures beside the measures, and the key that numbers an area column, as they were', () => {
    const plan: CellValue[][] = [
      ['WDES 2022 – what we will do in 2022/23'],
      ['What we are measuring', 'Where we are (WDES 2022)', 'Action', 'Owner', 'Due date'],
      ['Percentage of disabled staff in each AfC pay cluster', '4.9% declared (2021: 3.8%)', 'Write to the staff with no disability recorded.', 'Head of Workforce Information', '30 Nov 2022'],
      ['Relative likelihood of non-disabled applicants being appointed from shortlisting', '1.42 (2021: 1.21)', 'Check every disabled applicant who meets the criteria is shortlisted.', 'Recruitment Manager', '30 Sep 2022'],
      ['Relative likelihood of disabled staff entering the formal capability process', '2.05 (small numbers)', 'Review the capability policy with the Disability Network.', 'Employee Relations Lead', '31 Mar 2023'],
      ['Staff engagement score (disabled compared with non-disabled staff)', '6.5 against 7.0', 'Hold four listening events run by the Network.', 'Head of Staff Experience', '31 Mar 2023'],
    ];
    expect(indicators(plan)).toEqual(['1', '2', '3', '9a']);
    expect(read(plan).columns.indicator).toBe('A');
  });
});

describe('a heading stating the measure its block of actions moves', () => {
  it('gives every action under it the heading’s indicators, whatever each sentence says', () => {
    const plan: CellValue[][] = [
      ['Harlow Vale Health NHS Foundation Trust – Race Equality Action Plan 2017/18'],
      ['No.', 'Action', 'Lead', 'By when', 'RAG'],
      ['How likely white applicants are to be appointed from shortlisting compared with BME applicants'],
      [1, 'Add an independent member from the BME Staff Network to interview panels.', 'Head of Recruitment', 'Dec 2017', 'On track'],
      ['Harassment, bullying or abuse from service users, relatives or the public, and from colleagues'],
      [2, 'Add an ethnicity field to the Datix form for violence and aggression incidents.', 'Head of Security', 'Nov 2017', 'On track'],
      [3, 'Train ward managers to respond to staff reports of racist behaviour by colleagues.', 'Head of Nursing', 'Mar 2018', 'Not started'],
      ['Board voting membership compared with the workforce'],
      [4, 'Ask the nominations committee to include a diverse candidate brief.', 'Trust Secretary', 'Mar 2018', 'On track'],
    ];
    expect(indicators(plan)).toEqual(['2', '5,6', '5,6', '9']);
    expect(read(plan).actions[1].sources.indicators?.why).toBe("Indicators 5, 6: the heading on A5 names them in words — 'relatives or the public' → 5; 'from colleagues' → 6");
  });

  it("reads none from a section heading with its own number, named for what the plan does ('Pillar 2: Tackling bullying, …')", () => {
    expect(
      indicators([
        ['Ref', 'Action', 'Lead', 'Due', 'Status'],
        ['Pillar 1: Fair recruitment and progression for all our people'],
        ['1.1', 'Use diverse panels for every post at Band 8a and above.', 'HR Business Partner', 'Q2', 'Complete'],
        ['Pillar 2: Tackling bullying, harassment and discrimination at work'],
        ['2.1', 'Train Dignity at Work advisers from across the teams.', 'Head of Corporate Services', 'Q3', 'On track'],
      ]),
    ).toEqual(['', '']);
  });
});

describe('an objective column stating two measures in one finding', () => {
  it('gives both, in the order written', () => {
    expect(
      indicators([
        ['What the data tells us', 'What we will do', 'Owner', 'By', 'Status'],
        ['Disabled applicants are less likely to be appointed after shortlisting (relative likelihood 1.31)', 'Share interview questions three days in advance.', 'Recruitment Lead', 'Sep 2026', 'Doing'],
        ['Disabled colleagues are more likely to be bullied by managers and colleagues, and to feel pressed to come to work when unwell', 'Add disability scenarios to the line manager essentials course.', 'Head of OD', 'Nov 2026', 'Doing'],
        ['Just 61% say the adjustments they need have been made', 'Introduce a 30-day standard from request to adjustment in place.', 'Head of HR', 'Jun 2026', 'Done'],
      ]),
    ).toEqual(['2', '4a,6', '8']);
  });
});
