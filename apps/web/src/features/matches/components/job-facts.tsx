import { countryName } from '../../../lib/format';
import type { Schemas } from '@hashidari/contracts';
import { useTranslation } from 'react-i18next';
import { formatDay, formatPayRange } from '../../../components/match/format';
import { useLocalized } from '../../../components/match/localized-text';

type Job = Schemas['JobSummaryDto'];

/** Where, what kind, how much and when: the facts of a posting in one line of chips. */
export function JobFacts({ job }: { job: Job }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const locale = i18n.resolvedLanguage ?? 'en';
  const region = countryName(job.country, locale);
  const facts = [
    job.city ? t('match.values.place', { country: region, city: job.city }) : region,
    t(`match.values.employmentType.${job.employmentType}`),
    job.salary ? formatPayRange(t, locale, job.salary, job.salary.currency, job.salary.period) : null,
    job.startDate ? t('matches.job.start', { date: formatDay(job.startDate, locale) }) : null,
    job.deadline ? t('matches.job.deadline', { date: formatDay(job.deadline, locale) }) : null,
  ].filter((fact): fact is string => Boolean(fact));

  return (
    <>
      <p className="hd-jobmatch__org">
        {localized(job.organization.names)}
        {job.organization.verified ? <span className="hd-jobmatch__verified">{t('matches.job.verified')}</span> : null}
      </p>
      <ul className="hd-jobmatch__facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </>
  );
}
