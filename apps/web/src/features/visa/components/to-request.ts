import type { Schemas } from '@hashidari/contracts';
import type { EligibilityRequest, TargetCode } from '../api/check-eligibility';
import type { Fact } from './facts';
import type { EligibilityFormValues, ListState, NumberField, Tri } from './form-model';

type Person = NonNullable<EligibilityRequest['person']>;
type Job = NonNullable<EligibilityRequest['job']>;
type Enrollment = Schemas['EnrollmentFactsDto'];
type Employer = Schemas['EmployerFactsDto'];
type Education = Schemas['EducationFactsDto'];
type LanguageTest = Schemas['LanguageTestDto'];
type Experience = Schemas['ExperienceFactsDto'];
type DegreeLevel = NonNullable<Education['level']>;
type InstitutionType = NonNullable<Education['institutionType']>;

const tri = (value: Tri): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);
const num = (value: NumberField): number | undefined => (value === '' ? undefined : value);
const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** Drops the keys whose value is undefined, and the object itself when nothing is left. */
function compact<T extends object>(object: T): T | undefined {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

function list<T, R>(state: ListState, entries: readonly T[], map: (entry: T) => R | undefined): R[] | undefined {
  if (state === 'unknown') return undefined;
  if (state === 'none') return [];
  return entries.map(map).filter((entry): entry is R => entry !== undefined);
}

function languageTest(entry: EligibilityFormValues['person']['languageTests'][number]): LanguageTest | undefined {
  if (!entry.test) return undefined;
  const result: LanguageTest = { test: entry.test as LanguageTest['test'] };
  if (entry.level) result.level = entry.test === 'JLPT' ? entry.level : Number(entry.level);
  else if (entry.score !== '') result.score = entry.score;
  if (entry.date) result.date = entry.date;
  return result;
}

/**
 * The request for the facts on screen: empty fields, "not sure" answers and unknown lists are left out
 * (the engine then answers needs_review and names them); "none" lists are sent as [].
 */
export function toRequest(values: EligibilityFormValues, target: TargetCode, shown: ReadonlySet<Fact>): EligibilityRequest {
  const on = (fact: Fact) => shown.has(fact);
  const p = values.person;
  const j = values.job;
  const country = target.slice(0, 2);

  const enrollment = compact<Enrollment>({
    level: on('person.enrollment.level') ? (text(p.enrollment.level) as DegreeLevel | undefined) : undefined,
    year: on('person.enrollment.year') ? num(p.enrollment.year) : undefined,
    gpa: on('person.enrollment.gpa') ? num(p.enrollment.gpa) : undefined,
    institutionType: on('person.enrollment.institutionType') ? (text(p.enrollment.institutionType) as InstitutionType | undefined) : undefined,
    country: on('person.enrollment.country') ? text(p.enrollment.country) : undefined,
    regularSemester: on('person.enrollment.regularSemester') ? tri(p.enrollment.regularSemester) : undefined,
    inVacation: on('person.enrollment.inVacation') ? tri(p.enrollment.inVacation) : undefined,
    finalYear: on('person.enrollment.finalYear') ? tri(p.enrollment.finalYear) : undefined,
    creditsRatio: on('person.enrollment.creditsRatio') && p.enrollment.creditsRatio !== '' ? p.enrollment.creditsRatio / 100 : undefined,
  });

  const person = compact<Person>({
    nationality: on('person.nationality') ? text(p.nationality) : undefined,
    birthDate: on('person.birthDate') ? text(p.birthDate) : undefined,
    location: on('person.location') ? text(p.location) : undefined,
    currentStatus: on('person.currentStatus') ? text(p.currentStatus) : undefined,
    education: on('person.education')
      ? list(p.educationState, p.education, (e) =>
          compact<Education>({
            level: text(e.level) as DegreeLevel | undefined,
            institutionType: text(e.institutionType) as InstitutionType | undefined,
            country: text(e.country),
            field: text(e.field),
            graduationDate: text(e.graduationDate),
            topUniversity: tri(e.topUniversity),
          }) ?? {},
        )
      : undefined,
    enrollment,
    languageTests: on('person.languageTests') ? list(p.languageTestsState, p.languageTests, languageTest) : undefined,
    experience: on('person.experience')
      ? list(p.experienceState, p.experience, (x) =>
          compact<Experience>({
            months: num(x.months),
            field: text(x.field),
            relatedToJob: tri(x.relatedToJob),
            afterDegree: tri(x.afterDegree),
            country: text(x.country),
          }) ?? {},
        )
      : undefined,
    priorStatuses: on('person.priorStatuses')
      ? list(p.priorStatusesState, p.priorStatuses, (s) => (s.status ? { status: s.status, from: text(s.from), to: text(s.to) } : undefined))
      : undefined,
    schoolRecommendation: on('person.schoolRecommendation') ? tri(p.schoolRecommendation) : undefined,
    jobHuntingStartedBeforeGraduation: on('person.jobHuntingStartedBeforeGraduation') ? tri(p.jobHuntingStartedBeforeGraduation) : undefined,
    immigrationViolations: on('person.immigrationViolations') ? tri(p.immigrationViolations) : undefined,
  });

  const employer = compact<Employer>({
    koreanInsuredStaff: on('job.employer.koreanInsuredStaff') ? num(j.employer.koreanInsuredStaff) : undefined,
    foreignProfessionalStaff: on('job.employer.foreignProfessionalStaff') ? num(j.employer.foreignProfessionalStaff) : undefined,
    domesticFocused: on('job.employer.domesticFocused') ? tri(j.employer.domesticFocused) : undefined,
    exportOriented: on('job.employer.exportOriented') ? tri(j.employer.exportOriented) : undefined,
    jpCategory: on('job.employer.jpCategory') && j.employer.jpCategory ? Number(j.employer.jpCategory) : undefined,
  });

  const salaryCurrency = (j.salary.currency || (country === 'JP' ? 'JPY' : 'KRW')) as 'KRW' | 'JPY';
  const job = compact<Job>({
    occupationCode: on('job.occupationCode') ? text(j.occupationCode) : undefined,
    duties: on('job.duties') && j.duties.length > 0 ? (j.duties as Job['duties']) : undefined,
    employmentType: on('job.employmentType') ? (text(j.employmentType) as Job['employmentType']) : undefined,
    directEmployment: on('job.directEmployment') ? tri(j.directEmployment) : undefined,
    salary:
      on('job.salary') && j.salary.amount !== ''
        ? { amount: Math.round(j.salary.amount), currency: salaryCurrency, period: (j.salary.period || 'year') as 'year' | 'month' | 'hour' }
        : undefined,
    equalToNationals: on('job.equalToNationals') ? tri(j.equalToNationals) : undefined,
    startDate: on('job.startDate') ? text(j.startDate) : undefined,
    durationMonths: on('job.durationMonths') ? num(j.durationMonths) : undefined,
    relatedToMajor: on('job.relatedToMajor') ? tri(j.relatedToMajor) : undefined,
    weeklyHours: on('job.weeklyHours') ? num(j.weeklyHours) : undefined,
    weekdayHours: on('job.weekdayHours') ? num(j.weekdayHours) : undefined,
    weekendHours: on('job.weekendHours') ? num(j.weekendHours) : undefined,
    dailyHours: on('job.dailyHours') ? num(j.dailyHours) : undefined,
    curricular: on('job.curricular') ? tri(j.curricular) : undefined,
    universityContract: on('job.universityContract') ? tri(j.universityContract) : undefined,
    paid: on('job.paid') ? tri(j.paid) : undefined,
    employer,
  });

  const request: EligibilityRequest = { target, evalDate: values.evalDate };
  if (person) request.person = person;
  if (job) request.job = { country, ...job };
  return request;
}
