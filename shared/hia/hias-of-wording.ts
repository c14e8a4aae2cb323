import { hiasNamed } from './hias-named';

/**
 * The high impact actions a piece of wording is about, by the catalogue's key phrases, in HIA order.
 * `among` limits the answer to some HIAs (those an action's indicator cannot speak for).
 *
 * @example
 * hiasOfWording('Publish the ethnicity pay gap and an action plan to close it'); // ['3']
 * hiasOfWording('Pastoral support for internationally recruited nurses'); // ['5']
 */
export function hiasOfWording(text: string, among?: readonly string[]): string[] {
  const all = hiasNamed(text);
  return among ? all.filter((id) => among.includes(id)) : all.slice();
}
