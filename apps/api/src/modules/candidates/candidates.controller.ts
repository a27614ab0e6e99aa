import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { CandidatesService } from './candidates.service';
import { CandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get('me')
  @Auth({ roles: ['candidate'] })
  @ApiOkResponse({ type: CandidateProfileDto, description: 'My profile (created empty on first visit)' })
  getMine(@SignedInUser() caller: AuthUser): Promise<CandidateProfileDto> {
    return this.candidates.getMine(caller);
  }

  @Put('me')
  @Auth({ roles: ['candidate'] })
  @ApiOkResponse({ type: CandidateProfileDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  putMine(@SignedInUser() caller: AuthUser, @Body() body: PutCandidateProfileDto): Promise<CandidateProfileDto> {
    return this.candidates.putMine(caller, body);
  }

  @Get(':id')
  @Auth({ roles: ['employer', 'adviser'] })
  @ApiOkResponse({ type: CandidateProfileDto, description: 'Only under the candidate’s consent; every view is logged' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  view(@SignedInUser() viewer: AuthUser, @Param('id', uuidPipe) id: string): Promise<CandidateProfileDto> {
    return this.candidates.view(viewer, id);
  }
}
