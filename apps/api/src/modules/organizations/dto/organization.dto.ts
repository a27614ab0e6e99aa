import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/http/page.dto';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { COUNTRY_CODES, LocalizedText, MarketCountry } from '@hashidari/domain-core';
import { IsLocalizedText } from '../../../common/validation/validators';
import type { OrganizationEntity } from '../entities/organization.entity';
import type { MemberRole } from '../entities/organization-member.entity';

class LocalizedNameDto {
  @ApiPropertyOptional() ja?: string;
  @ApiPropertyOptional() ko?: string;
  @ApiPropertyOptional() en?: string;
}

export class CreateOrganizationDto {
  @ApiProperty({ type: LocalizedNameDto, example: { ko: '한빛무역', en: 'Hanbit Trading' } })
  @IsLocalizedText({ maxLength: 200 })
  names: LocalizedText;

  @ApiProperty({ enum: COUNTRY_CODES }) @IsIn(COUNTRY_CODES) country: MarketCountry;
  @ApiPropertyOptional({ nullable: true, type: String, description: '사업자등록번호 / 法人番号' })
  @IsOptional() @IsString() @MaxLength(40) registrationNumber?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000) size?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Korean nationals with employment insurance' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000) koreanInsuredStaff?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'foreign professionals employed (E-1, E-3 to E-7)' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000) foreignProfessionalStaff?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() domesticFocused?: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 4, description: 'Japanese employer category (カテゴリー1〜4)' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(4) jpCategory?: number | null;
}

export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto) {}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedNameDto }) names: LocalizedText;
  @ApiProperty({ enum: COUNTRY_CODES }) country: MarketCountry;
  @ApiProperty({ nullable: true, type: String }) registrationNumber: string | null;
  @ApiProperty({ nullable: true, type: Number }) size: number | null;
  @ApiProperty({ nullable: true, type: Number }) koreanInsuredStaff: number | null;
  @ApiProperty({ nullable: true, type: Number }) foreignProfessionalStaff: number | null;
  @ApiProperty() domesticFocused: boolean;
  @ApiProperty({ nullable: true, type: Number }) jpCategory: number | null;
  @ApiProperty() verified: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(org: OrganizationEntity): OrganizationDto {
    return {
      id: org.id,
      names: org.names,
      country: org.country,
      registrationNumber: org.registrationNumber,
      size: org.size,
      koreanInsuredStaff: org.koreanInsuredStaff,
      foreignProfessionalStaff: org.foreignProfessionalStaff,
      domesticFocused: org.domesticFocused,
      jpCategory: org.jpCategory,
      verified: org.verifiedAt !== null,
      createdAt: org.createdAt.toISOString(),
    };
  }
}

export class MyOrganizationDto extends OrganizationDto {
  @ApiProperty({ enum: ['owner', 'member'] }) myRole: MemberRole;
}

export class AddMemberDto {
  @ApiProperty({ description: 'e-mail of a colleague who has an employer account' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['owner', 'member'] }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) since: string;
}

export const REVIEW_STATUSES = ['pending', 'verified'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export class AdminOrganizationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES, default: 'pending', description: 'pending: oldest first (a queue); verified: latest verified first' })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: ReviewStatus;
}

/** An organisation as the admin reviewing it sees it: who runs it and how active it is. */
export class AdminOrganizationDto extends OrganizationDto {
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) verifiedAt: string | null;
  @ApiProperty({ description: 'employer accounts in the organisation' }) members: number;
  @ApiProperty({ description: 'postings published now' }) publishedJobs: number;
  @ApiProperty({ nullable: true, type: String, description: "the first owner's e-mail, to contact about the check" }) ownerEmail: string | null;
}

export class AdminOrganizationPageDto {
  @ApiProperty({ type: [AdminOrganizationDto] }) items: AdminOrganizationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
