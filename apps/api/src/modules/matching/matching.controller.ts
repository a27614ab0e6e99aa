import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { CandidateMatchPageDto, JobFitDto, JobMatchPageDto, MatchLimitQueryDto } from './dto/match.dto';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@ApiNotFoundResponse({ type: ErrorEnvelopeDto })
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('matches/jobs')
  @Auth({ roles: ['candidate'] })
  @ApiOkResponse({ type: JobMatchPageDto, description: 'Postings in Korea and Japan that fit me best, each with its score and why' })
  jobsForMe(@SignedInUser() caller: AuthUser, @Query() query: MatchLimitQueryDto): Promise<JobMatchPageDto> {
    return this.matching.jobsForCandidate(caller, query.limit);
  }

  @Get('jobs/:id/matches')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: CandidateMatchPageDto, description: 'Consenting candidates who fit the posting best, explained' })
  candidatesForJob(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Query() query: MatchLimitQueryDto): Promise<CandidateMatchPageDto> {
    return this.matching.candidatesForJob(caller, id, query.limit);
  }

  @Get('jobs/:id/fit')
  @Auth({ roles: ['candidate'] })
  @ApiOkResponse({ type: JobFitDto, description: 'How this posting fits me, with the hard requirements I do not meet' })
  fit(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<JobFitDto> {
    return this.matching.fit(caller, id);
  }
}
