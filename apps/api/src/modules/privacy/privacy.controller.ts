import { Controller, Delete, Get, Header, HttpCode } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { DataExport, PrivacyService } from './privacy.service';

@ApiTags('me')
@Controller('me')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('export')
  @Auth()
  @Header('Content-Disposition', 'attachment; filename="hashidari-export.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'All my data as JSON: account, profile, applications with history, consents, who viewed my profile' })
  export(@SignedInUser() caller: AuthUser): Promise<DataExport> {
    return this.privacy.export(caller);
  }

  @Delete()
  @Auth()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account and its personal data are erased (see README: what erasure keeps)' })
  async erase(@SignedInUser() caller: AuthUser): Promise<void> {
    await this.privacy.erase(caller);
  }
}
