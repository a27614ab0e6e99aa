import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [JobsModule],
  controllers: [MatchingController],
  providers: [MatchingRepository, MatchingService],
})
export class MatchingModule {}
