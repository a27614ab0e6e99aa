import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { CreatePathwayPlanDto, ListPlansQueryDto, PathwayPlanDto, UpdatePathwayPlanDto, UpdatePlanItemDto } from './dto/pathway-plan.dto';
import { PathwayPlansService } from './pathway-plans.service';

@ApiTags('visa')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto })
@Controller('pathway-plans')
export class PathwayPlansController {
  constructor(private readonly plans: PathwayPlansService) {}

  @Get()
  @Auth({ roles: ['candidate', 'adviser'] })
  @ApiOkResponse({ type: [PathwayPlanDto], description: 'Candidates: their plans; advisers: a consenting candidate’s plans (?candidateId=)' })
  list(@SignedInUser() caller: AuthUser, @Query() query: ListPlansQueryDto): Promise<PathwayPlanDto[]> {
    return this.plans.list(caller, query);
  }

  @Post()
  @Auth({ roles: ['candidate'] })
  @ApiCreatedResponse({ type: PathwayPlanDto })
  create(@SignedInUser() caller: AuthUser, @Body() body: CreatePathwayPlanDto): Promise<PathwayPlanDto> {
    return this.plans.create(caller, body);
  }

  @Get(':id')
  @Auth({ roles: ['candidate', 'adviser'] })
  @ApiOkResponse({ type: PathwayPlanDto, description: 'The plan with today’s timeline, deadlines at risk, checklist and audit trail' })
  get(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<PathwayPlanDto> {
    return this.plans.get(caller, id);
  }

  @Patch(':id')
  @Auth({ roles: ['candidate'] })
  @ApiOkResponse({ type: PathwayPlanDto, description: 'Moves the plan\'s dates; the timeline follows, the checklist and its audit trail stay' })
  update(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: UpdatePathwayPlanDto): Promise<PathwayPlanDto> {
    return this.plans.update(caller, id, body);
  }

  @Delete(':id')
  @Auth({ roles: ['candidate'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The plan is gone, with its checklist and audit trail' })
  remove(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<void> {
    return this.plans.remove(caller, id);
  }

  @Patch(':id/items/:itemId')
  @Auth({ roles: ['candidate', 'adviser'] })
  @ApiOkResponse({ type: PathwayPlanDto })
  @ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'A candidate cannot verify; an adviser cannot tick' })
  updateItem(
    @SignedInUser() caller: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('itemId', uuidPipe) itemId: string,
    @Body() body: UpdatePlanItemDto,
  ): Promise<PathwayPlanDto> {
    return this.plans.updateItem(caller, id, itemId, body);
  }
}
