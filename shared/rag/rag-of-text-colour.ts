import type { Rag } from '../types';
import { fontToRag } from './font-to-rag';
import { nameColour } from './name-colour';

/**
 * The RAG of an action whose text colour is its status (a plan with no status column whose key says 'Actions are
 * coloured to show progress: … orange – at risk …'), with why in words: the colour the action is written in, as a RAG
 * colour (orange is amber); black, the automatic colour, or a colour that is no RAG colour has none.
 *
 * @example
 * ragOfTextColour({ colour: '#ED7D31', cell: 'C10', meaning: 'at risk', keyCell: 'A3' });
 * // { rag: 'amber', why: 'RAG: amber, the colour action C10 is written in (orange = at risk in the key on A3)' }
 * ragOfTextColour({ colour: null, cell: 'C8', meaning: 'not yet started', keyCell: 'A3' });
 * // { rag: null, why: 'No RAG: action C8 is written in black, the automatic text colour (black = not yet started in the key on A3), which is no RAG colour' }
 */
export function ragOfTextColour(t: { colour: string | null; cell: string; meaning: string | null; keyCell: string }): { rag: Rag | null; why: string } {
  const rag = fontToRag(t.colour);
  const name = nameColour(t.colour);
  const key = t.meaning ? `${name} = ${t.meaning} in the key on ${t.keyCell}` : `the key on ${t.keyCell} gives ${name} no meaning`;
  if (rag) return { rag, why: `RAG: ${rag}, the colour action ${t.cell} is written in (${key})` };
  const automatic = t.colour === null ? `${name}, the automatic text colour` : name;
  return { rag: null, why: `No RAG: action ${t.cell} is written in ${automatic} (${key}), which is no RAG colour` };
}
