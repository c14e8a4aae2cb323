import { startsWithVerb } from './starts-with-verb';

/** An aim speaks of people ("the communities we serve", "tell us about their disability"); a subject names a field of work. */
const PEOPLE = /\b(we|us|our|ours|they|them|their|you|your)\b/i;
/**
 * A clause: an aim says what will be or is so ("A Board that reflects…", "Adjustments are agreed quickly"), often in
 * the staff survey's verbs ("Staff feel safe…", "Colleagues believe…").
 */
const CLAUSE = /\b(that|which|who|whose|because|is|are|was|were|will|can|should|must|feels?|believes?)\b/i;

/**
 * Whether a short text states an objective (what the plan wants to be so) rather than naming a subject (what the
 * actions are about). "Increase BME representation in senior roles", "A workforce that reflects the communities we
 * serve" and "Know our workforce: improve our data" state objectives; "Fair recruitment", "Representative Board" and
 * "A safe and respectful workplace (indicators 5 to 8)" name subjects, which a board reads a plan by — a theme.
 *
 * @example
 * statesObjective('Colleagues feel safe to tell us about their disability'); // true
 * statesObjective('Equal access to development'); // false
 */
export function statesObjective(text: string): boolean {
  return startsWithVerb(text) || PEOPLE.test(text) || CLAUSE.test(text);
}
