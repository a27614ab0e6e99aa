import { z } from 'zod';
import type { PlacedFieldError } from '../../../lib/employer-field-errors';
import type { TranslationKey } from '../../../lib/i18n';
import type { CreateOrganizationInput } from '../api/create-organization';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';

export const COUNTRIES = ['KR', 'JP'] as const;
export type Country = (typeof COUNTRIES)[number];
export const NAME_LANGUAGES = ['ja', 'ko', 'en'] as const;
export const JP_CATEGORIES = ['1', '2', '3', '4'] as const;

// Client-side checks mirroring CreateOrganizationDto. Messages are translation keys, translated when shown.
const count = (min: number) =>
  z.union([
    z.literal(''),
    z
      .number({ error: 'organization.validation.wholeNumber' })
      .int({ error: 'organization.validation.wholeNumber' })
      .min(min, { error: min === 0 ? 'organization.validation.countMin' : 'organization.validation.sizeMin' })
      .max(1_000_000, { error: 'organization.validation.countMax' }),
  ]);

const name = z.string().trim().max(200, { error: 'organization.validation.nameTooLong' });

/** Digits of a registration number: 사업자등록번호 has 10 (123-45-67890), 法人番号 has 13. */
const REGISTRATION_DIGITS: Record<Country, number> = { KR: 10, JP: 13 };

export const organizationSchema = z
  .object({
    names: z.object({ ja: name, ko: name, en: name }),
    country: z.enum(COUNTRIES),
    registrationNumber: z.string().trim().max(40),
    size: count(1),
    koreanInsuredStaff: count(0),
    foreignProfessionalStaff: count(0),
    domesticFocused: z.enum(['yes', 'no']),
    jpCategory: z.enum([...JP_CATEGORIES, 'unknown']),
  })
  .superRefine((values, context) => {
    if (NAME_LANGUAGES.every((language) => values.names[language].trim() === '')) {
      context.addIssue({ code: 'custom', path: ['names'], message: 'organization.validation.nameRequired' });
    }
    const digits = values.registrationNumber.replace(/[\s-]/g, '');
    const expected = REGISTRATION_DIGITS[values.country];
    if (digits !== '' && !new RegExp(`^\\d{${expected}}$`).test(digits)) {
      context.addIssue({
        code: 'custom',
        path: ['registrationNumber'],
        message: values.country === 'KR' ? 'organization.validation.registrationKr' : 'organization.validation.registrationJp',
      });
    }
  });

export type OrganizationFormValues = z.infer<typeof organizationSchema>;

export const EMPTY_ORGANIZATION: OrganizationFormValues = {
  names: { ja: '', ko: '', en: '' },
  country: 'KR',
  registrationNumber: '',
  size: '',
  koreanInsuredStaff: '',
  foreignProfessionalStaff: '',
  domesticFocused: 'no',
  jpCategory: 'unknown',
};

const orEmpty = (value: number | null) => (value === null ? '' : value);
const orNull = (value: number | '') => (value === '' ? null : value);

export function formValuesOf(organization: MyOrganization): OrganizationFormValues {
  const category = String(organization.jpCategory);
  return {
    names: { ja: organization.names.ja ?? '', ko: organization.names.ko ?? '', en: organization.names.en ?? '' },
    country: organization.country,
    registrationNumber: organization.registrationNumber ?? '',
    size: orEmpty(organization.size),
    koreanInsuredStaff: orEmpty(organization.koreanInsuredStaff),
    foreignProfessionalStaff: orEmpty(organization.foreignProfessionalStaff),
    domesticFocused: organization.domesticFocused ? 'yes' : 'no',
    jpCategory: (JP_CATEGORIES as readonly string[]).includes(category) ? (category as OrganizationFormValues['jpCategory']) : 'unknown',
  };
}

/**
 * The request body. The Korean staff figures belong to Korean organisations and the category to Japanese
 * ones: switching the country clears the other country's facts.
 */
export function organizationBody(values: OrganizationFormValues): CreateOrganizationInput {
  const korean = values.country === 'KR';
  const names = Object.fromEntries(
    NAME_LANGUAGES.map((language) => [language, values.names[language].trim()]).filter(([, text]) => text !== ''),
  );
  return {
    names,
    country: values.country,
    registrationNumber: values.registrationNumber.trim() || null,
    size: orNull(values.size),
    koreanInsuredStaff: korean ? orNull(values.koreanInsuredStaff) : null,
    foreignProfessionalStaff: korean ? orNull(values.foreignProfessionalStaff) : null,
    domesticFocused: korean && values.domesticFocused === 'yes',
    jpCategory: !korean && values.jpCategory !== 'unknown' ? Number(values.jpCategory) : null,
  };
}

const SERVER_FIELDS = [
  'names',
  'country',
  'registrationNumber',
  'size',
  'koreanInsuredStaff',
  'foreignProfessionalStaff',
  'domesticFocused',
  'jpCategory',
] as const;

/** Where a 422 detail of POST/PATCH /organizations goes (`names.ja` goes to the names). */
export function placeOrganizationError(path: string): PlacedFieldError<OrganizationFormValues> | null {
  const field = SERVER_FIELDS.find((name) => path === name || path.startsWith(`${name}.`));
  if (!field) return null;
  const message: TranslationKey = `organization.serverErrors.${field}`;
  return { field, message };
}
