/**
 * Who the plan is when it is the plan of a body trusts form together: a group of trusts ('Harbourne and Vale Hospitals
 * Group'), shared services a trust hosts ('Fellgate Shared Business Services'), a clinical network ('North Downs Neonatal
 * Operational Delivery Network'), a place's partnership ('Eastmarsh Health and Care Partnership'). Its title names it,
 * and its member or host trusts are named in the lines under it: the plan is the body's, not a member's. A trust whose own
 * name holds such words ('Fernhurst Health and Care Partnership NHS Foundation Trust') keeps its whole name.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { trustOfText } from '../../../shared/identity';
import type { CellValue, Grid } from '../../../shared/types';

const ASAT = { asAt: new Date(Date.UTC(2024, 0, 15)) };
const plan = (top: CellValue[][]): Grid => ({
  sheetName: 'Plan',
  values: [
    ...top,
    [null],
    ['Action', 'Lead', 'Timescale', 'Status'],
    ['Publish the WRES data and this plan on both trusts’ websites.', 'Group EDI Lead', 'March 2024', 'Green'],
    ['Put a trained BME panel member on every band 8a and above interview.', 'Group Head of Resourcing', 'June 2024', 'Amber'],
    ['Run reciprocal mentoring for the group board.', 'Group Chief People Officer', 'Dec 2024', 'Red'],
  ],
});
const trustOf = (top: CellValue[][]) => checkPlan(plan(top), ASAT).identity.trust.value;

describe('the plan of a body trusts form together', () => {
  it('reads a group of trusts from its title, not the member trusts named under it', () => {
    expect(trustOf([['Harbourne and Vale Hospitals Group'], ['WRES group action plan 2023-24'], ['One plan for both trusts: Harbourne University Hospitals NHS Trust and Vale Community NHS Trust']])).toBe('Harbourne and Vale Hospitals Group');
    expect(trustOf([['Kestrel and Moor Care Group: WDES action plan 2023/24'], ['Kestrel Mental Health NHS Foundation Trust (KMH), Moor Community NHS Trust (MC)']])).toBe('Kestrel and Moor Care Group');
  });

  it('reads shared services, a clinical network and a partnership by name, not their host or members', () => {
    expect(trustOf([['Fellgate Shared Business Services – Race Equality Action Plan 2023/24'], ['Hosted by Fellgate and Downs NHS Trust']])).toBe('Fellgate Shared Business Services');
    expect(trustOfText('North Downs Neonatal Operational Delivery Network – WDES plan 2023/24')).toBe('North Downs Neonatal Operational Delivery Network');
    expect(trustOfText('Eastmarsh Health and Care Partnership: WRES system plan 2023-24')).toBe('Eastmarsh Health and Care Partnership');
  });

  it("negative: a trust whose name holds such words keeps its whole name; a staff network or a steering group is no body", () => {
    expect(trustOfText('Fernhurst Health and Care Partnership NHS Foundation Trust – WDES action plan')).toBe('Fernhurst Health and Care Partnership NHS Foundation Trust');
    expect(trustOf([['Race Equality Network and Steering Group – WRES action plan 2023/24'], ['Harbourne University Hospitals NHS Trust']])).toBe('Harbourne University Hospitals NHS Trust');
  });
});
