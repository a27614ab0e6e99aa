import { ApiProperty } from '@nestjs/swagger';
import { IsEmail } from 'class-validator';

export class GrantAdviserDto {
  @ApiProperty({ description: 'e-mail of the adviser (career centre, 행정사 / 行政書士) who should see my profile and pathway' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  adviserEmail: string;
}

export class MyAdviserDto {
  @ApiProperty({ format: 'uuid' }) adviserId: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}

export class CaseloadCandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ nullable: true, type: String }) nationality: string | null;
  @ApiProperty({ nullable: true, type: String }) currentStatus: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) statusExpiresAt: string | null;
}

export class NextDeadlineDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ type: Object, description: 'ja / ko / en label of the deadline' }) label: { en: string; ja: string; ko: string };
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() daysLeft: number;
  @ApiProperty() ruleId: string;
}

export class CaseloadItemDto {
  @ApiProperty({ type: CaseloadCandidateDto }) candidate: CaseloadCandidateDto;
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
  @ApiProperty({ nullable: true, type: Number, description: 'days until the status of residence expires (negative: expired)' })
  daysToStatusExpiry: number | null;
  @ApiProperty({ description: 'pathway plans the candidate keeps' }) plans: number;
  @ApiProperty({ description: 'deadlines due within 30 days or past, over all plans' }) atRiskCount: number;
  @ApiProperty({ type: NextDeadlineDto, nullable: true, description: 'the most urgent deadline still ahead or overdue' })
  nextDeadline: NextDeadlineDto | null;
}
