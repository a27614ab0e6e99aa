import { applyDecorators, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '../config/app-config';

const STRICT_RATE_LIMIT = 'hashidari:strict-rate-limit';

/** Login and registration get their own, much lower, per-address limit against password guessing. */
export function StrictRateLimit() {
  return applyDecorators(SetMetadata(STRICT_RATE_LIMIT, true));
}

function isStrict(context: ExecutionContext): boolean {
  return Reflect.getMetadata(STRICT_RATE_LIMIT, context.getHandler()) === true;
}

export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute },
      { name: 'auth', ttl: 60_000, limit: config.authRateLimitPerMinute, skipIf: (context) => !isStrict(context) },
    ],
  };
}
