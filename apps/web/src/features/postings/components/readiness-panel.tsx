import { Anchor, Button, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { PostingAssessment } from '../api/get-job-readiness';
import { DocumentItem, RequirementItem, SEVERITY_ORDER, WarningItem } from './readiness-items';
import classes from './postings.module.css';
import { LoadingState } from '../../../components/ui/query-state';

interface ReadinessPanelProps {
  assessment: PostingAssessment | undefined;
  /** live: the facts in the form, not saved yet; saved: the posting as saved. */
  source: 'live' | 'saved';
  checking: boolean;
  error: unknown;
  onRetry: () => void;
}

/** What sponsoring a hire for this posting will require: warnings, requirements and the employer's documents. */
export function ReadinessPanel({ assessment, source, checking, error, onRetry }: ReadinessPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="md" className={`surface ${classes.panel}`} component="section" aria-labelledby="readiness-heading" id="readiness">
      <Title order={2} id="readiness-heading" className="section-title section-title--small">
        {t('postings.readiness.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t(source === 'live' ? 'postings.readiness.sourceLive' : 'postings.readiness.sourceSaved')}
      </Text>
      <div className={classes.checking} role="status">
        {checking ? (
          <>
            <Loader size="xs" aria-hidden="true" />
            <span>{t('postings.readiness.checking')}</span>
          </>
        ) : null}
      </div>
      {error && !assessment ? (
        <Stack gap="sm" mt="sm" align="flex-start">
          <ErrorAlert error={error} />
          <Button variant="default" size="sm" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Stack>
      ) : assessment ? (
        <AssessmentBody assessment={assessment} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </Paper>
  );
}

function AssessmentBody({ assessment }: { assessment: PostingAssessment }) {
  const { t } = useTranslation();
  const warnings = [...assessment.warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const count = (severity: 'error' | 'warning' | 'info') => warnings.filter((warning) => warning.severity === severity).length;
  const requirements = assessment.requirements;
  const met = requirements.filter((requirement) => requirement.met === true).length;
  const notMet = requirements.filter((requirement) => requirement.met === false).length;
  const unknown = requirements.length - met - notMet;
  const share = (part: number) => (requirements.length === 0 ? 0 : (part / requirements.length) * 100);

  return (
    <Stack gap="md" mt="sm">
      <Text size="sm" fw={600} aria-live="polite" aria-atomic="true" className={classes.summary}>
        {requirements.length > 0
          ? t('postings.readiness.summary', { errors: count('error'), warnings: count('warning'), met, total: requirements.length })
          : t('postings.readiness.summaryWarningsOnly', { errors: count('error'), warnings: count('warning') })}
      </Text>
      {requirements.length > 0 ? (
        <Progress.Root size="lg" aria-hidden="true">
          <Progress.Section value={share(met)} color="teal" />
          <Progress.Section value={share(notMet)} color="red" />
          <Progress.Section value={share(unknown)} color="gray.4" />
        </Progress.Root>
      ) : null}

      <section aria-labelledby="readiness-warnings">
        <Title order={3} id="readiness-warnings" className={classes.panelSubheading}>
          {t('postings.readiness.warningsHeading')}
        </Title>
        {warnings.length === 0 ? (
          <Text size="sm">{t('postings.readiness.noWarnings')}</Text>
        ) : (
          <ul className={classes.findings}>
            {warnings.map((warning, index) => (
              <WarningItem key={`${warning.ruleId}-${index}`} warning={warning} />
            ))}
          </ul>
        )}
      </section>

      {requirements.length > 0 ? (
        <section aria-labelledby="readiness-requirements">
          <Title order={3} id="readiness-requirements" className={classes.panelSubheading}>
            {t('postings.readiness.requirementsHeading')}
          </Title>
          <ul className={classes.findings}>
            {requirements.map((requirement) => (
              <RequirementItem key={requirement.id} requirement={requirement} />
            ))}
          </ul>
        </section>
      ) : null}

      {assessment.employerDocuments.length > 0 ? (
        <section aria-labelledby="readiness-documents">
          <Title order={3} id="readiness-documents" className={classes.panelSubheading}>
            {t('postings.readiness.documentsHeading')}
          </Title>
          <ul className={classes.findings}>
            {assessment.employerDocuments.map((document) => (
              <DocumentItem key={document.id} document={document} />
            ))}
          </ul>
        </section>
      ) : null}

      <Text size="xs" c="dimmed">
        {requirements.some((requirement) => requirement.id === 'e7-wage-floor')
          ? t('postings.readiness.footer', { version: assessment.ruleSetVersion, date: formatDate(assessment.floorDate, currentLocale()) })
          : t('postings.readiness.footerNoFloor', { version: assessment.ruleSetVersion })}{' '}
        <Anchor component={Link} to="/organization" size="xs" underline="always">
          {t('postings.readiness.updateFigures')}
        </Anchor>
      </Text>
    </Stack>
  );
}
