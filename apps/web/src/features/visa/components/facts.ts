import type { TargetCode } from '../api/check-eligibility';

/**
 * The facts the form can ask for, named by their request path without list indices
 * (`person.education.graduationDate`). Each target shows only the facts its rules read
 * (libs/domain/visa-rules); a fact that an answer names as missing is shown too.
 */
export const FACTS = [
  'person.nationality',
  'person.birthDate',
  'person.location',
  'person.currentStatus',
  'person.education',
  'person.education.level',
  'person.education.institutionType',
  'person.education.country',
  'person.education.field',
  'person.education.graduationDate',
  'person.education.topUniversity',
  'person.enrollment.level',
  'person.enrollment.year',
  'person.enrollment.gpa',
  'person.enrollment.institutionType',
  'person.enrollment.country',
  'person.enrollment.regularSemester',
  'person.enrollment.inVacation',
  'person.enrollment.finalYear',
  'person.enrollment.creditsRatio',
  'person.languageTests',
  'person.languageTests.test',
  'person.languageTests.level',
  'person.languageTests.score',
  'person.languageTests.date',
  'person.experience',
  'person.experience.months',
  'person.experience.field',
  'person.experience.relatedToJob',
  'person.experience.afterDegree',
  'person.experience.country',
  'person.priorStatuses',
  'person.priorStatuses.status',
  'person.priorStatuses.from',
  'person.priorStatuses.to',
  'person.schoolRecommendation',
  'person.jobHuntingStartedBeforeGraduation',
  'person.immigrationViolations',
  'job.occupationCode',
  'job.duties',
  'job.employmentType',
  'job.directEmployment',
  'job.salary',
  'job.equalToNationals',
  'job.startDate',
  'job.durationMonths',
  'job.relatedToMajor',
  'job.weeklyHours',
  'job.weekdayHours',
  'job.weekendHours',
  'job.dailyHours',
  'job.curricular',
  'job.universityContract',
  'job.paid',
  'job.employer.koreanInsuredStaff',
  'job.employer.foreignProfessionalStaff',
  'job.employer.domesticFocused',
  'job.employer.exportOriented',
  'job.employer.jpCategory',
] as const;

export type Fact = (typeof FACTS)[number];

/** The list facts: a list, and the fields of one entry. */
export const LIST_FACTS = ['person.education', 'person.languageTests', 'person.experience', 'person.priorStatuses'] as const;
export type ListFact = (typeof LIST_FACTS)[number];

const ENROLLMENT_D2: Fact[] = ['person.enrollment.level', 'person.enrollment.year', 'person.enrollment.institutionType'];

/** What each target's rules read (the form stays short: nothing else is asked). */
export const FACTS_BY_TARGET: Record<TargetCode, readonly Fact[]> = {
  'KR:D-2:part-time': [
    'person.currentStatus',
    ...ENROLLMENT_D2,
    'person.enrollment.gpa',
    'person.enrollment.regularSemester',
    'person.enrollment.inVacation',
    'person.languageTests',
    'job.duties',
    'job.directEmployment',
    'job.startDate',
    'job.weeklyHours',
    'job.weekendHours',
  ],
  'KR:D-2:internship': [
    'person.currentStatus',
    ...ENROLLMENT_D2,
    'person.enrollment.inVacation',
    'person.languageTests',
    'job.curricular',
    'job.occupationCode',
    'job.startDate',
    'job.durationMonths',
    'job.weeklyHours',
  ],
  'KR:D-10-1': [
    'person.nationality',
    'person.birthDate',
    'person.location',
    'person.currentStatus',
    'person.education',
    'person.languageTests',
    'person.priorStatuses',
    'person.immigrationViolations',
  ],
  'KR:D-10-1:internship': ['person.currentStatus', 'person.priorStatuses', 'job.occupationCode', 'job.startDate', 'job.durationMonths'],
  'KR:E-7-1': [
    'person.location',
    'person.currentStatus',
    'person.education',
    'person.experience',
    'person.priorStatuses',
    'job.occupationCode',
    'job.salary',
    'job.relatedToMajor',
    'job.startDate',
    'job.employer.koreanInsuredStaff',
    'job.employer.foreignProfessionalStaff',
    'job.employer.domesticFocused',
    'job.employer.exportOriented',
  ],
  'KR:H-1': ['person.nationality', 'person.location', 'person.birthDate', 'person.currentStatus', 'person.priorStatuses', 'job.employmentType', 'job.weeklyHours'],
  'JP:ryugaku:part-time': [
    'person.currentStatus',
    'person.enrollment.level',
    'person.enrollment.institutionType',
    'person.enrollment.inVacation',
    'person.enrollment.finalYear',
    'person.enrollment.creditsRatio',
    'job.weeklyHours',
    'job.dailyHours',
    'job.relatedToMajor',
  ],
  'JP:tokutei-katsudo:9': [
    'person.birthDate',
    'person.enrollment.country',
    'person.enrollment.institutionType',
    'person.enrollment.level',
    'person.priorStatuses',
    'job.curricular',
    'job.universityContract',
    'job.paid',
    'job.durationMonths',
    'job.relatedToMajor',
  ],
  'JP:tokutei-katsudo:job-hunting': [
    'person.currentStatus',
    'person.education',
    'person.jobHuntingStartedBeforeGraduation',
    'person.schoolRecommendation',
    'job.weeklyHours',
  ],
  'JP:tokutei-katsudo:46': ['person.education', 'person.languageTests', 'job.duties', 'job.employmentType', 'job.directEmployment', 'job.equalToNationals', 'job.salary'],
  'JP:gijinkoku': [
    'person.currentStatus',
    'person.location',
    'person.education',
    'person.experience',
    'job.duties',
    'job.relatedToMajor',
    'job.equalToNationals',
    'job.employmentType',
    'job.salary',
    'job.employer.jpCategory',
  ],
  'JP:working-holiday': ['person.nationality', 'person.location', 'person.birthDate', 'person.currentStatus', 'person.priorStatuses'],
};

function isFact(value: string): value is Fact {
  return (FACTS as readonly string[]).includes(value);
}

/**
 * The fact a request path names (a missing field of a reason, or a 422 detail):
 * `person.education[0].level`, `person.education.0.level` and `person.education[].level` all name
 * `person.education.level`; `job.salary.currency` names `job.salary`; `person.enrollment` names its first field.
 */
export function factOf(path: string): Fact | undefined {
  const plain = path.replace(/\[\d*\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
  if (isFact(plain)) return plain;
  if (plain.startsWith('job.salary')) return 'job.salary';
  if (plain === 'person.enrollment') return 'person.enrollment.level';
  if (plain === 'job.employer') return 'job.employer.koreanInsuredStaff';
  const parent = plain.split('.').slice(0, -1).join('.');
  return isFact(parent) ? parent : undefined;
}

/** The list a fact belongs to, if any. */
export function listOf(fact: Fact): ListFact | undefined {
  return LIST_FACTS.find((list) => fact === list || fact.startsWith(`${list}.`));
}

/** The facts shown for a target: its own, plus those an answer asked for. */
export function visibleFacts(target: TargetCode | '', revealed: ReadonlySet<Fact>): Set<Fact> {
  const shown = new Set<Fact>(target ? FACTS_BY_TARGET[target] : []);
  for (const fact of revealed) {
    shown.add(fact);
    const list = listOf(fact);
    if (list) shown.add(list);
  }
  return shown;
}

/** The DOM id of a fact's field (the first entry's for list fields; the list's own control when it is empty). */
export function fieldId(path: string): string {
  return `vf-${path.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
}
