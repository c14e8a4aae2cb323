import { readableOn } from './readable-on';
import { relativeLuminance } from './relative-luminance';

/** WCAG AA for normal text: what axe-core's colour-contrast check asks of every cell. */
const MIN_CONTRAST = 4.5;

/**
 * The colour to show a cell's text in: its own text colour when that reads on the cell's fill (white when unfilled) at
 * WCAG AA contrast, else black or white, whichever reads. The workbook keeps its colours (the pane reads them from the
 * sheet, not from the page): only what the preview shows changes, so pale grey or yellow text stays legible to everyone.
 *
 * @example
 * readableTextColour('#00B050', null); // '#00B050' is too pale on white → '#000000'
 * readableTextColour('#0070C0', null); // '#0070C0'
 */
export function readableTextColour(font: string | null, fill: string | null): string {
  const background = fill ?? '#FFFFFF';
  if (!font) return readableOn(background);
  const [a, b] = [relativeLuminance(font), relativeLuminance(background)];
  if (a === null || b === null) return readableOn(background);
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return ratio >= MIN_CONTRAST ? font : readableOn(background);
}
