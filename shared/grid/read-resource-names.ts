/** A resource's units of work as a project plan writes them after its name: '[50%]', ' [25 %]', '[100%]'. */
const UNITS = /\s*\[\s*\d{1,3}(?:\.\d{1,2})?\s*%\s*\]/g;
/** A comma joining two names with no space after it ('OD Manager,BME Staff Network Chair'). */
const BARE_COMMA = /(?<=[\p{L}\p{N})\].])\s*,(?=[\p{Lu}\p{N}])/gu;

/**
 * A lead as a project plan's Resource Names write it, read as the people and posts it names: each resource's units of
 * work in brackets left off ('Workforce Information Manager[50%]' is the manager at half time on the task — the units
 * are Project's allocation, not part of the name), and resources joined with a bare comma, as Project joins them, set
 * apart with a space ('OD Manager,BME Staff Network Chair' → 'OD Manager, BME Staff Network Chair'). Null when the
 * lead is written neither way (most leads): it is kept as written.
 *
 * @example
 * readResourceNames('Workforce Information Manager[50%]');
 * // { lead: 'Workforce Information Manager', why: "Lead: 'Workforce Information Manager[50%]' read without '[50%]', …" }
 * readResourceNames('OD Manager,BME Staff Network Chair')?.lead; // 'OD Manager, BME Staff Network Chair'
 * readResourceNames('Head of OD, Chief Nurse'); // null
 */
export function readResourceNames(text: string): { lead: string; why: string } | null {
  if (!text || text.length > 300 || (!text.includes('[') && !text.includes(','))) return null;
  const units = text.match(UNITS) ?? [];
  // Joined bare only where no comma of the cell is followed by a space: a list written by hand keeps its own spacing.
  const bare = !/,\s/.test(text) && BARE_COMMA.test(text);
  BARE_COMMA.lastIndex = 0;
  if (!units.length && !bare) return null;
  const stripped = text.replace(UNITS, '');
  const lead = (bare ? stripped.replace(BARE_COMMA, ', ') : stripped).trim();
  if (!lead) return null;
  const parts = [
    ...(units.length ? [`without ${units.map((u) => `'${u.trim()}'`).join(', ')} (a project plan's resource units: the share of someone's time given to the task, not part of the name)`] : []),
    ...(bare ? ['with the resources joined by a bare comma set apart'] : []),
  ];
  return { lead, why: `Lead: '${text.trim()}' read as '${lead}', ${parts.join(' and ')}` };
}
