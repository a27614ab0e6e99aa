import type { IsoDate, MarketCountry, TrilingualText } from '@hashidari/domain-core';
import type { StatusCode } from '../status-code';
import type { Target } from '../targets';

/** Inputs a plan is computed from (the candidate's own dates). */
export interface PlanInput {
  /** Start of the first stage (e.g. the D-2 grant or the working-holiday entry) */
  startDate: IsoDate;
  /** Expiry of the current status (체류기간 만료일 / 在留期限) */
  statusExpiresAt?: IsoDate;
  graduationDate?: IsoDate;
  jobStartDate?: IsoDate;
  /** Needed for working-holiday age deadlines */
  birthDate?: IsoDate;
  /** Start dates of optional stages (e.g. an internship), by stage id */
  stageStarts?: Readonly<Record<string, IsoDate>>;
}

export type PlanInputKey = 'startDate' | 'statusExpiresAt' | 'graduationDate' | 'jobStartDate' | 'birthDate';

/** Where a date is counted from. */
export type DateAnchor = PlanInputKey | 'stageStart' | 'stageEnd' | 'previousStageEnd';

/** A period that depends on the regime in force on the anchor date (e.g. D-10 grants before / from 2025-10-29). */
export interface RegimeMonths {
  from?: IsoDate;
  to?: IsoDate;
  months: number;
  ruleId: string;
}

/** anchor + months + days, or anchor + the months of the regime in force on the anchor date. */
export interface DateExpr {
  anchor: DateAnchor;
  months?: number;
  days?: number;
  byRegime?: readonly RegimeMonths[];
}

export type DeadlineKind = 'apply-by' | 'report-by' | 'expires' | 'latest-end';

export interface DeadlineDef {
  id: string;
  kind: DeadlineKind;
  label: TrilingualText;
  at: DateExpr;
  ruleId: string;
  /** The lead time or period rests on a point the reference marks UNVERIFIED */
  unverified?: boolean;
}

export interface StageDef {
  id: string;
  status: StatusCode;
  /** The eligibility target checked for this stage */
  target: Target;
  label: TrilingualText;
  optional?: boolean;
  /** Start: the first expression that resolves (an explicit `stageStarts[id]` wins) */
  start: readonly DateExpr[];
  /** End: the first expression that resolves; open-ended when none does */
  end?: readonly DateExpr[];
  deadlines: readonly DeadlineDef[];
  /** The transition into this stage is not documented by the reference: an adviser must review it */
  needsReview?: TrilingualText;
}

export interface Pathway {
  id: string;
  country: MarketCountry;
  label: TrilingualText;
  stages: readonly StageDef[];
}
