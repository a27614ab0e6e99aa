import { Button, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/** What a page says while its data loads: a spinner and the label, announced politely. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <Loader size="sm" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** What a page says when its data could not be loaded: the error, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="hd-state">
      <ErrorAlert error={error} />
      <Button variant="default" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
