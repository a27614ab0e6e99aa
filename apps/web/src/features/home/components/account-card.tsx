import { Anchor, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../lib/auth/get-me';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

/** The signed-in account: e-mail address, role, language and the date it was created. */
export function AccountCard({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg" className="surface account-card" component="section" aria-labelledby="account-heading">
      <Title order={2} id="account-heading" className="section-title section-title--small">
        {t('home.account.heading')}
      </Title>
      <dl className="account-card__list">
        <div>
          <dt>{t('home.account.email')}</dt>
          <dd className="account-card__email">{user.email}</dd>
        </div>
        <div>
          <dt>{t('home.account.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </div>
        <div>
          <dt>{t('home.account.language')}</dt>
          <dd lang={user.locale}>{t(`language.names.${user.locale}`)}</dd>
        </div>
        <div>
          <dt>{t('home.account.memberSince')}</dt>
          <dd>{formatDate(user.createdAt, currentLocale())}</dd>
        </div>
      </dl>
      <Anchor component={Link} to="/settings" size="sm" fw={600}>
        {t('home.account.changeLanguage')}
      </Anchor>
    </Paper>
  );
}
