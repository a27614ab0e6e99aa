import type { PersonFacts } from '../eligibility-request';

export interface ExperienceTotal {
  /** Months that surely count */
  sure: number;
  /** Months that might count if missing flags turned out true */
  possible: number;
  missing: string[];
}

/** Months of experience related to the job (and, if asked, gained after the degree). */
export function relatedExperience(person: PersonFacts, opts: { afterDegree?: boolean } = {}): ExperienceTotal {
  if (person.experience === undefined) return { sure: 0, possible: Infinity, missing: ['person.experience'] };
  let sure = 0;
  let possible = 0;
  const missing: string[] = [];
  person.experience.forEach((x, i) => {
    const path = `person.experience[${i}]`;
    const flags = [x.relatedToJob, opts.afterDegree ? x.afterDegree : true];
    if (flags.includes(false)) return;
    const months = x.months;
    if (months === undefined) {
      missing.push(`${path}.months`);
      possible = Infinity;
      return;
    }
    if (flags.includes(undefined)) {
      if (x.relatedToJob === undefined) missing.push(`${path}.relatedToJob`);
      if (opts.afterDegree && x.afterDegree === undefined) missing.push(`${path}.afterDegree`);
      possible += months;
      return;
    }
    sure += months;
    possible += months;
  });
  return { sure, possible, missing };
}

/** Compares the experience total with a threshold in months. */
export function experienceAtLeast(total: ExperienceTotal, months: number): 'yes' | 'no' | 'unknown' {
  if (total.sure >= months) return 'yes';
  return total.possible >= months ? 'unknown' : 'no';
}
