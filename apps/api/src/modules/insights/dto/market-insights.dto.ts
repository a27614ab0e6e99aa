import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { COUNTRY_CODES, CURRENCIES, type Currency, type MarketCountry, type TrilingualText } from '@hashidari/domain-core';
import { LocalizedTextDto } from '../../jobs/dto/job.dto';

export class MarketInsightsQueryDto {
  @ApiPropertyOptional({ enum: COUNTRY_CODES, description: 'one market; both when absent' })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: MarketCountry;
}

export class SalaryBandDto {
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ enum: ['year'] }) period: 'year';
  @ApiProperty({ description: '25th percentile of the postings\' annual salary midpoints, in the currency\'s units' }) p25: number;
  @ApiProperty() median: number;
  @ApiProperty({ description: '75th percentile' }) p75: number;
  @ApiProperty({ description: 'full-time and contract postings with a salary the band is drawn from' }) postings: number;
}

export class MarketFiguresDto {
  @ApiProperty({ description: 'open postings: published and not past their deadline' }) postings: number;
  @ApiProperty({ description: 'share (0…1) of them offering visa sponsorship' }) sponsorshipShare: number;
  @ApiProperty({ description: 'share (0…1) of them that are internships' }) internshipShare: number;
  @ApiProperty({ type: SalaryBandDto, nullable: true, description: 'null when fewer postings than minimumSalarySample give a salary' })
  salary: SalaryBandDto | null;
}

export class OccupationRefDto {
  @ApiProperty({ example: 'overseas-sales-representative' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) label: TrilingualText;
}

export class CodeMarketDto extends MarketFiguresDto {
  @ApiProperty({ nullable: true, type: String, description: 'the postings\' occupation code (KR E-7 code or JP MHLW code); null: postings without one' })
  code: string | null;
  @ApiProperty({ type: [OccupationRefDto], description: 'the crosswalk occupations the code stands for, best reading first; empty for a code the taxonomy does not know' })
  occupations: OccupationRefDto[];
}

export class GroupMarketDto extends MarketFiguresDto {
  @ApiProperty({ nullable: true, type: String, description: 'occupation group of the crosswalk (the group of a code\'s first reading); null: codes the taxonomy does not know and postings without a code' })
  group: string | null;
  @ApiProperty({ type: LocalizedTextDto, nullable: true }) label: TrilingualText | null;
  @ApiProperty({ type: [CodeMarketDto], description: 'most postings first' }) codes: CodeMarketDto[];
}

export class MarketDto extends MarketFiguresDto {
  @ApiProperty({ enum: COUNTRY_CODES }) country: MarketCountry;
  @ApiProperty({ type: [GroupMarketDto], description: 'most postings first; the unknown group last' }) groups: GroupMarketDto[];
}

export class MarketInsightsDto {
  @ApiProperty({ format: 'date', description: 'the day the open postings were counted on' }) asOf: string;
  @ApiProperty({ description: 'fewest salaried postings that give a salary band' }) minimumSalarySample: number;
  @ApiProperty({ type: [MarketDto] }) markets: MarketDto[];
}
