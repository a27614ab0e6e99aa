import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../lib/format-money';
import { currentLocale } from '../../../lib/i18n';
import type { SalaryBand } from '../api/get-market-insights';
import { bandPosition, formatYearly, type Scale } from './market-format';

interface SalaryBandViewProps {
  band: SalaryBand | null;
  /** the market's common scale; no bar without one */
  scale: Scale | null;
  minimumSample: number;
}

/** The middle half of a group's yearly salaries in words, and drawn on the market's scale with its median. */
export function SalaryBandView({ band, scale, minimumSample }: SalaryBandViewProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!band) {
    return (
      <Text size="sm" className="hd-insight__muted">
        {t('insights.salary.none', { minimum: minimumSample })}
      </Text>
    );
  }
  const money = (amount: number) => formatYearly(t, amount, band.currency, locale);
  // Japanese and Korean write the currency once, after the range (3,400万〜3,700万ウォン)
  const low = locale === 'en' ? money(band.p25) : formatAmount(band.p25, locale);
  const position = scale ? bandPosition(band, scale) : null;
  return (
    <div className="hd-band">
      <Text size="sm" fw={600}>
        {t('insights.salary.band', { low, high: money(band.p75) })}
      </Text>
      <Text size="sm">
        {t('insights.salary.median', { median: money(band.median) })}{' '}
        <span className="hd-insight__muted">{t('insights.salary.sample', { count: band.postings })}</span>
      </Text>
      {position ? (
        <div className="hd-band__track" aria-hidden="true">
          <span className="hd-band__range" style={{ left: `${position.left}%`, width: `${position.width}%` }} />
          <span className="hd-band__median" style={{ left: `${position.median}%` }} />
        </div>
      ) : null}
    </div>
  );
}
