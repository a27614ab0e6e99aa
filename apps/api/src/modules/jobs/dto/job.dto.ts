import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COUNTRY_CODES,
  CURRENCIES,
  Currency,
  LocalizedText,
  MarketCountry,
  PAY_PERIODS,
  PayPeriod,
} from '@hashidari/domain-core';
import { EDUCATION_LEVELS, EducationLevel, EMPLOYMENT_TYPES, EmploymentType } from '@hashidari/marketplace';
import { PageQueryDto } from '../../../common/http/page.dto';
import { IsIsoDateString, IsLocalizedText } from '../../../common/validation/validators';
import { LanguageTestDto } from '../../candidates/dto/candidate-profile.dto';
import { JOB_STATUSES, JobStatus } from '../entities/job-posting.entity';

export class LocalizedTextDto {
  @ApiPropertyOptional() ja?: string;
  @ApiPropertyOptional() ko?: string;
  @ApiPropertyOptional() en?: string;
}

export class SalaryRangeDto {
  @ApiPropertyOptional({ description: 'integer, in won or yen' }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000_000) min?: number;
  @ApiPropertyOptional({ description: 'integer, in won or yen' }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000_000) max?: number;
  @ApiProperty({ enum: CURRENCIES }) @IsIn(CURRENCIES) currency: Currency;
  @ApiProperty({ enum: PAY_PERIODS }) @IsIn(PAY_PERIODS) period: PayPeriod;
}

export class ConversionTrackDto {
  @ApiProperty({ enum: ['full-time', 'contract'] }) @IsIn(['full-time', 'contract']) toEmploymentType: 'full-time' | 'contract';
  @ApiPropertyOptional({ minimum: 1, maximum: 24 }) @IsOptional() @IsInt() @Min(1) @Max(24) afterMonths?: number;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @IsLocalizedText({ maxLength: 2000 }) description?: LocalizedText;
}

export class CreateJobDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId: string;
  @ApiProperty({ type: LocalizedTextDto, example: { ja: '海外営業担当', en: 'Overseas sales' } })
  @IsLocalizedText({ maxLength: 200 })
  title: LocalizedText;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @IsLocalizedText({ maxLength: 20_000, required: false }) description?: LocalizedText;
  @ApiProperty({ enum: COUNTRY_CODES }) @IsIn(COUNTRY_CODES) country: MarketCountry;
  @ApiPropertyOptional({ example: 'Seoul' }) @IsOptional() @IsString() @MaxLength(80) city?: string;
  @ApiPropertyOptional({ example: '2742', description: 'KR: the KSCO-based E-7 code; JP: an MHLW job classification code' })
  @IsOptional() @IsString() @MaxLength(12) occupationCode?: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) @IsIn(EMPLOYMENT_TYPES) employmentType: EmploymentType;
  @ApiPropertyOptional({ type: SalaryRangeDto }) @IsOptional() @ValidateNested() @Type(() => SalaryRangeDto) salary?: SalaryRangeDto;
  @ApiPropertyOptional({ type: [LanguageTestDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(6) @ValidateNested({ each: true }) @Type(() => LanguageTestDto) languageRequirements?: LanguageTestDto[];
  @ApiPropertyOptional({ type: [String], example: ['sales'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true }) requiredSkills?: string[];
  @ApiPropertyOptional({ type: [String], example: ['excel'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true }) preferredSkills?: string[];
  @ApiPropertyOptional({ enum: EDUCATION_LEVELS }) @IsOptional() @IsIn(EDUCATION_LEVELS) educationLevel?: EducationLevel;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sponsorship?: boolean;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() startDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() deadline?: string;
  @ApiPropertyOptional({ type: ConversionTrackDto, description: 'internships only: the full-time role it can lead to' })
  @IsOptional() @ValidateNested() @Type(() => ConversionTrackDto) conversionTrack?: ConversionTrackDto;
}

export class UpdateJobDto extends PartialType(OmitType(CreateJobDto, ['organizationId'] as const)) {}

export class JobOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) names: LocalizedText;
  @ApiProperty() verified: boolean;
}

export class VisaWarningDto {
  @ApiProperty({ example: 'KR-E7-W-02' }) ruleId: string;
  @ApiProperty({ enum: ['error', 'warning', 'info'] }) severity: 'error' | 'warning' | 'info';
  @ApiProperty({ type: LocalizedTextDto }) message: LocalizedText;
  @ApiPropertyOptional() source?: string;
}

/** A posting as lists of recommendations show it: everything but the long texts and the visa notes. */
export class JobSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: JobOrganizationDto }) organization: JobOrganizationDto;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedText;
  @ApiProperty({ enum: COUNTRY_CODES }) country: MarketCountry;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) occupationCode: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty({ type: SalaryRangeDto, nullable: true }) salary: SalaryRangeDto | null;
  @ApiProperty({ type: [LanguageTestDto] }) languageRequirements: LanguageTestDto[];
  @ApiProperty({ type: [String] }) requiredSkills: string[];
  @ApiProperty({ type: [String] }) preferredSkills: string[];
  @ApiProperty({ enum: EDUCATION_LEVELS, nullable: true }) educationLevel: EducationLevel | null;
  @ApiProperty() sponsorship: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) deadline: string | null;
  @ApiProperty({ type: ConversionTrackDto, nullable: true }) conversionTrack: ConversionTrackDto | null;
  @ApiProperty({ enum: JOB_STATUSES }) status: JobStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: string | null;
}

export class JobModerationDto {
  @ApiProperty({ description: 'why the moderators took the posting down, as they wrote it' }) reason: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class JobDto extends JobSummaryDto {
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedText;
  @ApiProperty({ type: [String], description: 'skills the taxonomy does not know (shown, not matched)' }) otherSkills: string[];
  @ApiProperty({ type: [VisaWarningDto], description: 'what the visa rules say about sponsoring this posting' })
  visaWarnings: VisaWarningDto[];
  @ApiProperty({ type: JobModerationDto, nullable: true, description: 'set when the platform\'s moderators took the posting down (it is then closed)' })
  moderation: JobModerationDto | null;
}

export class JobPageDto {
  @ApiProperty({ type: [JobDto] }) items: JobDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class SearchJobsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'keywords in Japanese, Korean or English' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: COUNTRY_CODES }) @IsOptional() @IsIn(COUNTRY_CODES) country?: MarketCountry;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) city?: string;
  @ApiPropertyOptional({ description: 'occupation code (KR E-7 code or JP MHLW code)' }) @IsOptional() @IsString() @MaxLength(12) occupation?: string;
  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES }) @IsOptional() @IsIn(EMPLOYMENT_TYPES) employmentType?: EmploymentType;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(toBoolean) @IsBoolean() sponsorship?: boolean;
  @ApiPropertyOptional({ description: 'my JLPT level (N1..N5): only postings whose JLPT requirement I meet', example: 'N2' })
  @IsOptional() @IsIn(['N1', 'N2', 'N3', 'N4', 'N5']) jlpt?: string;
  @ApiPropertyOptional({ description: 'my TOPIK level (1..6): only postings whose TOPIK requirement I meet' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(6) topik?: number;
  @ApiPropertyOptional({ description: 'minimum yearly salary, in the currency given' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) minAnnualSalary?: number;
  @ApiPropertyOptional({ enum: CURRENCIES, description: 'currency of minAnnualSalary' }) @IsOptional() @IsIn(CURRENCIES) currency?: Currency;
  @ApiPropertyOptional({ type: Boolean, description: 'only postings reachable from my current status of residence (candidates)' })
  @IsOptional() @Transform(toBoolean) @IsBoolean() feasible?: boolean;
}
