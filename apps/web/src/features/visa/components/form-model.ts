import type { TargetCode } from '../api/check-eligibility';

/** A yes / no fact the person may not know: "unknown" is sent as nothing. */
export type Tri = 'unknown' | 'yes' | 'no';
/** A list of facts: not given (unknown), known to be empty ("none"), or entries. */
export type ListState = 'unknown' | 'none' | 'some';
export type NumberField = number | '';

export interface EducationEntry {
  level: string;
  country: string;
  field: string;
  graduationDate: string;
  institutionType: string;
  topUniversity: Tri;
}

export interface LanguageTestEntry {
  test: string;
  level: string;
  score: NumberField;
  date: string;
}

export interface ExperienceEntry {
  months: NumberField;
  field: string;
  relatedToJob: Tri;
  afterDegree: Tri;
  country: string;
}

export interface PriorStatusEntry {
  status: string;
  from: string;
  to: string;
}

/** The form mirrors the request: field names are the request's paths, so 422 details land on them. */
export interface EligibilityFormValues {
  target: TargetCode | '';
  evalDate: string;
  person: {
    nationality: string;
    birthDate: string;
    location: string;
    currentStatus: string;
    educationState: ListState;
    education: EducationEntry[];
    enrollment: {
      level: string;
      year: NumberField;
      gpa: NumberField;
      institutionType: string;
      country: string;
      regularSemester: Tri;
      inVacation: Tri;
      finalYear: Tri;
      /** Percent in the form, a 0–1 ratio in the request */
      creditsRatio: NumberField;
    };
    languageTestsState: ListState;
    languageTests: LanguageTestEntry[];
    experienceState: ListState;
    experience: ExperienceEntry[];
    priorStatusesState: ListState;
    priorStatuses: PriorStatusEntry[];
    schoolRecommendation: Tri;
    jobHuntingStartedBeforeGraduation: Tri;
    immigrationViolations: Tri;
  };
  job: {
    country: string;
    occupationCode: string;
    duties: string[];
    salary: { amount: NumberField; currency: string; period: string };
    equalToNationals: Tri;
    employmentType: string;
    directEmployment: Tri;
    weeklyHours: NumberField;
    weekdayHours: NumberField;
    weekendHours: NumberField;
    dailyHours: NumberField;
    startDate: string;
    durationMonths: NumberField;
    relatedToMajor: Tri;
    curricular: Tri;
    universityContract: Tri;
    paid: Tri;
    employer: {
      koreanInsuredStaff: NumberField;
      foreignProfessionalStaff: NumberField;
      domesticFocused: Tri;
      exportOriented: Tri;
      jpCategory: string;
    };
  };
}

export const emptyEducation = (): EducationEntry => ({ level: '', country: '', field: '', graduationDate: '', institutionType: '', topUniversity: 'unknown' });
export const emptyLanguageTest = (): LanguageTestEntry => ({ test: '', level: '', score: '', date: '' });
export const emptyExperience = (): ExperienceEntry => ({ months: '', field: '', relatedToJob: 'unknown', afterDegree: 'unknown', country: '' });
export const emptyPriorStatus = (): PriorStatusEntry => ({ status: '', from: '', to: '' });

export function defaultValues(today: string): EligibilityFormValues {
  return {
    target: '',
    evalDate: today,
    person: {
      nationality: '',
      birthDate: '',
      location: '',
      currentStatus: '',
      educationState: 'unknown',
      education: [],
      enrollment: {
        level: '',
        year: '',
        gpa: '',
        institutionType: '',
        country: '',
        regularSemester: 'unknown',
        inVacation: 'unknown',
        finalYear: 'unknown',
        creditsRatio: '',
      },
      languageTestsState: 'unknown',
      languageTests: [],
      experienceState: 'unknown',
      experience: [],
      priorStatusesState: 'unknown',
      priorStatuses: [],
      schoolRecommendation: 'unknown',
      jobHuntingStartedBeforeGraduation: 'unknown',
      immigrationViolations: 'unknown',
    },
    job: {
      country: '',
      occupationCode: '',
      duties: [],
      salary: { amount: '', currency: '', period: 'year' },
      equalToNationals: 'unknown',
      employmentType: '',
      directEmployment: 'unknown',
      weeklyHours: '',
      weekdayHours: '',
      weekendHours: '',
      dailyHours: '',
      startDate: '',
      durationMonths: '',
      relatedToMajor: 'unknown',
      curricular: 'unknown',
      universityContract: 'unknown',
      paid: 'unknown',
      employer: { koreanInsuredStaff: '', foreignProfessionalStaff: '', domesticFocused: 'unknown', exportOriented: 'unknown', jpCategory: '' },
    },
  };
}
