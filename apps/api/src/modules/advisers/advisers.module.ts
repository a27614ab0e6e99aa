import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { UsersModule } from '../users/users.module';
import { VisaPathwaysModule } from '../visa-pathways/visa-pathways.module';
import { AdvisersController } from './advisers.controller';
import { AdvisersRepository } from './advisers.repository';
import { AdvisersService } from './advisers.service';

@Module({
  imports: [CandidatesModule, UsersModule, VisaPathwaysModule],
  controllers: [AdvisersController],
  providers: [AdvisersRepository, AdvisersService],
  exports: [AdvisersRepository],
})
export class AdvisersModule {}
