// The signed-in session's bearer token. Kept in localStorage so that a shared link opened in a
// new tab is still signed in; the server's expiry (signIn's expiresAt) is kept beside it and a
// token past it is dropped unread, so a browser restart does not stretch a session. It is sent
// as a header, never a cookie, so CSRF protection is unchanged; it is never put in the URL
// (links are shared; tokens must not be). Sign-in and sign-out reach every open tab through the
// `storage` event.
const KEY = 'chain-graph.session';
const EXPIRES_KEY = 'chain-graph.session.expires';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function store(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof globalThis[kind] === 'undefined' ? null : globalThis[kind];
  } catch {
    return null; // storage disabled by the browser
  }
}

function notify(token: string | null): void {
  for (const l of listeners) l(token);
}

// Earlier releases kept the token per tab: carry it over once so nobody is signed out by the
// upgrade (scripts that seed a tab's sessionStorage keep working the same way).
function adoptTabToken(local: Storage): void {
  const tab = store('sessionStorage');
  const token = tab?.getItem(KEY);
  if (!token) return;
  tab?.removeItem(KEY);
  if (!local.getItem(KEY)) local.setItem(KEY, token);
}

export function getSessionToken(): string | null {
  const local = store('localStorage');
  if (!local) return store('sessionStorage')?.getItem(KEY) ?? null;
  adoptTabToken(local);
  const token = local.getItem(KEY);
  const expires = Date.parse(local.getItem(EXPIRES_KEY) ?? '');
  if (token && Number.isFinite(expires) && expires <= Date.now()) {
    local.removeItem(KEY);
    local.removeItem(EXPIRES_KEY);
    return null;
  }
  return token;
}

/** `expiresAt` is the server's expiry of the session (ISO time); unknown keeps it until refused. */
export function setSessionToken(token: string | null, expiresAt?: string | null): void {
  const local = store('localStorage') ?? store('sessionStorage');
  if (token) {
    local?.setItem(KEY, token);
    if (expiresAt) local?.setItem(EXPIRES_KEY, expiresAt);
    else local?.removeItem(EXPIRES_KEY);
  } else {
    local?.removeItem(KEY);
    local?.removeItem(EXPIRES_KEY);
    store('sessionStorage')?.removeItem(KEY);
  }
  notify(token);
}

// Another tab signed in or out: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) notify(getSessionToken());
  });
}

/** Called when the token changes (sign-in, sign-out, expiry, another tab); returns the unsubscribe. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
