import type { Rag } from '../types';
import { fillToRag } from './fill-to-rag';

/** Darker than this (brightest channel, 0–255) a text colour is body text — navy, dark green, charcoal — not a RAG colour. */
const MIN_BRIGHTNESS = 128;

/**
 * The RAG colour a text colour shows, when a plan colours a status by its text rather than its fill: '#00B050' green,
 * '#FFC000' and orange '#ED7D31' amber, '#FF0000' and '#C00000' red, '#0070C0' blue. Body text colours are null: black,
 * greys, and the dark navy or green many plans write everything in ('#1F3864', '#1F4E79', '#385723').
 *
 * @example
 * fontToRag('#ED7D31') // 'amber'
 * fontToRag('#1F3864') // null
 */
export function fontToRag(colour: string | null): Rag | null {
  const rag = fillToRag(colour);
  if (!rag || typeof colour !== 'string') return null;
  const hex = colour.trim().replace(/^#/, '').slice(-6);
  const brightest = Math.max(parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16));
  return brightest >= MIN_BRIGHTNESS ? rag : null;
}
