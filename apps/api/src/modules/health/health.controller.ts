import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import { Public } from '../../common/auth/auth.decorator';
import { ErrorEnvelopeDto } from '../../common/http/error-envelope';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'up' }) database: 'up';
}

const DATABASE_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'The API is alive and the database answers' })
  @ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'SERVICE_UNAVAILABLE: the database does not answer' })
  async health(): Promise<HealthDto> {
    if (!(await this.databaseAnswers())) {
      throw new DomainError('SERVICE_UNAVAILABLE', 'The database is not reachable', [{ path: 'database', issue: 'down' }]);
    }
    return { status: 'ok', database: 'up' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
    });
    const probe = this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
