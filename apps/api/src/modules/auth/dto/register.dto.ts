import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LOCALES, Locale } from '@hashidari/domain-core';
import { SELF_REGISTRABLE_ROLES, SelfRegistrableRole } from '../../../common/auth/role';

export class RegisterDto {
  @ApiProperty({ example: 'mina@example.com' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128, example: 'correct horse battery' })
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  @MaxLength(128)
  password: string;

  @ApiProperty({ enum: SELF_REGISTRABLE_ROLES, description: 'Admins cannot register themselves' })
  @IsIn(SELF_REGISTRABLE_ROLES, { message: `must be one of ${SELF_REGISTRABLE_ROLES.join(', ')}` })
  role: SelfRegistrableRole;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale: Locale;
}
