import type { Role } from '../lib/auth/get-me';
import type { TranslationKey } from '../lib/i18n';

export interface NavItem {
  to: string;
  label: TranslationKey;
}

/** The main pages of each role, in the order people use them; visitors see the public tools. */
export const NAV_BY_ROLE: Record<Role | 'visitor', NavItem[]> = {
  visitor: [
    { to: '/jobs', label: 'nav.jobs' },
    { to: '/visa/check', label: 'nav.visaCheck' },
    { to: '/insights', label: 'nav.insights' },
  ],
  candidate: [
    { to: '/home', label: 'nav.home' },
    { to: '/matches', label: 'nav.matches' },
    { to: '/jobs', label: 'nav.jobs' },
    { to: '/applications', label: 'nav.applications' },
    { to: '/pathway', label: 'nav.pathway' },
    { to: '/insights', label: 'nav.insights' },
    { to: '/profile', label: 'nav.profile' },
  ],
  employer: [
    { to: '/home', label: 'nav.home' },
    { to: '/postings', label: 'nav.postings' },
    { to: '/organization', label: 'nav.organization' },
    { to: '/jobs', label: 'nav.jobs' },
    { to: '/insights', label: 'nav.insights' },
  ],
  adviser: [
    { to: '/home', label: 'nav.home' },
    { to: '/caseload', label: 'nav.caseload' },
    { to: '/visa/check', label: 'nav.visaCheck' },
    { to: '/visa/rules', label: 'nav.ruleSet' },
    { to: '/insights', label: 'nav.insights' },
  ],
  admin: [
    { to: '/home', label: 'nav.home' },
    { to: '/admin/organizations', label: 'nav.verification' },
    { to: '/admin/postings', label: 'nav.moderation' },
    { to: '/visa/rules', label: 'nav.ruleSet' },
    { to: '/jobs', label: 'nav.jobs' },
  ],
};
