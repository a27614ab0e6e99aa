import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { ApplicationsService } from './applications.service';
import { ApplicationDto, ApplicationPageDto, CreateApplicationDto, ListApplicationsQueryDto, UpdateApplicationDto } from './dto/application.dto';

@ApiTags('applications')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto })
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('jobs/:id/applications')
  @Auth({ roles: ['candidate'] })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'ALREADY_APPLIED, or the posting is closed' })
  apply(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) jobId: string, @Body() body: CreateApplicationDto): Promise<ApplicationDto> {
    return this.applications.apply(caller, jobId, body);
  }

  @Get('applications')
  @Auth({ roles: ['candidate', 'employer'] })
  @ApiOkResponse({ type: ApplicationPageDto, description: 'Candidates: their own; employers: those to their organisations’ postings' })
  list(@SignedInUser() caller: AuthUser, @Query() query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    return this.applications.list(caller, query);
  }

  @Get('applications/:id')
  @Auth({ roles: ['candidate', 'employer'] })
  @ApiOkResponse({ type: ApplicationDto })
  get(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<ApplicationDto> {
    return this.applications.get(caller, id);
  }

  @Patch('applications/:id')
  @Auth({ roles: ['candidate', 'employer'] })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'ILLEGAL_TRANSITION' })
  update(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: UpdateApplicationDto): Promise<ApplicationDto> {
    return this.applications.update(caller, id, body);
  }
}
