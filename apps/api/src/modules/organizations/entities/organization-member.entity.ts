import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { OrganizationEntity } from './organization.entity';

export type MemberRole = 'owner' | 'member';

@Entity('organization_members')
@Index('uq_organization_members_org_user', ['organizationId', 'userId'], { unique: true })
export class OrganizationMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) organizationId: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Index('ix_organization_members_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 }) role: MemberRole;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
