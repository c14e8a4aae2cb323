import type { Rag } from '../types';
import { fillToRag } from './fill-to-rag';
import { nearestRagHue } from './nearest-rag-hue';
import { readHue } from './read-hue';

/** A pale tint still has a hue: brightest channel at least this, chroma (0–255) at least this. Greys have none. */
const MIN_BRIGHT = 200;
const MIN_CHROMA = 12;
/** Further than this from every RAG hue (lavender, pink-purple) the tint is no RAG colour. */
const MAX_HUE_DISTANCE = 40;

/**
 * The RAG colour a conditional format's rule fills a status in. A rule written for one status word ('cell value equal
 * to "Doing"') colours that status on purpose, so even Excel's palest theme tints say their colour ('Green, Accent 6,
 * Lighter 80%' #E2EFDA is green, 'Blue, Accent 1, Lighter 80%' #DDEBF7 blue) — where a pale fill typed on a cell may be
 * a header tint or the table's banding (`fillToRag` leaves those null). Greys and purples stay null.
 *
 * @example
 * ruleFillToRag('FFE2EFDA'); // 'green'
 * ruleFillToRag('FFD9D9D9'); // null
 */
export function ruleFillToRag(fill: string | null): Rag | null {
  const strong = fillToRag(fill);
  if (strong) return strong;
  const colour = readHue(fill);
  if (!colour || colour.max < MIN_BRIGHT || colour.chroma < MIN_CHROMA) return null;
  return nearestRagHue(colour.hue, MAX_HUE_DISTANCE);
}
