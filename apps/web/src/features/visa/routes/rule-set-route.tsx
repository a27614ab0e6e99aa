import { Container, SegmentedControl, Text, TextInput } from '@mantine/core';
import { isIsoDate } from '@hashidari/domain-core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FigureList } from '../../../components/ui/figure-list';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type RuleOverview, type RuleSetOverview, useRuleSet } from '../api/get-rule-set';
import { RuleCard } from '../components/rule-card';
import '../../../components/match/common.css';
import '../components/visa.css';

const VIEWS = ['all', 'ahead', 'unverified', 'ended'] as const;
type View = (typeof VIEWS)[number];

function inView(rule: RuleOverview, view: View): boolean {
  if (view === 'ahead') return rule.upcomingDates.length > 0;
  if (view === 'unverified') return rule.unverified;
  if (view === 'ended') return rule.state === 'ended';
  return true;
}

/** /visa/rules: every rule the eligibility check applies, where it stands today, and what is about to change. */
export function RuleSetRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('visa.rules.title'));
  // ?date=: the rules as on the day an eligibility check was made for (from its verdict)
  const [params] = useSearchParams();
  const date = params.get('date');
  const ruleSet = useRuleSet(isIsoDate(date) ? date : undefined);
  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('visa.rules.title')}</PageHeading>
      <Text className="page-lead">{t('visa.rules.lead')}</Text>
      {ruleSet.isPending ? (
        <LoadingState label={t('visa.rules.loading')} />
      ) : ruleSet.isError ? (
        <ErrorState error={ruleSet.error} onRetry={() => void ruleSet.refetch()} />
      ) : (
        <RuleList ruleSet={ruleSet.data} />
      )}
    </Container>
  );
}

function RuleList({ ruleSet }: { ruleSet: RuleSetOverview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [view, setView] = useState<View>('all');
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase();
  const shown = ruleSet.rules.filter(
    (rule) => inView(rule, view) && (!words || rule.id.toLowerCase().includes(words) || (rule.title[locale] ?? '').toLowerCase().includes(words)),
  );
  const { counts } = ruleSet;

  return (
    <>
      <Text size="sm" mt="md" className="visa-rules__meta">
        {t('visa.rules.meta', { version: ruleSet.version, date: formatDate(ruleSet.date, locale), reference: ruleSet.reference })}
      </Text>
      <FigureList
        figures={[
          [t('visa.rules.counts.rules'), counts.rules],
          [t('visa.rules.counts.inForce'), counts['in-force']],
          [t('visa.rules.counts.scheduled'), counts.scheduled],
          [t('visa.rules.counts.unverified'), counts.unverified],
        ]}
      />
      <div className="visa-rules__filters">
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          aria-label={t('visa.rules.views.label')}
          data={VIEWS.map((value) => ({ value, label: t(`visa.rules.views.${value}`) }))}
        />
        <TextInput label={t('visa.rules.search')} value={query} onChange={(event) => setQuery(event.currentTarget.value)} />
      </div>
      <p role="status" className="visa-rules__shown">
        {t('visa.rules.shown', { count: shown.length, total: counts.rules })}
      </p>
      {shown.length === 0 ? (
        <div className="hd-empty">
          <Text>{t('visa.rules.empty')}</Text>
        </div>
      ) : (
        <ul className="visa-rules">
          {shown.map((rule) => (
            <RuleCard key={rule.id} rule={rule} />
          ))}
        </ul>
      )}
    </>
  );
}
