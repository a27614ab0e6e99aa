import type { Schemas } from '@hashidari/contracts';

export type PlanItem = Schemas['PlanItemDto'];

/** Who is looking at the checklist decides what they can do with it. */
export type ChecklistMode = 'candidate' | 'adviser';
