import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function openApiConfig(): Omit<OpenAPIObject, 'paths'> {
  return new DocumentBuilder()
    .setTitle('hashidari API')
    .setDescription(
      'Japan–Korea youth job matching with visa pathways. Every error answers ' +
        '{"error":{"code","message","details":[{"path","issue"}],"requestId"}}; bad input is 422 VALIDATION_FAILED.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
}

/** Stable operation ids (`Auth_login`) so that the generated web client has readable names. */
export function operationIdFactory(controllerKey: string, methodKey: string): string {
  return `${controllerKey.replace(/Controller$/, '')}_${methodKey}`;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(app, openApiConfig(), { operationIdFactory });
}
