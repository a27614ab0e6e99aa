import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'email' }) path: string;
  @ApiProperty({ example: 'must be an email' }) issue: string;
}

export class ErrorBodyDto {
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code: string;
  @ApiProperty({ example: 'The request is not valid' }) message: string;
  @ApiPropertyOptional({ type: [ErrorDetailDto] }) details?: ErrorDetailDto[];
  @ApiProperty({ example: '3f1c9a0e-8a4b-4c1e-9d0b-2b6f5f1d9e11' }) requestId: string;
}

/** The one shape of every error the API answers (PRODUCT.md). */
export class ErrorEnvelopeDto {
  @ApiProperty({ type: ErrorBodyDto }) error: ErrorBodyDto;
}
