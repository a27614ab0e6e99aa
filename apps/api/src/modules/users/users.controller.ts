import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, SignedInUser } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { UpdateMeDto } from './dto/update-me.dto';
import { UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@Controller('me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Auth()
  @ApiOkResponse({ type: UserDto, description: 'Who am I' })
  me(@SignedInUser() caller: AuthUser): Promise<UserDto> {
    return this.users.me(caller);
  }

  @Patch()
  @Auth()
  @ApiOkResponse({ type: UserDto, description: 'Change my settings (the portal language)' })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  updateMe(@SignedInUser() caller: AuthUser, @Body() body: UpdateMeDto): Promise<UserDto> {
    return this.users.updateMe(caller, body);
  }
}
