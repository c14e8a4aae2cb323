/**
 * A label a template gives the cell for the organisation filling it in: 'Trust name', 'Organisation', 'Name of
 * organisation', 'Provider', 'A1 Provider' (a return's numbered question), 'Employer', with a colon or none.
 */
const ORGANISATION_LABEL = /^(?:[A-Z]\d{1,2}[.)]?\s+)?(?:name\s+of\s+(?:the\s+)?|your\s+|submitting\s+|reporting\s+|lead\s+)?(?:trust|organi[sz]ation|provider|employer|ICB|body)(?:\s+name)?\s*[:–-]?$/i;
/** The same label and its value in one cell: 'Organisation: Ashbury Primary Care Collaborative'. */
const LABELLED_INLINE = /^((?:[A-Z]\d{1,2}[.)]?\s+)?(?:name\s+of\s+(?:the\s+)?|your\s+|submitting\s+|reporting\s+|lead\s+)?(?:trust|organi[sz]ation|provider|employer|ICB|body)(?:\s+name)?)\s*:\s*(\S.*)$/i;

/** One organisation field of a template: its label as written and the value filled in beside it. */
export interface OrganisationField {
  label: string;
  value: string;
}

/**
 * The organisation fields of a template the plan was typed into, read from the texts above its header in order (a label
 * cell, then the cell beside it; or 'Label: value' in one cell). A template is designed by someone else — a region's
 * 'NHS England and NHS Improvement – North East and Yorkshire: WDES Action Plan Template', an ICB's assurance return —
 * and its title names that designer; the field labelled for the organisation says who filled it in, whose plan it is.
 * A label with nothing after it gives nothing (the next text is another label's or another row's).
 *
 * @example
 * organisationFields(['NHS Vale of Severn Integrated Care Board', 'A1 Provider', 'Cheldon Orthopaedic Hospital NHS Foundation Trust']);
 * // [{ label: 'A1 Provider', value: 'Cheldon Orthopaedic Hospital NHS Foundation Trust' }]
 * organisationFields(['Organisation: Ashbury Primary Care Collaborative']); // [{ label: 'Organisation', value: 'Ashbury Primary Care Collaborative' }]
 * organisationFields(['Trust Board – September 2022']); // []
 */
export function organisationFields(texts: readonly string[]): OrganisationField[] {
  const out: OrganisationField[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = String(texts[i] ?? '').replace(/\s+/g, ' ').trim();
    // Labels are a few words: most texts are ruled out by their length before any pattern is tried.
    if (text.length <= 40 && ORGANISATION_LABEL.test(text)) {
      const value = String(texts[i + 1] ?? '').trim();
      if (value && !ORGANISATION_LABEL.test(value)) out.push({ label: text.replace(/\s*[:–-]$/, ''), value });
      continue;
    }
    const inline = text.length <= 300 ? LABELLED_INLINE.exec(text) : null;
    if (inline) out.push({ label: inline[1], value: inline[2] });
  }
  return out;
}
