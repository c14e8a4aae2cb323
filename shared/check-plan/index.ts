export { checkPlan } from './check-plan';
export { parseColumnChoice } from './parse-column-choice';
export { askAboutColumns } from './ask-about-columns';
export { readColumnChoice } from './read-column-choice';
export { ColumnChoiceSchema, ColumnPickSchema } from './column-choice-schema';
export { bestReport } from './best-report';
