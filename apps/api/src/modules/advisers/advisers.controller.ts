import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { AdvisersService } from './advisers.service';
import { CaseloadItemDto, GrantAdviserDto, MyAdviserDto } from './dto/adviser.dto';

@ApiTags('advisers')
@Controller()
export class AdvisersController {
  constructor(private readonly advisers: AdvisersService) {}

  @Get('candidates/me/advisers')
  @Auth({ roles: ['candidate'] })
  @ApiOkResponse({ type: [MyAdviserDto], description: 'Advisers who may see my profile and pathway' })
  myAdvisers(@SignedInUser() caller: AuthUser): Promise<MyAdviserDto[]> {
    return this.advisers.myAdvisers(caller);
  }

  @Post('candidates/me/advisers')
  @Auth({ roles: ['candidate'] })
  @ApiCreatedResponse({ type: [MyAdviserDto], description: 'Grants an adviser access (consent)' })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  grant(@SignedInUser() caller: AuthUser, @Body() body: GrantAdviserDto): Promise<MyAdviserDto[]> {
    return this.advisers.grant(caller, body);
  }

  @Delete('candidates/me/advisers/:adviserId')
  @Auth({ roles: ['candidate'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Consent withdrawn; the adviser no longer sees me' })
  async revoke(@SignedInUser() caller: AuthUser, @Param('adviserId', uuidPipe) adviserId: string): Promise<void> {
    await this.advisers.revoke(caller, adviserId);
  }

  @Get('advisers/me/candidates')
  @Auth({ roles: ['adviser'] })
  @ApiOkResponse({ type: [CaseloadItemDto], description: 'Candidates who granted me access, the most urgent first' })
  caseload(@SignedInUser() caller: AuthUser): Promise<CaseloadItemDto[]> {
    return this.advisers.caseload(caller);
  }
}
