import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BADGE_INK } from '../../../components/ui/badge-ink';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { RuleOverview } from '../api/get-rule-set';

const STATE_COLOR = { 'in-force': ['teal', BADGE_INK.teal], scheduled: ['blue', BADGE_INK.blue], ended: ['gray', BADGE_INK.gray] } as const;

/** One rule of the rule set: its id and title, where it stands today, its dates, targets and sources. */
export function RuleCard({ rule }: { rule: RuleOverview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const day = (date: string) => formatDate(date, locale);
  const [color, ink] = STATE_COLOR[rule.state];
  const headingId = `rule-${rule.id}`;
  const period = [rule.effectiveFrom ? t('visa.rules.from', { date: day(rule.effectiveFrom) }) : null, rule.effectiveTo ? t('visa.rules.until', { date: day(rule.effectiveTo) }) : null]
    .filter(Boolean)
    .join(' ');

  return (
    <li className="visa-rule" aria-labelledby={headingId}>
      <Group gap="xs" wrap="wrap">
        <code className="visa-rule__id">{rule.id}</code>
        <Badge variant="light" color={color} c={ink} radius="sm">
          {t(`visa.rules.states.${rule.state}`)}
        </Badge>
        {rule.unverified ? (
          <Badge variant="light" color="orange" c={BADGE_INK.orange} radius="sm">
            {t('visa.rules.unverified')}
          </Badge>
        ) : null}
      </Group>
      <h2 id={headingId} className="visa-rule__title">
        {rule.title[locale] ?? rule.title.en}
      </h2>
      <Text size="sm" c="dimmed">
        {t('visa.rules.section', { section: rule.section })}
        {period ? ` · ${period}` : ''}
      </Text>
      {rule.upcomingDates.length > 0 ? (
        <Text size="sm" fw={600}>
          {t('visa.rules.changesAhead', { dates: rule.upcomingDates.map(day).join(t('match.listSeparator')) })}
        </Text>
      ) : null}
      {rule.targets.length > 0 ? (
        <Text size="sm">
          {t('visa.rules.targets')} {rule.targets.map((target) => <code key={target} className="visa-rule__target">{target}</code>)}
        </Text>
      ) : null}
      <Text size="sm" className="visa-rule__sources">
        {t('visa.rules.sources', { sources: rule.sources.join(t('match.listSeparator')) })}
      </Text>
    </li>
  );
}
