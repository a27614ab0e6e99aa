import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DocumentedRateLimit, Public } from '../../common/auth/auth.decorator';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';
import { StrictRateLimit } from '../../common/http/throttling';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { RegisterDto } from './dto/register.dto';
import { RegisteredDto, TokenPairDto } from './dto/token-pair.dto';

@ApiTags('auth')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED, one detail per field' })
@DocumentedRateLimit()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @StrictRateLimit()
  @ApiCreatedResponse({ type: RegisteredDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'EMAIL_TAKEN' })
  register(@Body() body: RegisterDto): Promise<RegisteredDto> {
    return this.auth.register(body);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @StrictRateLimit()
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'INVALID_CREDENTIALS' })
  login(@Body() body: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(body);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto, description: 'A new pair; the token sent is now spent' })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'INVALID_REFRESH_TOKEN (reuse revokes the family)' })
  refresh(@Body() body: RefreshTokenDto): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is revoked' })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'INVALID_REFRESH_TOKEN' })
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }
}
