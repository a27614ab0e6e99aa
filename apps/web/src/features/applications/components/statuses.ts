import type { TFunction } from 'i18next';
import type { Application, ApplicationStatus } from '../api/list-my-applications';

/** The pipeline in order; rejected and withdrawn end it at whatever stage it had reached. */
export const PIPELINE = ['submitted', 'screening', 'interview', 'offer', 'hired'] as const;
export type PipelineStage = (typeof PIPELINE)[number];

export function isPipelineStage(status: string | null | undefined): status is PipelineStage {
  return (PIPELINE as readonly string[]).includes(status ?? '');
}

/** The last pipeline stage an application reached (for a rejected one, the stage it was rejected at). */
export function stageReached(application: Pick<Application, 'status' | 'history'>): PipelineStage {
  if (isPipelineStage(application.status)) return application.status;
  const stages = application.history.map((event) => event.toStatus).filter(isPipelineStage);
  return stages.reduce<PipelineStage>((best, stage) => (PIPELINE.indexOf(stage) > PIPELINE.indexOf(best) ? stage : best), 'submitted');
}

/** A status in the words of job sites there; a withdrawal after an offer is "declining the offer". */
export function statusName(t: TFunction, status: ApplicationStatus, from?: ApplicationStatus | null): string {
  if (status === 'withdrawn' && (from === 'offer' || from === 'hired')) return t('applications.status.withdrawnAfterOffer');
  return t(`applications.status.${status}`);
}
