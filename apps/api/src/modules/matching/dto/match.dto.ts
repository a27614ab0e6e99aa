import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { GATE_REASONS } from '@hashidari/matching';
import { JobSummaryDto } from '../../jobs/dto/job.dto';

export class MatchLimitQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class ExplanationItemDto {
  @ApiProperty({ enum: ['skills', 'language', 'education', 'experience', 'salary', 'location', 'occupation', 'timing', 'visa'] }) factor: string;
  @ApiProperty({ enum: ['candidate', 'employer', 'both'], description: 'whose wishes or requirements this factor is about' }) side: string;
  @ApiProperty({ description: 'signed share of the final score' }) contribution: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty() weight: number;
  @ApiProperty({ example: 'match.skills.partial', description: 'i18n key the portal renders in ja / ko / en' }) messageKey: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'values for the message (matched and missing skills, levels, amounts …)' })
  params: Record<string, unknown>;
}

export class MatchVisaDto {
  @ApiProperty({ enum: ['eligible', 'not_eligible', 'needs_review'] }) verdict: string;
  @ApiProperty({ enum: ['citizen', 'in-country', 'from-abroad'] }) route: string;
  @ApiPropertyOptional() target?: string;
  @ApiPropertyOptional({ description: 'a pathway template that leads there (GET /visa/pathways)' }) pathwayId?: string;
  @ApiProperty({ type: [String] }) ruleIds: string[];
  @ApiProperty({ description: 'a citizen of the posting’s country needs no status' }) citizen: boolean;
}

export class GateDto {
  @ApiProperty({ enum: GATE_REASONS }) gate: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ enum: ['candidate', 'employer', 'both'] }) side: string;
  @ApiProperty() messageKey: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params: Record<string, unknown>;
}

export class JobMatchDto {
  @ApiProperty({ type: JobSummaryDto, description: 'the posting in short; GET /jobs/:id has its texts and visa notes' }) job: JobSummaryDto;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.83 }) score: number;
  @ApiProperty({ description: 'how well the job fits the candidate’s wishes' }) candidateSide: number;
  @ApiProperty({ description: 'how well the candidate fits the job’s requirements' }) employerSide: number;
  @ApiProperty({ type: [ExplanationItemDto] }) explanation: ExplanationItemDto[];
  @ApiProperty({ type: MatchVisaDto }) visa: MatchVisaDto;
}

export class JobMatchPageDto {
  @ApiProperty({ type: [JobMatchDto] }) items: JobMatchDto[];
  @ApiProperty({ description: 'postings considered after the database pre-filter' }) considered: number;
}

export class MatchedCandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ nullable: true, type: String }) nationality: string | null;
  @ApiProperty({ nullable: true, type: String }) currentStatus: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ nullable: true, type: String }) highestEducation: string | null;
}

export class CandidateMatchDto {
  @ApiProperty({ type: MatchedCandidateDto }) candidate: MatchedCandidateDto;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty() candidateSide: number;
  @ApiProperty() employerSide: number;
  @ApiProperty({ type: [ExplanationItemDto] }) explanation: ExplanationItemDto[];
  @ApiProperty({ type: MatchVisaDto }) visa: MatchVisaDto;
}

export class CandidateMatchPageDto {
  @ApiProperty({ type: [CandidateMatchDto] }) items: CandidateMatchDto[];
  @ApiProperty({ description: 'candidates considered after the database pre-filter' }) considered: number;
  @ApiProperty({ description: 'only verified organisations see candidates (their consent is to verified employers)' })
  organizationVerified: boolean;
}

export class JobFitDto {
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty() gated: boolean;
  @ApiProperty({ type: [GateDto], description: 'the hard requirements; a failed one is the "why not"' }) gates: GateDto[];
  @ApiProperty() candidateSide: number;
  @ApiProperty() employerSide: number;
  @ApiProperty({ type: [ExplanationItemDto] }) explanation: ExplanationItemDto[];
  @ApiProperty({ type: MatchVisaDto }) visa: MatchVisaDto;
}
