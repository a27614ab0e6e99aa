import { BUSINESS_OFFICE_SKILLS } from './data/business-office-skills';
import { DESIGN_MEDIA_SKILLS } from './data/design-media-skills';
import { ENGINEERING_SKILLS } from './data/engineering-skills';
import { HOSPITALITY_SKILLS } from './data/hospitality-skills';
import { IT_SKILLS } from './data/it-skills';
import { LANGUAGE_SKILLS } from './data/language-skills';
import { SALES_MARKETING_SKILLS } from './data/sales-marketing-skills';
import type { Skill } from './skill';

/** All 100 skills of reference/occupations.md §6, in the reference's order. */
export const SKILLS: readonly Skill[] = Object.freeze([
  ...IT_SKILLS,
  ...DESIGN_MEDIA_SKILLS,
  ...LANGUAGE_SKILLS,
  ...SALES_MARKETING_SKILLS,
  ...BUSINESS_OFFICE_SKILLS,
  ...ENGINEERING_SKILLS,
  ...HOSPITALITY_SKILLS,
]);
