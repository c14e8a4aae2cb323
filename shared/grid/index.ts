export { recognisePlan, toColumnLetter, type RecognisedGrid, type RawAction, type RowKind, type ColumnMap } from './recognise-plan';
export { matchHeader } from './match-header';
export { readRef } from './read-ref';
export { cellText, collapse } from './cell-text';
