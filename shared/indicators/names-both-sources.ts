/** Who harasses, in the WRES's two questions: the public (indicator 5) … */
const PUBLIC = String.raw`patients?|(?:the\s+)?public|relatives|visitors|service\s+users|carers|families`;
/** … and staff (indicator 6). */
const STAFF = String.raw`staff|colleagues|managers?|co-workers|team\s+leaders?`;
const SOURCE = String.raw`(?:(?:their|the|other)\s+)?(?:${PUBLIC}|${STAFF})\b`;
/** A list of who it comes from: 'from patients, relatives, the public or staff', 'from patients and the public, and from staff'. */
const SOURCES = new RegExp(String.raw`\b(?:from|by)\s+${SOURCE}(?:(?:\s*(?:,|/|\bor\b|\band\b))+\s*(?:(?:from|by)\s+)?${SOURCE})+`, 'gi');
const IS_PUBLIC = new RegExp(String.raw`\b(?:${PUBLIC})\b`, 'i');
const IS_STAFF = new RegExp(String.raw`\b(?:${STAFF})\b`, 'i');
const HARASSMENT = /harass|bully|bullied|abuse|violence|aggression/i;

/**
 * Whether a wording of harassment names both who the WRES asks about as its sources: the public (patients, relatives,
 * visitors) and staff (colleagues, managers), in one list after 'from' or 'by' ("BME staff experiencing harassment,
 * bullying or abuse from patients, relatives, the public or staff"). The WRES asks one survey question of each source:
 * indicator 5 the public, 6 staff; such a wording covers both. Staff named elsewhere in the sentence ("abuse from
 * patients, with guidance for staff") are whom it happens to, not its source.
 *
 * @example
 * namesBothSources('Harassment, bullying or abuse from patients, relatives, the public or staff'); // true
 * namesBothSources('Racist abuse from patients, with clear guidance for staff'); // false
 */
export function namesBothSources(text: string): boolean {
  const t = String(text ?? '');
  if (!HARASSMENT.test(t)) return false;
  for (const m of t.matchAll(SOURCES)) if (IS_PUBLIC.test(m[0]) && IS_STAFF.test(m[0])) return true;
  return false;
}
