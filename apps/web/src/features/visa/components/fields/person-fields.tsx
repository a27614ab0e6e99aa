import { useTranslation } from 'react-i18next';
import { useVisibleFacts } from '../fact-context';
import { useOptions } from '../options';
import { DateField, SelectField, TriField } from './controls';

/** Nationality, birth date, where the person is and their status of residence, and yes / no circumstances. */
export function PersonFields() {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const options = useOptions();
  return (
    <>
      {visible.has('person.nationality') || visible.has('person.birthDate') || visible.has('person.location') || visible.has('person.currentStatus') ? (
        <div className="hd-vgrid">
          {visible.has('person.nationality') ? <SelectField name="person.nationality" fact="person.nationality" data={options.countries} /> : null}
          {visible.has('person.birthDate') ? <DateField name="person.birthDate" fact="person.birthDate" /> : null}
          {visible.has('person.location') ? (
            <SelectField name="person.location" fact="person.location" data={options.countries} description={t('visa.hints.location')} />
          ) : null}
          {visible.has('person.currentStatus') ? (
            <SelectField name="person.currentStatus" fact="person.currentStatus" data={options.statuses} description={t('visa.hints.currentStatus')} />
          ) : null}
        </div>
      ) : null}
      {visible.has('person.jobHuntingStartedBeforeGraduation') ? (
        <TriField name="person.jobHuntingStartedBeforeGraduation" fact="person.jobHuntingStartedBeforeGraduation" />
      ) : null}
      {visible.has('person.schoolRecommendation') ? (
        <TriField name="person.schoolRecommendation" fact="person.schoolRecommendation" description={t('visa.hints.schoolRecommendation')} />
      ) : null}
      {visible.has('person.immigrationViolations') ? (
        <TriField name="person.immigrationViolations" fact="person.immigrationViolations" description={t('visa.hints.immigrationViolations')} />
      ) : null}
    </>
  );
}
