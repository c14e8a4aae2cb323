export { HIA_CATALOGUE, HIA_IDS, HIA_OF_INDICATOR, HIA_SOURCES, type HighImpactAction, type IndicatorHiaLink, type SuccessMetric } from './catalogue';
export { hiasOfAction, type HiaEvidence } from './hias-of-action';
export { hiasOfCell } from './hias-of-cell';
export { hiasOfWording } from './hias-of-wording';
export { mapHia } from './map-hia';
export { hiasOfRow } from './hias-of-row';
