import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/get-organization-jobs';
import classes from './postings.module.css';

/** How many visa warnings the posting has, coloured by the most serious one. */
export function VisaWarningsBadge({ warnings }: { warnings: Job['visaWarnings'] }) {
  const { t } = useTranslation();
  const errors = warnings.filter((warning) => warning.severity === 'error').length;
  const cautions = warnings.filter((warning) => warning.severity === 'warning').length;
  const notes = warnings.length - errors - cautions;
  const tone = errors > 0 ? 'error' : cautions > 0 ? 'warning' : notes > 0 ? 'info' : 'none';
  return (
    <Badge
      variant="outline"
      radius="sm"
      className={classes.warningsBadge}
      data-tone={tone}
    >
      {warnings.length === 0 ? t('postings.card.noWarnings') : t('postings.card.warnings', { number: warnings.length })}
      <VisuallyHidden>{t('postings.card.warningsDetail', { errors, warnings: cautions, notes })}</VisuallyHidden>
    </Badge>
  );
}
