export { summariseRegion, INDICATORS } from './summarise-region';
