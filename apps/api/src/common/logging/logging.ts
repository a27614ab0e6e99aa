import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

type RequestWithId = IncomingMessage & { id?: string };

/**
 * First middleware of all (before body parsing, so even a malformed body's error carries the id):
 * keeps a caller's request id when it is sane, so traces join up across services, otherwise makes one.
 */
export function requestIdMiddleware(request: RequestWithId, response: ServerResponse, next: () => void): void {
  const incoming = request.headers[REQUEST_ID_HEADER];
  request.id = typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, request.id);
  next();
}

function requestIdOf(request: IncomingMessage): string {
  const id = (request as RequestWithId).id;
  return typeof id === 'string' ? id : randomUUID();
}

export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    genReqId: requestIdOf,
    customProps: (request) => ({ requestId: (request as RequestWithId).id }),
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (request) => request.url === '/api/v1/health' },
  };
}
