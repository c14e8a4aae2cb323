// holdout72: a row height that shows a row's wrapped text, roughly as Excel's "AutoFit row height" would (the plans set it by hand, as
// a person does after pasting text). values: the cells from startCol; widths: their column widths; size: the font size.
export function fitHeight(values, widths, size = 10, min = 13) {
  let lines = 1;
  values.forEach((v, i) => {
    if (v === null || v === undefined || v === '' || v instanceof Date || typeof v === 'number') return;
    const per = Math.max(4, Math.floor(((widths[i] || 10) * 1.2 * 10) / size));
    const n = String(v).split('\n').reduce((k, para) => k + Math.max(1, Math.ceil(para.length / per)), 0);
    lines = Math.max(lines, n);
  });
  return Math.max(min, Math.round(lines * size * 1.32 + 3));
}
/** Grows the last row of r1..r2 so that a text merged down those rows (in a column of the given width) can be read in full. */
export function fitMerged(ws, r1, r2, text, width, size = 10) {
  const need = fitHeight([text], [width], size); let have = 0;
  for (let r = r1; r <= r2; r++) have += ws.getRow(r).height || 15;
  if (need > have) ws.getRow(r2).height = (ws.getRow(r2).height || 15) + need - have;
}
