/**
 * A print header or footer as Excel keeps it: sections, fonts, sizes and page fields are codes in the text; only the
 * words a person sees on the printed page are left.
 */
import { describe, expect, it } from 'vitest';
import { readPrintLines } from '../../../shared/identity';

describe('the plain lines of a print header or footer', () => {
  it('keeps each section’s words and drops fonts, sizes and the page number (holdout16 quorndale’s kind of header)', () => {
    expect(readPrintLines('&L&"Arial,Bold"&12Quorndale Community Healthcare NHS Trust&CWDES action plan 2021/22&RPage &P of &N')).toEqual([
      'Quorndale Community Healthcare NHS Trust',
      'WDES action plan 2021/22',
    ]);
  });

  it('drops a section of page furniture only (page of pages, the printing date, the file and sheet names)', () => {
    expect(readPrintLines('&L&8OFFICIAL&C&8Page &P of &N&R&8Printed &D')).toEqual(['OFFICIAL']);
    expect(readPrintLines('&L&F&C&A&RPage &P')).toEqual([]);
  });

  it('reads text before any section code as the centre, each line on its own, and && as an ampersand', () => {
    expect(readPrintLines('Race equality action plan\nBrackwell Mental Health && Care NHS Trust')).toEqual([
      'Race equality action plan',
      'Brackwell Mental Health & Care NHS Trust',
    ]);
  });

  it('drops colours, styles and underlines, keeping a trust named beside a page number', () => {
    expect(readPrintLines('&R&K1F4E79&B&IHolmbury Hospitals NHS Foundation Trust – page &P&U')).toEqual(['Holmbury Hospitals NHS Foundation Trust']);
    expect(readPrintLines('&C&K01+000&"Calibri,Italic"WRES 2023/24')).toEqual(['WRES 2023/24']);
  });

  it('gives nothing for an empty or missing header', () => {
    expect(readPrintLines('')).toEqual([]);
    expect(readPrintLines(undefined)).toEqual([]);
  });
});
