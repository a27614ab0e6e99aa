import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { AddMemberDto, CreateOrganizationDto, MemberDto, MyOrganizationDto, OrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'Unknown, or not an organisation of yours' })
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Auth({ roles: ['employer'] })
  @ApiCreatedResponse({ type: OrganizationDto, description: 'The caller becomes its owner' })
  create(@SignedInUser() caller: AuthUser, @Body() body: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(caller, body);
  }

  @Get('mine')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: [MyOrganizationDto] })
  mine(@SignedInUser() caller: AuthUser): Promise<MyOrganizationDto[]> {
    return this.organizations.mine(caller);
  }

  @Get(':id')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: OrganizationDto })
  get(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<OrganizationDto> {
    return this.organizations.get(caller, id);
  }

  @Patch(':id')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: OrganizationDto })
  update(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.update(caller, id, body);
  }

  @Get(':id/members')
  @Auth({ roles: ['employer'] })
  @ApiOkResponse({ type: [MemberDto] })
  members(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string): Promise<MemberDto[]> {
    return this.organizations.members(caller, id);
  }

  @Post(':id/members')
  @Auth({ roles: ['employer'] })
  @ApiCreatedResponse({ type: [MemberDto], description: 'Owners add colleagues who have employer accounts' })
  addMember(@SignedInUser() caller: AuthUser, @Param('id', uuidPipe) id: string, @Body() body: AddMemberDto): Promise<MemberDto[]> {
    return this.organizations.addMember(caller, id, body);
  }

  @Delete(':id/members/:userId')
  @Auth({ roles: ['employer'] })
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeMember(
    @SignedInUser() caller: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('userId', uuidPipe) userId: string,
  ): Promise<void> {
    await this.organizations.removeMember(caller, id, userId);
  }
}
