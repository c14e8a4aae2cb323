// holdout78: holdout57's h.js, except that a real date counts as the ten characters it shows (not its long JavaScript string).
// holdout57: row heights for long wrapped cells (Excel does not re-fit rows written by exceljs), estimated from each cell's text and
// its column width (merged cells use the merged width); rows given a height by the plan script keep it.
export function fitRows(p, lineHeight = 13.5) {
  const ws = p.ws;
  const width = (c) => ws.getColumn(c).width || 9;
  for (let r = 1; r <= p.r; r++) {
    const row = ws.getRow(r); if (row.height) continue;
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value; const t = v instanceof Date ? '00/00/0000' : v && v.richText ? v.richText.map((x) => x.text).join('') : v == null ? '' : String(v);
      let w = width(c); if (cell.isMerged) { for (let k = c + 1; k <= p.lastCol; k++) { const o = ws.getRow(r).getCell(k); if (o.isMerged && o.master.address === cell.address) w += width(k); else break; } }
      const n = t.split('\n').reduce((s, l) => s + Math.max(1, Math.ceil((l.length * 1.1) / Math.max(4, w - 1))), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) row.height = Math.round(lines * lineHeight);
  }
}
