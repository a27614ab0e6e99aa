import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon, ShieldIcon } from '../../../components/ui/icons';
import { currentLocale } from '../../../lib/i18n';
import { pickLocalized } from '../../../lib/localized-text';
import type { Job } from '../api/search-jobs';

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** What the visa rules say about this posting, the most serious first. */
export function VisaNotes({ warnings }: { warnings: Job['visaWarnings'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const sorted = [...warnings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section aria-labelledby="job-visa-heading" className="job-section">
      <Title order={2} id="job-visa-heading" className="section-title section-title--small">
        {t('jobs.visa.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('jobs.visa.lead')}
      </Text>
      {sorted.length === 0 ? (
        <Text size="sm">{t('jobs.visa.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" className="jobs-plain-list">
          {sorted.map((warning, index) => {
            const message = pickLocalized(warning.message, locale);
            return (
              <li key={`${warning.ruleId}-${index}`}>
                <Alert
                  variant="light"
                  color={COLORS[warning.severity]}
                  icon={warning.severity === 'info' ? <ShieldIcon /> : <AlertIcon />}
                  title={t(`jobs.visa.severity.${warning.severity}`)}
                >
                  <Text size="sm" lang={message?.lang}>
                    {message?.text ?? warning.ruleId}
                  </Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('jobs.visa.rule', { rule: warning.ruleId })}
                  </Text>
                  {warning.source ? (
                    <details className="jobs-source">
                      <summary>{t('jobs.visa.source')}</summary>
                      <Text size="xs" className="jobs-source__text">
                        {warning.source}
                      </Text>
                    </details>
                  ) : null}
                </Alert>
              </li>
            );
          })}
        </Stack>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {t('jobs.visa.disclaimer')}
      </Text>
    </section>
  );
}
