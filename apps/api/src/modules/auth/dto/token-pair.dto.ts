import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from '../../users/dto/user.dto';

export class TokenPairDto {
  @ApiProperty({ description: 'Short-lived JWT for the Authorization: Bearer header' }) accessToken: string;
  @ApiProperty({ description: 'Opaque token, valid once: each refresh returns a new one' }) refreshToken: string;
}

export class RegisteredDto extends TokenPairDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
}
