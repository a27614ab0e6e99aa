import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './common/auth/access.guard';
import { AccessTokenVerifier } from './common/auth/access-token-verifier';
import { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { throttlerOptions } from './common/http/throttling';
import { pinoHttpOptions } from './common/logging/logging';
import { dataSourceOptions } from './database/data-source';
import { DemoSeedService } from './database/seed/demo-seed.service';
import { AdvisersModule } from './modules/advisers/advisers.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AuthModule } from './modules/auth/auth.module';
import { CandidatesModule } from './modules/candidates/candidates.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { AccessLogModule } from './modules/privacy/access-log.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { VisaPathwaysModule } from './modules/visa-pathways/visa-pathways.module';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module';
import { InsightsModule } from './modules/insights/insights.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { MatchingModule } from './modules/matching/matching.module';
import { HealthModule } from './modules/health/health.module';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The URL of the database to use: the configured one or the embedded one that main.ts started. */
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    const servePortal = existsSync(join(config.webDistDir, 'index.html'));
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: pinoHttpOptions(config),
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: databaseUrl,
            poolSize: config.databaseUrl ? config.dbPoolSize : 1,
            runMigrations: config.runMigrations,
          }),
        ),
        // A key object, not the string: jsonwebtoken otherwise tries (and fails) to parse the string as a
        // public key on every verification, which costs more than the HMAC itself.
        JwtModule.register({ global: true, secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) }),
        ThrottlerModule.forRoot(throttlerOptions(config)),
        ...(servePortal
          ? [ServeStaticModule.forRoot({ rootPath: config.webDistDir, exclude: ['/api/{*path}'] })]
          : []),
        HealthModule,
        UsersModule,
        AuthModule,
        AccessLogModule,
        CandidatesModule,
        OrganizationsModule,
        JobsModule,
        ApplicationsModule,
        AdvisersModule,
        PrivacyModule,
        VisaPathwaysModule,
        TaxonomyModule,
        InsightsModule,
        ModerationModule,
        MatchingModule,
      ],
      providers: [
        AccessTokenVerifier,
        DemoSeedService,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
