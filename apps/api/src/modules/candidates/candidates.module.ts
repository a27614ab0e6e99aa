import { Module } from '@nestjs/common';
import { CandidateAccess } from './candidate-access';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

@Module({
  controllers: [CandidatesController],
  providers: [CandidatesRepository, CandidatesService, CandidateAccess],
  exports: [CandidatesRepository, CandidateAccess],
})
export class CandidatesModule {}
