import { Container, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type MarketCountry, type MarketInsights, useMarketInsights } from '../api/get-market-insights';
import { GroupCard } from '../components/group-card';
import { salaryScale } from '../components/market-format';
import { MarketSummary } from '../components/market-summary';
import '../../../components/match/common.css';
import '../components/insights.css';

const COUNTRIES: MarketCountry[] = ['KR', 'JP'];

/** /insights: the open postings of one market by occupation group, each beside the same group in the other. */
export function MarketInsightsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('insights.title'));
  const [params, setParams] = useSearchParams();
  const country: MarketCountry = params.get('country') === 'JP' ? 'JP' : 'KR';
  const insights = useMarketInsights();

  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('insights.heading')}</PageHeading>
      <Text className="page-lead">{t('insights.lead')}</Text>
      <SegmentedControl
        mt="md"
        value={country}
        onChange={(value) => setParams({ country: value }, { replace: true })}
        aria-label={t('insights.country.label')}
        data={COUNTRIES.map((c) => ({ value: c, label: t(`insights.country.${c}`) }))}
      />
      {insights.isPending ? (
        <LoadingState label={t('insights.loading')} />
      ) : insights.isError ? (
        <ErrorState error={insights.error} onRetry={() => void insights.refetch()} />
      ) : (
        <MarketView insights={insights.data} country={country} />
      )}
      <section className="hd-insights__method" aria-labelledby="insights-method">
        <h2 id="insights-method">{t('insights.method.heading')}</h2>
        <Text size="sm">{t('insights.method.body')}</Text>
      </section>
    </Container>
  );
}

function MarketView({ insights, country }: { insights: MarketInsights; country: MarketCountry }) {
  const { t } = useTranslation();
  const market = insights.markets.find((m) => m.country === country);
  const otherCountry: MarketCountry = country === 'KR' ? 'JP' : 'KR';
  const other = insights.markets.find((m) => m.country === otherCountry);
  const countryName = t(`insights.country.${country}`);
  if (!market || market.postings === 0) {
    return (
      <div className="hd-empty">
        <Text fw={700}>{t('insights.empty.title', { country: countryName })}</Text>
        <Text size="sm">{t('insights.empty.body')}</Text>
      </div>
    );
  }
  const scale = salaryScale(market.groups.map((g) => g.salary));
  return (
    <>
      <Text size="sm" className="hd-insights__asof">
        {t('insights.asOf', { date: formatDate(insights.asOf, currentLocale()) })}
      </Text>
      <MarketSummary market={market} />
      <ol className="hd-insights">
        {market.groups.map((group) => (
          <GroupCard
            key={group.group ?? 'other'}
            country={country}
            group={group}
            scale={scale}
            minimumSample={insights.minimumSalarySample}
            otherCountry={otherCountry}
            other={other?.groups.find((g) => g.group === group.group)}
          />
        ))}
      </ol>
    </>
  );
}
