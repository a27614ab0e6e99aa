import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, CurrentUser, Public, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { CreateJobDto, JobDto, JobPageDto, SearchJobsQueryDto, UpdateJobDto } from './dto/job.dto';
import { JobsService } from './jobs.service';
import { PostingAssessmentDto } from '../visa-pathways/dto/sponsorship.dto';

@ApiTags('jobs')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto })
@Controller()
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get('jobs')
  @Public()
  @ApiOkResponse({ type: JobPageDto, description: 'Published postings, newest first; `feasible=true` needs a signed-in candidate' })
  search(@CurrentUser() caller: AuthUser | undefined, @Query() query: SearchJobsQueryDto): Promise<JobPageDto> {
    return this.jobs.search(caller, query);
  }

  @Post('jobs')
  @Auth({ roles: ['employer'] })
  @ApiCreatedResponse({ type: JobDto, description: 'A draft, checked against the visa rules (see visaWarnings)' })
  create(@SignedInUser() caller: AuthUser, @Body() body: CreateJobDto): Promise<JobDto> {
    return this.jobs.create(caller, body);
  }

  @Get('jobs/:id')
  @Public()
  @ApiOkResponse({ type: JobDto })
  get(@CurrentUser() caller: AuthUser | undefined, @Param('id', uuidPipe) id: string): Promise<JobDto> {
    return this.jobs.get(caller, id);
  }

  @Patch('jobs/:id')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: JobDto })
  update(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: UpdateJobDto): Promise<JobDto> {
    return this.jobs.update(caller, id, body);
  }

  @Get('jobs/:id/readiness')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: PostingAssessmentDto, description: 'What sponsoring this posting will require of the organisation' })
  readiness(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<PostingAssessmentDto> {
    return this.jobs.sponsorshipReadiness(caller, id);
  }

  @Post('jobs/:id/publish')
  @Auth({ roles: ['employer'] })
  @HttpCode(200)
  @ApiOkResponse({ type: JobDto })
  publish(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<JobDto> {
    return this.jobs.publish(caller, id);
  }

  @Post('jobs/:id/close')
  @Auth({ roles: ['employer'] })
  @HttpCode(200)
  @ApiOkResponse({ type: JobDto })
  close(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<JobDto> {
    return this.jobs.close(caller, id);
  }

  @Get('organizations/:id/jobs')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: [JobDto], description: 'Every posting of the organisation, drafts included' })
  forOrganization(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<JobDto[]> {
    return this.jobs.forOrganization(caller, id);
  }
}
