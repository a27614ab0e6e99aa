import { Select, Text } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../facts';
import { useVisibleFacts } from '../fact-context';
import type { EligibilityFormValues } from '../form-model';
import { useOptions } from '../options';
import { DateField, MultiSelectField, NumberField, SelectField, TriField } from './controls';
import { OccupationField } from './occupation-field';

/** The job (or internship) and its employer: only the facts the chosen status reads. */
export function JobFields() {
  const { t } = useTranslation();
  const visible = useVisibleFacts();
  const options = useOptions();
  const jobFacts = [...visible].filter((fact) => fact.startsWith('job.'));
  if (jobFacts.length === 0) return null;
  const employer = jobFacts.some((fact) => fact.startsWith('job.employer.'));

  return (
    <>
      <div className="hd-vgrid">
        {visible.has('job.occupationCode') ? <OccupationField /> : null}
        {visible.has('job.employmentType') ? <SelectField name="job.employmentType" fact="job.employmentType" data={options.employmentTypes} /> : null}
        {visible.has('job.duties') ? <MultiSelectField name="job.duties" fact="job.duties" data={options.duties} description={t('visa.hints.duties')} /> : null}
        {visible.has('job.startDate') ? <DateField name="job.startDate" fact="job.startDate" /> : null}
        {visible.has('job.durationMonths') ? (
          <NumberField name="job.durationMonths" fact="job.durationMonths" min={0} max={600} suffix={t('visa.form.monthsSuffix')} />
        ) : null}
        {visible.has('job.weeklyHours') ? <NumberField name="job.weeklyHours" fact="job.weeklyHours" min={0} max={168} description={t('visa.hints.weeklyHours')} /> : null}
        {visible.has('job.weekdayHours') ? <NumberField name="job.weekdayHours" fact="job.weekdayHours" min={0} max={168} /> : null}
        {visible.has('job.weekendHours') ? <NumberField name="job.weekendHours" fact="job.weekendHours" min={0} max={168} description={t('visa.hints.weekendHours')} /> : null}
        {visible.has('job.dailyHours') ? <NumberField name="job.dailyHours" fact="job.dailyHours" min={0} max={24} description={t('visa.hints.dailyHours')} /> : null}
      </div>
      {visible.has('job.salary') ? <SalaryFields /> : null}
      {visible.has('job.equalToNationals') ? <TriField name="job.equalToNationals" fact="job.equalToNationals" description={t('visa.hints.equalToNationals')} /> : null}
      {visible.has('job.directEmployment') ? <TriField name="job.directEmployment" fact="job.directEmployment" description={t('visa.hints.directEmployment')} /> : null}
      {visible.has('job.relatedToMajor') ? <TriField name="job.relatedToMajor" fact="job.relatedToMajor" /> : null}
      {visible.has('job.curricular') ? <TriField name="job.curricular" fact="job.curricular" description={t('visa.hints.curricular')} /> : null}
      {visible.has('job.universityContract') ? <TriField name="job.universityContract" fact="job.universityContract" /> : null}
      {visible.has('job.paid') ? <TriField name="job.paid" fact="job.paid" /> : null}
      {employer ? (
        <fieldset className="hd-vlist">
          <legend className="hd-vlist__legend">{t('visa.sections.employer')}</legend>
          <div className="hd-vgrid">
            {visible.has('job.employer.koreanInsuredStaff') ? (
              <NumberField name="job.employer.koreanInsuredStaff" fact="job.employer.koreanInsuredStaff" max={1_000_000} description={t('visa.hints.koreanInsuredStaff')} />
            ) : null}
            {visible.has('job.employer.foreignProfessionalStaff') ? (
              <NumberField name="job.employer.foreignProfessionalStaff" fact="job.employer.foreignProfessionalStaff" max={1_000_000} />
            ) : null}
            {visible.has('job.employer.jpCategory') ? (
              <SelectField name="job.employer.jpCategory" fact="job.employer.jpCategory" data={options.jpCategories} description={t('visa.hints.jpCategory')} />
            ) : null}
          </div>
          {visible.has('job.employer.domesticFocused') ? <TriField name="job.employer.domesticFocused" fact="job.employer.domesticFocused" /> : null}
          {visible.has('job.employer.exportOriented') ? <TriField name="job.employer.exportOriented" fact="job.employer.exportOriented" /> : null}
        </fieldset>
      ) : null}
    </>
  );
}

/** Salary: amount, currency and period, as one fact. */
function SalaryFields() {
  const { t } = useTranslation();
  const options = useOptions();
  const { control } = useFormContext<EligibilityFormValues>();
  return (
    <fieldset className="hd-vlist" id={fieldId('job.salary')} tabIndex={-1}>
      <legend className="hd-vlist__legend">{t('visa.fields.salary')}</legend>
      <Text size="xs" c="dimmed">
        {t('visa.hints.salary')}
      </Text>
      <div className="hd-vgrid hd-vgrid--salary">
        <NumberField name="job.salary.amount" fact="job.salary" label={t('visa.fields.salaryAmount')} max={100_000_000_000} />
        <Controller
          control={control}
          name="job.salary.currency"
          render={({ field }) => (
            <Select
              id={fieldId('job.salary.currency')}
              label={t('visa.fields.salaryCurrency')}
              data={options.currencies}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={control}
          name="job.salary.period"
          render={({ field }) => (
            <Select
              id={fieldId('job.salary.period')}
              label={t('visa.fields.salaryPeriod')}
              data={options.periods}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? 'year')}
              allowDeselect={false}
            />
          )}
        />
      </div>
    </fieldset>
  );
}
