/** The pane colours cells with the core's palette, so the CLI's --out copy and Excel look the same. */
export { RAG_PALETTE } from '../../shared/rag';
