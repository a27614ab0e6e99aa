import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText, MarketCountry } from '@hashidari/domain-core';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation's name in one or more of ja / ko / en */
  @Column({ type: 'jsonb' }) names: LocalizedText;
  @Column({ type: 'char', length: 2 }) country: MarketCountry;
  @Column({ type: 'varchar', length: 40, nullable: true }) registrationNumber: string | null;
  @Column({ type: 'int', nullable: true }) size: number | null;
  /** Korean nationals insured for employment (E-7 sponsorship counts them) */
  @Column({ type: 'int', nullable: true }) koreanInsuredStaff: number | null;
  /** Foreign professionals already employed (E-1, E-3 to E-7) */
  @Column({ type: 'int', nullable: true }) foreignProfessionalStaff: number | null;
  @Column({ type: 'boolean', default: false }) domesticFocused: boolean;
  /** Japanese employer category 1 to 4 (技人国 documents depend on it) */
  @Column({ type: 'smallint', nullable: true }) jpCategory: number | null;
  /** Set by an admin after checking the registration; 'verified-employers' profiles are shown only to these */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) verifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
