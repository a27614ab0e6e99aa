import { Anchor, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LogoMark } from '../components/ui/icons';
import { LogoutButton } from '../features/auth/components/logout-button';
import { LanguageMenu } from '../features/settings/components/language-menu';
import { LanguageSaveError } from '../features/settings/components/language-save-error';
import { useMe } from '../lib/auth/get-me';
import { useIsSignedIn } from '../lib/auth/session';
import { NAV_BY_ROLE } from './role-nav';

/** Header (brand, navigation, language menu, log out), main content and footer, on every page. */
export function AppShell() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  const me = useMe();
  const navItems = NAV_BY_ROLE[signedIn ? (me.data?.role ?? 'visitor') : 'visitor'].filter((item) => signedIn || item.to !== '/home');

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('a11y.skipToContent')}
      </a>
      <header className="site-header">
        <Container size="lg" className="site-header__inner">
          <Link to="/" className="brand" aria-label={t('a11y.homeLink')}>
            <LogoMark className="brand__mark" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <nav aria-label={t('a11y.primaryNav')} className="site-nav">
            <ul className="site-nav__list">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/home'} className="site-nav__link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
              {signedIn ? (
                <li>
                  <NavLink to="/settings" className="site-nav__link">
                    {t('nav.settings')}
                  </NavLink>
                </li>
              ) : (
                <>
                  <li>
                    <NavLink to="/login" className="site-nav__link">
                      {t('nav.login')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/register" className="site-nav__link site-nav__link--primary">
                      {t('nav.register')}
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="site-header__language">
            <LanguageMenu />
          </div>
          {signedIn ? (
            <div className="site-header__logout">
              <LogoutButton />
            </div>
          ) : null}
        </Container>
      </header>
      <Container size="lg" className="shell__notices">
        <LanguageSaveError />
      </Container>
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <Container size="lg" className="site-footer__inner">
          <div className="site-footer__brand">
            <LogoMark className="brand__mark" />
            <span className="brand__name">{t('app.name')}</span>
          </div>
          <p className="site-footer__about">{t('footer.about')}</p>
          <p className="site-footer__disclaimer">{t('footer.disclaimer')}</p>
          <nav aria-label={t('a11y.footerNav')}>
            <ul className="site-footer__links">
              <li>
                <Anchor component={Link} to="/" size="sm">
                  {t('nav.start')}
                </Anchor>
              </li>
              {signedIn ? (
                <li>
                  <Anchor component={Link} to="/settings" size="sm">
                    {t('nav.settings')}
                  </Anchor>
                </li>
              ) : (
                <li>
                  <Anchor component={Link} to="/register" size="sm">
                    {t('nav.register')}
                  </Anchor>
                </li>
              )}
            </ul>
          </nav>
          <p className="site-footer__copyright">{t('footer.copyright', { year: new Date().getFullYear() })}</p>
        </Container>
      </footer>
    </div>
  );
}
