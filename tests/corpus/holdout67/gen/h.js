// holdout67 helpers: joining a continuation row into the action above it; recording rows that belong to an action (steps, milestones).
export const join = (...parts) => parts.map((s) => String(s).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
/** Adds `text` (written on a non-action row below) to the last gold action's action text. */
export function cont(p, values, text, opts = {}) {
  const r = p.line(values, { border: true, ...opts });
  const a = p.actions[p.actions.length - 1]; a.action = join(a.action, text);
  (p.joins[a.row] ||= []).push(r);
  return r;
}
/** A step / milestone row that belongs to the action above but is not an action (recorded for verify). */
export function step(p, values, opts = {}) {
  const r = p.line(values, { border: true, ...opts });
  const a = p.actions[p.actions.length - 1]; (p.blocks[a.row] ||= []).push(r);
  return r;
}
import { D } from './lib.js';
/** 'dd/mm/yyyy' text → a real date cell value (shown with numFmt 'dd/mm/yyyy'). */
export const dmy = (s) => { const [d, m, y] = s.split('/').map(Number); return D(y, m, d); };
export const DMY = { numFmt: 'dd/mm/yyyy' };
