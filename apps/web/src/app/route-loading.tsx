import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the code of the first page opened is still loading. */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <div className="loading loading--page" role="status">
      <Loader size="sm" aria-hidden="true" />
      <span>{t('common.loading')}</span>
    </div>
  );
}
