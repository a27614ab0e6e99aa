import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DEGREE_LEVELS,
  ELIGIBILITY_EMPLOYMENT_TYPES,
  INSTITUTION_TYPES,
  JOB_DUTIES,
  TARGET_CODES,
} from '@hashidari/visa-rules';
import { IsIsoDateString, IsStatusCode } from '../../../common/validation/validators';
import { LanguageTestDto, PayDto } from '../../candidates/dto/candidate-profile.dto';
import { LocalizedTextDto } from '../../jobs/dto/job.dto';

const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = { message: 'must be an ISO country code like KR' };

export class EducationFactsDto {
  @ApiPropertyOptional({ enum: DEGREE_LEVELS }) @IsOptional() @IsIn(DEGREE_LEVELS) level?: (typeof DEGREE_LEVELS)[number];
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) country?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) field?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() graduationDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) institution?: string;
  @ApiPropertyOptional({ enum: INSTITUTION_TYPES }) @IsOptional() @IsIn(INSTITUTION_TYPES) institutionType?: (typeof INSTITUTION_TYPES)[number];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() topUniversity?: boolean;
}

export class EnrollmentFactsDto {
  @ApiPropertyOptional({ enum: DEGREE_LEVELS }) @IsOptional() @IsIn(DEGREE_LEVELS) level?: (typeof DEGREE_LEVELS)[number];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(10) year?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) gpa?: number;
  @ApiPropertyOptional({ enum: INSTITUTION_TYPES }) @IsOptional() @IsIn(INSTITUTION_TYPES) institutionType?: (typeof INSTITUTION_TYPES)[number];
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) country?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() regularSemester?: boolean;
  @ApiPropertyOptional({ description: 'a vacation defined by the school' }) @IsOptional() @IsBoolean() inVacation?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() finalYear?: boolean;
  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) @IsOptional() @IsNumber() @Min(0) @Max(1) creditsRatio?: number;
}

export class ExperienceFactsDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(600) months?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) field?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() relatedToJob?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() afterDegree?: boolean;
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) country?: string;
}

export class PriorStatusDto {
  @ApiProperty({ example: 'KR:H-1' }) @IsStatusCode() status: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() to?: string;
}

export class PersonFactsDto {
  @ApiPropertyOptional({ example: 'JP' }) @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) nationality?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() birthDate?: string;
  @ApiPropertyOptional({ example: 'KR', description: 'where the person is now' }) @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) location?: string;
  @ApiPropertyOptional({ example: 'KR:D-2' }) @IsOptional() @IsStatusCode() currentStatus?: string;
  @ApiPropertyOptional({ type: [EducationFactsDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => EducationFactsDto) education?: EducationFactsDto[];
  @ApiPropertyOptional({ type: EnrollmentFactsDto }) @IsOptional() @ValidateNested() @Type(() => EnrollmentFactsDto) enrollment?: EnrollmentFactsDto;
  @ApiPropertyOptional({ type: [LanguageTestDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LanguageTestDto) languageTests?: LanguageTestDto[];
  @ApiPropertyOptional({ type: [ExperienceFactsDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExperienceFactsDto) experience?: ExperienceFactsDto[];
  @ApiPropertyOptional({ type: [PriorStatusDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PriorStatusDto) priorStatuses?: PriorStatusDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() schoolRecommendation?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() jobHuntingStartedBeforeGraduation?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() immigrationViolations?: boolean;
}

export class EmployerFactsDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) koreanInsuredStaff?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) foreignProfessionalStaff?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() domesticFocused?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() exportOriented?: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 4 })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(4) jpCategory?: 1 | 2 | 3 | 4 | null;
}

export class JobFactsDto {
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) country?: string;
  @ApiPropertyOptional({ example: '2742' }) @IsOptional() @IsString() @MaxLength(12) occupationCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) title?: string;
  @ApiPropertyOptional({ enum: JOB_DUTIES, isArray: true }) @IsOptional() @IsArray() @IsIn(JOB_DUTIES, { each: true }) duties?: (typeof JOB_DUTIES)[number][];
  @ApiPropertyOptional({ type: PayDto }) @IsOptional() @ValidateNested() @Type(() => PayDto) salary?: PayDto;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() equalToNationals?: boolean;
  @ApiPropertyOptional({ enum: ELIGIBILITY_EMPLOYMENT_TYPES })
  @IsOptional() @IsIn(ELIGIBILITY_EMPLOYMENT_TYPES) employmentType?: (typeof ELIGIBILITY_EMPLOYMENT_TYPES)[number];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() directEmployment?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(168) weeklyHours?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(120) weekdayHours?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(48) weekendHours?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(24) dailyHours?: number;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() startDate?: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) @Max(120) durationMonths?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() relatedToMajor?: boolean;
  @ApiPropertyOptional({ description: 'part of the curriculum, for credit' }) @IsOptional() @IsBoolean() curricular?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() universityContract?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() paid?: boolean;
  @ApiPropertyOptional({ type: EmployerFactsDto }) @IsOptional() @ValidateNested() @Type(() => EmployerFactsDto) employer?: EmployerFactsDto;
}

export class EligibilityRequestDto {
  @ApiProperty({ enum: TARGET_CODES, example: 'KR:E-7-1' }) @IsIn(TARGET_CODES) target: (typeof TARGET_CODES)[number];
  @ApiProperty({ format: 'date', example: '2026-04-15', description: 'rules are applied as in force on this date' })
  @IsIsoDateString()
  evalDate: string;
  @ApiPropertyOptional({ type: PersonFactsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => PersonFactsDto) person?: PersonFactsDto;
  @ApiPropertyOptional({ type: JobFactsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => JobFactsDto) job?: JobFactsDto;
}

export class ReasonDto {
  @ApiProperty({ example: 'KR-E7-W-04' }) ruleId: string;
  @ApiProperty({ enum: ['pass', 'fail', 'unknown'] }) outcome: 'pass' | 'fail' | 'unknown';
  @ApiProperty({ type: LocalizedTextDto }) message: { en: string; ja: string; ko: string };
  @ApiProperty() source: string;
  @ApiPropertyOptional({ type: [String], description: 'request fields the decision needs but did not get' }) missing?: string[];
  @ApiPropertyOptional({ description: 'the reference marks this fact UNVERIFIED' }) unverified?: boolean;
}

export class ChecklistItemDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: LocalizedTextDto }) label: { en: string; ja: string; ko: string };
  @ApiProperty({ enum: ['candidate', 'employer', 'school', 'adviser'] }) provider: string;
  @ApiProperty({ enum: ['document', 'step'] }) kind: string;
  @ApiProperty() ruleId: string;
  @ApiProperty() source: string;
  @ApiPropertyOptional() unverified?: boolean;
}

type Trilingual = { en: string; ja: string; ko: string };

export class RelatedMeasureDto {
  @ApiProperty() ref: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
}

/** Part C of the reference: shown beside the rules, labelled as a proposal, never a verdict. */
export class ProposalScenarioDto {
  @ApiProperty({ enum: ['proposal'] }) kind: 'proposal';
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty({ enum: ['study', 'internship', 'job-seeking', 'work', 'working-holiday'] }) step: string;
  @ApiProperty({ type: LocalizedTextDto }) subject: Trilingual;
  @ApiProperty({ type: LocalizedTextDto }) summary: Trilingual;
  @ApiProperty({ type: LocalizedTextDto }) underTheProposal: Trilingual;
  @ApiProperty({ type: [RelatedMeasureDto] }) relatedMeasures: RelatedMeasureDto[];
  @ApiPropertyOptional({ type: LocalizedTextDto }) personNote?: Trilingual;
  @ApiProperty({ type: LocalizedTextDto }) disclaimer: Trilingual;
  @ApiProperty({ type: [String] }) sources: string[];
}

export class EligibilityResultDto {
  @ApiProperty({ enum: TARGET_CODES }) target: string;
  @ApiProperty({ format: 'date' }) evalDate: string;
  @ApiProperty({ enum: ['eligible', 'not_eligible', 'needs_review'] }) verdict: 'eligible' | 'not_eligible' | 'needs_review';
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty({ example: '2026-11-28.1' }) ruleSetVersion: string;
  @ApiProperty({ type: [ChecklistItemDto] }) checklist: ChecklistItemDto[];
  @ApiPropertyOptional({ type: ProposalScenarioDto, description: 'what the proposed Japan–Korea framework would change: a scenario, never a verdict' })
  proposal?: ProposalScenarioDto;
}
