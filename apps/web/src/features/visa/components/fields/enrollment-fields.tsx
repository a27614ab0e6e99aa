import { useTranslation } from 'react-i18next';
import { useVisibleFacts } from '../fact-context';
import { useOptions } from '../options';
import { NumberField, SelectField, TriField } from './controls';

/** The studies the person is enrolled in now (student targets only). */
export function EnrollmentFields() {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const options = useOptions();
  const any = [...visible].some((fact) => fact.startsWith('person.enrollment.'));
  if (!any) return null;
  return (
    <fieldset className="hd-vlist">
      <legend className="hd-vlist__legend">{t('visa.sections.enrollment')}</legend>
      <div className="hd-vgrid">
        {visible.has('person.enrollment.level') ? <SelectField name="person.enrollment.level" fact="person.enrollment.level" data={options.degreeLevels} /> : null}
        {visible.has('person.enrollment.institutionType') ? (
          <SelectField name="person.enrollment.institutionType" fact="person.enrollment.institutionType" data={options.institutionTypes} />
        ) : null}
        {visible.has('person.enrollment.country') ? <SelectField name="person.enrollment.country" fact="person.enrollment.country" data={options.countries} /> : null}
        {visible.has('person.enrollment.year') ? <NumberField name="person.enrollment.year" fact="person.enrollment.year" min={1} max={10} /> : null}
        {visible.has('person.enrollment.gpa') ? (
          <NumberField name="person.enrollment.gpa" fact="person.enrollment.gpa" min={0} max={5} step={0.1} decimalScale={2} description={t('visa.hints.gpa')} />
        ) : null}
        {visible.has('person.enrollment.creditsRatio') ? (
          <NumberField name="person.enrollment.creditsRatio" fact="person.enrollment.creditsRatio" min={0} max={100} suffix="%" description={t('visa.hints.creditsRatio')} />
        ) : null}
      </div>
      {visible.has('person.enrollment.regularSemester') ? (
        <TriField name="person.enrollment.regularSemester" fact="person.enrollment.regularSemester" description={t('visa.hints.regularSemester')} />
      ) : null}
      {visible.has('person.enrollment.inVacation') ? (
        <TriField name="person.enrollment.inVacation" fact="person.enrollment.inVacation" description={t('visa.hints.inVacation')} />
      ) : null}
      {visible.has('person.enrollment.finalYear') ? <TriField name="person.enrollment.finalYear" fact="person.enrollment.finalYear" /> : null}
    </fieldset>
  );
}
