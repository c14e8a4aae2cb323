export { checkPlan } from './check-plan';
export { parseColumnChoice } from './parse-column-choice';
export { askAboutColumns } from './ask-about-columns';
