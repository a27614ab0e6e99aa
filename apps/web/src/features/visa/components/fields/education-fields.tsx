import { useTranslation } from 'react-i18next';
import { useVisibleFacts } from '../fact-context';
import { emptyEducation } from '../form-model';
import { useOptions } from '../options';
import { DateField, SelectField, TextField, TriField } from './controls';
import { ListSection } from './list-section';

/** Degrees obtained or expected, one entry each. */
export function EducationFields({ korea }: { korea: boolean }) {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const options = useOptions();
  if (!visible.has('person.education')) return null;
  return (
    <ListSection
      fact="person.education"
      stateName="person.educationState"
      name="person.education"
      hint={t('visa.hints.education')}
      addLabel={t('visa.form.addEducation')}
      entryLabel={(index) => t('visa.form.educationEntry', { number: index + 1 })}
      newEntry={emptyEducation}
      renderEntry={(index) => (
        <>
          <SelectField name={`person.education.${index}.level`} fact="person.education.level" data={options.degreeLevels} />
          <SelectField name={`person.education.${index}.institutionType`} fact="person.education.institutionType" data={options.institutionTypes} />
          <SelectField name={`person.education.${index}.country`} fact="person.education.country" data={options.countries} />
          <TextField name={`person.education.${index}.field`} fact="person.education.field" description={t('visa.hints.educationField')} />
          <DateField name={`person.education.${index}.graduationDate`} fact="person.education.graduationDate" description={t('visa.hints.graduationDate')} />
          {korea || visible.has('person.education.topUniversity') ? (
            <TriField name={`person.education.${index}.topUniversity`} fact="person.education.topUniversity" description={t('visa.hints.topUniversity')} />
          ) : null}
        </>
      )}
    />
  );
}
