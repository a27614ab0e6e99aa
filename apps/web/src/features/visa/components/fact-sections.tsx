import { useTranslation } from 'react-i18next';
import type { TargetCode } from '../api/check-eligibility';
import { useVisibleFacts } from './fact-context';
import { EducationFields } from './fields/education-fields';
import { EnrollmentFields } from './fields/enrollment-fields';
import { ExperienceFields, PriorStatusFields } from './fields/experience-fields';
import { JobFields } from './fields/job-fields';
import { LanguageFields } from './fields/language-fields';
import { PersonFields } from './fields/person-fields';

const INTERNSHIP_TARGETS: readonly TargetCode[] = ['KR:D-2:internship', 'KR:D-10-1:internship', 'JP:tokutei-katsudo:9'];
const PART_TIME_TARGETS: readonly TargetCode[] = ['KR:D-2:part-time', 'JP:ryugaku:part-time'];

/** The person's facts, then the job's, each section only when the target reads something in it. */
export function FactSections({ target }: { target: TargetCode }) {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const hasPerson = [...visible].some((fact) => fact.startsWith('person.'));
  const hasJob = [...visible].some((fact) => fact.startsWith('job.'));
  const jobHeading = INTERNSHIP_TARGETS.includes(target)
    ? t('visa.sections.internship')
    : PART_TIME_TARGETS.includes(target)
      ? t('visa.sections.partTime')
      : target === 'KR:H-1'
        ? t('visa.sections.workDuringHoliday')
        : t('visa.sections.job');

  return (
    <>
      {hasPerson ? (
        <fieldset className="hd-vsection">
          <legend className="hd-vsection__legend">{t('visa.sections.person')}</legend>
          <PersonFields />
          <EducationFields korea={target.startsWith('KR')} />
          <EnrollmentFields />
          <LanguageFields />
          <ExperienceFields />
          <PriorStatusFields />
        </fieldset>
      ) : null}
      {hasJob ? (
        <fieldset className="hd-vsection">
          <legend className="hd-vsection__legend">{jobHeading}</legend>
          <JobFields />
        </fieldset>
      ) : null}
    </>
  );
}
