import { readHue } from './read-hue';

/** Below this chroma (0–255) a colour is black, grey or white, named by its lightness. */
const MIN_CHROMA = 40;

/** Hue bands (degrees, upper bound exclusive) and the names people give them. */
const HUES: [number, string][] = [
  [15, 'red'],
  [38, 'orange'],
  [52, 'amber'],
  [70, 'yellow'],
  [170, 'green'],
  [260, 'blue'],
  [345, 'purple'],
  [361, 'red'],
];

/**
 * The everyday name of a text or fill colour, as a user would say it ('#ED7D31' orange, '#FFC000' amber): for telling a
 * user which colour a cell is written in. Null (the automatic text colour) is black.
 *
 * @example
 * nameColour('#ED7D31') // 'orange'
 * nameColour('#0070C0') // 'blue'
 * nameColour(null) // 'black'
 */
export function nameColour(colour: string | null): string {
  const read = readHue(colour);
  if (!read) return 'black';
  const { hue, chroma, max } = read;
  if (chroma < MIN_CHROMA || max < 60) return max < 60 ? 'black' : max > 220 ? 'white' : 'grey';
  return HUES.find(([upTo]) => hue < upTo)?.[1] ?? 'red';
}
