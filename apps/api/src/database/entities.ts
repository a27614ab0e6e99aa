import { AdviserConsentEntity } from '../modules/advisers/entities/adviser-consent.entity';
import { ApplicationEntity } from '../modules/applications/entities/application.entity';
import { ApplicationEventEntity } from '../modules/applications/entities/application-event.entity';
import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { CandidateProfileEntity } from '../modules/candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../modules/jobs/entities/job-posting.entity';
import { JobReportEntity } from '../modules/moderation/entities/job-report.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { OrganizationMemberEntity } from '../modules/organizations/entities/organization-member.entity';
import { AccessLogEntity } from '../modules/privacy/entities/access-log.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { PathwayPlanEntity } from '../modules/visa-pathways/entities/pathway-plan.entity';
import { PlanChecklistItemEntity } from '../modules/visa-pathways/entities/plan-checklist-item.entity';
import { PlanItemEventEntity } from '../modules/visa-pathways/entities/plan-item-event.entity';

/** Every entity of the app, listed once for the app, the migration CLI and the tests. */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  CandidateProfileEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  JobPostingEntity,
  JobReportEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  AdviserConsentEntity,
  AccessLogEntity,
  PathwayPlanEntity,
  PlanChecklistItemEntity,
  PlanItemEventEntity,
];
