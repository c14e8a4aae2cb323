import type { Standard } from '../types';

/**
 * Where this catalogue comes from. The six high impact actions and their success metrics are NHS England's;
 * the links from WRES indicators and WDES metrics to them are this product's reading of those metrics (see
 * `HIA_OF_INDICATOR`: each link says whether a success metric names the indicator's measure or it was inferred).
 */
export const HIA_SOURCES = [
  'NHS England, "NHS equality, diversity, and inclusion improvement plan", June 2023: the six high impact actions — https://www.england.nhs.uk/long-read/nhs-equality-diversity-and-inclusion-improvement-plan/',
  'The same plan\'s success metrics for each high impact action (1a, 2a–2f, 3a, 4a–4c, 5a–5c, 6a–6c) and its annex on measuring them',
  'NHS England, "NHS equality, diversity and inclusion improvement plan actions" (letter PRN01002, November 2023): what was due by March 2024 — https://www.england.nhs.uk/long-read/nhs-equality-diversity-and-inclusion-improvement-plan-actions/',
] as const;

/** A success metric of a high impact action ("2a"), and the WRES/WDES measures it is read from, when any. */
export interface SuccessMetric {
  id: string;
  text: string;
  /** Indicators (WRES) and metrics (WDES) whose data measure it; absent when it comes from elsewhere (BAF, NETS, pay gap reports). */
  indicators?: Partial<Record<Standard, string[]>>;
}

/** One of the EDI Improvement Plan's six high impact actions. */
export interface HighImpactAction {
  id: '1' | '2' | '3' | '4' | '5' | '6';
  /** A few words for a column header or a chart label. */
  short: string;
  /** The action in one sentence (paraphrased from the plan). */
  title: string;
  metrics: SuccessMetric[];
  /**
   * Lower-case words or phrases (matched as whole words) of an action's wording that mean it serves this HIA when
   * its indicator says nothing of it. Only phrases specific enough to stand alone: "pay gap", not "pay".
   */
  keywords: string[];
}

const BOTH = (wres: string[], wdes: string[]) => ({ WRES: wres, WDES: wdes });

/**
 * The six high impact actions of NHS England's EDI Improvement Plan (June 2023) with their success metrics.
 *
 * @example
 * HIA_CATALOGUE.find((h) => h.id === '3')!.short // 'Pay gaps'
 */
export const HIA_CATALOGUE: readonly HighImpactAction[] = [
  {
    id: '1',
    short: 'Board EDI objectives',
    title: 'Chief executives, chairs and board members have specific, measurable (SMART) EDI objectives, to which they are individually and collectively accountable and against which they are appraised each year.',
    metrics: [{ id: '1a', text: 'Annual chair and chief executive appraisals on EDI objectives, through the Board Assurance Framework (BAF)' }],
    keywords: ['smart objective', 'smart edi objective', 'edi objective', 'edi objectives', 'board assurance framework', 'baf', 'appraisal of board', 'board appraisal', 'executive appraisal', 'board members\' objectives', 'board member objectives', 'chair and chief executive', 'chief executive and chair', 'board development on edi', 'board development programme'],
  },
  {
    id: '2',
    short: 'Recruitment & talent',
    title: 'Fair and inclusive recruitment processes and talent management strategies that target under-representation and lack of diversity.',
    metrics: [
      { id: '2a', text: 'Relative likelihood of staff being appointed from shortlisting, across all posts', indicators: BOTH(['2'], ['2']) },
      { id: '2b', text: 'NHS Staff Survey question on access to career progression and to training and development opportunities', indicators: BOTH(['7'], ['5']) },
      { id: '2c', text: 'Improvement in race and disability representation, leading to parity', indicators: BOTH(['1'], ['1']) },
      { id: '2d', text: 'Improvement in the representation of senior leadership (band 8C and above), leading to parity', indicators: BOTH(['1'], ['1']) },
      { id: '2e', text: 'Diversity of shortlisted candidates', indicators: BOTH(['2'], ['2']) },
      { id: '2f', text: 'National Education and Training Survey (NETS) combined indicator score on the quality of training' },
    ],
    keywords: ['inclusive recruitment', 'recruitment process', 'recruitment panel', 'interview panel', 'diverse panel', 'shortlisting', 'talent management', 'succession planning', 'career progression', 'positive action', 'under-representation', 'underrepresentation', 'under-represented', 'underrepresented', 'model employer', 'widening participation', 'leadership programme', 'development programme', 'talent pool', 'secondment', 'acting up'],
  },
  {
    id: '3',
    short: 'Pay gaps',
    title: 'An improvement plan to eliminate pay gaps (sex, race and disability).',
    metrics: [{ id: '3a', text: 'Improvement in the gender, race and disability pay gaps' }],
    keywords: ['pay gap', 'pay gaps', 'pay-gap', 'gender pay', 'ethnicity pay', 'disability pay', 'equal pay', 'pay parity', 'mend the gap', 'clinical excellence award', 'national clinical impact award', 'flexible working'],
  },
  {
    id: '4',
    short: 'Health inequalities',
    title: 'An improvement plan to address health inequalities within the workforce.',
    metrics: [
      { id: '4a', text: 'NHS Staff Survey question on the organisation taking positive action on health and wellbeing' },
      { id: '4b', text: 'National Education and Training Survey (NETS) combined indicator score on the quality of training' },
      { id: '4c', text: 'To be developed (the plan leaves it for year 2)' },
    ],
    keywords: ['health inequality', 'health inequalities', 'health and wellbeing', 'wellbeing conversation', 'wellbeing check', 'occupational health', 'long-term condition', 'long term condition', 'menopause', 'presenteeism', 'reasonable adjustment', 'health passport', 'wellbeing passport', 'sickness absence', 'staff health'],
  },
  {
    id: '5',
    short: 'International recruits',
    title: 'A comprehensive induction, onboarding and development programme for internationally recruited staff.',
    metrics: [
      { id: '5a', text: 'NHS Staff Survey question on belonging, for internationally recruited staff' },
      { id: '5b', text: 'NHS Staff Survey question on bullying and harassment from team or line manager, for internationally recruited staff' },
      { id: '5c', text: 'National Education and Training Survey (NETS) combined indicator score on the quality of training, for internationally recruited staff' },
    ],
    keywords: ['international recruit', 'internationally recruited', 'internationally educated', 'international nurse', 'international medical graduate', 'overseas nurse', 'overseas recruit', 'overseas staff', 'recruited from overseas', 'international staff', 'international colleague', 'imgs', 'ienss', 'iens', 'pastoral support', 'osce'],
  },
  {
    id: '6',
    short: 'Bullying & harassment',
    title: 'An environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur.',
    metrics: [
      { id: '6a', text: 'Improvement in staff survey results on bullying and harassment from line managers and teams (all staff)', indicators: BOTH(['6'], ['4']) },
      { id: '6b', text: 'Improvement in staff survey results on discrimination from line managers and teams (all staff)', indicators: BOTH(['8'], []) },
      { id: '6c', text: 'National Education and Training Survey (NETS) bullying and harassment score (NHS professional groups)' },
    ],
    keywords: ['bullying', 'harassment', 'discrimination', 'violence', 'aggression', 'abuse', 'incivility', 'microaggression', 'civility', 'speak up', 'speaking up', 'freedom to speak up', 'ftsu', 'sexual safety', 'zero tolerance', 'just culture', 'disciplinary', 'employee relations', 'upstander', 'bystander'],
  },
];

/** How an indicator relates to the high impact actions, and on what ground. */
export interface IndicatorHiaLink {
  hia: string[];
  /** 'metric' when a success metric is measured from this indicator's data; 'inferred' when this product reads it so. */
  basis: 'metric' | 'inferred';
  /** In words, for the catalogue's reader and the README. */
  why: string;
}

/**
 * Each WRES indicator and WDES metric → the high impact actions an action against it serves.
 * WDES parts (4a, 9b) take their metric's links. HIAs 1, 3 and 5 (and, for WRES, 4) have no indicator: an action
 * reaches them through its wording or the plan's own HIA column.
 *
 * @example
 * HIA_OF_INDICATOR.WRES['8'].hia // ['6']
 */
export const HIA_OF_INDICATOR: Record<Standard, Record<string, IndicatorHiaLink>> = {
  WRES: {
    '1': { hia: ['2'], basis: 'metric', why: 'Success metrics 2c (representation) and 2d (senior leadership, band 8C and above) are read from the workforce by band.' },
    '2': { hia: ['2'], basis: 'metric', why: 'Success metric 2a is this indicator: likelihood of appointment from shortlisting; 2e is the diversity of shortlists.' },
    '3': { hia: ['6'], basis: 'inferred', why: 'Fair formal disciplinary processes: HIA 6 asks organisations to review disciplinary and employee relations processes.' },
    '4': { hia: ['2'], basis: 'inferred', why: 'Access to non-mandatory training and CPD is the "training and development opportunities" of success metric 2b, though 2b is measured by the staff survey, not by this indicator\'s data.' },
    '5': { hia: ['6'], basis: 'inferred', why: 'Harassment, bullying and abuse from patients and the public: HIA 6 covers harassment and physical violence at work; its metric 6a counts only managers and teams.' },
    '6': { hia: ['6'], basis: 'metric', why: 'Success metric 6a: bullying and harassment from managers and colleagues.' },
    '7': { hia: ['2'], basis: 'metric', why: 'Success metric 2b: access to career progression.' },
    '8': { hia: ['6'], basis: 'metric', why: 'Success metric 6b: discrimination from managers and colleagues.' },
    '9': { hia: ['2'], basis: 'inferred', why: 'Board representation is the top of the senior leadership that success metric 2d (band 8C and above) and HIA 2\'s talent management plans aim to diversify.' },
  },
  WDES: {
    '1': { hia: ['2'], basis: 'metric', why: 'Success metrics 2c (disability representation) and 2d (senior leadership).' },
    '2': { hia: ['2'], basis: 'metric', why: 'Success metric 2a: likelihood of appointment from shortlisting.' },
    '3': { hia: ['4', '6'], basis: 'inferred', why: 'Capability processes for disabled staff mostly follow sickness absence (a workforce health inequality, HIA 4) and must be fair (HIA 6 asks organisations to review employee relations processes).' },
    '4': { hia: ['6'], basis: 'metric', why: 'Success metric 6a: bullying and harassment from managers and colleagues (metric 4a ii and iii); from patients and the public (4a i) and reporting it (4b) by HIA 6\'s aim.' },
    '5': { hia: ['2'], basis: 'metric', why: 'Success metric 2b: access to career progression.' },
    '6': { hia: ['4'], basis: 'inferred', why: 'Pressure to work when unwell is a health inequality within the workforce (HIA 4); success metric 4a asks about action on health and wellbeing in the staff survey.' },
    '7': { hia: ['6'], basis: 'inferred', why: 'Feeling valued is part of the inclusive environment HIA 6 aims at; no success metric measures it.' },
    '8': { hia: ['4'], basis: 'inferred', why: 'Reasonable adjustments address health inequality within the workforce (HIA 4, metric 4a).' },
    '9': { hia: ['6'], basis: 'inferred', why: 'Engagement and disabled staff\'s voice (9b): speaking up is part of HIA 6\'s environment; no success metric measures it.' },
    '10': { hia: ['2'], basis: 'inferred', why: 'Board representation is the top of the senior leadership that success metric 2d (band 8C and above) and HIA 2\'s talent management plans aim to diversify.' },
  },
};

/** The HIA ids in order: what a plan covering the whole EDI Improvement Plan covers. */
export const HIA_IDS: readonly string[] = HIA_CATALOGUE.map((h) => h.id);
