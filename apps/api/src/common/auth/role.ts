export const ROLES = ['candidate', 'employer', 'adviser', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Admins are created by operators, never through registration. */
export const SELF_REGISTRABLE_ROLES = ['candidate', 'employer', 'adviser'] as const;
export type SelfRegistrableRole = (typeof SELF_REGISTRABLE_ROLES)[number];
