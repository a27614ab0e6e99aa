import { addDays, addMonths, DomainError, daysBetween, isIsoDate, isWithin, type IsoDate, type TrilingualText } from '@hashidari/domain-core';
import { checklistFor, type ChecklistItem } from '../checklists/checklists';
import type { StatusCode } from '../status-code';
import type { Target } from '../targets';
import { RULE_SET_VERSION } from '../version';
import type { DateExpr, DeadlineKind, PlanInput, PlanInputKey, StageDef } from './pathway-types';
import { getPathway } from './pathways';

/** A deadline within this many days of the evaluation date (or already past) is at risk. */
export const AT_RISK_DAYS = 30;

export type DeadlineState = 'past' | 'due-soon' | 'upcoming';

export interface PlannedDeadline {
  id: string;
  kind: DeadlineKind;
  label: TrilingualText;
  date: IsoDate;
  ruleId: string;
  state: DeadlineState;
  /** Due within 30 days or already past, in a stage that has not ended yet */
  atRisk: boolean;
  /** Days from the evaluation date (negative when past) */
  daysLeft: number;
  unverified?: boolean;
}

export interface PlannedStage {
  id: string;
  status: StatusCode;
  target: Target;
  label: TrilingualText;
  optional: boolean;
  startDate?: IsoDate;
  endDate?: IsoDate;
  deadlines: PlannedDeadline[];
  /** Inputs that would let more dates be computed (e.g. `graduationDate`, `stageStarts.d10-internship`) */
  missingInputs: string[];
  needsReview?: TrilingualText;
  checklist: ChecklistItem[];
}

export interface PlanTimeline {
  pathwayId: string;
  evalDate: IsoDate;
  ruleSetVersion: string;
  stages: PlannedStage[];
  atRiskCount: number;
  /** Some stage transition is not documented by the reference */
  needsReview: boolean;
}

interface Scope {
  input: PlanInput;
  stageStart?: IsoDate;
  stageEnd?: IsoDate;
  previousStageEnd?: IsoDate;
}

function anchorDate(anchor: DateExpr['anchor'], scope: Scope): IsoDate | undefined {
  switch (anchor) {
    case 'stageStart':
      return scope.stageStart;
    case 'stageEnd':
      return scope.stageEnd;
    case 'previousStageEnd':
      return scope.previousStageEnd;
    default:
      return scope.input[anchor];
  }
}

function resolve(expr: DateExpr, scope: Scope): { date?: IsoDate; ruleId?: string } {
  const base = anchorDate(expr.anchor, scope);
  if (base === undefined) return {};
  let date = base;
  let ruleId: string | undefined;
  if (expr.byRegime) {
    const regime = expr.byRegime.find((r) => isWithin(base, r.from, r.to));
    if (!regime) return {};
    date = addMonths(date, regime.months);
    ruleId = regime.ruleId;
  }
  if (expr.months) date = addMonths(date, expr.months);
  if (expr.days) date = addDays(date, expr.days);
  return { date, ruleId };
}

function missingInput(expr: DateExpr, stageId: string): string {
  if (expr.anchor === 'stageStart') return `stageStarts.${stageId}`;
  if (expr.anchor === 'stageEnd' || expr.anchor === 'previousStageEnd') return `${expr.anchor}`;
  return expr.anchor satisfies PlanInputKey;
}

function firstResolved(exprs: readonly DateExpr[], scope: Scope): IsoDate | undefined {
  for (const e of exprs) {
    const r = resolve(e, scope).date;
    if (r !== undefined) return r;
  }
  return undefined;
}

function planStage(stage: StageDef, input: PlanInput, previousStageEnd: IsoDate | undefined, evalDate: IsoDate): PlannedStage {
  const missing = new Set<string>();
  const scope: Scope = { input, previousStageEnd };
  scope.stageStart = input.stageStarts?.[stage.id] ?? firstResolved(stage.start, scope);
  if (scope.stageStart === undefined) {
    if (stage.start.length === 0) missing.add(`stageStarts.${stage.id}`);
    else stage.start.forEach((e) => missing.add(missingInput(e, stage.id)));
  }
  scope.stageEnd = stage.end ? firstResolved(stage.end, scope) : undefined;
  const ended = scope.stageEnd !== undefined && scope.stageEnd < evalDate;

  const deadlines: PlannedDeadline[] = [];
  for (const d of stage.deadlines) {
    const r = resolve(d.at, scope);
    if (r.date === undefined) {
      missing.add(missingInput(d.at, stage.id));
      continue;
    }
    const daysLeft = daysBetween(evalDate, r.date);
    const state: DeadlineState = daysLeft < 0 ? 'past' : daysLeft <= AT_RISK_DAYS ? 'due-soon' : 'upcoming';
    deadlines.push({
      id: d.id,
      kind: d.kind,
      label: d.label,
      date: r.date,
      ruleId: r.ruleId ?? d.ruleId,
      state,
      atRisk: state !== 'upcoming' && !ended,
      daysLeft,
      ...(d.unverified ? { unverified: true } : {}),
    });
  }
  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    id: stage.id,
    status: stage.status,
    target: stage.target,
    label: stage.label,
    optional: stage.optional === true,
    ...(scope.stageStart ? { startDate: scope.stageStart } : {}),
    ...(scope.stageEnd ? { endDate: scope.stageEnd } : {}),
    deadlines,
    missingInputs: [...missing],
    ...(stage.needsReview ? { needsReview: stage.needsReview } : {}),
    checklist: checklistFor(stage.target),
  };
}

/**
 * Concrete stage dates and deadlines of a pathway for one candidate, judged on `evalDate`.
 * Optional stages (internships) get dates only when `stageStarts[stageId]` is given.
 * @throws DomainError NOT_FOUND for an unknown pathway, VALIDATION_FAILED for malformed dates
 */
export function planTimeline(pathwayId: string, input: PlanInput, evalDate: IsoDate): PlanTimeline {
  const pathway = getPathway(pathwayId);
  if (!pathway) throw new DomainError('NOT_FOUND', `unknown pathway ${pathwayId}`, [{ path: 'pathwayId', issue: 'unknown pathway' }]);
  const dates: [string, unknown][] = [
    ['evalDate', evalDate],
    ['startDate', input.startDate],
    ['statusExpiresAt', input.statusExpiresAt],
    ['graduationDate', input.graduationDate],
    ['jobStartDate', input.jobStartDate],
    ['birthDate', input.birthDate],
    ...Object.entries(input.stageStarts ?? {}).map(([k, v]): [string, unknown] => [`stageStarts.${k}`, v]),
  ];
  const errors = dates
    .filter(([path, v]) => (v !== undefined || path === 'evalDate' || path === 'startDate') && !isIsoDate(v))
    .map(([path]) => ({ path, issue: 'must be an ISO date (YYYY-MM-DD)' }));
  if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'invalid plan input', errors);

  const stages: PlannedStage[] = [];
  let previousEnd: IsoDate | undefined;
  for (const stage of pathway.stages) {
    const planned = planStage(stage, input, previousEnd, evalDate);
    stages.push(planned);
    if (!planned.optional) previousEnd = planned.endDate ?? previousEnd;
  }
  return {
    pathwayId,
    evalDate,
    ruleSetVersion: RULE_SET_VERSION,
    stages,
    atRiskCount: stages.reduce((n, s) => n + s.deadlines.filter((d) => d.atRisk).length, 0),
    needsReview: stages.some((s) => s.needsReview !== undefined),
  };
}
