/** Who may move a pathway checklist item where (PRODUCT.md capability 7). */
export const CHECKLIST_ITEM_STATUSES = ['todo', 'done', 'verified', 'rejected'] as const;
export type ChecklistItemStatus = (typeof CHECKLIST_ITEM_STATUSES)[number];
export type ChecklistActor = 'candidate' | 'adviser';
export type ChecklistAction = 'ticked' | 'unticked' | 'annotated' | 'verified' | 'rejected';

export type ChecklistDecision = { allowed: true; action: ChecklistAction } | { allowed: false; reason: 'not-yours-to-set' | 'no-change' };

/**
 * Candidates tick and untick their own items (unticking a reviewed item sends it back to todo, so a
 * changed document is reviewed again); only an adviser verifies or rejects, and never ticks for them.
 * A request without a new status only annotates.
 */
export function decideChecklistChange(
  from: ChecklistItemStatus,
  to: ChecklistItemStatus | undefined,
  actor: ChecklistActor,
  hasNote: boolean,
): ChecklistDecision {
  if (to === undefined || to === from) return hasNote ? { allowed: true, action: 'annotated' } : { allowed: false, reason: 'no-change' };
  if (actor === 'candidate') {
    if (to === 'done') return { allowed: true, action: 'ticked' };
    if (to === 'todo') return { allowed: true, action: 'unticked' };
    return { allowed: false, reason: 'not-yours-to-set' };
  }
  if (to === 'verified' || to === 'rejected') return { allowed: true, action: to };
  return { allowed: false, reason: 'not-yours-to-set' };
}
