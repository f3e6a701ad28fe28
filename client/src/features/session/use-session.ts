// Who is signed in, shared by the whole app: the header's user menu, the search box, the start
// page and every view that meets an UNAUTHENTICATED error use this one context, so a sign-in
// anywhere updates them all and any closed request can offer the same sign-in dialog.
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphqlRequest } from '../../shared/api/client';
import { isUnauthenticated } from '../../shared/api/errors';
import { ME_QUERY, SIGN_IN_MUTATION, SIGN_OUT_MUTATION } from './queries';
import { getSessionToken, onSessionChange, setSessionToken } from '../../shared/api/session-token';
import type { Me } from '../../shared/api/types';

export interface SessionValue {
  token: string | null;
  /** Null while anonymous, and while a stored token's user is still being looked up. */
  me: Me | null;
  signedIn: boolean;
  signInOpen: boolean;
  openSignIn: () => void;
  closeSignIn: () => void;
  /** Rejects with the ApiError (wrong credentials, rate limit…) for the dialog to show. */
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /**
   * Give it any failed request's error: an UNAUTHENTICATED one drops a dead token; returns true
   * when it was that kind of error, so the caller shows <SignInPrompt> instead of a bare error.
   */
  handleAuthError: (error: unknown) => boolean;
}

export { isUnauthenticated } from '../../shared/api/errors';

const noop = () => {};
// Without a provider (isolated component tests) the session is anonymous and inert.
const SessionContext = createContext<SessionValue>({
  token: null,
  me: null,
  signedIn: false,
  signInOpen: false,
  openSignIn: noop,
  closeSignIn: noop,
  signIn: async () => {},
  signOut: async () => {},
  handleAuthError: isUnauthenticated,
});

export function useSession(): SessionValue {
  return useContext(SessionContext);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => getSessionToken());
  const [me, setMe] = useState<Me | null>(null);
  const [signInOpen, setSignInOpen] = useState(false);

  useEffect(() => onSessionChange(setToken), []);

  // A token from an earlier visit (sessionStorage): ask who it belongs to; drop it if dead.
  useEffect(() => {
    if (!token) {
      setMe(null);
      return;
    }
    const controller = new AbortController();
    graphqlRequest(ME_QUERY, {}, { signal: controller.signal }).then(
      (data) => {
        if (data.me) setMe(data.me);
        else setSessionToken(null);
      },
      (error: unknown) => {
        if (!controller.signal.aborted && isUnauthenticated(error)) setSessionToken(null);
      },
    );
    return () => controller.abort();
  }, [token]);

  const signIn = useCallback(async (username: string, password: string) => {
    const data = await graphqlRequest(SIGN_IN_MUTATION, { username, password });
    setMe(data.signIn.me);
    setSessionToken(data.signIn.token);
    setSignInOpen(false);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await graphqlRequest(SIGN_OUT_MUTATION, {});
    } catch {
      // The session may already be gone server-side; forgetting it locally is what matters.
    }
    setSessionToken(null);
    setMe(null);
  }, []);

  const handleAuthError = useCallback((error: unknown) => {
    if (!isUnauthenticated(error)) return false;
    if (getSessionToken()) setSessionToken(null); // expired or revoked
    return true;
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      token,
      me,
      signedIn: token !== null,
      signInOpen,
      openSignIn: () => setSignInOpen(true),
      closeSignIn: () => setSignInOpen(false),
      signIn,
      signOut,
      handleAuthError,
    }),
    [token, me, signInOpen, signIn, signOut, handleAuthError],
  );
  return createElement(SessionContext.Provider, { value }, children);
}
