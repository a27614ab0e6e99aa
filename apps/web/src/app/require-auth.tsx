import { Navigate, Outlet, useLocation } from 'react-router';
import { session, useIsSignedIn } from '../lib/auth/session';

/**
 * Guards the signed-in pages: without a session, go to the login page and come back here afterwards
 * (or to the start page when the user has just logged out).
 */
export function RequireAuth() {
  const signedIn = useIsSignedIn();
  const location = useLocation();
  if (signedIn) return <Outlet />;
  if (session.lastSignOutReason() === 'logout') return <Navigate to="/" replace />;
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return <Navigate to={`/login?next=${next}`} replace />;
}
