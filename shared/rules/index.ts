/** Validation rules for board submission: the catalogue and the runner. */
export { RULES } from './catalogue';
export { validatePlan } from './validate-plan';
export { stripMarkup, hasMarkup } from './strip-markup';
export { indicatorNumber, indicatorOfRef } from './indicator-number';
