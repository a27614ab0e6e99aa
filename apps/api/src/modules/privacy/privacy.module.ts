import { Module } from '@nestjs/common';
import { AdvisersModule } from '../advisers/advisers.module';
import { ApplicationsModule } from '../applications/applications.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { ModerationModule } from '../moderation/moderation.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [UsersModule, CandidatesModule, ApplicationsModule, AdvisersModule, OrganizationsModule, ModerationModule],
  controllers: [PrivacyController],
  providers: [PrivacyService],
})
export class PrivacyModule {}
