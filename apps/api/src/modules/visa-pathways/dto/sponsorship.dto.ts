import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { COUNTRY_CODES, CURRENCIES, PAY_PERIODS } from '@hashidari/domain-core';
import { IsIsoDateString } from '../../../common/validation/validators';
import { LocalizedTextDto, VisaWarningDto } from '../../jobs/dto/job.dto';
import { ChecklistItemDto, EmployerFactsDto } from './eligibility.dto';

type Trilingual = { en: string; ja: string; ko: string };

export class SponsorshipSalaryDto {
  @ApiProperty() @IsInt() @Min(0) min: number;
  @ApiProperty() @IsInt() @Min(0) max: number;
  @ApiProperty({ enum: CURRENCIES }) @IsIn(CURRENCIES) currency: (typeof CURRENCIES)[number];
  @ApiProperty({ enum: PAY_PERIODS }) @IsIn(PAY_PERIODS) period: (typeof PAY_PERIODS)[number];
}

/** A posting as it is being written, with the organisation's numbers: checked before it is saved. */
export class SponsorshipCheckDto {
  @ApiProperty({ enum: COUNTRY_CODES }) @IsIn(COUNTRY_CODES) country: (typeof COUNTRY_CODES)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(12) occupationCode?: string;
  @ApiProperty({ enum: ['full-time', 'internship', 'contract'] }) @IsIn(['full-time', 'internship', 'contract']) employmentType: 'full-time' | 'internship' | 'contract';
  @ApiPropertyOptional({ type: SponsorshipSalaryDto }) @IsOptional() @ValidateNested() @Type(() => SponsorshipSalaryDto) salary?: SponsorshipSalaryDto;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() startDate?: string;
  @ApiProperty() @IsBoolean() sponsorship: boolean;
  @ApiPropertyOptional({ type: EmployerFactsDto }) @IsOptional() @ValidateNested() @Type(() => EmployerFactsDto) employer?: EmployerFactsDto;
  @ApiPropertyOptional({ format: 'date', description: 'defaults to today' }) @IsOptional() @IsIsoDateString() evalDate?: string;
}

export class SponsorshipRequirementDto {
  @ApiProperty() id: string;
  @ApiProperty() ruleId: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string' }] }) value?: number | string;
  @ApiProperty({ nullable: true, type: Boolean, description: 'null when the facts given do not say' }) met: boolean | null;
  @ApiProperty() source: string;
  @ApiPropertyOptional() unverified?: boolean;
}

export class PostingAssessmentDto {
  @ApiProperty({ type: [VisaWarningDto] }) warnings: VisaWarningDto[];
  @ApiProperty({ type: [SponsorshipRequirementDto] }) requirements: SponsorshipRequirementDto[];
  @ApiProperty({ type: [ChecklistItemDto], description: 'documents the employer prepares' }) employerDocuments: ChecklistItemDto[];
  @ApiProperty({ format: 'date', description: 'the date the E-7 wage floor was taken at' }) floorDate: string;
  @ApiProperty() ruleSetVersion: string;
}
