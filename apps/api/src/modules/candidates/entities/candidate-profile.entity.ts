import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LanguageTestResult } from '@hashidari/domain-core';
import type { EducationEntry, ExperienceEntry, ProfileVisibility, Wishes } from '@hashidari/marketplace';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A candidate's profile. The structured parts are JSON documents as the candidate wrote them; the facts
 * that search and matching filter on are copied into plain, indexed columns on every save.
 */
@Entity('candidate_profiles')
// Created by a migration: the key plus INCLUDE columns for the matching walk (TypeORM cannot express INCLUDE).
@Index('ix_candidate_profiles_match_walk', { synchronize: false })
export class CandidateProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_candidate_profiles_user_id', { unique: true })
  @Column({ type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 100, nullable: true }) displayName: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) familyName: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) givenName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) nameReading: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) nationality: string | null;
  @Column({ type: 'date', nullable: true }) birthDate: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) currentCountry: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) currentStatus: string | null;
  @Column({ type: 'date', nullable: true }) statusExpiresAt: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" }) education: EducationEntry[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) languageTests: LanguageTestResult[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) experience: ExperienceEntry[];
  @Column({ type: 'jsonb', default: () => "'{}'" }) wishes: Wishes;

  /** Taxonomy skill ids */
  @Index('ix_candidate_profiles_skills', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /** Skills the candidate wrote that the taxonomy does not know: shown, not matched */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  otherSkills: string[];

  @Column({ type: 'varchar', length: 20, default: 'private' })
  visibility: ProfileVisibility;

  // Derived on save, for filtering and matching
  @Column({ type: 'smallint', nullable: true }) jlptLevel: number | null;
  @Column({ type: 'smallint', nullable: true }) topikLevel: number | null;
  @Column({ type: 'smallint', nullable: true }) educationLevel: number | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) wishCountries: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) wishEmploymentTypes: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
