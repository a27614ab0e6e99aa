import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../lib/api/errors';
import type { TranslationKey } from '../../lib/i18n';
import { AlertIcon } from './icons';

interface ErrorAlertProps {
  /** The failure to explain; nothing is shown while it is null. */
  error: unknown;
  /** Overrides the message chosen from the error code. */
  messageKey?: TranslationKey;
}

/** An alert region (role="alert") with the translated message for an API or network error. */
export function ErrorAlert({ error, messageKey }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert role="alert" color="red" variant="light" icon={<AlertIcon />} className="error-alert">
      <span>{t(messageKey ?? errorMessageKey(error))}</span>
      {requestId ? <span className="error-alert__reference">{t('errors.requestId', { id: requestId })}</span> : null}
    </Alert>
  );
}
