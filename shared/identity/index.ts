export { readIdentity } from './read-identity';
export { periodOfText } from './period-of-text';
export { trustOfText } from './trust-of-text';
