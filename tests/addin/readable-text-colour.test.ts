import { describe, expect, it } from 'vitest';
import { readableTextColour } from '../../addin/preview/readable-text-colour';

/**
 * The preview shows each cell's text in the workbook's own colour only where everyone can read it (WCAG AA, as the
 * e2e tests' axe-core check asks); pale text falls back to black or white. What the pane reads is the sheet's colours,
 * not the page's, so readings do not change.
 */
describe("the colour the preview shows a cell's text in", () => {
  it('keeps a text colour that reads on its cell', () => {
    expect(readableTextColour('#0070C0', null)).toBe('#0070C0');
    expect(readableTextColour('#C00000', '#FFFFFF')).toBe('#C00000');
    expect(readableTextColour('#FFFFFF', '#005EB8')).toBe('#FFFFFF');
  });

  it('shows pale text on white, or dark text on a dark fill, in a colour that reads', () => {
    expect(readableTextColour('#00B050', null)).toBe('#000000');
    expect(readableTextColour('#FFC000', null)).toBe('#000000');
    expect(readableTextColour('#1F3864', '#002060')).toBe('#FFFFFF');
  });

  it('gives an unfilled, uncoloured cell no colour of its own but black, and a filled one the colour that reads on it', () => {
    expect(readableTextColour(null, null)).toBe('#000000');
    expect(readableTextColour(null, '#005EB8')).toBe('#FFFFFF');
  });
});
