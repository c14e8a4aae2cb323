/**
 * The relative luminance of a `#RRGGBB` colour (WCAG 2), from 0 (black) to 1 (white); null for anything else.
 *
 * @example
 * relativeLuminance('#FFFFFF'); // 1
 * relativeLuminance('#000000'); // 0
 */
export function relativeLuminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
