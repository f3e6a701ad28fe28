// The signed-in session's bearer token. Kept in sessionStorage: it survives a reload but not
// the tab, and it is never put in the URL (links are shared; tokens must not be).
const KEY = 'chain-graph.session';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

export function getSessionToken(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

export function setSessionToken(token: string | null): void {
  const s = storage();
  if (token) s?.setItem(KEY, token);
  else s?.removeItem(KEY);
  for (const l of listeners) l(token);
}

/** Called when the token changes (sign-in, sign-out, expiry); returns the unsubscribe. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
