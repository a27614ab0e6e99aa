import type { paths } from '@hashidari/contracts';
import createClient from 'openapi-fetch';
import { env } from '../../config/env';

/** For the calls that carry no access token: register, login, refresh, logout. */
export const publicApi = createClient<paths>({ baseUrl: env.VITE_API_BASE_URL });
