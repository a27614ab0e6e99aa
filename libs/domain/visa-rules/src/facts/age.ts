import { ageOn, type IsoDate } from '@hashidari/domain-core';
import type { PersonFacts } from '../eligibility-request';

/** Age in whole years on the evaluation date, or undefined when `person.birthDate` is missing. */
export function ageAt(person: PersonFacts, evalDate: IsoDate): number | undefined {
  return person.birthDate === undefined ? undefined : ageOn(person.birthDate, evalDate);
}
