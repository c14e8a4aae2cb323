import { memoiseText } from '../memoise-text';
import { mayHoldColourPairs, readColourPairs } from '../rag/read-colour-pairs';
import type { PlanField } from '../types';
import { headerKey } from './cell-text';
import { mendHeaderSpelling } from './mend-header-spelling';

/** How strongly a header cell's wording names one field, and the words that said so. */
export interface HeaderWordScore {
  field: PlanField;
  /** 0…1: the phrase's own strength times how much of the cell the header vocabulary explains. */
  score: number;
  /** The phrase that matched, as the cell writes it (lower case). */
  phrase: string;
  /** Why the phrase names its field only weakly ("a review date is when progress is looked at…"), for the user. */
  note?: string;
  /**
   * The phrase names who answers for the action ('Accountable director', 'Exec sponsor', 'SRO'), not who does the work
   * ('Responsible manager', 'Delivery lead'): beside a column naming who does it, such a column is not the lead.
   */
  answers?: true;
}

/**
 * The header vocabulary: phrases trusts write above each field (regular-expression fragments, matched on
 * whole words of the lower-cased header), with how surely each names it. Questions ("Who is responsible?",
 * "By when?") are phrases too. Within a field the longest phrase is tried first, so "progress to date"
 * is one phrase, not "progress" and a stray "date".
 */
const VOCABULARY: { field: PlanField; strength: number; phrases: string[]; whole?: boolean; note?: string; answers?: true }[] = [
  { field: 'lead', strength: 1, phrases: ['resp', 'respons', 'assigned to', 'assignee', 'leads?', 'lead s', 'lead officers?', 'responsib\\w*', 'owners?', 'ownership', 'who', 'named person', 'champions?', 'person', 'people', 'officers?', 'by whom', '(operational|delivery|action|service|project) (leads?|owners?|managers?)', 'responsible (managers?|officers?|leads?|persons?|individuals?|owners?)', '(responsib\\w*|leads?|owners?) (operational|delivery)'] },
  // A sponsor, an executive lead, the accountable director or a senior responsible owner answers for the action (RACI's
  // "Accountable"); the lead does the work ("Responsible manager", "Operational lead"): such a column is the lead only
  // when no column naming who does the work is beside it (see assignColumns).
  { field: 'lead', strength: 0.7, answers: true, note: 'an executive or accountable lead answers for the action, while the lead does the work', phrases: ['sponsors?', 'exec(utive)? sponsors?', 'executive director', 'exec(utive)? (leads?|owners?|directors?)', '(responsib\\w*|leads?|owners?) (exec(utive)?|strategic)', 'accountab\\w*', 'accountable (director|executive|officer|lead|person|owner|manager)s?', 'sro', 'senior responsible (owners?|officers?)', 'directors?', '(lead|responsible) directors?'] },
  // Leads at the partners, or supporting the lead ('Partner leads', 'Supporting lead'), beside the lead a system plan
  // names ('STP lead'): they help at each partner, the lead does the work (holdout50 marchwood). Alone, still the lead.
  { field: 'lead', strength: 0.4, note: 'it names who supports the action (leads at partners or supporting leads), while the lead does the work', phrases: ['(partners?|supporting|support) (leads?|owners?)'] },
  // A project plan names who does each task in its 'Resource Names' (Microsoft Project's field): the lead.
  { field: 'lead', strength: 0.9, whole: true, phrases: ['resource names?', 'assigned resources?'] },
  // Who owns one idea, test or key result in an improvement method's plan ('Idea owner', 'Test lead', 'KR owner').
  { field: 'lead', strength: 1, phrases: ['(idea|change|test|pdsa|cycle|kr|key result) (owners?|leads?)'] },
  // Who to write to: the lead, when the cells below name people (addresses, roles).
  { field: 'lead', strength: 0.6, phrases: ['e ?mail( address(es)?)?'] },
  // ('Year end' names a review, the year's last report — 'Q4 / year end update' — not when the action is due.)
  { field: 'due', strength: 1, phrases: ['due', 'deadlines?', 'time ?scales?', 'time ?frames?', 'time ?lines?', 'when', 'by when', '(?<!to )dates?', 'target dates?', 'delivery dates?', 'completion dates?', 'expected (date|completion)', 'milestones?', 'target (quarter|month|year)', 'target completion', 'completion', 'quarter', 'month', 'year(?! ?end)', 'deliver(ed)? by', 'complete by', 'to be (completed|delivered) by', '(?<!year ?)end', 'end dates?', 'finish( dates?)?', 'target end( dates?)?', 'end by'] },
  // When an idea is to be tested by, in a PDSA plan: its due date ('Test by', 'Test date', 'Cycle ends').
  { field: 'due', strength: 0.9, phrases: ['test by', 'test (end )?dates?', 'tested by (date|when)', 'cycle (ends?|end date|due)'] },
  // When the change goes live or is implemented ('Go-live', 'Go live date', 'Launch date', 'Implementation date'): the
  // day the action is done by, often written in the plan's own calendar ('From Sept AACs', 'Aug 22 changeover').
  { field: 'due', strength: 0.9, phrases: ['go ?live( dates?)?', 'live dates?', 'launch dates?', 'implementation dates?', 'implement(ed)? by'] },
  // A review date is when progress is looked at, not when the action is due: a timescale only when nothing better is.
  { field: 'due', strength: 0.6, note: 'a review date is when progress is looked at, not when the action is due', phrases: ['review dates?', 'date of review', 'next review'] },
  { field: 'status', strength: 1, phrases: ['status', 'rag', 'b ?rag', 'rating', 'red amber green', 'r a g', 'current position', 'position'] },
  // How far an idea has got in its PDSA cycles ('PDSA stage': Not started, Testing, Adopted), and an OKR's confidence
  // rating: the status, rated as the plan's key says.
  { field: 'status', strength: 0.9, phrases: ['pdsa( (stage|status|phase|cycle stage))?', 'cycle stage', 'stage of testing', 'confidence( (level|rating|score))?'] },
  { field: 'progress', strength: 0.9, phrases: ['progress', 'updates?', 'commentary', 'comments?', 'narrative', 'achieved so far', 'so far', 'notes?', 'evidence', 'position statement', 'progress to date', 'update on progress', 'learning (so far|to date)', 'key learning', 'learnings', 'learning from (the )?(tests?|cycles?|pdsas?)', 'lessons? learn(ed|t)', 'what (we|we have|have we) learn(ed|t)'] },
  { field: 'outcome', strength: 0.9, phrases: ['outcomes?', 'impact', 'success', 'measures? of success', 'success (measures?|criteria|indicators?)', 'kpis?', '(key )?performance indicators?', 'how will we (know|measure)', 'how we will (know|measure)', 'how (\\w+ ){0,3}(measured|monitored)', 'what will success look like', 'expected results?', 'results?', 'benefits?', 'evaluation', 'key results?', '(outcome|process) measures?', 'outputs?'] },
  // "Deliverable": what will be delivered — the action, in most plans; its outcome in some.
  { field: 'outcome', strength: 0.5, phrases: ['deliverables?'] },
  // 'What' alone over 'Who' and 'When' (a plain-language plan, or a form's labels down a column): what is done. Only
  // the whole header: 'What the data tells us' and 'What good looks like' name other things.
  // So do its longer questions ('What will be done?', 'What are we doing?'), second to a plain 'Action' column beside them.
  { field: 'action', strength: 0.8, whole: true, phrases: ['what', 'what (will|needs? to|is to|has to|must|is going to) be done', 'what is being done', 'what (are we|we are) doing'] },
  { field: 'action', strength: 0.9, phrases: ['actions?', 'action s', 'activit(y|ies)', 'work ?pieces?', 'what (we will|will we|are we going to|we are going to|do we need to) do', 'what we will do', 'what action', 'interventions?', 'tasks?', 'initiatives?', 'planned actions?', 'proposed actions?', 'current actions?', 'actions? required', 'actions? to be taken', 'how'] },
  // An improvement method's own words for what is done: a QI driver diagram's 'Change ideas', a PDSA log's 'Test of
  // change' (each idea tested is one action), a logic model's 'Activities' (above).
  { field: 'action', strength: 0.9, phrases: ['change ideas?', 'ideas? for change', 'tests? of change', 'changes? (tested|to test)', 'pdsa (tests?|titles?)'] },
  // A project plan's task list names each row a milestone or an activity ('Milestone / activity', 'Milestone/task'): the
  // thing done, not its date (a milestone's date is 'Milestone date'; 'Milestones' alone over dated steps is the timescale).
  // So does a header naming each level of an outlined plan's rows ('Goal / action / milestone', 'Action / milestones'): the
  // milestones are the rows under each action, not its date.
  { field: 'action', strength: 0.9, phrases: ['milestones? (activit(y|ies)|tasks?)', '(goals? |objectives? )?actions? (and )?milestones?'] },
  // A plan written in its own voice heads what it will do as its commitments, pledges or promises ('Our commitments',
  // 'What we pledge', 'Our promise'): the action, as a document's 'We commit to:' introduces its actions (see
  // readCommitmentHeading). Second to a plain action column: beside 'Action', a 'Pledge' column is what the actions serve.
  { field: 'action', strength: 0.8, phrases: ['commitments?', 'commit to', 'pledges?', 'promises?'] },
  // Steps toward an action: the action itself when a plan has nothing else, but second to a plain action column.
  { field: 'action', strength: 0.8, phrases: ['key actions?', 'key steps', 'steps', 'milestones? actions?', 'sub ?actions?', 'key tasks', 'deliverables?', 'key deliverables?'] },
  // A plan laid out as parallel lists under column headings ('Goals | Strategies | Aims | Measures') heads what it will
  // do as its STRATEGIES: the ways it will reach the goals beside them, one per row — the actions. The whole cell only
  // ('Strategies', 'Our strategy', 'Key strategies'), so 'Strategic objective' or 'Link to People Strategy' stays context.
  { field: 'action', strength: 0.8, whole: true, phrases: ['strateg(y|ies)', '(our|key) strateg(y|ies)', 'strateg(y|ies) (we will use|to achieve (this|it|them))'] },
  // A list or task tracker names each item by its title ('Title' in a SharePoint list, 'Task Name' in Planner or
  // Smartsheet): in an action plan kept as a list, the item is the action.
  { field: 'action', strength: 0.8, whole: true, phrases: ['title', 'task name', 'task title', 'item title', 'action title', 'action name'] },
  // A project board's export (Trello, and boards like it) names each work item a CARD: its name or title is the action,
  // its members who does it, the list it sits in its status ('To Do', 'Doing', 'Done') and its description the notes.
  // Whole cells only, so a plan's own 'Card' column (a scorecard, a staff card) is not read as a board's.
  { field: 'action', strength: 0.8, whole: true, phrases: ['card names?', 'card titles?'] },
  { field: 'lead', strength: 0.9, whole: true, phrases: ['members', 'card members'] },
  { field: 'status', strength: 0.8, whole: true, phrases: ['list', 'list name'] },
  { field: 'progress', strength: 0.8, whole: true, phrases: ['card description'] },
  // The objectives a public body sets itself under the equality duty ('Equality objective') are the plan's objectives;
  // 'What are we trying to achieve?' asks for the aim.
  { field: 'objective', strength: 0.6, phrases: ['objectives?', 'equality objectives?', 'aims?', 'goals?', 'why', 'what the data (says|tells us)', 'purpose', 'ambition', '(trying|want|hope|aim) to achieve'] },
  // A driver diagram's drivers ('Primary drivers', 'Secondary drivers'): the conditions that must hold for the aim,
  // merged down over the change ideas that serve them: context, as an objective is, never the action.
  { field: 'objective', strength: 0.5, phrases: ['(primary|secondary|key|main) drivers?', 'drivers?', 'change concepts?'] },
  // Context columns: what the plan knows, not what it will do. They name the objective only weakly; a rationale is
  // why, beside the objective it serves ('Equality objective | Rationale').
  { field: 'objective', strength: 0.4, phrases: ['analysis', 'rationale', 'reasons?', 'issues?', 'problems?', 'concerns?', 'data', 'findings?', 'baseline( measure)?', 'measurement', 'context', 'background', 'gaps?', 'what we (found|know)', 'what (we|the (organisation|trust)|(staff|colleagues|people)) (faced|face|told us)', 'challenge', 'target', 'current (data|position|state)', 'recommendations?'] },
  // The EDI Improvement Plan's high impact actions: "HIA", "High impact action", "Link to EDI improvement plan".
  { field: 'hia', strength: 1, phrases: ['hias?', 'high impact actions?', 'edi improvement plan', 'link to (the )?edi improvement plan', 'hia (number|no|ref)'] },
  // "Metric No.", "Indicator number": the number of the indicator, not the row's own number (which "No." alone is).
  { field: 'indicator', strength: 0.9, phrases: ['indicators?', 'metrics?', 'wres', 'wdes', 'standard', 'wres (indicator|metric|ind)', 'wdes (metric|indicator|ind)', 'ind', '((wres|wdes) )?(indicators?|metrics?|ind) (no|nos|number|numbers)'] },
  { field: 'ref', strength: 1, whole: true, phrases: ['ref', 'reference', 'no', 'nos', 'number', 'num', 'ref no', 'ref number', 'reference no', 'reference number', 'item no', 'action no', 'action number', 'action ref', 'id', '#', 's no', 'serial', 'task id', 'item id', 'action id'] },
  // "Code" alone heads a framework's hierarchical codes ('RE1', 'RE1.01', 'RE1.01.01'): the row's own number.
  { field: 'ref', strength: 0.8, whole: true, phrases: ['code', 'action code'] },
  // "Item" labels the row: numbers most often, but some plans put the indicator there.
  { field: 'ref', strength: 0.6, whole: true, phrases: ['item', 'items'] },
  { field: 'theme', strength: 0.7, phrases: ['themes?', 'priorit(y|ies)', 'workstreams?', 'work streams?', 'areas?', 'focus', 'focus area', 'category', 'categories', 'domain', 'pillar', 'section', 'key action area', 'strand', 'buckets?', 'bucket name', 'frameworks?'] },
  // An issue tracker's parent, named: Jira's 'Parent summary' (the epic a task sits under), Asana's 'Parent task', 'Epic name'.
  // Not a bare 'Parent': Smartsheet's and Planner's hold a row number.
  { field: 'theme', strength: 0.7, phrases: ['parent (summary|name|title|task)', 'epic (name|summary|title)'] },
  // A checklist's 'Date ticked' / 'Date done' is when the box was ticked: the day the action was finished, not its due.
  { field: 'completed', strength: 0.9, phrases: ['date (actually )?completed', 'date closed', 'closed', 'evidence of completion', 'completion evidence', 'completed', 'date achieved', 'completed on', 'date ticked( off)?', 'ticked( off)? on', 'date done', 'done on', 'date signed off', 'signed off on'] },
];

/**
 * Each entry's phrases as one global pattern, built once rather than for every cell scored (a real plan's cells are
 * distinct, so few are cached). Each walk over a key sets `lastIndex` to 0 and runs until `exec` finds nothing.
 */
const PHRASES = VOCABULARY.map(({ field, strength, phrases, whole, note, answers }) => {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).join('|');
  return { field, strength, note, answers, re: whole ? new RegExp(`^(${alternatives})$`, 'g') : new RegExp(`\\b(${alternatives})\\b`, 'g') };
});

/**
 * Any phrase of the vocabulary at all: one pattern tried once where the phrases' own take one scan each. It matches a
 * key exactly when one of them does (its alternatives are their patterns), and most cells a plan holds (names, dates,
 * statuses, sentences) hold none: they name no field, found in one scan instead of one per entry.
 */
const ANY_PHRASE = new RegExp(PHRASES.map((p) => p.re.source).join('|'));

/** Numbers, years, quarters and months qualify a header ("Update (Q2)", "Baseline (March 2021)"); they name nothing. */
const DATED = /^(\d{1,2}|(19|20)\d\d|q[1-4]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;

/** Words that carry no field of their own but are at home in a header ("Date *of* completion", "Who *is* responsible?"). */
const GLUE_WORDS =
  'end start a an and are as at be by do does for from going has have how in is it of on or our s the their this to ' +
  'we what when where which who will with within key main current proposed planned expected intended ' +
  'anticipated desired agreed required named overall specific person by whom e g i e incl including primary ' +
  'if any please see summary details detail description brief high level smart annual yearly';
const GLUE = new Set(GLUE_WORDS.split(' '));

/**
 * The whole words the vocabulary's phrases are made of ('action', 'timescale', 'timescales', 'owner', 'indicator'), each a
 * phrase of its own or part of one: what a misspelt header word is mended to (see mendHeaderSpelling). Read from the
 * phrases' patterns: a letter made optional ('dates?') and an optional space ('time ?scales?') give both words, a group
 * after a stem ('activit(y|ies)') each; a stem left open ('responsib\\w*') gives none.
 */
const KNOWN_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const add = (w: string) => {
    if (/^[a-z]{5,}$/.test(w)) out.add(w);
  };
  for (const { phrases } of VOCABULARY) {
    for (const phrase of phrases) {
      for (const spaced of [phrase.replace(/ \?/g, ' '), phrase.replace(/ \?/g, '')]) {
        const open = spaced.replace(/\(\?<!?[^)]*\)/g, ' ').replace(/[a-z]+\\w\*/g, ' ');
        for (const m of open.matchAll(/([a-z]+)\(([a-z|]+)\)\??|([a-z]+?)([a-z])\?|([a-z]+)/g)) {
          if (m[1]) for (const end of m[2].split('|')) add(m[1] + end);
          else if (m[3] !== undefined) {
            add(m[3]);
            add(m[3] + m[4]);
          } else add(m[5]);
        }
      }
    }
  }
  for (const w of GLUE_WORDS.split(' ')) out.add(w);
  return out;
})();

/**
 * How strongly each field is named by a header cell's words, best first. The strength of a phrase is
 * scaled by how much of the cell the header vocabulary explains, so "Lead" scores 1 while a sentence
 * that merely contains "lead" scores little. A key written into the header ("Status Red = yet to
 * begin Amber = …") is set aside first: it is the column's key, not its name.
 *
 * @example
 * scoreHeaderWords('Responsibility for action')[0]; // { field: 'lead', score: 1, phrase: 'responsibility' }
 * scoreHeaderWords('Who is responsible?')[0].field; // 'lead'
 */
export const scoreHeaderWords = memoiseText((text: string): readonly HeaderWordScore[] => {
  // The header with its key set aside, worked out once: the words are scored from it, and the name before a bracket is
  // read from it (long cells are not cached, and setting a key aside reads the whole cell for colour pairs).
  const stripped = stripKey(text);
  const whole = withMended(scoreWords(text, stripped), stripped);
  // A bracket closing the header qualifies the name before it ('Who (Trust side)', 'Lead (name and role)'): its words
  // dilute nothing. The name alone is scored too, a little below a name that needs no bracket.
  // (Read once the key written into the header is set aside: 'Status (C / IP / NS) Green = complete …'.)
  const name = nameBeforeBracket(stripped) ?? (whole.length === 0 ? nameBeforeGuidance(stripped) : null);
  if (name === null) return whole;
  const named = scoreWords(name);
  if (named.length === 0) return whole;
  const best = new Map<PlanField, HeaderWordScore>(whole.map((w) => [w.field, w]));
  for (const w of named) {
    const score = round(w.score * QUALIFIED_WEIGHT);
    const had = best.get(w.field);
    // A bracket saying the name is an executive's ('Responsibility (Exec)') says who answers for the action: the name
    // alone names the field as surely as ever, but does not undo that.
    const answers = had?.answers && !w.answers ? { answers: had.answers, ...(had.note ? { note: had.note } : {}) } : {};
    if ((had?.score ?? 0) < score) best.set(w.field, { ...w, score, ...answers });
  }
  return Object.freeze([...best.values()].sort((a, b) => b.score - a.score));
});

/**
 * The name before one bracketed qualifier closing a header ('Who' of 'Who (Trust side)'), else null: no bracket at the
 * end, or brackets elsewhere too. Read by index, not by a pattern (long cells are many, and most have no bracket).
 *
 * @example
 * nameBeforeBracket('What we asked for (Network meeting, June 19)'); // 'What we asked for'
 * nameBeforeBracket('Action'); // null
 */
export function nameBeforeBracket(text: string): string | null {
  const t = text.trim().replace(/[:?.]$/, '').trimEnd();
  if (!t.endsWith(')')) return null;
  const open = t.lastIndexOf('(');
  if (open <= 0) return null;
  const name = t.slice(0, open).trim();
  const inner = t.slice(open + 1, -1);
  if (!name || !inner.trim() || name.includes('(') || name.includes(')') || inner.includes(')')) return null;
  return name;
}
/**
 * Where a template's header turns from its name to guidance on what to write: 'including e.g.', 'e.g.', 'for example',
 * 'such as' ('Action taken and planned including e.g. does the indicator link to EDS2 evidence …').
 */
const GUIDANCE = /\s+(?:[-–—,(]\s*)?(?:including\s+|incl\.?\s+)?(?:e\.\s?g\.?|for example|such as)\s/i;
/** A header's name is a few words; a longer text before 'e.g.' is a sentence giving an example. */
const MAX_NAME_WORDS = 6;

/**
 * The name a template's header gives before its guidance ('Action taken and planned' of 'Action taken and planned
 * including e.g. does the indicator link to EDS2 evidence and/or a corporate Equality Objective'), else null: the
 * guidance, however long, is what to write in the column, not its name. Asked only of a text naming no field as a whole.
 *
 * @example
 * nameBeforeGuidance('Action taken and planned including e.g. does the indicator link to EDS2 evidence'); // 'Action taken and planned'
 * nameBeforeGuidance('Run listening events, e.g. in each division'); // null: … (its name scores nothing anyway)
 */
export function nameBeforeGuidance(text: string): string | null {
  // Most texts hold no example at all: looked for by index before the pattern runs.
  if (!/e\.\s?g|example|such as/i.test(text)) return null;
  const m = GUIDANCE.exec(text);
  if (!m || m.index === 0) return null;
  const name = text.slice(0, m.index).trim();
  return name.split(/\s+/).length <= MAX_NAME_WORDS ? name : null;
}
/** How a name qualified by a bracket scores against the same name standing alone. */
const QUALIFIED_WEIGHT = 0.9;

/** A header read through a mended misspelling ('Acton owner' as 'action owner') names its field a little less surely. */
const MENDED_WEIGHT = 0.9;

/**
 * A header's scores, with those its words give once misspellings are mended ('Timescle' → 'timescale'), where they name
 * a field more strongly; the note says what was read as what, for the user.
 */
function withMended(scores: readonly HeaderWordScore[], stripped: string): readonly HeaderWordScore[] {
  const mended = mendHeaderSpelling(stripped, KNOWN_WORDS);
  if (!mended) return scores;
  const best = new Map<PlanField, HeaderWordScore>(scores.map((w) => [w.field, w]));
  const said = mended.mends.map((m) => `'${m.written}' read as '${m.read}'`).join(', ');
  let changed = false;
  for (const w of scoreWords(mended.text)) {
    const score = round(w.score * MENDED_WEIGHT);
    if ((best.get(w.field)?.score ?? 0) >= score) continue;
    best.set(w.field, { ...w, score, note: w.note ? `${said}; ${w.note}` : said });
    changed = true;
  }
  return changed ? Object.freeze([...best.values()].sort((a, b) => b.score - a.score)) : scores;
}

/** `stripped`: `stripKey(text)`, when the caller has it already (only read past the cheap test of namesNoField). */
function scoreWords(text: string, stripped?: string): readonly HeaderWordScore[] {
  if (namesNoField(text)) return NO_WORDS;
  const named = stripped ?? stripKey(text);
  // A cell with more than MAX_KEY letters and digits has a longer key, whatever else it holds: it is ruled out by
  // counting, before the key is built.
  if (named.length > MAX_KEY && lettersAndDigitsKept(named) > MAX_KEY) return Object.freeze([]);
  // '#' is read as the word it stands for ('#', 'Ref #', 'Action #': a number), as the vocabulary's 'ref' lists it;
  // the key keeps letters and digits only, so the sign would otherwise be dropped and a numbering column go unnamed.
  const key = headerKey(named.includes('#') ? named.replace(/#/g, ' number ') : named);
  if (!key || key.length > MAX_KEY) return Object.freeze([]);
  const words = key.split(' ');
  // Long cells are narrative: a header names its column in a few words.
  if (words.length > MAX_KEY_WORDS) return Object.freeze([]);
  if (!ANY_PHRASE.test(key)) return Object.freeze([]);
  const covered = new Array<boolean>(words.length).fill(false);
  const found: { field: PlanField; strength: number; phrase: string; at: number; note?: string; answers?: true }[] = [];
  for (const p of PHRASES) {
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const first = key.slice(0, m.index).split(' ').filter(Boolean).length;
      const count = m[0].trim().split(' ').length;
      for (let i = first; i < first + count && i < words.length; i++) covered[i] = true;
      found.push({ field: p.field, strength: p.strength, phrase: m[0], at: first, note: p.note, answers: p.answers });
    }
  }
  // A 'who' question ending in 'with' asks whom the plan works with, its partners ('Who we will work with', 'Who with?'),
  // not who leads the action: its 'who' names no field.
  if (PARTNERS_QUESTION.test(key)) found.splice(0, found.length, ...found.filter((f) => !(f.field === 'lead' && f.phrase.trim() === 'who')));
  // 'This action' after another field's name refers to the row's action, it names no column: 'WDES metric(s) this action
  // is intended to improve', 'Lead for this action' name the metric and the lead.
  if (found.length > 1) found.splice(0, found.length, ...found.filter((f) => !refersToTheRow(f, words, found)));
  if (found.length === 0) return Object.freeze([]);
  // A word inside another field's longer phrase speaks for that phrase only: the 'how' of 'How measured' or 'How will we
  // measure success?' asks for the outcome's measure, not how the action is done (see insideLongerPhrase).
  const own = found.filter((f) => !insideLongerPhrase(f, found));
  if (own.length < found.length) found.splice(0, found.length, ...own);
  let explained = 0;
  for (let i = 0; i < words.length; i++) if (covered[i] || GLUE.has(words[i]) || DATED.test(words[i])) explained++;
  // A header names its column in a few words: past six, every extra word makes it less like a header.
  const coverage = (explained / words.length) * Math.min(1, 6 / words.length);
  // Per field, its most specific phrase speaks for it: "key actions" (steps), not the "actions" inside it.
  const best = new Map<PlanField, HeaderWordScore>();
  const phraseOf = new Map<PlanField, { strength: number; phrase: string; at: number; note?: string; answers?: true }>();
  for (const f of found) {
    const had = phraseOf.get(f.field);
    if (!had || f.phrase.length > had.phrase.length || (f.phrase.length === had.phrase.length && f.strength > had.strength)) phraseOf.set(f.field, f);
  }
  for (const [field, f] of phraseOf) {
    const score = round(f.strength * coverage * headPreference({ field, phrase: f.phrase, at: f.at }, found, named) * (field === 'due' ? dueQualifier(key) : 1));
    best.set(field, { field, score, phrase: f.phrase, ...(f.note ? { note: f.note } : {}), ...(f.answers ? { answers: f.answers } : {}) });
  }
  return Object.freeze([...best.values()].sort((a, b) => b.score - a.score));
}

/**
 * A header key asking who the plan works with: 'who' opening its question, 'with' last ('who we will work with', 'who
 * with'). The question may follow a group label read with it ('the plan who we will work with', a two-row header's
 * label over the question): the label names the group, the question still asks for partners.
 */
const PARTNERS_QUESTION = /(?:^|\s)who\b.*\bwith$/;

/** Whether a match is 'action' after 'this' ('this action'), with another field's name before it: the row's action, no column's name. */
function refersToTheRow(f: { field: PlanField; phrase: string; at: number }, words: readonly string[], all: readonly { field: PlanField; at: number }[]): boolean {
  return f.field === 'action' && f.phrase.trim() === 'action' && words[f.at - 1] === 'this' && all.some((g) => g.field !== 'action' && g.at < f.at);
}

/** Whether a match's words all lie within a longer match of another field's phrase ('how' within 'how measured'). */
function insideLongerPhrase(f: { field: PlanField; phrase: string; at: number }, all: readonly { field: PlanField; phrase: string; at: number }[]): boolean {
  const size = (x: { phrase: string }) => x.phrase.trim().split(' ').length;
  return all.some((g) => g.field !== f.field && size(g) > size(f) && g.at <= f.at && g.at + size(g) >= f.at + size(f));
}

/**
 * When one header names two fields, the one it is about wins: "Responsibility for action" is a lead,
 * "Date of completion" a timescale, "Action status" a status. "Action" and the context words yield to
 * any more specific field; a timescale yields to "completed" ("Date completed").
 */
function headPreference(f: { field: PlanField; phrase: string; at: number }, all: { field: PlanField; phrase: string; at: number }[], header: string): number {
  // Only other words count: one word that two fields share ("Deliverable") is not a header about two things, nor is a
  // phrase inside this one ('milestone' inside 'milestone activity').
  const words = (p: string) => p.trim().split(' ').length;
  const within = (o: { phrase: string; at: number }, by: { phrase: string; at: number }) => o.at >= by.at && o.at + words(o.phrase) <= by.at + words(by.phrase);
  const others = new Set(all.filter((o) => o.field !== f.field && o.phrase !== f.phrase && !within(o, f)).map((o) => o.field));
  if (others.size === 0) return 1;
  // A phrase inside another field's longer one is a word of that name ('milestone' of 'milestone activity'): it yields.
  if (all.some((o) => o.field !== f.field && words(o.phrase) > words(f.phrase) && within(f, o))) return 0.45;
  const head = objectiveOrTheme(all, header);
  if (head && (f.field === 'theme' || f.field === 'objective')) return f.field === head ? 1 : 0.45;
  const yieldsTo: Partial<Record<PlanField, PlanField[]>> = {
    action: ['lead', 'due', 'status', 'progress', 'outcome', 'completed', 'ref', 'indicator', 'theme'],
    objective: ['lead', 'due', 'status', 'progress', 'outcome', 'action', 'indicator', 'theme', 'completed'],
    theme: ['lead', 'due', 'status', 'progress', 'outcome', 'action', 'indicator'],
    due: ['completed', 'lead'],
    progress: ['completed', 'lead', 'status'],
    indicator: ['lead', 'due', 'status', 'progress', 'outcome', 'action'],
    outcome: ['lead', 'due', 'status'],
    ref: ['lead', 'due', 'status', 'progress', 'outcome', 'action', 'indicator', 'theme'],
  };
  return (yieldsTo[f.field] ?? []).some((o) => others.has(o)) ? 0.45 : 1;
}

/**
 * Which of theme and objective a header naming both is about, by its head noun: a theme's word right before the
 * objective's word, which ends the header (a year or quarter may follow), qualifies it — a 'Priority objective' is an
 * objective (one the plan puts first), as an 'Equality objective' is, so its column is judged as objectives are (their
 * theme only when they name subjects: see `objectiveNamesTheme`). Undefined otherwise ('Area of concern', 'Theme /
 * objective', 'Objective area'): the theme, as before.
 */
function objectiveOrTheme(all: readonly { field: PlanField; phrase: string }[], header: string): PlanField | undefined {
  const theme = all.find((o) => o.field === 'theme');
  const objective = all.find((o) => o.field === 'objective');
  if (!theme || !objective) return undefined;
  const words = (p: string) => p.trim().split(/\s+/).join('\\s+');
  const qualified = new RegExp(`\\b${words(theme.phrase)}\\s+${words(objective.phrase)}\\s*(?:[(\\[][^)\\]]*[)\\]]\\s*)?[:?]?$`, 'i');
  return qualified.test(header.trim()) ? 'objective' : undefined;
}

/**
 * "Timescale: Start" is when work begins, not when it is due: a start halves a timescale header's claim,
 * so the "End", "Target" or plain timescale column beside it is the one read. The last of the words decides: a header
 * of two rows reads its group label first ("Target date" over "From | To" gives "Target date From", a start).
 */
function dueQualifier(key: string): number {
  const words = key.match(START_OR_END);
  return words && START_WORDS.has(words[words.length - 1]) ? 0.5 : 1;
}

/** The words saying a date is when work starts; with END_WORDS, those `dueQualifier` reads the last of. */
const START_WORDS: ReadonlySet<string> = new Set(['start', 'starts', 'begin', 'begins', 'commence', 'commences', 'from']);
const END_WORDS = ['end', 'finish', 'target', 'deadline', 'complete', 'completion', 'by'];
const START_OR_END = new RegExp(`\\b(?:${[...START_WORDS, ...END_WORDS].join('|')})\\b`, 'g');

/** Longer than this, a cell's header key (its words, see headerKey) is narrative, not a header. */
const MAX_KEY = 160;

/** Only so much of a cell is read for its header key (a key written into it and its name). */
const MAX_READ = 600;

const NO_WORDS: readonly HeaderWordScore[] = Object.freeze([]);
/** A header names its column in a few words: a key of more words than this is narrative (see scoreHeaderWords). */
const MAX_KEY_WORDS = 14;

/**
 * Whether the text is sure to name no field, seen from its words before any key is looked for or its header key built:
 * a cell that can hold no key written into it (no colour named, no '=': see `mayHoldColourPairs`) keeps every word
 * outside brackets and tags in its header key, and with more than MAX_KEY_WORDS of them (and one more for a closing
 * 'Key' or 'Legend') it is narrative. Words are counted low: anything in brackets or after a '<' may be dropped and is
 * not counted, and a letter outside ASCII may join two words; text with a list export's codes ('_x0020_') or longer
 * than a key is read from is not counted. Every long cell of a plan is asked (the header scan asks each row), and most
 * are sentences: they are ruled out after their first sixteen words.
 *
 * @example
 * namesNoField('Improve the overall experience of our Disabled staff by creating a compassionate and psychologically safe culture') // true
 * namesNoField('Status Red = yet to begin Amber = in progress Green = completed') // false: a key may be set aside
 */
export function namesNoField(text: string): boolean {
  if (text.length > MAX_READ || text.includes('_')) return false;
  return wordsAtLeast(text, MAX_KEY_WORDS + 2) && !mayHoldColourPairs(text);
}

/**
 * Whether the text has at least `n` words that stay in its header key whatever is dropped: a word is a run of ASCII
 * letters and digits (a letter outside ASCII may lower-case to one, so it joins, never splits), and nothing inside
 * brackets ('(' to the next ')', where an aside may be dropped) or after a '<' up to a '>' outside brackets (a tag, once
 * the asides are gone) is counted.
 */
function wordsAtLeast(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  let ascii = false;
  let inBrackets = false;
  let inTag = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inBrackets || inTag) {
      if (ch === 41 /* ) */) inBrackets = false;
      else if (ch === 40 /* ( */) inBrackets = true;
      else if (ch === 60 /* < */) inTag = true;
      else if (ch === 62 /* > */ && !inBrackets) inTag = false;
      continue;
    }
    const letter = (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57);
    if (letter || ch >= 128) {
      if (!inWord) {
        inWord = true;
        ascii = false;
      }
      ascii ||= letter;
      continue;
    }
    if (inWord && ascii && ++words >= n) return true;
    inWord = false;
    if (ch === 40) inBrackets = true;
    else if (ch === 60) inTag = true;
  }
  return inWord && ascii && ++words >= n;
}


/** How many ASCII letters and digits the text has: each stays in its header key (lower-cased). */
function lettersAndDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57)) n++;
  }
  return n;
}

/**
 * How many ASCII letters and digits of the text count toward its header key: all of them, tags aside ('<p>', '<br/>':
 * headerKey drops them). Text with both tags and a list export's codes ('_x0020_', dropped after the tags) is not
 * counted (0): its key is built. Rich text pasted from a web page is long and tagged, and never a header.
 */
function lettersAndDigitsKept(text: string): number {
  if (!text.includes('<')) return lettersAndDigits(text);
  if (text.includes('_')) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 60 /* < */) {
      const close = text.indexOf('>', i + 1);
      if (close < 0) return n + lettersAndDigits(text.slice(i + 1));
      i = close;
    } else if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57)) n++;
  }
  return n;
}

/** A header's own key ("Red = yet to begin Amber = in progress") and bracketed asides are not its name. */
function stripKey(text: string): string {
  const s = String(text ?? '').slice(0, MAX_READ);
  const { entries, rest } = readColourPairs(s);
  const named = entries.length > 0 ? rest : s;
  return named.replace(/\([^)]{25,}\)/g, ' ').replace(/\b(key|legend)\s*:?\s*$/i, ' ');
}

const round = (n: number) => Math.round(n * 100) / 100;
