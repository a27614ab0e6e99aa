import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../../lib/api/errors';

/** The API's field errors that no field of the form shows, listed under the form's alert. */
export function UnplacedErrors({ details }: { details: readonly ErrorDetail[] }) {
  const { t } = useTranslation();
  if (details.length === 0) return null;
  return (
    <List size="sm">
      {details.map((detail) => (
        <List.Item key={`${detail.path}:${detail.issue}`}>{t('postings.form.otherError', { path: detail.path })}</List.Item>
      ))}
    </List>
  );
}
