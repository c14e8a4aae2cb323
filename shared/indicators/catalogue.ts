import type { Standard } from '../types';

export interface IndicatorEntry {
  id: string;
  title: string;
  /** Lower-case phrases whose presence points to this indicator when a plan gives no number. */
  keywords: string[];
  /**
   * A metric's parts (WDES 4a/4b, 9a/9b), each with the phrases that name that part and no other: a metric given
   * without its letter ("Metric 4 (reporting harassment)", "Disabled staff voices") is the part its words name.
   * `topic`: words for what a part is about that alone name the whole metric ('Staff engagement' is metric 9), so they
   * never name the part, but beside another part's words they name this one too: 'Engagement and voice' is all of 9.
   */
  parts?: { id: string; title: string; keywords: string[]; topic?: string[] }[];
  /**
   * A team's shorthand for the indicator ('Progression', 'Discrimination', 'Workforce by band'): it names the indicator
   * only in a cell the plan gives to naming indicators (an indicator column). In a heading or a sentence the same word
   * is a topic ('PROGRESSION' over a block of actions; '… by band, in the quarterly report').
   */
  shorthand?: string[];
}

/**
 * The official indicators (WRES 1–9) and metrics (WDES 1–10). WDES metric 4 is split into 4a (harassment, bullying
 * or abuse experienced from patients and the public, managers or colleagues) and 4b (reporting it), metric 9 into 9a
 * (the engagement score) and 9b (disabled staff voices); some plans number metric 4's sources as separate questions
 * (4a–4d), so a plan's "4", "4a" … "4d" all count toward metric 4; a '4c' (the colleagues' part of 4a, as plans number
 * 4a's three sources 4a, 4b, 4c) is read as 4a (`partOfCode`).
 */
export const INDICATOR_CATALOGUE: Record<Standard, IndicatorEntry[]> = {
  WRES: [
    { id: '1', title: 'Percentage of staff in each AfC band/VSM compared with the overall workforce', keywords: ['afc band', 'pay band', 'paybands', 'agenda for change', 'vsm', 'very senior manager', 'representation', 'senior management positions', 'band 8', 'bands 8', 'workforce profile'], shorthand: ['by band', 'each band'] },
    { id: '2', title: 'Relative likelihood of staff being appointed from shortlisting', keywords: ['appointed from shortlisting', 'shortlisting', 'shortlisted', 'recruitment', 'appointed', 'once shortlisted'] },
    { id: '3', title: 'Relative likelihood of staff entering the formal disciplinary process', keywords: ['disciplinary', 'employee relations', 'formal process'] },
    { id: '4', title: 'Relative likelihood of staff accessing non-mandatory training and CPD', keywords: ['non-mandatory training', 'cpd', 'continuous professional development', 'training and development'] },
    { id: '5', title: 'Staff experiencing harassment, bullying or abuse from patients, relatives or the public', keywords: ['from patients', 'relatives or the public', 'members of the public', 'from the public', 'from public', 'from service users', 'hate crime', 'violence and aggression'] },
    { id: '6', title: 'Staff experiencing harassment, bullying or abuse from staff', keywords: ['from staff', 'from other staff', 'from managers', 'from colleagues', 'from other colleagues', 'by colleagues', 'microaggression', 'bullying', 'bullied', 'harassment'] },
    { id: '7', title: 'Staff believing the trust provides equal opportunities for career progression or promotion', keywords: ['equal opportunities', 'equal chances', 'career progression', 'promotion'], shorthand: ['progression'] },
    { id: '8', title: 'Staff personally experiencing discrimination at work from a manager, team leader or colleague', keywords: ['discrimination at work', 'manager/team leader', 'personally experienced discrimination'], shorthand: ['discrimination'] },
    { id: '9', title: 'Board membership compared with the organisation\'s overall workforce', keywords: ['board membership', 'board members', 'board level', 'voting membership', 'voting member', 'board representation', 'board'] },
  ],
  WDES: [
    { id: '1', title: 'Percentage of disabled staff in each AfC band/VSM compared with the overall workforce', keywords: ['afc band', 'paybands', 'pay band', 'disclosure', 'declaration rate', 'declaration', 'declared', 'pay cluster', 'representation', 'vsm'] },
    { id: '2', title: 'Relative likelihood of disabled staff being appointed from shortlisting', keywords: ['appointed from shortlisting', 'shortlisting', 'shortlisted', 'appointed', 'recruitment'] },
    { id: '3', title: 'Relative likelihood of disabled staff entering the formal capability process', keywords: ['capability', 'sickness absence', 'performance management'] },
    {
      id: '4', title: 'Disabled staff experiencing harassment, bullying or abuse (4a from patients and the public, managers or colleagues; 4b reporting it)', keywords: ['harassment', 'bullying', 'bullied', 'abuse', 'reported it', 'reporting it'],
      parts: [
        { id: '4a', title: 'Experiencing harassment, bullying or abuse from patients and the public, managers or colleagues', keywords: ['from managers', 'from a manager', 'from manager', 'from patients', 'the public', 'service users', 'from colleagues', 'other colleagues', 'from other staff', 'by managers'] },
        { id: '4b', title: 'The last time harassment, bullying or abuse was experienced, it was reported', keywords: ['report'] },
      ],
    },
    { id: '5', title: 'Disabled staff believing the trust provides equal opportunities for career progression or promotion', keywords: ['career progression', 'promotion', 'acting up', 'equal opportunities', 'equal chances'], shorthand: ['progression'] },
    { id: '6', title: 'Disabled staff who felt pressure to come to work when not well enough (presenteeism)', keywords: ['pressure', 'presenteeism', 'not feeling well enough', 'come to work'] },
    { id: '7', title: 'Disabled staff satisfied with the extent their organisation values their work', keywords: ['values their work', 'satisfied', 'valued'] },
    { id: '8', title: 'Disabled staff saying their employer has made reasonable adjustments', keywords: ['reasonable adjustment', 'adequate adjustment', 'adjustments'] },
    {
      id: '9', title: 'Staff engagement score (9a) and action to facilitate disabled staff voices (9b)', keywords: ['engagement score', 'staff engagement', 'voices', 'staff voice', 'staff network'], shorthand: ['engagement'],
      parts: [
        { id: '9a', title: 'The staff engagement score of disabled staff', keywords: ['engagement score'], topic: ['engagement'] },
        { id: '9b', title: 'Action to facilitate the voices of disabled staff to be heard', keywords: ['voice', 'heard'] },
      ],
    },
    { id: '10', title: 'Board membership compared with the organisation\'s overall workforce', keywords: ['board membership', 'board members', 'board level', 'diversify board', 'voting member', 'board representation', 'board'] },
  ],
};

/** Indicator ids of a standard, in order: what a complete plan covers. */
export const indicatorIds = (standard: Standard) => INDICATOR_CATALOGUE[standard].map((i) => i.id);
