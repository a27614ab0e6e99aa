import { useSyncExternalStore } from 'react';

/**
 * The signed-in session. The short-lived access token lives only in memory (a reload forgets it and the
 * first API call refreshes it); the refresh token is kept in localStorage so that the session survives a
 * reload. The user counts as signed in while a refresh token is present.
 */
export const REFRESH_TOKEN_STORAGE_KEY = 'hashidari.refreshToken';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

type Listener = () => void;

/** Why the last session ended: the user logged out, or it could not be renewed (expired or revoked). */
export type SignOutReason = 'logout' | 'expired';

let accessToken: string | null = null;
let refreshToken: string | null = readStoredRefreshToken();
let signOutReason: SignOutReason | null = null;
const listeners = new Set<Listener>();

function readStoredRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStoredRefreshToken(token: string | null): void {
  try {
    if (token === null) window.localStorage.removeItem(REFRESH_TOKEN_STORAGE_KEY);
    else window.localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage unavailable: the session then lasts until the tab is closed.
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export const session = {
  getAccessToken(): string | null {
    return accessToken;
  },

  /** The refresh token as stored now (another tab may have rotated it since this tab last looked). */
  getRefreshToken(): string | null {
    const stored = readStoredRefreshToken();
    return stored ?? refreshToken;
  },

  isSignedIn(): boolean {
    return refreshToken !== null;
  },

  setTokens(tokens: TokenPair): void {
    const wasSignedIn = refreshToken !== null;
    signOutReason = null;
    accessToken = tokens.accessToken;
    refreshToken = tokens.refreshToken;
    writeStoredRefreshToken(tokens.refreshToken);
    if (!wasSignedIn) emit();
  },

  clear(reason: SignOutReason = 'expired'): void {
    const wasSignedIn = refreshToken !== null;
    if (wasSignedIn) signOutReason = reason;
    accessToken = null;
    refreshToken = null;
    writeStoredRefreshToken(null);
    if (wasSignedIn) emit();
  },

  lastSignOutReason(): SignOutReason | null {
    return signOutReason;
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Signing out (or in) in another tab applies here too.
window.addEventListener('storage', (event) => {
  if (event.key !== REFRESH_TOKEN_STORAGE_KEY && event.key !== null) return;
  const wasSignedIn = refreshToken !== null;
  refreshToken = readStoredRefreshToken();
  if (refreshToken === null) {
    accessToken = null;
    if (wasSignedIn) signOutReason = 'logout';
  }
  if (wasSignedIn !== (refreshToken !== null)) emit();
});

export function useIsSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.isSignedIn, session.isSignedIn);
}
