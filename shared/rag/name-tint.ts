import { nameColour } from './name-colour';
import { readHue } from './read-hue';

/** A tint is light (brightest channel at least this) and washed out (chroma from MIN to below MAX, of 0–255). */
const MIN_BRIGHT = 200;
const MIN_CHROMA = 8;
const MAX_CHROMA = 80;
/** Hue bands (degrees, upper bound exclusive) and the names people give pale fills: the pastels plans colour-code with. */
const TINTS: [number, string][] = [
  [15, 'pink'],
  [35, 'peach'],
  [70, 'sand'],
  [170, 'pale green'],
  [250, 'pale blue'],
  [330, 'lavender'],
  [361, 'pink'],
];

/**
 * The everyday name of a fill, pastels included ('#D9D2E9' lavender, '#DAEEF3' pale blue, '#FCE4D6' peach, '#EDE2C4'
 * sand): for telling a user which colour code a cell carries, where `nameColour` would call every pastel white or grey.
 * Strong colours are named as `nameColour` names them.
 *
 * @example
 * nameTint('#D9D2E9') // 'lavender'
 * nameTint('#0070C0') // 'blue'
 */
export function nameTint(colour: string | null): string {
  const read = readHue(colour);
  if (!read || read.max < MIN_BRIGHT || read.chroma < MIN_CHROMA || read.chroma >= MAX_CHROMA) return nameColour(colour);
  return TINTS.find(([upTo]) => read.hue < upTo)?.[1] ?? 'pink';
}
