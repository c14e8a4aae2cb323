export { matchActions, type ContentRow, type MatchOptions } from './match-actions';
