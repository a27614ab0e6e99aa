import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useVisibleFacts } from '../fact-context';
import { emptyLanguageTest, type EligibilityFormValues } from '../form-model';
import { LEVELS, SCORE_MAX, useOptions, type LanguageTestName } from '../options';
import { DateField, NumberField, SelectField } from './controls';
import { ListSection } from './list-section';

function LanguageEntry({ index }: { index: number }) {
  const { t } = useTranslation();
  const options = useOptions();
  const { watch } = useFormContext<EligibilityFormValues>();
  const test = watch(`person.languageTests.${index}.test`) as LanguageTestName | '';
  const byLevel = test !== '' && LEVELS[test] !== undefined;
  return (
    <>
      <SelectField name={`person.languageTests.${index}.test`} fact="person.languageTests.test" data={options.languageTests} />
      {byLevel ? (
        <SelectField name={`person.languageTests.${index}.level`} fact="person.languageTests.level" data={options.levels(test)} description={t(`visa.hints.scale.${test === 'JLPT' ? 'JLPT' : test === 'KIIP' ? 'KIIP' : 'TOPIK'}`)} />
      ) : test !== '' ? (
        <NumberField
          name={`person.languageTests.${index}.score`}
          fact="person.languageTests.score"
          min={0}
          max={SCORE_MAX[test]}
          decimalScale={test === 'IELTS' ? 1 : 0}
          step={test === 'IELTS' ? 0.5 : 1}
          description={t('visa.hints.score', { max: SCORE_MAX[test] ?? '' })}
        />
      ) : null}
      {test !== '' ? <DateField name={`person.languageTests.${index}.date`} fact="person.languageTests.date" description={t('visa.hints.testDate')} /> : null}
    </>
  );
}

/** JLPT, TOPIK, BJT, KIIP and English tests, each with its own scale. */
export function LanguageFields() {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  if (!visible.has('person.languageTests')) return null;
  return (
    <ListSection
      fact="person.languageTests"
      stateName="person.languageTestsState"
      name="person.languageTests"
      hint={t('visa.hints.languageTests')}
      addLabel={t('visa.form.addLanguageTest')}
      entryLabel={(index) => t('visa.form.languageEntry', { number: index + 1 })}
      newEntry={emptyLanguageTest}
      renderEntry={(index) => <LanguageEntry index={index} />}
    />
  );
}
