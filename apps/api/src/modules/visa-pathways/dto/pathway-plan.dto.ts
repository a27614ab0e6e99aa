import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate } from '@hashidari/domain-core';
import { CHECKLIST_ITEM_STATUSES, ChecklistItemStatus } from '@hashidari/marketplace';
import { IsIsoDateString } from '../../../common/validation/validators';
import { LocalizedTextDto } from '../../jobs/dto/job.dto';
import { ChecklistItemDto, ProposalScenarioDto } from './eligibility.dto';

type Trilingual = { en: string; ja: string; ko: string };

function IsDateByStage(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateByStage',
      target: object.constructor,
      propertyName,
      options: { message: 'must map stage ids to dates written YYYY-MM-DD', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= 10 &&
          Object.entries(value).every(([k, v]) => /^[a-z0-9-]{1,60}$/.test(k) && isIsoDate(v)),
      },
    });
}

export class CreatePathwayPlanDto {
  @ApiProperty({ example: 'kr-d2-d10-e7', description: 'one of GET /visa/pathways' }) @IsString() @Length(1, 60) pathwayId: string;
  @ApiProperty({ format: 'date', description: 'start of the first stage (e.g. the D-2 grant)' }) @IsIsoDateString() startDate: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() statusExpiresAt?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() graduationDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() jobStartDate?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'start dates of optional stages' })
  @IsOptional() @IsDateByStage() stageStarts?: Record<string, string>;
  @ApiPropertyOptional({ format: 'uuid', description: 'a published posting this plan aims at' }) @IsOptional() @IsUUID() targetJobId?: string;
}

/** The dates a plan is computed from; those sent replace the plan's, the others stay. */
export class UpdatePathwayPlanDto {
  @ApiPropertyOptional({ format: 'date', description: 'start of the first stage' }) @IsOptional() @IsIsoDateString() startDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() statusExpiresAt?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() graduationDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() jobStartDate?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'start dates of optional stages (merged into the plan\'s)' })
  @IsOptional() @IsDateByStage() stageStarts?: Record<string, string>;
}

/** The dates the plan's timeline is computed from, as the candidate gave them. */
export class PlanDatesDto {
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiPropertyOptional({ format: 'date' }) statusExpiresAt?: string;
  @ApiPropertyOptional({ format: 'date' }) graduationDate?: string;
  @ApiPropertyOptional({ format: 'date' }) jobStartDate?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'date' } }) stageStarts?: Record<string, string>;
}

export class UpdatePlanItemDto {
  @ApiPropertyOptional({ enum: CHECKLIST_ITEM_STATUSES, description: 'candidates: todo or done; advisers: verified or rejected' })
  @IsOptional() @IsIn(CHECKLIST_ITEM_STATUSES) status?: ChecklistItemStatus;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class PlanItemDto extends ChecklistItemDto {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() stageId: string;
  @ApiProperty({ enum: CHECKLIST_ITEM_STATUSES }) status: ChecklistItemStatus;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewerNote: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PlanEventDto {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ enum: ['ticked', 'unticked', 'annotated', 'verified', 'rejected'] }) action: string;
  @ApiProperty({ enum: CHECKLIST_ITEM_STATUSES }) fromStatus: string;
  @ApiProperty({ enum: CHECKLIST_ITEM_STATUSES }) toStatus: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: ['candidate', 'adviser'] }) actorRole: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class PlannedDeadlineDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['apply-by', 'report-by', 'expires', 'latest-end'] }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() ruleId: string;
  @ApiProperty({ enum: ['past', 'due-soon', 'upcoming'] }) state: string;
  @ApiProperty() atRisk: boolean;
  @ApiProperty() daysLeft: number;
  @ApiPropertyOptional() unverified?: boolean;
}

export class PlannedStageDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'KR:D-10-1' }) status: string;
  @ApiProperty() target: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty() optional: boolean;
  @ApiPropertyOptional({ format: 'date' }) startDate?: string;
  @ApiPropertyOptional({ format: 'date' }) endDate?: string;
  @ApiProperty({ type: [PlannedDeadlineDto] }) deadlines: PlannedDeadlineDto[];
  @ApiProperty({ type: [String] }) missingInputs: string[];
  @ApiPropertyOptional({ type: LocalizedTextDto }) needsReview?: Trilingual;
  @ApiProperty({ type: ProposalScenarioDto, description: 'the proposed framework at this step: a scenario, not a verdict' })
  proposal: ProposalScenarioDto;
}

export class PlanJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) title: Partial<Trilingual>;
  @ApiProperty() country: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
}

export class PathwayPlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ nullable: true, type: String }) candidateName: string | null;
  @ApiProperty() pathwayId: string;
  @ApiProperty({ type: LocalizedTextDto }) pathwayLabel: Trilingual;
  @ApiProperty({ type: PlanJobDto, nullable: true }) targetJob: PlanJobDto | null;
  @ApiProperty({ type: PlanDatesDto }) dates: PlanDatesDto;
  @ApiProperty({ format: 'date' }) evalDate: string;
  @ApiProperty() ruleSetVersion: string;
  @ApiProperty({ type: [PlannedStageDto] }) stages: PlannedStageDto[];
  @ApiProperty() atRiskCount: number;
  @ApiProperty() needsReview: boolean;
  @ApiProperty({ type: [PlanItemDto] }) items: PlanItemDto[];
  @ApiProperty({ type: [PlanEventDto], description: 'append-only audit trail of the checklist' }) events: PlanEventDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ListPlansQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'advisers: the candidate whose plans to list' }) @IsOptional() @IsUUID() candidateId?: string;
}

export class PathwayStageSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() status: string;
  @ApiProperty() target: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty() optional: boolean;
  @ApiPropertyOptional({ type: LocalizedTextDto }) needsReview?: Trilingual;
  @ApiProperty({ type: [ChecklistItemDto] }) checklist: ChecklistItemDto[];
  @ApiProperty({ type: ProposalScenarioDto }) proposal: ProposalScenarioDto;
}

export class PathwayDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['KR', 'JP'] }) country: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty({ type: [PathwayStageSummaryDto] }) stages: PathwayStageSummaryDto[];
}

export class TargetDto {
  @ApiProperty() code: string;
  @ApiProperty({ enum: ['KR', 'JP'] }) country: string;
  @ApiProperty() status: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
}

export class VisaCatalogDto {
  @ApiProperty() ruleSetVersion: string;
  @ApiProperty({ type: [TargetDto] }) targets: TargetDto[];
  @ApiProperty({ type: [PathwayDto] }) pathways: PathwayDto[];
}
