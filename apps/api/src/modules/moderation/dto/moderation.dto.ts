import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { REPORT_REASONS, type ReportReason } from '@hashidari/marketplace';
import { PageQueryDto } from '../../../common/http/page.dto';
import { Trimmed } from '../../../common/validation/validators';
import { JobDto } from '../../jobs/dto/job.dto';

export class CreateReportDto {
  @ApiProperty({ enum: REPORT_REASONS }) @IsIn(REPORT_REASONS) reason: ReportReason;
  @ApiPropertyOptional({ maxLength: 1000, description: 'what the moderators should know' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty({ enum: REPORT_REASONS }) reason: ReportReason;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const MODERATION_QUEUES = ['reported', 'published'] as const;
export type ModerationQueue = (typeof MODERATION_QUEUES)[number];

export class ModerationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: MODERATION_QUEUES,
    default: 'reported',
    description: 'reported: postings with open reports (published, or closed by their employer meanwhile), the longest-waiting first; published: every published posting, newest first',
  })
  @IsOptional()
  @IsIn(MODERATION_QUEUES)
  queue?: ModerationQueue;
}

/** An open report as the moderators see it (not who sent it). */
export class OpenReportDto {
  @ApiProperty({ enum: REPORT_REASONS }) reason: ReportReason;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ReasonCountDto {
  @ApiProperty({ enum: REPORT_REASONS }) reason: ReportReason;
  @ApiProperty() count: number;
}

export class ModeratedPostingDto {
  @ApiProperty({ type: JobDto }) job: JobDto;
  @ApiProperty({ description: 'reports no moderator has acted on yet' }) openReports: number;
  @ApiProperty({ type: [ReasonCountDto], description: 'open reports per reason, most first' }) reasons: ReasonCountDto[];
  @ApiProperty({ type: [OpenReportDto], description: 'the latest open reports (at most 5)' }) latestReports: OpenReportDto[];
}

export class ModeratedPostingPageDto {
  @ApiProperty({ type: [ModeratedPostingDto] }) items: ModeratedPostingDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class TakedownDto {
  @ApiProperty({ minLength: 5, maxLength: 500, description: 'shown on the posting, to its employer and to candidates' })
  @Trimmed()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  reason: string;
}
