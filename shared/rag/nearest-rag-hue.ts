import type { Rag } from '../types';

/** Hue (degrees) at the centre of each RAG colour; Excel's standard and 'good/neutral/bad' fills sit near these. */
const RAG_HUES: [Rag, number][] = [
  ['red', 0],
  ['amber', 42],
  ['green', 125],
  ['blue', 210],
];

/**
 * The RAG colour whose hue is nearest `hue` (degrees, round the colour wheel), or null when even the nearest is further
 * than `maxDistance`. One placing of red, amber, green and blue on the wheel, for a typed fill and a rule's fill alike.
 *
 * @example
 * nearestRagHue(130, 50) // 'green'
 * nearestRagHue(280, 50) // null (purple)
 */
export function nearestRagHue(hue: number, maxDistance: number): Rag | null {
  let best: { rag: Rag; distance: number } | null = null;
  for (const [rag, centre] of RAG_HUES) {
    const raw = Math.abs(hue - centre);
    const distance = Math.min(raw, 360 - raw);
    if (!best || distance < best.distance) best = { rag, distance };
  }
  return best && best.distance <= maxDistance ? best.rag : null;
}
