export { recognisePlan, type RecognisedGrid, type RawAction, type RowKind, type ColumnMap } from './recognise-plan';
export { toColumnLetter } from './column-letter';
export { scoreHeaderWords } from './header-words';
export { cellKind } from './cell-kind';
export { readLabelledValues } from './read-labelled-values';
export { findDueInText } from './find-due-in-text';
export { cellText, collapse } from './cell-text';
export { FIELD_LABEL } from './describe-evidence';
export { readKeySheets } from './read-key-sheets';
