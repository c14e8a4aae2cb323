/** Cells of a sheet that share one look, as one multi-area A1 address ("A5,C7:D7"). */
export interface SheetFill {
  address: string;
  fill: string | null;
  font?: string;
  bold?: boolean;
}

/**
 * A sheet laid out for people to read and print: values (strings stay text), looks, column widths in characters,
 * wrapped text and a page set-up. The pane writes it through its adapter; the CLI through exceljs.
 */
export interface SheetLayout {
  rows: (string | number | null)[][];
  fills: SheetFill[];
  /** Width of each column, in characters (Excel's unit). */
  columnWidths: number[];
  /**
   * Wrap text in the cells of table rows (two or more values), so long findings show whole. A row with one
   * value (a title, a heading, a sentence) is not wrapped: it runs across the empty cells to its right.
   */
  wrap: boolean;
  /** Printed on A4 landscape, one page wide (as many pages tall as it needs). */
  print: { orientation: 'landscape' | 'portrait'; paperSize: 'A4'; fitToWidth: 1 };
}
