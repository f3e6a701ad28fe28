import { useId, useState, type FormEvent } from 'react';
import { graphqlRequest } from '../../api/client';
import { SIGN_IN_MUTATION } from '../../api/park-queries';
import { setSessionToken } from '../../api/session';
import { useParkT } from '../../i18n/park-messages';

/**
 * Shown instead of a blank page when the server answers UNAUTHENTICATED.
 * Signing in sets the session, which re-runs every query (see useQuery).
 */
export function SignInPrompt() {
  const p = useParkT();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      const data = await graphqlRequest<{ signIn: { token: string } }>(SIGN_IN_MUTATION, { username, password });
      setSessionToken(data.signIn.token);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="status-panel sign-in-prompt" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{p.signInTitle}</h2>
      <p>{p.signInHint}</p>
      <form onSubmit={(e) => void submit(e)} className="sign-in-form">
        <label>
          {p.username}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {p.password}
          <input name="password" type="password" autoComplete="current-password" value={password}
            onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>{p.signIn}</button>
        {failed && <p role="alert">{p.signInFailed}</p>}
      </form>
    </section>
  );
}
