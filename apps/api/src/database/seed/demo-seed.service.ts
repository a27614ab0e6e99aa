import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../common/config/app-config';
import { APP_CONFIG } from '../../common/config/config.module';
import { seedDemoIfEmpty } from './demo-seed';

/** On an empty database (first start), loads the demo so that a newcomer can try every journey. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.logger.setContext(DemoSeedService.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const started = Date.now();
    const summary = await seedDemoIfEmpty(this.dataSource);
    if (summary) this.logger.info({ ...summary, ms: Date.now() - started }, 'loaded the demo data (accounts: see README)');
  }
}
