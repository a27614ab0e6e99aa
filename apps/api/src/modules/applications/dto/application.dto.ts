import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { LocalizedText } from '@hashidari/domain-core';
import { APPLICATION_STATUSES, ApplicationStatus } from '@hashidari/marketplace';
import { PageQueryDto } from '../../../common/http/page.dto';
import { LocalizedTextDto } from '../../jobs/dto/job.dto';

export class CreateApplicationDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) coverNote?: string;
}

export class UpdateApplicationDto {
  @ApiProperty({ enum: APPLICATION_STATUSES }) @IsIn(APPLICATION_STATUSES) status: ApplicationStatus;
  @ApiPropertyOptional({ maxLength: 2000, description: 'shown to the candidate in the history' })
  @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'employers: only this posting' }) @IsOptional() @IsUUID() jobId?: string;
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: ApplicationStatus;
}

export class ApplicationEventDto {
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) fromStatus: ApplicationStatus | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) toStatus: ApplicationStatus;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: ['candidate', 'employer', 'admin'] }) actorRole: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ApplicationJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedText;
  @ApiProperty() country: string;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: LocalizedTextDto }) organizationNames: LocalizedText;
  @ApiProperty() status: string;
}

export class ApplicantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ description: 'whether the candidate lets this employer open the full profile' }) profileVisible: boolean;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ nullable: true, type: String }) coverNote: string | null;
  @ApiProperty({ type: ApplicationJobDto }) job: ApplicationJobDto;
  @ApiProperty({ type: ApplicantDto, nullable: true, description: 'null once the candidate erased their account' })
  candidate: ApplicantDto | null;
  @ApiProperty({ type: [ApplicationEventDto] }) history: ApplicationEventDto[];
  @ApiProperty({ enum: APPLICATION_STATUSES, isArray: true, description: 'statuses the caller may move it to' })
  allowedTransitions: ApplicationStatus[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) items: ApplicationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
