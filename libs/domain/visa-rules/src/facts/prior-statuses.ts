import { daysBetween, type IsoDate } from '@hashidari/domain-core';
import type { PersonFacts, PriorStatus } from '../eligibility-request';

const DAYS_PER_MONTH = 30.4375;

function currentIsListed(person: PersonFacts, evalDate: IsoDate): boolean {
  const current = person.currentStatus;
  return (person.priorStatuses ?? []).some((p) => p.status === current && (p.to === undefined || p.to >= evalDate));
}

/** Grants of matching statuses held now or before (the current status counts once even if not listed). */
export function statusHistory(person: PersonFacts, matches: (status: string) => boolean, evalDate: IsoDate): PriorStatus[] {
  const prior = (person.priorStatuses ?? []).filter((p) => matches(p.status));
  const current = person.currentStatus;
  if (current !== undefined && matches(current) && !currentIsListed(person, evalDate)) {
    return [...prior, { status: current }];
  }
  return prior;
}

/** Number of separate grants of a status found in the history. */
export function usesOf(person: PersonFacts, matches: (status: string) => boolean, evalDate: IsoDate): number {
  return statusHistory(person, matches, evalDate).length;
}

/**
 * Months granted or spent on matching statuses according to `priorStatuses` (a period without `to`
 * runs to the evaluation date). `undatedCurrent` is true when the person holds a matching status now
 * but no listed period covers it, so the time used so far is not known.
 */
export function monthsOn(
  person: PersonFacts,
  matches: (status: string) => boolean,
  evalDate: IsoDate,
): { months: number; undatedCurrent: boolean; missing: string[] } {
  let days = 0;
  const missing: string[] = [];
  (person.priorStatuses ?? []).forEach((p, i) => {
    if (!matches(p.status)) return;
    if (p.from === undefined) {
      missing.push(`person.priorStatuses[${i}].from`);
      return;
    }
    days += Math.max(0, daysBetween(p.from, p.to ?? evalDate));
  });
  const current = person.currentStatus;
  const undatedCurrent = current !== undefined && matches(current) && !currentIsListed(person, evalDate);
  return { months: days / DAYS_PER_MONTH, undatedCurrent, missing };
}
