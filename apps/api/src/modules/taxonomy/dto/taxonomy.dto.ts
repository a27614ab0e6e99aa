import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COUNTRY_CODES, LOCALES } from '@hashidari/domain-core';
import { LocalizedTextDto } from '../../jobs/dto/job.dto';

type Trilingual = { en: string; ja: string; ko: string };

export class TaxonomyQueryDto {
  @ApiPropertyOptional({ description: 'words in Japanese, Korean or English; empty lists everything' })
  @IsOptional() @IsString() @MaxLength(60) q?: string;
  @ApiPropertyOptional({ enum: LOCALES, description: 'ranks matches of this language first' }) @IsOptional() @IsIn(LOCALES) locale?: (typeof LOCALES)[number];
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class OccupationQueryDto extends TaxonomyQueryDto {
  @ApiPropertyOptional({ enum: COUNTRY_CODES, description: 'only occupations with a code in this country' }) @IsOptional() @IsIn(COUNTRY_CODES) country?: (typeof COUNTRY_CODES)[number];
}

export class SkillDto {
  @ApiProperty({ example: 'sales' }) id: string;
  @ApiProperty() group: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty({ type: LocalizedTextDto }) groupLabel: Trilingual;
}

export class OccupationDto {
  @ApiProperty({ example: 'overseas-sales-representative' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) label: Trilingual;
  @ApiProperty() group: string;
  @ApiProperty({ type: [String], description: 'Korean E-7 (KSCO-based) codes' }) krE7Codes: string[];
  @ApiProperty({ type: [String], description: 'Japanese MHLW job classification codes' }) jpMhlwCodes: string[];
  @ApiProperty({ type: [String] }) isco08: string[];
}
