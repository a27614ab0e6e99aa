import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { CreateReportDto, ModeratedPostingDto, ModeratedPostingPageDto, ModerationQueueQueryDto, ReportDto, TakedownDto } from './dto/moderation.dto';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Post('jobs/:id/reports')
  @Auth({ roles: ['candidate', 'employer', 'adviser'] })
  @ApiCreatedResponse({ type: ReportDto, description: 'Reports a published posting to the moderators; 409 ALREADY_REPORTED on a second report of the same posting, 409 CONFLICT when the posting is closed' })
  report(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: CreateReportDto): Promise<ReportDto> {
    return this.moderation.report(caller, id, body);
  }

  @Get('admin/jobs')
  @Auth({ roles: ['admin'] })
  @ApiOkResponse({ type: ModeratedPostingPageDto, description: 'Reported postings (the longest-waiting first) or every published posting (newest first), with their open reports' })
  queue(@Query() query: ModerationQueueQueryDto): Promise<ModeratedPostingPageDto> {
    return this.moderation.queue(query);
  }

  @Post('admin/jobs/:id/takedown')
  @Auth({ roles: ['admin'] })
  @HttpCode(200)
  @ApiOkResponse({ type: ModeratedPostingDto, description: 'Takes a posting down with a reason shown on it (a published one is closed for good); its open reports are closed' })
  takedown(@SignedInUser() moderator: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: TakedownDto): Promise<ModeratedPostingDto> {
    return this.moderation.takedown(moderator, id, body);
  }

  @Post('admin/jobs/:id/reports/dismiss')
  @Auth({ roles: ['admin'] })
  @HttpCode(200)
  @ApiOkResponse({ type: ModeratedPostingDto, description: 'Closes the posting\'s open reports as unfounded; the posting stays published' })
  dismissReports(@SignedInUser() moderator: AuthUser, @Param('id', uuidPipe) id: string): Promise<ModeratedPostingDto> {
    return this.moderation.dismissReports(moderator, id);
  }
}
