/**
 * How an NHS organisation's name ends: a trust's (a foundation trust's shortened to 'NHS FT' too), a Welsh health board's, an integrated care board's, a special health
 * authority's ('… Blood and Transplant', '… Business Services Authority'), a community interest company's, an LLP's, a GP
 * federation's, a primary care network's ('… PCN' too) or collaborative's (GP practices working as one: 'Rill Valley Primary Care
 * Collaborative'), a provider collaborative's, a commissioning support unit's or a hospice's delivering NHS services, the
 * bodies trusts form together (a group of trusts: '… Hospitals Group', '… Care Group', '… NHS Group'; shared services:
 * '… Shared Business Services'; a clinical network: '… Operational Delivery Network'; a place's partnership: '… Health
 * and Care Partnership'; '… Care Alliance' — unless a trust's ending follows, 'Fernhurst Health and Care Partnership NHS Foundation Trust'), and the national bodies named by 'NHS' and one word ('NHS England').
 */
const ENDING = /\b(NHS\s+(?:Foundation\s+)?Trust|NHS\s+FT|Foundation\s+Trust|NHS\s+Trust|Partnership\s+Trust|Integrated\s+Care\s+Board|ICB|Health\s+Board|Ambulance\s+Service\s+NHS\s+Trust|Community\s+Interest\s+Company|CIC|LLP|Blood\s+and\s+Transplant|Authority|GP\s+Federation|Primary\s+Care\s+Network|PCN|(?:Primary\s+Care|Provider)\s+Collaborative|Commissioning\s+Support\s+Unit|Hospice|NHS\s+England(?:\s+and\s+NHS\s+Improvement)?|NHS\s+Improvement|(?:(?:NHS|Hospitals?|Healthcare|Health|Care|Ambulance)\s+Group|Shared\s+(?:Business\s+)?Services|Operational\s+Delivery\s+Network|(?:Health\s+and\s+Care|Integrated\s+Care)\s+Partnership|Care\s+Alliance)(?!\s+(?:NHS|Foundation|Trust)\b))\b/gi;
/** A national body whose whole name is 'NHS' and its word: no name words before it are its own. */
const NATIONAL = /^NHS\s+(?:England|Improvement)/i;
/**
 * Bodies that oversee or commission trusts (NHS England, an integrated care board): plans mention them in prose ('reported
 * to the ICB', 'as required by NHS England'), so only a title naming one makes it the plan's organisation.
 */
const OVERSEER = /^(?:NHS\s+(?:England|Improvement)|Integrated\s+Care\s+Board|ICB)/i;
/** Endings a service or a council also has ('Regional Blood and Transplant', 'Local Authority'): only an NHS body's name. */
const NHS_ONLY = /^(?:Blood\s+and\s+Transplant|Authority)$/i;
/** Words of a name: capitalised, or the small words names use ("Kent and Medway NHS and Social Care…"). */
export const NAME_WORD = /^(?:[A-Z][\w'’.-]*|&|and|of|the|for|upon|on|in)$/;
/**
 * A place in a list of places a name joins with commas ('Barking, Havering and Redbridge University Hospitals NHS Trust',
 * 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB'): a capitalised word and its comma, followed by another
 * capitalised word of the name.
 */
const LISTED_PLACE = /^[A-Z][\w'’.-]*,$/;
/** Words of a title that no trust's name holds: the name starts after the last of them ('WDES Action Plan – …'). */
export const TITLE_ONLY = /^(?:WRES|WDES|Standard|Action|Plan|Report|Annual|Our|Appendix|Draft|Final)$/i;
/**
 * Words a title starts with that a trust's name may also hold ('Workforce Disability Equality Standard' and 'Strandley
 * Mental Health and Learning Disability NHS Trust'; 'Combined … Collaborative WRES Summary Report' and '… Combined
 * Healthcare NHS Trust'), and the words a sentence opens with before naming it ('At Audleystone
 * … NHS Foundation Trust we know…', 'Across', 'Within'): left off the name's start only, never cutting it in the middle.
 */
const TITLE_OR_NAME = /^(?:Workforce|Race|Disability|Equality|The|and|of|the|for|&|on|in|upon|at|across|within|from|by|with|to|Combined)$/i;
/** Small words a title writes before the organisation it is for ('WDES action plan 2023/24 for NHS Fenland ICB'). */
const TITLE_SMALL = /^(?:at|progress|update|updated|log|summary|year|by\s+year)$/i;

/**
 * The trust a text names, as written: the capitalised words that end in "NHS Trust", "NHS Foundation
 * Trust", "Partnership Trust", "ICB", "CIC", "Blood and Transplant"…, in capitals too (a title bar in capitals names its
 * trust so); "NHS England" whole. A body overseeing trusts counts only where a title names it, not a sentence. With no
 * such ending, a title opening with 'NHS' and a place names an ICB as ICBs style themselves. Null when it names none.
 *
 * @example
 * trustOfText('Northamptonshire Healthcare NHS Foundation Trust WRES Action Plan 2016-17'); // 'Northamptonshire Healthcare NHS Foundation Trust'
 * trustOfText('STANMOOR HEALTH AND CARE NHS TRUST'); // 'STANMOOR HEALTH AND CARE NHS TRUST' (a title in capitals)
 * trustOfText('Strandley Mental Health and Learning Disability NHS Trust'); // the whole name: 'Disability' is a word of it
 * trustOfText('NHS Halvergate Blood and Transplant'); // 'NHS Halvergate Blood and Transplant'
 * trustOfText('Progress is reported to NHS Fenland Integrated Care Board.'); // null: a sentence mentions it
 * trustOfText('NHS England asked that WDES action plans be ratified by the Board.'); // null: a sentence about it
 * trustOfText('Dr Lena Ashworth, Chief Executive, Tamarisk Community Health CIC'); // 'Tamarisk Community Health CIC'
 * trustOfText('NHS Kent and Medway – EDI action plan 2024/25'); // 'NHS Kent and Medway': an ICB styled by its place (`nhsPlaceOfTitle`)
 */
export function trustOfText(text: string): string | null {
  // Organisations set side by side with wide gaps ('Cullerford North PCN   Cullerford South PCN   … GP Federation', a
  // combined report's members over its title) are its members: the line names no one body as the plan's.
  if (listsBodies(String(text ?? ''))) return null;
  const s = String(text ?? '').replace(/\s+/g, ' ').slice(0, 1000);
  // Each ending in turn: a sentence may say 'every NHS trust' before it names the trust.
  for (const end of s.matchAll(ENDING)) {
    const ending = end[1].replace(/\s+/g, ' ');
    // Matched case-blind for titles in capitals, but a name's ending is capitalised: 'every NHS trust' names none.
    if (ending.split(' ').some((w) => w !== 'and' && !/^[A-Z]/.test(w))) continue;
    const before = s.slice(0, end.index).trim().split(' ').filter(Boolean);
    const name = NATIONAL.test(ending) ? [] : nameBefore(before);
    if (!name.length && !NATIONAL.test(ending)) continue;
    if (NHS_ONLY.test(ending) && !name.includes('NHS')) continue;
    if (OVERSEER.test(ending) && (!namedByTitle(before.slice(0, before.length - name.length)) || sentenceGoesOn(s.slice(end.index + end[0].length)))) continue;
    return name.length ? `${name.join(' ')} ${ending}` : ending;
  }
  return nhsPlaceOfTitle(s);
}

/** A body's name ending its text ('… PCN', '… GP Federation'). */
const ENDS_AS_BODY = new RegExp(`${ENDING.source}\\s*$`, 'i');

/** Three bodies or more, ending as names do, set apart by runs of spaces or tabs (a partnership among them): a list of members. */
function listsBodies(text: string): boolean {
  if (!/ {3}|\t/.test(text)) return false;
  const parts = text.trim().split(/ {3,}|\t+/);
  const bodies = parts.filter((p) => ENDS_AS_BODY.test(p.trim())).length;
  return bodies >= 3 && bodies * 2 > parts.length;
}

/**
 * Words that make 'NHS …' a thing of the NHS, not a body named for its place ('NHS Jobs', 'NHS Staff Survey', 'NHS People
 * Plan', 'NHS Employers', 'NHS Rainbow Badge'), and the words a title goes on with after the place ('NHS Dorset EDI action
 * plan'): the place ends before them.
 */
const NOT_A_PLACE = /^(?:Jobs|Employers|Providers|Confederation|Digital|Pensions|Staff|Survey|People|Plan|Plans|Constitution|Workforce|Equality|Race|Disability|Leadership|Academy|Rainbow|Badge|Choices|App|Direct|Check|Property|Services|Resolution|Supply|Counter|Fraud|Wales|Scotland|Education|Talent|Scheme|Programme|Graduate|Trust|Trusts|Foundation|Standard|Standards|Terms|Pay|Agenda|Careers|Network|Data|Model|Employer|Long|Interim|Framework|Policy|Guidance|Charter|Pledge|Awards?|Report|Objectives|Partners|Partnership|Organisations|Bodies|Leaders|Values|Operating|Planning|Contract|Oversight|System|Funding|Support|EDI|ED&I|HIA|Improvement|Inclusion|Diversity|Health|Care|Integrated|Region|Regional|National|Action|Actions|Annual|Our|Board|Boards)$/;

/** A body's noun among the capitalised words that go on after the place, before the title's own words. */
const BODY = /^(?:Agency|Authority|Service|Services|Commission|Council|Institute|Centre|Collaborative|Alliance|Organisation|Body|Unit|Company|Group|Partnership|Network)(?:['’]s)?[,.]?$/;

/**
 * Whether the capitalised words after an 'NHS' place run on to a body's noun ('Workforce Agency', 'Digital Service'): the
 * place words were the start of that body's name, not an ICB styled by its place. A lower-case or title word first ends the run.
 */
function namesABody(rest: readonly string[]): boolean {
  for (const w of rest) {
    if (BODY.test(w)) return true;
    if (!/^[A-Z]/.test(w) || TITLE_ONLY.test(w)) return false;
  }
  return false;
}

/**
 * An integrated care board styled as 'NHS' and its place, as ICBs call themselves ('NHS Kent and Medway – EDI action plan
 * 2024/25', 'NHS Dorset'): a title opening with 'NHS' and capitalised place words (joined by 'and', 'of', commas), up to a
 * dash, colon or bar, a word of the title or the end. Null for 'NHS Jobs', 'NHS Staff Survey …' and other things of the
 * NHS, and where 'NHS' does not open the text (a sentence that mentions 'NHS Dorset' names no plan's body).
 */
function nhsPlaceOfTitle(s: string): string | null {
  const m = /^NHS\s+([^–—:|]+?)\s*(?:[–—:|]|\s-\s|$)/.exec(s.trim());
  if (!m) return null;
  const words = m[1].split(' ');
  const place: string[] = [];
  for (const w of words) {
    if (NOT_A_PLACE.test(w.replace(/,$/, '')) || TITLE_ONLY.test(w) || !(NAME_WORD.test(w) || LISTED_PLACE.test(w))) break;
    place.push(w);
  }
  while (place.length && !/^[A-Z]/.test(place[place.length - 1])) place.pop();
  if (place.length === 0 || place.length > 8 || !/^[A-Z]/.test(place[0]) || /,$/.test(place[place.length - 1])) return null;
  // The words after the place are a title's ('EDI action plan 2024/25', 'WRES 2023'), or nothing: a sentence goes on otherwise.
  const rest = words.slice(place.length);
  if (rest.length && !NOT_A_PLACE.test(rest[0].replace(/,$/, '')) && !TITLE_ONLY.test(rest[0]) && !/^(?:\d|FY|Q[1-4]\b)/.test(rest[0])) return null;
  // A body named for what it does after its place ('NHS Kellmoor Workforce Agency') is no ICB's styling: its name runs on.
  if (namesABody(rest)) return null;
  return `NHS ${place.join(' ')}`;
}

/** The name's words before its ending: capitalised words back to a title's word, a title's opening words left off. */
function nameBefore(before: readonly string[]): string[] {
  const name: string[] = [];
  for (let i = before.length - 1; i >= 0 && !TITLE_ONLY.test(before[i].replace(/,$/, '')); i--) {
    // A name in brackets after a title ('WDES action plan 2024-25 (Wealdbrook Community Health NHS Trust)') starts at
    // the bracket.
    const opened = /^\(\p{Lu}/u.test(before[i]) ? before[i].slice(1) : null;
    if (opened !== null && isNameWord(opened, name[0])) {
      name.unshift(opened);
      break;
    }
    if (!isNameWord(before[i], name[0])) break;
    name.unshift(before[i]);
  }
  while (name.length && TITLE_OR_NAME.test(name[0].replace(/,$/, '')) && !ownThe(name)) name.shift();
  return name;
}

/**
 * A capital 'The' right before the name's first word is the name's own: many trusts' legal names open with it ('The
 * Newcastle upon Tyne Hospitals NHS Foundation Trust', 'The Tibberton Hospitals NHS Foundation Trust'), and a user reads
 * the name as written. A 'the' in a sentence ('approved by the Tibberton NHS Trust board') or a 'The' opening a title's
 * words ('The Workforce Race Equality Standard …') is left off as before.
 */
function ownThe(name: readonly string[]): boolean {
  return /^(?:The|THE)$/.test(name[0]) && name.length > 1 && !TITLE_OR_NAME.test(name[1].replace(/,$/, ''));
}

/**
 * A word of a name read backwards from its ending: a name's word, or a listed place with its comma ('Barking,') only
 * where a capitalised word of the name follows it (`next`, the word already taken): a comma never ends a name.
 */
function isNameWord(word: string, next: string | undefined): boolean {
  return NAME_WORD.test(word) || (LISTED_PLACE.test(word) && !POST.test(word) && next !== undefined && /^[A-Z]/.test(next));
}

/**
 * A post a signature writes between the signer and the body, with its comma ('Dr Lena Ashworth, Chief Executive, Tamarisk
 * Community Health CIC'): no place listed in a name, so the name starts after it.
 */
const POST = /^(?:Executive|Officer|Director|Chair|Chairman|Chairwoman|Chairperson|Secretary|Manager|Lead|President|Nurse|Governor|Sponsor)s?,$/;

/**
 * Whether the words after a name go on as a sentence about it ('NHS England asked that WDES action plans be ratified …'):
 * a lower-case word straight after it that no title writes there. A title goes on with a dash, a bar, its own capitalised
 * words or nothing ('NHS England – WRES technical guidance').
 */
function sentenceGoesOn(after: string): boolean {
  const next = after.trim().split(' ')[0] ?? '';
  return /^\p{Ll}/u.test(next) && !TITLE_OR_NAME.test(next) && !TITLE_SMALL.test(next);
}

/**
 * Whether the words before a name, back to the start of its part of the text (after a dash, colon, full stop, bar),
 * are a title's ('WDES action plan 2023/24 for', 'The') and not a sentence's ('This plan was approved by the',
 * 'Progress is reported to'): a lower-case word no title uses, or an opening bracket, says the name is mentioned, not
 * the plan's own.
 */
function namedByTitle(words: readonly string[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/^[–—\-|·•:;]+$/.test(w) || /[.:;|,)]$/.test(w)) return true;
    // In brackets, a name is an aside to the title ('… 2023/24 (NHS England template)'), not whose the plan is.
    if (w.startsWith('(')) return false;
    if (/^\p{Ll}/u.test(w) && !TITLE_ONLY.test(w) && !TITLE_OR_NAME.test(w) && !TITLE_SMALL.test(w)) return false;
  }
  return true;
}
