import { isIsoDate } from '@hashidari/domain-core';
import type { SponsorshipCheckInput } from '../api/check-sponsorship';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';
import type { PostingFormValues } from './posting-schema';
import { CURRENCY_OF_COUNTRY } from './salary-format';

/**
 * The facts of the form that the sponsorship check reads, with the organisation's staff figures: the same
 * facts the API takes from a saved posting (a salary given at one end only counts as that amount).
 */
export function sponsorshipFacts(values: PostingFormValues, organization: MyOrganization): SponsorshipCheckInput {
  const { min, max, period } = values.salary;
  const low = min === '' ? max : min;
  const high = max === '' ? min : max;
  const code = values.occupationCode.trim();
  return {
    country: values.country,
    employmentType: values.employmentType,
    sponsorship: values.sponsorship,
    ...(code ? { occupationCode: code } : {}),
    ...(low !== '' && high !== '' ? { salary: { min: low, max: high, currency: CURRENCY_OF_COUNTRY[values.country], period } } : {}),
    ...(isIsoDate(values.startDate) ? { startDate: values.startDate } : {}),
    employer: {
      ...(organization.koreanInsuredStaff !== null ? { koreanInsuredStaff: organization.koreanInsuredStaff } : {}),
      ...(organization.foreignProfessionalStaff !== null ? { foreignProfessionalStaff: organization.foreignProfessionalStaff } : {}),
      domesticFocused: organization.domesticFocused,
      jpCategory: organization.jpCategory,
    },
  };
}
