import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError } from '@hashidari/domain-core';
import type { PinoLogger } from 'nestjs-pino';
import { AllExceptionsFilter } from './all-exceptions.filter';

class RecordingLogger {
  errors: unknown[] = [];
  setContext(): void {}
  error(entry: unknown): void {
    this.errors.push(entry);
  }
}

function run(exception: unknown) {
  const logger = new RecordingLogger();
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter(logger as unknown as PinoLogger).catch(exception, host);
  return { ...sent, logged: logger.errors };
}

describe('AllExceptionsFilter', () => {
  it('maps a domain error to its status with details', () => {
    const result = run(new DomainError('ALREADY_APPLIED', 'You already applied', [{ path: 'jobId', issue: 'applied' }]));
    expect(result.status).toBe(409);
    expect(result.body).toEqual({
      error: { code: 'ALREADY_APPLIED', message: 'You already applied', details: [{ path: 'jobId', issue: 'applied' }], requestId: 'req-1' },
    });
  });

  it('hides an unknown error behind a generic 500 and logs it with the request id', () => {
    const result = run(new Error('connection string postgres://secret@db leaked'));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('secret');
    expect(result.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side', requestId: 'req-1' } });
    expect(result.logged).toHaveLength(1);
    expect(result.logged[0]).toMatchObject({ requestId: 'req-1' });
  });

  it('maps framework errors to their own codes', () => {
    expect(run(new NotFoundException()).body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const limited = run(new ThrottlerException());
    expect(limited.status).toBe(429);
    expect(limited.headers['Retry-After']).toBe('60');
  });
});
