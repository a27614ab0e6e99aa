import { Badge, Group, Text, ThemeIcon } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import type { PostingAssessment } from '../api/get-job-readiness';
import { localized } from './localized';
import { formatSalary } from './salary-format';
import classes from './postings.module.css';

export type Warning = PostingAssessment['warnings'][number];
export type Requirement = PostingAssessment['requirements'][number];
export type EmployerDocument = PostingAssessment['employerDocuments'][number];

const SEVERITY_COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;
// Text colours dark enough on the light badge backgrounds (≥ 4.5:1).
const SEVERITY_TEXT = { error: '#a61e1e', warning: '#8a4b00', info: '#1c4f8a' } as const;
export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The rule id and the source of a finding, shown when asked for. */
function RuleDetails({ ruleId, source }: { ruleId: string; source?: string }) {
  const { t } = useTranslation();
  return (
    <details className={classes.ruleDetails}>
      <summary>{t('postings.readiness.ruleDetails')}</summary>
      <dl>
        <dt>{t('postings.readiness.ruleId')}</dt>
        <dd>
          <code>{ruleId}</code>
        </dd>
        {source ? (
          <>
            <dt>{t('postings.readiness.source')}</dt>
            <dd className={classes.source}>{source}</dd>
          </>
        ) : null}
      </dl>
    </details>
  );
}

export function WarningItem({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  const message = localized(warning.message, currentLocale());
  return (
    <li className={classes.finding} data-severity={warning.severity}>
      <Badge color={SEVERITY_COLOR[warning.severity]} c={SEVERITY_TEXT[warning.severity]} variant="light" radius="sm" className={classes.findingBadge}>
        {t(`postings.readiness.severity.${warning.severity}`)}
      </Badge>
      <Text size="sm" lang={message.lang}>
        {message.text}
      </Text>
      <RuleDetails ruleId={warning.ruleId} source={warning.source} />
    </li>
  );
}

function requirementValue(requirement: Requirement, t: TFunction): string | null {
  const { value } = requirement;
  if (value === undefined || value === null) return null;
  switch (requirement.id) {
    case 'e7-wage-floor': {
      const floor =
        typeof value === 'number'
          ? formatSalary({ min: value, max: value, currency: 'KRW', period: 'year' }, currentLocale(), t)
          : FLOOR_REASONS.includes(String(value))
            ? t(`postings.readiness.floorReason.${String(value) as FloorReason}`)
            : String(value);
      return t('postings.readiness.values.floor', { value: floor });
    }
    case 'min-korean-insured-staff':
    case 'foreign-staff-ratio':
      return t('postings.readiness.values.people', { number: value });
    case 'e7-occupation-code':
      return t('postings.readiness.values.code', { code: value });
    case 'jp-employer-category':
      return t('postings.readiness.values.category', { number: value });
    default:
      return t('postings.readiness.values.other', { value });
  }
}

type FloorReason = 'gni-based' | 'unverified' | 'not-published';
const FLOOR_REASONS: readonly string[] = ['gni-based', 'unverified', 'not-published'];

const OUTCOME = {
  met: { color: 'teal', mark: '✓' },
  notMet: { color: 'red', mark: '✗' },
  unknown: { color: 'gray', mark: '?' },
} as const;

export function RequirementItem({ requirement }: { requirement: Requirement }) {
  const { t } = useTranslation();
  const outcome = requirement.met === true ? 'met' : requirement.met === false ? 'notMet' : 'unknown';
  const label = localized(requirement.label, currentLocale());
  const value = requirementValue(requirement, t);
  return (
    <li className={classes.requirement}>
      <ThemeIcon color={OUTCOME[outcome].color} variant="light" radius="xl" size="md" aria-hidden="true">
        {OUTCOME[outcome].mark}
      </ThemeIcon>
      <div className={classes.requirementBody}>
        <Group gap={6}>
          <Text size="xs" fw={700} c={`${OUTCOME[outcome].color}.9`}>
            {t(`postings.readiness.outcome.${outcome}`)}
          </Text>
          {requirement.unverified ? (
            <Badge size="xs" color="yellow" c="dark.7" variant="light">
              {t('postings.readiness.unverified')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" lang={label.lang}>
          {label.text}
        </Text>
        {value ? (
          <Text size="sm" fw={600}>
            {value}
          </Text>
        ) : null}
        <RuleDetails ruleId={requirement.ruleId} source={requirement.source} />
      </div>
    </li>
  );
}

export function DocumentItem({ document }: { document: EmployerDocument }) {
  const { t } = useTranslation();
  const label = localized(document.label, currentLocale());
  return (
    <li className={classes.document}>
      <Badge size="xs" variant="outline" color="gray" c="gray.8" className={classes.findingBadge}>
        {t(`postings.readiness.documentKind.${document.kind}`)}
      </Badge>
      <Text size="sm" lang={label.lang}>
        {label.text}
        {document.unverified ? (
          <Badge size="xs" color="yellow" c="dark.7" variant="light" ml={6}>
            {t('postings.readiness.unverified')}
          </Badge>
        ) : null}
      </Text>
    </li>
  );
}
