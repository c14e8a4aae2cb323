import { collapse, collapsedLongerThan } from './cell-text';

/**
 * A label naming the assurance a paper gives ('Assurance level for this metric', 'Level of assurance', 'Overall
 * assurance:', 'Assurance rating'): an audit or assurance committee's judgement on how well the actions above are
 * delivered, not something to do.
 */
const LABEL = /^(?:overall\s+)?(?:assurance(?:\s+(?:level|rating|opinion|given|sought))?|level\s+of\s+assurance)\b/i;

/** The levels of assurance committees give ('Substantial', 'Reasonable', 'Limited', 'No assurance'). */
const LEVEL = /^(?:substantial|reasonable|limited|partial|moderate|significant|full|adequate|no(?:\s+assurance)?|none)(?:\s+assurance)?\s*[.!]?$/i;

/** A label of a few words: a sentence longer than this says more than the level's name. */
const MAX_LABEL = 80;

/**
 * Why a row gives the paper's assurance level rather than an action — its words name the assurance ('Assurance level for
 * this metric') and its status cell, if any, holds a level ('Substantial', 'Limited') — or null. The caller asks only of
 * rows naming no lead or timescale.
 *
 * @example
 * statesAssurance('Assurance level for this metric', 'Substantial'); // "it gives the paper's assurance level ('Substantial') …"
 * statesAssurance('Assure the Board that every panel has a trained adviser', ''); // null
 */
export function statesAssurance(text: string, status: string): string | null {
  if (collapsedLongerThan(text, MAX_LABEL)) return null;
  const label = collapse(text);
  if (!LABEL.test(label)) return null;
  const level = collapse(status);
  if (level && !LEVEL.test(level)) return null;
  return `it gives the paper's assurance level${level ? ` ('${level}')` : ''} on the actions it sits with, not an action or an action's status`;
}
