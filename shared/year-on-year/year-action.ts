/** One action as the year-on-year comparison sees it, from a checked sheet or a synced plan. */
export interface YearAction {
  /** Stable within its plan: the row id when the add-in gave one, else "row-12". */
  id: string;
  /** Where a person finds it: "Row 12" (a sheet) or "Ref 1a" (a synced plan), '' when nothing better. */
  where: string;
  ref: string | null;
  indicator: string | null;
  action: string;
  status: string;
  progress: string;
  /** Marked complete by its status words or colour, read with its plan's RAG key. */
  complete: boolean;
}

/** Last year's action matched to this year's, and how. */
export interface CarriedOver {
  last: YearAction;
  this: YearAction;
  /** Matched by alike (not identical) wording. */
  reworded: boolean;
}

/** What happened to last year's actions, and what is new this year. */
export interface YearOnYear {
  /** In both plans and still open this year. */
  carriedOver: CarriedOver[];
  /** Marked complete: this year (`this` set) or last year and not carried into this year (`this` null). */
  completed: { last: YearAction; this: YearAction | null }[];
  /** Stopped with a word: a status or progress saying it was withdrawn, superseded, no longer required… */
  closed: { last: YearAction; this: YearAction | null; reason: string }[];
  /** Last year's open actions that are not in this year's plan and say nothing about why. */
  dropped: YearAction[];
  /** This year's actions that were not in last year's plan. */
  new: YearAction[];
}
