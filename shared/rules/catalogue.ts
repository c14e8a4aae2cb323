import type { Rule } from '../types';
import { actionEmpty } from './action-empty';
import { completedNoEvidence } from './completed-no-evidence';
import { crossReferenceUnknown } from './cross-reference-unknown';
import { dueMissing } from './due-missing';
import { dueUnparsed } from './due-unparsed';
import { formulaNoResult } from './formula-no-result';
import { duplicateRef } from './duplicate-ref';
import { headerUnmapped } from './header-unmapped';
import { hiaNotCovered } from './hia-not-covered';
import { indicatorNotCovered } from './indicator-not-covered';
import { indicatorReadAsPart } from './indicator-read-as-part';
import { leadMissing } from './lead-missing';
import { markupRemnant } from './markup-remnant';
import { noPlanHeader } from './no-plan-header';
import { notesUnread } from './notes-unread';
import { numberingContradictsBlock } from './numbering-contradicts-block';
import { ongoingNoReview } from './ongoing-no-review';
import { otherPlanSkipped } from './other-plan-skipped';
import { overdue } from './overdue';
import { rowSetAside } from './row-set-aside';
import { statusNotInKey } from './status-not-in-key';

/**
 * The one catalogue of validation rules. Add a rule by writing one `Rule` in its own file and listing it here;
 * the order is the order findings on the same cell are shown.
 *
 * @example
 * RULES.map((r) => r.id) // ['no-plan-header', 'action-empty', 'lead-missing', …]
 */
export const RULES: Rule[] = [
  noPlanHeader,
  actionEmpty,
  leadMissing,
  dueMissing,
  dueUnparsed,
  formulaNoResult,
  notesUnread,
  overdue,
  ongoingNoReview,
  statusNotInKey,
  completedNoEvidence,
  numberingContradictsBlock,
  indicatorReadAsPart,
  duplicateRef,
  crossReferenceUnknown,
  markupRemnant,
  indicatorNotCovered,
  hiaNotCovered,
  headerUnmapped,
  otherPlanSkipped,
  rowSetAside,
];
