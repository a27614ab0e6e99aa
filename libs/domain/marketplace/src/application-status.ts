/** The hiring pipeline of one application (PRODUCT.md capability 6). */
export const APPLICATION_STATUSES = ['submitted', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type PipelineActor = 'employer' | 'candidate';

const FORWARD: Record<ApplicationStatus, ApplicationStatus | null> = {
  submitted: 'screening',
  screening: 'interview',
  interview: 'offer',
  offer: 'hired',
  hired: null,
  rejected: null,
  withdrawn: null,
};

export function isFinalStatus(status: ApplicationStatus): boolean {
  return status === 'hired' || status === 'rejected' || status === 'withdrawn';
}

/**
 * The statuses an actor may move an application to from `from`. Employers move it one step forward
 * (no skipping: each stage is a real step the candidate sees) or reject it; candidates may only withdraw.
 * Nothing leaves a final status.
 */
export function allowedTransitions(from: ApplicationStatus, actor: PipelineActor): ApplicationStatus[] {
  if (isFinalStatus(from)) return [];
  if (actor === 'candidate') return ['withdrawn'];
  const next = FORWARD[from];
  return next ? [next, 'rejected'] : ['rejected'];
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, actor: PipelineActor): boolean {
  return allowedTransitions(from, actor).includes(to);
}
