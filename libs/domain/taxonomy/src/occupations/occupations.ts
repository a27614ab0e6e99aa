import { BUSINESS_OFFICE_OCCUPATIONS } from './data/business-office-occupations';
import { DESIGN_MEDIA_OCCUPATIONS } from './data/design-media-occupations';
import { ENGINEERING_OCCUPATIONS } from './data/engineering-occupations';
import { HOSPITALITY_OCCUPATIONS } from './data/hospitality-occupations';
import { IT_OCCUPATIONS } from './data/it-occupations';
import { LANGUAGE_OCCUPATIONS } from './data/language-occupations';
import { MANAGEMENT_OCCUPATIONS } from './data/management-occupations';
import { MARKETING_PLANNING_OCCUPATIONS } from './data/marketing-planning-occupations';
import { SALES_TRADE_OCCUPATIONS } from './data/sales-trade-occupations';
import type { Occupation } from './occupation';

/** The 59 rows of the crosswalk tables of reference/occupations.md §2, in the reference's order. */
export const OCCUPATIONS: readonly Occupation[] = Object.freeze([
  ...MANAGEMENT_OCCUPATIONS,
  ...IT_OCCUPATIONS,
  ...DESIGN_MEDIA_OCCUPATIONS,
  ...LANGUAGE_OCCUPATIONS,
  ...SALES_TRADE_OCCUPATIONS,
  ...MARKETING_PLANNING_OCCUPATIONS,
  ...BUSINESS_OFFICE_OCCUPATIONS,
  ...ENGINEERING_OCCUPATIONS,
  ...HOSPITALITY_OCCUPATIONS,
]);
