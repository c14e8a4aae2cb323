import { nearestRagHue } from './nearest-rag-hue';
import { readHue } from './read-hue';
import type { Rag } from '../types';

/** Below this chroma (0–255) a fill is white, grey or a washed-out header tint, not a RAG colour. */
const MIN_CHROMA = 40;
/** Further than this from every RAG hue (purple, magenta) the fill is not a RAG colour. */
const MAX_HUE_DISTANCE = 50;

/**
 * The RAG colour a cell fill shows, by the nearest RAG hue: '#FF0000' and Excel's pale 'bad' '#FFC7CE' are red,
 * '#FFC000'/'#FFFF00' amber, '#00B050'/'#C6EFCE' green, '#0070C0' blue. White, grey, near-black, header
 * tints ('#DCE6F1') and purples are null. Accepts '#RRGGBB', 'RRGGBB' or Excel's 'AARRGGBB'.
 *
 * @example
 * fillToRag('#FFC000') // 'amber'
 * fillToRag('#D9D9D9') // null
 */
export function fillToRag(fill: string | null): Rag | null {
  const colour = readHue(fill);
  if (!colour || colour.chroma < MIN_CHROMA || colour.max < 60) return null;
  return nearestRagHue(colour.hue, MAX_HUE_DISTANCE);
}

