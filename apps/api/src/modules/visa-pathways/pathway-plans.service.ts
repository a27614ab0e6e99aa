import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, IsoDate, marketDay } from '@hashidari/domain-core';
import { decideChecklistChange } from '@hashidari/marketplace';
import { getPathway, PlanInput, planTimeline, PlanTimeline } from '@hashidari/visa-rules';
import type { AuthUser } from '../../common/auth/auth-user';
import { CandidateAccess } from '../candidates/candidate-access';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { JobsRepository } from '../jobs/jobs.repository';
import { AccessLogRepository } from '../privacy/access-log.repository';
import type { CreatePathwayPlanDto, ListPlansQueryDto, PathwayPlanDto, UpdatePathwayPlanDto, UpdatePlanItemDto } from './dto/pathway-plan.dto';
import type { PathwayPlanEntity } from './entities/pathway-plan.entity';
import { toPlanDto } from './plan.mapper';
import { PathwayPlansRepository } from './pathway-plans.repository';

const today = (): IsoDate => marketDay(new Date());

@Injectable()
export class PathwayPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PathwayPlansRepository,
    private readonly candidates: CandidatesRepository,
    private readonly jobs: JobsRepository,
    private readonly access: CandidateAccess,
    private readonly accessLog: AccessLogRepository,
  ) {}

  /** Starts a plan from a pathway template; its checklist is copied from the rule set in force today. */
  create(caller: AuthUser, body: CreatePathwayPlanDto): Promise<PathwayPlanDto> {
    return this.dataSource.transaction(async (em) => {
      if (!getPathway(body.pathwayId)) {
        throw new DomainError('VALIDATION_FAILED', 'Unknown pathway', [{ path: 'pathwayId', issue: 'not one of GET /visa/pathways' }]);
      }
      const profile = await this.candidates.findOrCreateForUser(caller.id, em);
      const job = body.targetJobId ? await this.jobs.findById(body.targetJobId, em) : null;
      if (body.targetJobId && (!job || job.status !== 'published')) {
        throw new DomainError('VALIDATION_FAILED', 'The target posting is not open', [{ path: 'targetJobId', issue: 'no published posting has this id' }]);
      }
      const inputs: PlanInput = {
        startDate: body.startDate,
        ...optional('statusExpiresAt', body.statusExpiresAt ?? profile.statusExpiresAt),
        ...optional('graduationDate', body.graduationDate),
        ...optional('jobStartDate', body.jobStartDate ?? job?.startDate),
        ...optional('birthDate', profile.birthDate),
        ...(body.stageStarts ? { stageStarts: body.stageStarts } : {}),
      };
      const timeline = planTimeline(body.pathwayId, inputs, today());
      const plan = await this.plans.insertPlan({ candidateId: profile.id, pathwayId: body.pathwayId, targetJobId: job?.id ?? null, inputs }, em);
      let position = 0;
      await this.plans.insertItems(
        timeline.stages.flatMap((stage) =>
          stage.checklist.map((item) => ({
            planId: plan.id,
            stageId: stage.id,
            itemKey: item.id,
            label: item.label,
            provider: item.provider,
            kind: item.kind,
            ruleId: item.ruleId,
            source: item.source,
            unverified: Boolean(item.unverified),
            position: position++,
            status: 'todo' as const,
            note: null,
            reviewerNote: null,
          })),
        ),
        em,
      );
      return this.detail(await this.plans.findById(plan.id, em), em);
    });
  }

  list(caller: AuthUser, query: ListPlansQueryDto): Promise<PathwayPlanDto[]> {
    return this.dataSource.transaction(async (em) => {
      let candidateId: string;
      if (caller.role === 'candidate') {
        candidateId = (await this.candidates.findOrCreateForUser(caller.id, em)).id;
      } else {
        if (!query.candidateId) {
          throw new DomainError('VALIDATION_FAILED', 'Name the candidate', [{ path: 'candidateId', issue: 'required for advisers' }]);
        }
        if (!(await this.access.hasAdviserConsent(caller.id, query.candidateId, em))) {
          throw new DomainError('NOT_FOUND', 'No candidate in your caseload has this id');
        }
        candidateId = query.candidateId;
        await this.accessLog.record({ candidateIds: [candidateId], viewer: caller, purpose: 'pathway-review' }, em);
      }
      const plans = await this.plans.forCandidates([candidateId], em);
      return Promise.all(plans.map((plan) => this.detail(plan, em)));
    });
  }

  get(caller: AuthUser, id: string): Promise<PathwayPlanDto> {
    return this.dataSource.transaction(async (em) => {
      return this.detail(await this.visiblePlan(caller, id, em), em);
    });
  }

  /**
   * The candidate moves a plan's dates (a later graduation, a new job start); the timeline and its
   * deadlines follow on the next read, the checklist and its audit trail stay as they are.
   */
  update(caller: AuthUser, id: string, body: UpdatePathwayPlanDto): Promise<PathwayPlanDto> {
    return this.dataSource.transaction(async (em) => {
      await this.plans.lock(id, em);
      const plan = await this.plans.findById(id, em);
      if (!plan || plan.candidate?.userId !== caller.id) throw new DomainError('NOT_FOUND', 'No plan of yours has this id');
      const { stageStarts, ...sent } = body;
      // only the dates sent: the body's other fields may be present and undefined
      const dates = Object.fromEntries(Object.entries(sent).filter(([, value]) => value !== undefined)) as Omit<UpdatePathwayPlanDto, 'stageStarts'>;
      if (Object.keys(dates).length === 0 && !stageStarts) {
        throw new DomainError('VALIDATION_FAILED', 'Nothing to change', [{ path: 'startDate', issue: 'send at least one date' }]);
      }
      const pathway = getPathway(plan.pathwayId);
      const unknownStages = Object.keys(stageStarts ?? {}).filter((stageId) => !pathway?.stages.some((stage) => stage.id === stageId && stage.optional));
      if (unknownStages.length > 0) {
        throw new DomainError('VALIDATION_FAILED', 'Unknown stage', unknownStages.map((stageId) => ({ path: `stageStarts.${stageId}`, issue: 'not an optional stage of this pathway' })));
      }
      plan.inputs = { ...plan.inputs, ...dates, ...(stageStarts ? { stageStarts: { ...plan.inputs.stageStarts, ...stageStarts } } : {}) };
      this.timeline(plan); // refuses dates the timeline cannot use before anything is written
      await this.plans.savePlan(plan, em);
      return this.detail(plan, em);
    });
  }

  /**
   * The candidate deletes a plan of theirs (one started by mistake, or a path they gave up), with its
   * checklist and audit trail. Advisers cannot: the plan is the candidate's.
   */
  remove(caller: AuthUser, id: string): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      const plan = await this.plans.findById(id, em);
      if (!plan || plan.candidate?.userId !== caller.id) throw new DomainError('NOT_FOUND', 'No plan of yours has this id');
      await this.plans.deletePlan(id, em);
    });
  }

  /**
   * Candidates tick, untick and annotate their items; consented advisers verify or reject them with a
   * note. Every change is appended to the plan's audit trail in the same transaction.
   */
  updateItem(caller: AuthUser, planId: string, itemId: string, body: UpdatePlanItemDto): Promise<PathwayPlanDto> {
    return this.dataSource.transaction(async (em) => {
      const plan = await this.visiblePlan(caller, planId, em);
      const item = await this.plans.findItemForUpdate(planId, itemId, em);
      if (!item) throw new DomainError('NOT_FOUND', 'This plan has no such checklist item');
      const actor = caller.role === 'adviser' ? 'adviser' : 'candidate';
      const decision = decideChecklistChange(item.status, body.status, actor, body.note !== undefined);
      if (!decision.allowed) {
        if (decision.reason === 'not-yours-to-set') {
          throw new DomainError('FORBIDDEN', actor === 'candidate' ? 'Only an adviser can verify or reject an item' : 'Only the candidate can tick an item');
        }
        throw new DomainError('VALIDATION_FAILED', 'Nothing to change', [{ path: 'status', issue: 'send a new status or a note' }]);
      }
      const from = item.status;
      if (body.status) item.status = body.status;
      if (body.note !== undefined) {
        if (actor === 'candidate') item.note = body.note;
        else item.reviewerNote = body.note;
      }
      await this.plans.saveItem(item, em);
      await this.plans.addEvent(
        { planId, itemId, actorUserId: caller.id, actorRole: actor, action: decision.action, fromStatus: from, toStatus: item.status, note: body.note ?? null },
        em,
      );
      return this.detail(plan, em);
    });
  }

  /** Today's timelines of a set of candidates' plans, for the adviser's risk-sorted caseload. */
  async timelinesFor(candidateIds: string[], em: EntityManager): Promise<Map<string, { plan: string; timeline: PlanTimeline }[]>> {
    const byCandidate = new Map<string, { plan: string; timeline: PlanTimeline }[]>();
    for (const plan of await this.plans.forCandidates(candidateIds, em)) {
      byCandidate.set(plan.candidateId, [...(byCandidate.get(plan.candidateId) ?? []), { plan: plan.id, timeline: this.timeline(plan) }]);
    }
    return byCandidate;
  }

  /** The plan as answered, from the entity already loaded (with its candidate and target posting). */
  private async detail(plan: PathwayPlanEntity | null, em: EntityManager): Promise<PathwayPlanDto> {
    if (!plan) throw new DomainError('NOT_FOUND', 'No plan has this id');
    return toPlanDto(plan, this.timeline(plan), await this.plans.items(plan.id, em), await this.plans.events(plan.id, em));
  }

  private timeline(plan: PathwayPlanEntity): PlanTimeline {
    return planTimeline(plan.pathwayId, plan.inputs, today());
  }

  /** The candidate who owns the plan, or an adviser the candidate consented to (each read is logged). */
  private async visiblePlan(caller: AuthUser, id: string, em: EntityManager): Promise<PathwayPlanEntity> {
    const plan = await this.plans.findById(id, em);
    let visible = false;
    if (plan && caller.role === 'candidate') visible = plan.candidate?.userId === caller.id;
    if (plan && caller.role === 'adviser') {
      visible = await this.access.hasAdviserConsent(caller.id, plan.candidateId, em);
      if (visible) await this.accessLog.record({ candidateIds: [plan.candidateId], viewer: caller, purpose: 'pathway-review' }, em);
    }
    if (!plan || !visible) throw new DomainError('NOT_FOUND', 'No plan you may see has this id');
    return plan;
  }
}

function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
