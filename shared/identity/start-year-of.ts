/**
 * The year a plan's period starts ('2023-24' → 2023, '2020-22' → 2020), or undefined when no period was read: where bare
 * quarters and months fall, and whether the plan was written under the EDI Improvement Plan (June 2023).
 *
 * @example
 * startYearOf('2023-24'); // 2023
 * startYearOf(null); // undefined
 */
export function startYearOf(period: string | null | undefined): number | undefined {
  const year = period ? Number(period.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) ? year : undefined;
}
