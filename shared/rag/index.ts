/** Status and RAG: a plan's key, what a status means, and the colour an action shows. */
export { DEFAULT_RAG_KEY } from './default-rag-key';
export { readRagLegendRow } from './read-rag-legend-row';
export { ragKeyFromHeader } from './rag-key-from-header';
export { statusToRag } from './status-to-rag';
export { fillToRag } from './fill-to-rag';
export { fontToRag } from './font-to-rag';
export { effectiveRag } from './effective-rag';
export { findKeyEntry } from './find-key-entry';
export { isCompleteStatus, isCompleteLabel } from './is-complete-status';
export { colourOfWord } from './colour-words';
export { RAG_PALETTE } from './rag-palette';
export { keySheetsNamed } from './key-sheets-named';
export { describeKeySource } from './describe-key-source';
export { readConditionalKey } from './read-conditional-key';
export { whyNoColour } from './why-no-colour';
export { ragOfStatusRun } from './rag-of-status-run';
export { ragOfTextColour } from './rag-of-text-colour';
export { nameColour } from './name-colour';
