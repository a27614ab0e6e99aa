import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { JobsModule } from '../jobs/jobs.module';
import { PathwayPlansController } from './pathway-plans.controller';
import { PathwayPlansRepository } from './pathway-plans.repository';
import { PathwayPlansService } from './pathway-plans.service';
import { VisaController } from './visa.controller';
import { VisaService } from './visa.service';

@Module({
  imports: [CandidatesModule, JobsModule],
  controllers: [VisaController, PathwayPlansController],
  providers: [VisaService, PathwayPlansRepository, PathwayPlansService],
  exports: [PathwayPlansService],
})
export class VisaPathwaysModule {}
