import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, LanguageTestResult, LocalizedText, MarketCountry, PayPeriod } from '@hashidari/domain-core';
import type { EducationLevel, EmploymentType } from '@hashidari/marketplace';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';

export const JOB_STATUSES = ['draft', 'published', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface ConversionTrack {
  /** the employment type the internship converts into */
  toEmploymentType: 'full-time' | 'contract';
  afterMonths?: number;
  description?: LocalizedText;
}

@Entity('job_postings')
// Created by a migration: the key plus INCLUDE columns for the matching walk (TypeORM cannot express INCLUDE).
@Index('ix_job_postings_match_walk', { synchronize: false })
@Index('ix_job_postings_org', ['organizationId', 'createdAt'])
export class JobPostingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) organizationId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'jsonb' }) title: LocalizedText;
  @Column({ type: 'jsonb', default: () => "'{}'" }) description: LocalizedText;
  @Column({ type: 'char', length: 2 }) country: MarketCountry;
  @Column({ type: 'varchar', length: 80, nullable: true }) city: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) occupationCode: string | null;
  @Column({ type: 'varchar', length: 12 }) employmentType: EmploymentType;

  /** Integer minor units; won and yen have none smaller */
  @Column({ type: 'bigint', nullable: true, transformer: bigintTransformer() }) salaryMin: number | null;
  @Column({ type: 'bigint', nullable: true, transformer: bigintTransformer() }) salaryMax: number | null;
  @Column({ type: 'char', length: 3, nullable: true }) salaryCurrency: Currency | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) salaryPeriod: PayPeriod | null;
  /** salaryMax (or salaryMin) per year, for the salary filter */
  @Column({ type: 'bigint', nullable: true, transformer: bigintTransformer() }) annualSalaryMax: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" }) languageRequirements: LanguageTestResult[];
  /** Minimum levels derived from languageRequirements (null: none asked) */
  @Column({ type: 'smallint', nullable: true }) minJlpt: number | null;
  @Column({ type: 'smallint', nullable: true }) minTopik: number | null;

  /** Taxonomy skill ids (GIN-indexed, see the AddSearchIndexes migration) */
  @Index('ix_job_postings_required_skills', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requiredSkills: string[];
  @Index('ix_job_postings_preferred_skills', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  preferredSkills: string[];
  /** Skills the employer wrote that the taxonomy does not know: shown, not matched */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) otherSkills: string[];
  @Column({ type: 'varchar', length: 12, nullable: true }) educationLevel: EducationLevel | null;
  @Column({ type: 'boolean', default: false }) sponsorship: boolean;
  @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ type: 'jsonb', nullable: true }) conversionTrack: ConversionTrack | null;

  @Column({ type: 'varchar', length: 10, default: 'draft' }) status: JobStatus;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) publishedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt: Date | null;
  /** Set when a moderator took the posting down (it is then closed for good), with the reason shown on it */
  @Column({ type: 'varchar', length: 500, nullable: true }) moderationReason: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) moderatedAt: Date | null;
  /** The administrator who took it down; null once that account is erased */
  @Column({ type: 'uuid', nullable: true }) moderatedByUserId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'moderated_by_user_id' })
  moderatedBy?: UserEntity;

  /**
   * Normalised text of titles, descriptions, city and skills, for the substring re-check. Like the tokens,
   * never loaded with the posting (select: false): only written on save and read inside search SQL.
   */
  @Column({ type: 'text', default: '', select: false }) searchText: string;
  /** Character uni- and bigrams of searchText (GIN-indexed), see libs/domain/marketplace search-tokens */
  @Index('ix_job_postings_search_tokens', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'", select: false })
  searchTokens: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}

function bigintTransformer() {
  return {
    to: (value: number | null) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
