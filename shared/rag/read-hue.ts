/**
 * A colour's hue (degrees, 0–360), chroma and brightest channel (both 0–255), from '#RRGGBB', 'RRGGBB' or Excel's
 * 'AARRGGBB'; null for anything else. What both the RAG a fill shows (`fillToRag`) and a colour's everyday name
 * (`nameColour`) are judged by, so the two never disagree on which colour a cell is.
 *
 * @example
 * readHue('#FFC000'); // { hue: 45.2, chroma: 255, max: 255 }
 * readHue('#D9D9D9'); // { hue: 0, chroma: 0, max: 217 }
 */
export function readHue(colour: string | null): { hue: number; chroma: number; max: number } | null {
  if (typeof colour !== 'string') return null;
  const rgb = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!rgb) return null;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((h) => parseInt(h, 16));
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma === 0) return { hue: 0, chroma, max };
  let hue: number;
  if (max === r) hue = (((g - b) / chroma) * 60 + 360) % 360;
  else if (max === g) hue = ((b - r) / chroma) * 60 + 120;
  else hue = ((r - g) / chroma) * 60 + 240;
  return { hue, chroma, max };
}
