import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { JobsModule } from '../jobs/jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [CandidatesModule, JobsModule, OrganizationsModule],
  controllers: [MatchingController],
  providers: [MatchingRepository, MatchingService],
})
export class MatchingModule {}
