import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { UsersModule } from '../users/users.module';
import { AdvisersController } from './advisers.controller';
import { AdvisersRepository } from './advisers.repository';
import { AdvisersService } from './advisers.service';

@Module({
  imports: [CandidatesModule, UsersModule],
  controllers: [AdvisersController],
  providers: [AdvisersRepository, AdvisersService],
  exports: [AdvisersRepository],
})
export class AdvisersModule {}
