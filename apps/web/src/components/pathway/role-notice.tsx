import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../lib/auth/get-me';

/** Said instead of a page when the signed-in role is not the one the page is for. */
export function RoleNotice({ forRole }: { forRole: Role }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" mt="lg" role="status">
      {t('match.roleNotice', { role: t(`roles.${forRole}`) })}
    </Alert>
  );
}
