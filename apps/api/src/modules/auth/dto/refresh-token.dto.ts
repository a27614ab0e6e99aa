import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RefreshTokenDto {
  @ApiProperty({ description: 'The refresh token from register, login or the previous refresh' })
  @IsString()
  @Length(16, 256)
  refreshToken: string;
}
