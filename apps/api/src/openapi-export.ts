/**
 * Writes (or, with --check, verifies) the API's contract files without a database:
 * libs/shared/contracts/openapi.json and the TypeScript types generated from it for the portal.
 * Nest's preview mode builds the route graph but instantiates no provider.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { API_PREFIX } from './app.factory';
import { AppModule } from './app.module';
import { loadConfig } from './common/config/app-config';
import { openApiConfig, operationIdFactory } from './openapi';

const CONTRACTS_DIR = join(__dirname, '../../../libs/shared/contracts');
const OPENAPI_FILE = join(CONTRACTS_DIR, 'openapi.json');
const SCHEMA_FILE = join(CONTRACTS_DIR, 'src/api-schema.ts');
const HEADER = '// Generated from openapi.json by `npm run contracts`. Do not edit.\n';

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

export async function renderSchemaTypes(openApiJson: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiJson) as OpenAPI3);
  return HEADER + astToString(ast);
}

async function main(check: boolean): Promise<void> {
  const openApi = await renderOpenApiDocument();
  const schema = await renderSchemaTypes(openApi);
  const files: [string, string][] = [
    [OPENAPI_FILE, openApi],
    [SCHEMA_FILE, schema],
  ];
  if (!check) {
    for (const [file, content] of files) writeFileSync(file, content);
    process.stdout.write(`Wrote ${files.map(([f]) => f).join(' and ')}\n`);
    return;
  }
  const stale = files.filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content);
  if (stale.length > 0) {
    throw new Error(`Stale contract files (run \`npm run contracts\` and commit): ${stale.map(([f]) => f).join(', ')}`);
  }
  process.stdout.write('The OpenAPI document and the generated client types are up to date.\n');
}

if (require.main === module) {
  main(process.argv.includes('--check')).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
