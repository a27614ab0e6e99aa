import { useTranslation } from 'react-i18next';
import { FigureList } from '../../../components/ui/figure-list';
import { currentLocale } from '../../../lib/i18n';
import type { Market } from '../api/get-market-insights';
import { formatShare, formatYearly } from './market-format';

/** The four headline figures of a market. */
export function MarketSummary({ market }: { market: Market }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures: [string, string][] = [
    [t('insights.summary.postings'), new Intl.NumberFormat(locale).format(market.postings)],
    [t('insights.summary.sponsorship'), formatShare(market.sponsorshipShare, locale)],
    [t('insights.summary.internships'), formatShare(market.internshipShare, locale)],
    [t('insights.summary.salary'), market.salary ? formatYearly(t, market.salary.median, market.salary.currency, locale) : t('insights.summary.noSalary')],
  ];
  return <FigureList figures={figures} label={t('insights.summary.label', { country: t(`insights.country.${market.country}`) })} />;
}
