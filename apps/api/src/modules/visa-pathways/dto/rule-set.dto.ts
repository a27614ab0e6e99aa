import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { TrilingualText } from '@hashidari/domain-core';
import { IsIsoDateString } from '../../../common/validation/validators';
import { LocalizedTextDto } from '../../jobs/dto/job.dto';

const RULE_STATES = ['in-force', 'scheduled', 'ended'] as const;

export class RuleSetQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'the day the rules are seen on; today when absent' })
  @IsOptional()
  @IsIsoDateString()
  date?: string;
}

export class RuleOverviewDto {
  @ApiProperty({ example: 'KR-E7-W-04' }) id: string;
  @ApiProperty({ description: 'the id as printed in the reference (the section id of a dotted clause id)' }) refId: string;
  @ApiProperty({ example: '§A4.4' }) section: string;
  @ApiProperty({ type: LocalizedTextDto }) title: TrilingualText;
  @ApiProperty({ type: [String], description: 'the eligibility targets the rule is checked for' }) targets: readonly string[];
  @ApiPropertyOptional({ format: 'date', description: 'first day in force' }) effectiveFrom?: string;
  @ApiPropertyOptional({ format: 'date', description: 'last day in force' }) effectiveTo?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'dates the rule\'s own logic turns on' })
  keyDates?: Readonly<Record<string, string>>;
  @ApiProperty({ description: 'rests on a point the reference marks UNVERIFIED: checks answer needs_review' }) unverified: boolean;
  @ApiProperty({ type: [String] }) sources: readonly string[];
  @ApiProperty({ enum: RULE_STATES }) state: (typeof RULE_STATES)[number];
  @ApiProperty({ type: [String], format: 'date', description: 'dates after the given day on which the rule starts, ends or turns, soonest first' })
  upcomingDates: string[];
}

export class RuleSetCountsDto {
  @ApiProperty() rules: number;
  @ApiProperty() unverified: number;
  @ApiProperty({ name: 'in-force' }) 'in-force': number;
  @ApiProperty() scheduled: number;
  @ApiProperty() ended: number;
}

export class RuleSetOverviewDto {
  @ApiProperty({ example: '2026-11-28.1', description: 'the version every eligibility answer names' }) version: string;
  @ApiProperty({ description: 'the reference the rules are encoded from' }) reference: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: RuleSetCountsDto }) counts: RuleSetCountsDto;
  @ApiProperty({ type: [RuleOverviewDto] }) rules: RuleOverviewDto[];
}
