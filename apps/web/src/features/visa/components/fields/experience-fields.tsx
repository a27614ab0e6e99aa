import { useTranslation } from 'react-i18next';
import { useVisibleFacts } from '../fact-context';
import { emptyExperience, emptyPriorStatus } from '../form-model';
import { useOptions } from '../options';
import { DateField, NumberField, SelectField, TextField, TriField } from './controls';
import { ListSection } from './list-section';

/** Work experience, entry by entry. */
export function ExperienceFields() {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const options = useOptions();
  if (!visible.has('person.experience')) return null;
  return (
    <ListSection
      fact="person.experience"
      stateName="person.experienceState"
      name="person.experience"
      hint={t('visa.hints.experience')}
      addLabel={t('visa.form.addExperience')}
      entryLabel={(index) => t('visa.form.experienceEntry', { number: index + 1 })}
      newEntry={emptyExperience}
      renderEntry={(index) => (
        <>
          <NumberField name={`person.experience.${index}.months`} fact="person.experience.months" min={0} max={600} suffix={t('visa.form.monthsSuffix')} />
          <TextField name={`person.experience.${index}.field`} fact="person.experience.field" />
          <SelectField name={`person.experience.${index}.country`} fact="person.experience.country" data={options.countries} />
          <TriField name={`person.experience.${index}.relatedToJob`} fact="person.experience.relatedToJob" />
          <TriField name={`person.experience.${index}.afterDegree`} fact="person.experience.afterDegree" />
        </>
      )}
    />
  );
}

/** Statuses held before (a past working holiday, an earlier E-7 …), with their dates. */
export function PriorStatusFields() {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const options = useOptions();
  if (!visible.has('person.priorStatuses')) return null;
  return (
    <ListSection
      fact="person.priorStatuses"
      stateName="person.priorStatusesState"
      name="person.priorStatuses"
      hint={t('visa.hints.priorStatuses')}
      addLabel={t('visa.form.addPriorStatus')}
      entryLabel={(index) => t('visa.form.priorEntry', { number: index + 1 })}
      newEntry={emptyPriorStatus}
      renderEntry={(index) => (
        <>
          <SelectField name={`person.priorStatuses.${index}.status`} fact="person.priorStatuses.status" data={options.statuses} />
          <DateField name={`person.priorStatuses.${index}.from`} fact="person.priorStatuses.from" />
          <DateField name={`person.priorStatuses.${index}.to`} fact="person.priorStatuses.to" />
        </>
      )}
    />
  );
}
