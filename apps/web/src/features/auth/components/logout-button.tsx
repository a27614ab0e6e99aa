import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/logout';

/** Ends the session on the server and here, then returns to the start page. */
export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logoutMutation = useLogout();
  return (
    <Button
      variant="default"
      size="sm"
      loading={logoutMutation.isPending}
      onClick={() => logoutMutation.mutate(undefined, { onSettled: () => void navigate('/', { replace: true }) })}
    >
      {t('nav.logout')}
    </Button>
  );
}
