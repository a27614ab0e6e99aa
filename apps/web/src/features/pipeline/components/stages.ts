import type { ApplicationStatus } from '../api/list-applications';

/** The steps of the pipeline, in order, then the two ways an application ends early. */
export const OPEN_STAGES = ['submitted', 'screening', 'interview', 'offer', 'hired'] as const satisfies readonly ApplicationStatus[];
export const ENDED_STAGES = ['rejected', 'withdrawn'] as const satisfies readonly ApplicationStatus[];
export const ALL_STAGES: readonly ApplicationStatus[] = [...OPEN_STAGES, ...ENDED_STAGES];
