/**
 * 'TBC' and its kin: a cell that says its value will be given later ('TBC', 'TBA', 'TBD', 'To be confirmed', 'To be
 * agreed', 'To be appointed', 'Lead TBC', 'TBC – awaiting new structure'). Unlike 'N/A' (`statesNothing`) it is kept as
 * written — the plan says something will be named — but it names nothing yet.
 */
const TO_COME = /^(?:(?:lead|owner|date|timescale|deadline)\s+)?(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided|determined|appointed|identified|named|set|arranged|scheduled))\b(?!\s*\/)(?!\w)/i;

/**
 * Whether a cell says its value is still to come ('TBC', 'To be agreed', 'Lead TBA'), with at most a short remark after
 * it ('TBC – awaiting the new structure'). One place for the checks that must treat such a lead or timescale as not yet
 * given: the missing-lead finding names it, the timescale finding says a date is owed.
 *
 * @example
 * saysToBeConfirmed('TBC'); // true
 * saysToBeConfirmed('To be agreed with the network'); // true
 * saysToBeConfirmed('TBC/Head of HR'); // false — a lead is named
 * saysToBeConfirmed('Head of HR (TBC)'); // false — a lead is named, its confirmation pending
 */
export function saysToBeConfirmed(text: string): boolean {
  const t = String(text ?? '').trim();
  return t.length <= 60 && TO_COME.test(t);
}
