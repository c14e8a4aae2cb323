import type { Grid } from '../../shared/types';
import type { PreviewSheet } from './preview-adapter';

/**
 * A preview sheet as the pane reads it (`WorkbookAdapter.readGrid`): copies of its values, fills, text colours, indent levels, italics and merged areas, and
 * its cells' notes and hidden rows (with the filter's range) when it has any — what the Office adapter reads from Excel and
 * the CLI from the .xlsx.
 *
 * @example
 * gridOfSheet(sheet); // { sheetName: 'Plan', values: […], fills: […], merges: [], origin: { row: 0, column: 0 }, notes: [{ row: 5, column: 2, text: 'Lead: …' }] }
 */
export function gridOfSheet(s: PreviewSheet): Grid & { sheetName: string } {
  const grid = { sheetName: s.name, values: s.values.map((r) => [...r]), fills: s.fills.map((r) => [...r]), merges: [...s.merges], origin: { row: 0, column: 0 } };
  // Each cell's text colour, as the Office adapter reads it (one colour per cell: no coloured pieces of text).
  const fonts = layerCopy(s.values, s.fonts);
  const hidden = s.hiddenRows?.length ? { hiddenRows: [...s.hiddenRows], ...(s.autoFilter ? { autoFilter: { ...s.autoFilter } } : {}) } : {};
  // Each cell's indent level, as the Office adapter reads it (a project plan indents each task by its outline level).
  const indents = layerCopy(s.values, s.indents);
  // The cells in italics, as the Office adapter reads them (a template's guidance and worked example are written so).
  const italics = layerCopy(s.values, s.italics);
  return { ...grid, ...(fonts ? { fonts } : {}), ...(indents ? { indents } : {}), ...(italics ? { italics } : {}), ...(s.notes?.length ? { notes: s.notes.map((n) => ({ ...n })) } : {}), ...hidden };
}

/** A copy of one of the sheet's cell layers shaped as its values (null where a row runs short), or undefined when no cell has an entry. */
function layerCopy<T>(values: readonly unknown[][], layer: readonly (readonly (T | null | undefined)[] | undefined)[] | undefined): (T | null)[][] | undefined {
  if (!layer?.some((row) => row?.some((x) => x))) return undefined;
  return values.map((row, r) => row.map((_, c) => layer[r]?.[c] ?? null));
}
