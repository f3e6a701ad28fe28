// Who is signed in, shared by the whole app: the header's user menu, the search box, the start
// page and every view that meets an UNAUTHENTICATED error use this one context, so a sign-in
// anywhere updates them all and any closed request can offer the same sign-in dialog.
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphqlRequest } from '../../shared/api/client';
import { useApiQuery, useGraphQLMutation } from '../../shared/api/query';
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
  const [signedInAs, setSignedInAs] = useState<Me | null>(null);
  const [signInOpen, setSignInOpen] = useState(false);

  useEffect(() => onSessionChange(setToken), []);

  // A token from an earlier visit (local storage): ask who it belongs to. The data layer drops
  // it when the server calls it dead (UNAUTHENTICATED); an answer without a user drops it too.
  // Keyed by the token: another sign-in asks again.
  const who = useApiQuery(token ? ['Me', token] : null, (signal) => graphqlRequest(ME_QUERY, {}, { signal }).then((d) => d.me));
  const known = who.status === 'ready' && token ? who.data : undefined;
  useEffect(() => {
    if (known === null) setSessionToken(null);
  }, [known]);
  const me = token ? (known ?? signedInAs) : null;

  const { mutateAsync: signInRequest } = useGraphQLMutation(SIGN_IN_MUTATION);
  const { mutateAsync: signOutRequest } = useGraphQLMutation(SIGN_OUT_MUTATION);
  const signIn = useCallback(
    async (username: string, password: string) => {
      const data = await signInRequest({ username, password });
      setSignedInAs(data.signIn.me);
      setSessionToken(data.signIn.token, data.signIn.expiresAt);
      setSignInOpen(false);
    },
    [signInRequest],
  );

  const signOut = useCallback(async () => {
    try {
      await signOutRequest({});
    } catch {
      // The session may already be gone server-side; forgetting it locally is what matters.
    }
    setSessionToken(null);
    setSignedInAs(null);
  }, [signOutRequest]);

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
