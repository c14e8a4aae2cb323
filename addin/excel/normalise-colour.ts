/**
 * A colour as Excel reports it ('#ffb81c', 'FFB81C') as '#FFB81C'; anything else (a theme name, empty) as null.
 *
 * @example
 * normaliseColour('#ffb81c'); // '#FFB81C'
 * normaliseColour(undefined); // null
 */
export function normaliseColour(c: string | null | undefined): string | null {
  if (!c) return null;
  const hex = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  return hex ? `#${hex[1].toUpperCase()}` : null;
}
