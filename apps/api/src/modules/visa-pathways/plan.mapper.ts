import { getPathway, PlanInput, PlanTimeline, proposalScenario } from '@hashidari/visa-rules';
import type { PathwayPlanDto, PlanDatesDto } from './dto/pathway-plan.dto';
import type { PathwayPlanEntity } from './entities/pathway-plan.entity';
import type { PlanChecklistItemEntity } from './entities/plan-checklist-item.entity';
import type { PlanItemEventEntity } from './entities/plan-item-event.entity';

export function toPlanDto(
  plan: PathwayPlanEntity,
  timeline: PlanTimeline,
  items: PlanChecklistItemEntity[],
  events: PlanItemEventEntity[],
): PathwayPlanDto {
  const pathway = getPathway(plan.pathwayId);
  const nationality = plan.candidate?.nationality ?? undefined;
  return {
    id: plan.id,
    candidateId: plan.candidateId,
    candidateName: plan.candidate?.displayName ?? null,
    pathwayId: plan.pathwayId,
    pathwayLabel: pathway?.label ?? { en: plan.pathwayId, ja: plan.pathwayId, ko: plan.pathwayId },
    targetJob: plan.targetJob
      ? { id: plan.targetJob.id, title: plan.targetJob.title, country: plan.targetJob.country, startDate: plan.targetJob.startDate }
      : null,
    dates: planDates(plan.inputs),
    evalDate: timeline.evalDate,
    ruleSetVersion: timeline.ruleSetVersion,
    stages: timeline.stages.map((stage) => ({
      id: stage.id,
      status: stage.status,
      target: stage.target,
      label: stage.label,
      optional: stage.optional,
      ...(stage.startDate ? { startDate: stage.startDate } : {}),
      ...(stage.endDate ? { endDate: stage.endDate } : {}),
      deadlines: stage.deadlines,
      missingInputs: stage.missingInputs,
      ...(stage.needsReview ? { needsReview: stage.needsReview } : {}),
      proposal: proposalScenario({ pathwayId: plan.pathwayId, stageId: stage.id }, { nationality }),
    })),
    atRiskCount: timeline.atRiskCount,
    needsReview: timeline.needsReview,
    items: items.map((item) => ({
      itemId: item.id,
      id: item.itemKey,
      stageId: item.stageId,
      label: item.label,
      provider: item.provider,
      kind: item.kind,
      ruleId: item.ruleId,
      source: item.source,
      ...(item.unverified ? { unverified: true } : {}),
      status: item.status,
      note: item.note,
      reviewerNote: item.reviewerNote,
      updatedAt: item.updatedAt.toISOString(),
    })),
    events: events.map((e) => ({
      itemId: e.itemId,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actorRole: e.actorRole,
      at: e.createdAt.toISOString(),
    })),
    createdAt: plan.createdAt.toISOString(),
  };
}

/** The plan's own dates (the birth date it also uses comes from the profile and is not repeated here). */
function planDates(inputs: PlanInput): PlanDatesDto {
  const { startDate, statusExpiresAt, graduationDate, jobStartDate, stageStarts } = inputs;
  return {
    startDate,
    ...(statusExpiresAt ? { statusExpiresAt } : {}),
    ...(graduationDate ? { graduationDate } : {}),
    ...(jobStartDate ? { jobStartDate } : {}),
    ...(stageStarts && Object.keys(stageStarts).length > 0 ? { stageStarts: { ...stageStarts } } : {}),
  };
}
