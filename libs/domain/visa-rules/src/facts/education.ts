import { addMonths, type IsoDate } from '@hashidari/domain-core';
import type { DegreeLevel, EducationFacts, InstitutionType, PersonFacts } from '../eligibility-request';
import { allTri, anyTri, type Tri, type TriFact } from './tri';

export interface DegreeQuery {
  levels?: readonly DegreeLevel[];
  /** Country that awarded the degree */
  country?: string;
  institutionTypes?: readonly InstitutionType[];
  /** Accept a degree whose graduation date is still ahead ("expected graduate") */
  allowExpected?: boolean;
  /** The degree was obtained at most this many months before the evaluation date */
  obtainedWithinMonths?: number;
  /** Extra condition on the entry; returning a field name means "unknown: that field is missing" */
  where?: (entry: EducationFacts) => boolean | keyof EducationFacts;
}

export interface DegreeMatch extends TriFact {
  /** First entry that matches for sure */
  entry?: EducationFacts;
}

function criterion<T>(value: T | undefined, ok: (v: T) => boolean, path: string, missing: string[]): Tri {
  if (value === undefined) {
    missing.push(path);
    return 'unknown';
  }
  return ok(value) ? 'yes' : 'no';
}

/** Does the person hold (or, if allowed, expect) a degree matching the query on the evaluation date? */
export function findDegree(person: PersonFacts, evalDate: IsoDate, query: DegreeQuery): DegreeMatch {
  if (person.education === undefined) return { value: 'unknown', missing: ['person.education'] };
  const results: Tri[] = [];
  const missing: string[] = [];
  let entry: EducationFacts | undefined;
  person.education.forEach((e, i) => {
    const path = `person.education[${i}]`;
    const local: string[] = [];
    const checks: Tri[] = [];
    if (query.levels) checks.push(criterion(e.level, (l) => query.levels!.includes(l), `${path}.level`, local));
    if (query.country) checks.push(criterion(e.country, (c) => c === query.country, `${path}.country`, local));
    if (query.institutionTypes) {
      checks.push(criterion(e.institutionType, (x) => query.institutionTypes!.includes(x), `${path}.institutionType`, local));
    }
    if (query.where) {
      const w = query.where(e);
      if (typeof w === 'string') {
        local.push(`${path}.${w}`);
        checks.push('unknown');
      } else checks.push(w ? 'yes' : 'no');
    }
    checks.push(
      criterion(
        e.graduationDate,
        (g) => {
          if (g > evalDate) return query.allowExpected === true;
          return query.obtainedWithinMonths === undefined || evalDate <= addMonths(g, query.obtainedWithinMonths);
        },
        `${path}.graduationDate`,
        local,
      ),
    );
    const r = allTri(checks);
    results.push(r);
    if (r === 'yes' && entry === undefined) entry = e;
    if (r === 'unknown') missing.push(...local);
  });
  const value = anyTri(results);
  return { value, missing: value === 'unknown' ? missing : [], entry };
}

/** Latest graduation date among entries matching a filter (used for periods counted from graduation). */
export function latestGraduation(person: PersonFacts, filter: (e: EducationFacts) => boolean = () => true): IsoDate | undefined {
  const dates = (person.education ?? [])
    .filter(filter)
    .map((e) => e.graduationDate)
    .filter((d): d is IsoDate => d !== undefined)
    .sort();
  return dates.at(-1);
}

const JAPANESE_MAJOR = /japan|日本|일본/i;

/** The person majored in Japanese (language, literature or studies) somewhere. */
export function japaneseMajor(person: PersonFacts): boolean {
  return (person.education ?? []).some((e) => e.field !== undefined && JAPANESE_MAJOR.test(e.field));
}

const KOREAN_STUDIES = /korea|韓国|한국|朝鮮/i;

export function koreanStudiesMajor(person: PersonFacts): boolean {
  return (person.education ?? []).some((e) => e.field !== undefined && KOREAN_STUDIES.test(e.field));
}
