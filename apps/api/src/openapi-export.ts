/**
 * Writes the OpenAPI document to libs/shared/contracts/openapi.json without a database:
 * Nest's preview mode builds the route graph but instantiates no provider.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from './app.factory';
import { openApiConfig, operationIdFactory } from './openapi';
import { AppModule } from './app.module';
import { loadConfig } from './common/config/app-config';

export const OPENAPI_FILE = join(__dirname, '../../../libs/shared/contracts/openapi.json');

export async function renderOpenApiDocument(): Promise<string> {
  const config = loadConfig({ JWT_SECRET: 'x'.repeat(32), NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent' });
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: 'postgresql://preview/none' }), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const document = SwaggerModule.createDocument(app, openApiConfig(), { operationIdFactory });
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (require.main === module) {
  renderOpenApiDocument()
    .then((json) => {
      writeFileSync(OPENAPI_FILE, json);
      process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
