import * as z from 'zod/mini';

/**
 * The portal's build-time settings, parsed once. Nothing else reads import.meta.env.
 * VITE_API_BASE_URL is empty by default: the API serves the portal and answers under /api/v1 on the same origin.
 * (zod/mini keeps this check, which every page needs, small.)
 */
const envSchema = z.object({
  MODE: z.string(),
  DEV: z.boolean(),
  PROD: z.boolean(),
  VITE_API_BASE_URL: z.pipe(
    z._default(
      z.string().check(z.trim(), z.regex(/^(https?:\/\/[^/\s]+)?(\/[^\s]*)?$/, 'must be an origin, a path, or empty')),
      '',
    ),
    z.transform((value: string) => value.replace(/\/+$/, '')),
  ),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(import.meta.env);
