import type { Grid } from '../types';

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into a grid.
 *
 * @example
 * readCsv('Action,Lead\n"Run a ""listening"" event",EDI lead').values[1][0]; // 'Run a "listening" event'
 */
export function readCsv(text: string, sheetName = 'CSV'): Grid & { sheetName: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { sheetName, values: rows, origin: { row: 0, column: 0 } };
}
