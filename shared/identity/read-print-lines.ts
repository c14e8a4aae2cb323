/** Excel's page fields (page number, pages, date, time, file, sheet, path, picture): page furniture, never the plan's words. */
const FIELD = /&[PN](?:[+-]\d+)?|&[DTFAZG]/g;
/** Excel's look codes: a font ('&"Arial,Bold"'), a size ('&12'), a colour ('&KFF0000', '&K01+000'), bold, italic… */
const LOOK = /&"[^"]*"|&\d{1,3}|&K(?:[0-9A-Fa-f]{6}|\d{2}[+-]\d{3})|&[BIUESXYOH]/g;
/** The words a page field leaves behind ('Page &P of &N' → 'Page of'): a line of only these said nothing else. */
const FURNITURE = /^(?:page|pages|of|printed|on|at|date|time|sheet|file|tab|path|[\s\W])*$/i;
const TRAILING_FURNITURE = /(?:[\s\W]*\b(?:page|pages|of|printed|on|at)\b)+[\s\W]*$/i;

/**
 * The plain lines of one print header or footer as Excel keeps it (Page Layout > Header & Footer): its left, centre
 * and right sections ('&L', '&C', '&R'; text before any is the centre's) in order, each line of a section on its own,
 * with Excel's codes gone — fonts, sizes, colours and styles, and the page fields ('&P', '&N', '&D', '&F', '&A'…) with
 * the words only they gave sense to ('Page &P of &N', 'Printed &D'). '&&' is an ampersand. Office.js gives each
 * section on its own, without '&L'/'&C'/'&R'; the same function reads it. Some trusts name the plan only there.
 *
 * @example
 * readPrintLines('&L&"Arial,Bold"&12Quorndale Community Healthcare NHS Trust&CWDES action plan 2021/22&RPage &P of &N');
 * // ['Quorndale Community Healthcare NHS Trust', 'WDES action plan 2021/22']
 */
export function readPrintLines(code: string | null | undefined): string[] {
  if (!code) return [];
  const lines: string[] = [];
  // '&&' is a literal ampersand: kept aside so no code is read in it.
  const sections = code.replace(/&&/g, '\u0000').split(/&[LCR]/);
  for (const section of sections) {
    for (const raw of section.split(/\r?\n|\r/)) {
      const plain = raw.replace(LOOK, '');
      const text = plain.replace(FIELD, ' ').replace(/\u0000/g, '&').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      // `search` ignores the pattern's /g state.
      const fielded = plain.search(FIELD) >= 0;
      if (fielded && FURNITURE.test(text)) continue;
      // 'Holmbury NHS Trust – page &P': the words left by the field go with it.
      lines.push(fielded ? text.replace(TRAILING_FURNITURE, '') : text);
    }
  }
  return lines;
}
