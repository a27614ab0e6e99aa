import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppModuleOptions } from './app.module';
import { noStoreMiddleware } from './common/http/no-store';
import { createValidationPipe } from './common/validation/validation.pipe';
import { REQUEST_ID_HEADER, requestIdMiddleware } from './common/logging/logging';
import { buildOpenApiDocument } from './openapi';

export const API_PREFIX = 'api/v1';

/** Builds the whole app the same way for main.ts, the e2e tests and the OpenAPI export. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { bufferLogs: true, bodyParser: false, abortOnError: false });
  app.use(requestIdMiddleware);
  app.use(noStoreMiddleware);
  app.set('etag', false);
  app.useBodyParser('json', { limit: '1mb' });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'extended');
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI needs inline styles; the portal needs nothing from other origins.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.enableCors({
    origin: options.config.corsOrigins,
    exposedHeaders: [REQUEST_ID_HEADER],
    allowedHeaders: ['Authorization', 'Content-Type', REQUEST_ID_HEADER],
  });
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
  return app;
}
