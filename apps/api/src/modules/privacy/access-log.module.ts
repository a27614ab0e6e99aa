import { Global, Module } from '@nestjs/common';
import { AccessLogRepository } from './access-log.repository';

/** The access log is written by every module that shows a candidate's data to someone else. */
@Global()
@Module({ providers: [AccessLogRepository], exports: [AccessLogRepository] })
export class AccessLogModule {}
