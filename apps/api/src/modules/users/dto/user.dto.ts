import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, Locale } from '@hashidari/domain-core';
import { ROLES, Role } from '../../../common/auth/role';
import type { UserEntity } from '../entities/user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'mina@example.com' }) email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(user: UserEntity): UserDto {
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      locale: user.locale,
      createdAt: user.createdAt.toISOString(),
    };
  }
}
