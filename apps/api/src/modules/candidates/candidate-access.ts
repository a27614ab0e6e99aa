import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

/**
 * Who may see a candidate's profile (PRODUCT.md: employer with consent or application, adviser with consent).
 * - an employer: if the candidate chose "verified-employers" and the employer belongs to a verified
 *   organisation, or if the candidate chose "applied" or "verified-employers" and applied to one of the
 *   employer's organisation's postings. "private" is seen by no employer.
 * - an adviser: while the candidate's consent for that adviser stands.
 * - nobody else, admins included.
 */
@Injectable()
export class CandidateAccess {
  async canView(viewer: AuthUser, profile: CandidateProfileEntity, em: EntityManager): Promise<boolean> {
    if (viewer.role === 'adviser') return this.hasAdviserConsent(viewer.id, profile.id, em);
    if (viewer.role !== 'employer' || profile.visibility === 'private') return false;
    if (profile.visibility === 'verified-employers' && (await this.isVerifiedEmployer(viewer.id, em))) return true;
    return this.appliedToEmployer(profile.id, viewer.id, em);
  }

  /**
   * An employer reading an application to one of their organisation's postings: the application
   * itself shows the candidate applied to this employer, so only a private profile stays closed
   * (the same answer as `canView`, without asking the database once per applicant).
   */
  applicantVisibleToEmployer(profile: Pick<CandidateProfileEntity, 'visibility'>): boolean {
    return profile.visibility !== 'private';
  }

  async hasAdviserConsent(adviserUserId: string, candidateId: string, em: EntityManager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      'SELECT 1 FROM adviser_consents WHERE candidate_id = $1 AND adviser_user_id = $2 AND revoked_at IS NULL LIMIT 1',
      [candidateId, adviserUserId],
    );
    return rows.length > 0;
  }

  private async isVerifiedEmployer(userId: string, em: EntityManager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM organization_members m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND o.verified_at IS NOT NULL LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }

  private async appliedToEmployer(candidateId: string, employerUserId: string, em: EntityManager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM applications a
         JOIN job_postings j ON j.id = a.job_id
         JOIN organization_members m ON m.organization_id = j.organization_id
        WHERE a.candidate_id = $1 AND m.user_id = $2 LIMIT 1`,
      [candidateId, employerUserId],
    );
    return rows.length > 0;
  }
}
