import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { AdminOrganizationPageDto, AdminOrganizationQueryDto, OrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('admin')
@Controller('admin/organizations')
export class AdminOrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Auth({ roles: ['admin'] })
  @ApiOkResponse({ type: AdminOrganizationPageDto, description: 'Organisations waiting for the check (oldest first) or verified (latest first)' })
  list(@Query() query: AdminOrganizationQueryDto): Promise<AdminOrganizationPageDto> {
    return this.organizations.listForReview(query);
  }

  @Post(':id/verify')
  @Auth({ roles: ['admin'] })
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDto, description: 'Marks the organisation as checked; its members count as verified employers' })
  verify(@Param('id', uuidPipe) id: string): Promise<OrganizationDto> {
    return this.organizations.verify(id);
  }

  @Delete(':id/verification')
  @Auth({ roles: ['admin'] })
  @ApiOkResponse({ type: OrganizationDto, description: 'Takes the check back; its members no longer see profiles meant for verified employers' })
  revokeVerification(@Param('id', uuidPipe) id: string): Promise<OrganizationDto> {
    return this.organizations.revokeVerification(id);
  }
}
