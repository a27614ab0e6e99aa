import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COUNTRY_CODES, CURRENCIES, Currency, LANGUAGE_TESTS, LanguageTest, MarketCountry, PAY_PERIODS, PayPeriod } from '@hashidari/domain-core';
import {
  EDUCATION_LEVELS,
  EducationLevel,
  EMPLOYMENT_TYPES,
  EmploymentType,
  PROFILE_VISIBILITIES,
  ProfileSection,
  ProfileVisibility,
} from '@hashidari/marketplace';
import { IsIsoDateString, IsStatusCode } from '../../../common/validation/validators';

const COUNTRY = /^[A-Z]{2}$/;

export class EducationDto {
  @ApiProperty({ enum: EDUCATION_LEVELS }) @IsIn(EDUCATION_LEVELS) level: EducationLevel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) institution?: string;
  @ApiPropertyOptional({ example: 'KR' }) @IsOptional() @Matches(COUNTRY, { message: 'must be an ISO country code like KR' }) country?: string;
  @ApiPropertyOptional({ example: 'business administration' }) @IsOptional() @IsString() @MaxLength(200) field?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() startDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() graduationDate?: string;
  @ApiPropertyOptional({ example: 3.4 }) @IsOptional() @IsNumber() @Min(0) @Max(100) gpa?: number;
  @ApiPropertyOptional({ example: 4.5, description: 'the top of the GPA scale (4.0, 4.3, 4.5, 100)' })
  @IsOptional() @IsNumber() @Min(1) @Max(100) gpaScale?: number;
}

export class LanguageTestDto {
  @ApiProperty({ enum: LANGUAGE_TESTS }) @IsIn(LANGUAGE_TESTS) test: LanguageTest;
  @ApiPropertyOptional({ description: 'JLPT N1..N5, TOPIK 1..6, KIIP stage 0..5', oneOf: [{ type: 'string' }, { type: 'integer' }] })
  @IsOptional()
  level?: string | number;
  @ApiPropertyOptional({ description: 'BJT 0..800, TOEIC 10..990, TOEFL 0..120, IELTS 0..9' })
  @IsOptional() @IsNumber() @Min(0) @Max(990) score?: number;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() date?: string;
}

export class ExperienceDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) title?: string;
  @ApiPropertyOptional({ example: '2742' }) @IsOptional() @IsString() @MaxLength(12) occupationCode?: string;
  @ApiProperty({ minimum: 0, maximum: 600 }) @IsInt() @Min(0) @Max(600) months: number;
  @ApiPropertyOptional({ example: 'JP' }) @IsOptional() @Matches(COUNTRY, { message: 'must be an ISO country code like JP' }) country?: string;
}

export class PayDto {
  @ApiProperty({ description: 'integer, in won or yen' }) @IsInt() @Min(0) @Max(10_000_000_000) amount: number;
  @ApiProperty({ enum: CURRENCIES }) @IsIn(CURRENCIES) currency: Currency;
  @ApiProperty({ enum: PAY_PERIODS }) @IsIn(PAY_PERIODS) period: PayPeriod;
}

export class WishesDto {
  @ApiPropertyOptional({ enum: COUNTRY_CODES, isArray: true })
  @IsOptional() @IsArray() @IsIn(COUNTRY_CODES, { each: true }) countries?: MarketCountry[];
  @ApiPropertyOptional({ type: [String], example: ['2742'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(12, { each: true }) occupationCodes?: string[];
  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, isArray: true })
  @IsOptional() @IsArray() @IsIn(EMPLOYMENT_TYPES, { each: true }) employmentTypes?: EmploymentType[];
  @ApiPropertyOptional({ type: PayDto }) @IsOptional() @ValidateNested() @Type(() => PayDto) salaryFloor?: PayDto;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() startFrom?: string;
}

/** PUT /candidates/me: the whole profile (absent optional fields are cleared). */
export class PutCandidateProfileDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) familyName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) givenName?: string;
  @ApiPropertyOptional({ description: 'フリガナ for Japanese names, romanisation for Korean names' })
  @IsOptional() @IsString() @MaxLength(200) nameReading?: string;
  @ApiPropertyOptional({ example: 'JP' }) @IsOptional() @Matches(COUNTRY, { message: 'must be an ISO country code like JP' }) nationality?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() birthDate?: string;
  @ApiPropertyOptional({ example: 'KR' }) @IsOptional() @Matches(COUNTRY, { message: 'must be an ISO country code like KR' }) currentCountry?: string;
  @ApiPropertyOptional({ example: 'KR:D-2' }) @IsOptional() @IsStatusCode() currentStatus?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDateString() statusExpiresAt?: string;
  @ApiPropertyOptional({ type: [EducationDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => EducationDto) education?: EducationDto[];
  @ApiPropertyOptional({ type: [LanguageTestDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LanguageTestDto) languageTests?: LanguageTestDto[];
  @ApiPropertyOptional({ type: [String], example: ['sales', 'excel'], description: 'skill names in any language; mapped to the taxonomy' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(60, { each: true }) skills?: string[];
  @ApiPropertyOptional({ type: [ExperienceDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExperienceDto) experience?: ExperienceDto[];
  @ApiPropertyOptional({ type: WishesDto }) @IsOptional() @ValidateNested() @Type(() => WishesDto) wishes?: WishesDto;
  @ApiPropertyOptional({ enum: PROFILE_VISIBILITIES }) @IsOptional() @IsIn(PROFILE_VISIBILITIES) visibility?: ProfileVisibility;
}

export class CompletenessDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) percent: number;
  @ApiProperty({ enum: ['identity', 'status', 'education', 'languages', 'skills', 'experience', 'wishes'], isArray: true })
  missing: ProfileSection[];
}

export class CandidateProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) familyName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) givenName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) nameReading: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) nationality: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) birthDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) currentCountry: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) currentStatus: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) statusExpiresAt: string | null;
  @ApiProperty({ type: [EducationDto] }) education: EducationDto[];
  @ApiProperty({ type: [LanguageTestDto] }) languageTests: LanguageTestDto[];
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [ExperienceDto] }) experience: ExperienceDto[];
  @ApiProperty({ type: WishesDto }) wishes: WishesDto;
  @ApiProperty({ enum: PROFILE_VISIBILITIES }) visibility: ProfileVisibility;
  @ApiProperty({ type: CompletenessDto }) completeness: CompletenessDto;
  @ApiProperty({ type: [String], description: 'skills written that the taxonomy does not know (shown, not matched)' })
  otherSkills: string[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
