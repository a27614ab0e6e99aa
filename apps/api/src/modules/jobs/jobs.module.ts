import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { FeasibilityFilter } from './feasibility-filter';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';
import { PostingReadiness } from './posting-readiness';

@Module({
  imports: [OrganizationsModule, CandidatesModule],
  controllers: [JobsController],
  providers: [JobsRepository, JobsService, PostingReadiness, FeasibilityFilter],
  exports: [JobsRepository, PostingReadiness],
})
export class JobsModule {}
