import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../lib/i18n';
import type { CodeMarket, GroupMarket, MarketCountry } from '../api/get-market-insights';
import { formatShare, formatYearly, type Scale } from './market-format';
import { SalaryBandView } from './salary-band-view';

interface GroupCardProps {
  country: MarketCountry;
  group: GroupMarket;
  scale: Scale | null;
  minimumSample: number;
  /** the same group in the other market, for the comparison line (undefined: no open postings there) */
  otherCountry: MarketCountry;
  other: GroupMarket | undefined;
}

/** One occupation group of a market: its figures, the same group across the sea, and its codes. */
export function GroupCard({ country, group, scale, minimumSample, otherCountry, other }: GroupCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const share = (value: number) => formatShare(value, locale);
  const headingId = `insight-${country}-${group.group ?? 'other'}`;
  const title = group.label?.[locale] ?? t('insights.group.other');

  return (
    <li className="hd-insight" aria-labelledby={headingId}>
      <h2 id={headingId} className="hd-insight__title">
        {title}
      </h2>
      <p className="hd-insight__count">{t('insights.postings', { count: group.postings })}</p>
      <div className="hd-insight__shares">
        <ShareLine text={t('insights.sponsorship', { percent: share(group.sponsorshipShare) })} share={group.sponsorshipShare} />
        <ShareLine text={t('insights.internships', { percent: share(group.internshipShare) })} share={group.internshipShare} tone="soft" />
      </div>
      <SalaryBandView band={group.salary} scale={scale} minimumSample={minimumSample} />
      {group.group !== null ? (
        <div className="hd-insight__compare">
          <Text size="sm" fw={700}>
            {t('insights.compare.heading', { country: t(`insights.country.${otherCountry}`) })}
          </Text>
          <Text size="sm">
            {!other
              ? t('insights.compare.none')
              : other.salary
                ? t('insights.compare.figures', {
                    postings: other.postings,
                    sponsorship: share(other.sponsorshipShare),
                    median: formatYearly(t, other.salary.median, other.salary.currency, locale),
                  })
                : t('insights.compare.noMedian', { postings: other.postings, sponsorship: share(other.sponsorshipShare) })}
          </Text>
        </div>
      ) : null}
      <details className="hd-insight__codes">
        <summary>{t('insights.codes.summary', { count: group.codes.length })}</summary>
        <ul>
          {group.codes.map((code) => (
            <CodeRow key={code.code ?? ''} country={country} code={code} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function ShareLine({ text, share, tone }: { text: string; share: number; tone?: 'soft' }) {
  return (
    <div className="hd-share">
      <Text size="sm">{text}</Text>
      <div className="hd-share__track" aria-hidden="true">
        <span className={tone === 'soft' ? 'hd-share__fill hd-share__fill--soft' : 'hd-share__fill'} style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

function CodeRow({ country, code }: { country: MarketCountry; code: CodeMarket }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = code.code === null ? t('insights.codes.noCode') : code.occupations.length === 0 ? t('insights.codes.unknownCode', { code: code.code }) : t('insights.codes.code', { code: code.code });
  return (
    <li className="hd-code">
      <Text size="sm" fw={700}>
        {name}
      </Text>
      {code.occupations.length > 0 ? <Text size="sm">{code.occupations.map((o) => o.label[locale]).join(' · ')}</Text> : null}
      <Text size="sm" className="hd-insight__muted">
        {t('insights.postings', { count: code.postings })}
        {code.salary ? ` · ${t('insights.salary.median', { median: formatYearly(t, code.salary.median, code.salary.currency, locale) })}` : ''}
      </Text>
      {code.code !== null ? (
        <Anchor
          component={Link}
          to={`/jobs?${new URLSearchParams({ country, occupation: code.code }).toString()}`}
          size="sm"
          underline="always"
          aria-label={t('insights.codes.searchFor', { code: code.code })}
        >
          {t('insights.codes.search')}
        </Anchor>
      ) : null}
    </li>
  );
}
