import { relativeLuminance } from './relative-luminance';

/**
 * Black or white, whichever reads on the colour (WCAG relative luminance).
 *
 * @example
 * readableOn('#005EB8') // '#FFFFFF'
 */
export function readableOn(hex: string): string {
  const luminance = relativeLuminance(hex);
  if (luminance === null) return '#000000';
  return luminance > 0.179 ? '#000000' : '#FFFFFF';
}
