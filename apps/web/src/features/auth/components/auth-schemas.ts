import { z } from 'zod';

// Client-side checks mirroring the API's (RegisterDto, LoginDto). Messages are translation keys,
// translated when shown so that they follow a language switch.
const email = z
  .string()
  .trim()
  .min(1, { error: 'validation.emailRequired' })
  .max(254, { error: 'validation.emailTooLong' })
  .pipe(z.email({ error: 'validation.emailInvalid' }));

export const SELF_REGISTRABLE_ROLES = ['candidate', 'employer', 'adviser'] as const;

export const registerSchema = z.object({
  email,
  password: z
    .string()
    .min(1, { error: 'validation.passwordRequired' })
    .min(10, { error: 'validation.passwordTooShort' })
    .max(128, { error: 'validation.passwordTooLong' }),
  role: z.enum(SELF_REGISTRABLE_ROLES, { error: 'validation.roleRequired' }),
});

export type RegisterFormValues = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email,
  password: z
    .string()
    .min(1, { error: 'validation.passwordRequired' })
    .max(128, { error: 'validation.passwordTooLong' }),
});

export type LoginFormValues = z.infer<typeof loginSchema>;
