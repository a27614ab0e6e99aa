import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostingAssessment } from '../api/get-job-readiness';
import classes from './postings.module.css';

/** On phones the readiness panel comes after the form: this line at the top says what it found and links to it. */
export function ReadinessShortcut({ assessment }: { assessment: PostingAssessment | undefined }) {
  const { t } = useTranslation();
  if (!assessment) return null;
  const errors = assessment.warnings.filter((warning) => warning.severity === 'error').length;
  const warnings = assessment.warnings.filter((warning) => warning.severity === 'warning').length;
  return (
    <p className={classes.shortcut}>
      <Anchor href="#readiness" fw={600} size="sm">
        {t('postings.readiness.shortcut', { errors, warnings })}
      </Anchor>
    </p>
  );
}
