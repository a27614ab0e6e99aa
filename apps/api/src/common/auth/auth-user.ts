import type { Locale } from '@hashidari/domain-core';
import type { Role } from './role';

/** Who is calling, as the access token and the users table say. */
export interface AuthUser {
  id: string;
  role: Role;
  locale: Locale;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
}
