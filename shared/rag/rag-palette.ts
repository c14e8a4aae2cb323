import type { Rag } from '../types';

/**
 * NHS-style RAG colours with the text colour that reads on each (all ≥ 4.5:1 contrast, WCAG AA):
 * red #D5281B/white 4.98:1, amber #FFB81C/black 12.1:1, green #006747/white 7.2:1, blue #005EB8/white 6.0:1.
 *
 * @example
 * RAG_PALETTE.amber.fill; // '#FFB81C'
 */
export const RAG_PALETTE: Record<Rag, { fill: string; font: string; label: string }> = {
  red: { fill: '#D5281B', font: '#FFFFFF', label: 'Red' },
  amber: { fill: '#FFB81C', font: '#000000', label: 'Amber' },
  green: { fill: '#006747', font: '#FFFFFF', label: 'Green' },
  blue: { fill: '#005EB8', font: '#FFFFFF', label: 'Blue' },
};
