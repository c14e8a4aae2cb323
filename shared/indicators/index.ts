export { INDICATOR_CATALOGUE, indicatorIds, type IndicatorEntry } from './catalogue';
export { indicatorOfCell } from './indicator-of-cell';
export { indicatorOfWording, indicatorsOfWording } from './indicator-of-wording';
export { detectStandard } from './detect-standard';
export { indicatorsOfCell } from './indicators-of-cell';
export { indicatorsMentioned } from './indicators-mentioned';
export { INDICATOR_WORD, NAMES_INDICATOR } from './indicator-word';
export { withoutIndicatorWord } from './without-indicator-word';
export { otherPartMeant } from './other-part-meant';
