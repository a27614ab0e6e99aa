import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { OrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('admin')
@Controller('admin/organizations')
export class AdminOrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post(':id/verify')
  @Auth({ roles: ['admin'] })
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDto, description: 'Marks the organisation as checked; its members count as verified employers' })
  verify(@Param('id', uuidPipe) id: string): Promise<OrganizationDto> {
    return this.organizations.verify(id);
  }
}
