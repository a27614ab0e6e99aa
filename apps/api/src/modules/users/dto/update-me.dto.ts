import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LOCALES, Locale } from '@hashidari/domain-core';

export class UpdateMeDto {
  @ApiProperty({ enum: LOCALES, description: 'Language of the portal and of e-mails for this user' })
  @IsIn(LOCALES)
  locale: Locale;
}
