// State shared by the enterprise and project forms: the values the node had ("before", for
// sending only what changed), the user's values, loading, and saving with its refusals.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useApiMutation } from '../../shared/api/query';
import { isApiError } from '../../shared/api/errors';
import { isUnauthenticated, useSession } from '../session/use-session';
import { useEditT } from './messages';
import { notifyGraphEdited } from '../../shared/api/edit-events';
import { InputError, placeErrors, type FormErrors, type Provenance } from './form-model';
import type { SaveResult } from './save';

export type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

interface Options<V> {
  id: string | null;
  empty: V;
  /** Fetches the node's current values through the query client; null when it does not exist (any more). */
  load: (client: QueryClient, id: string) => Promise<V | null>;
  save: (id: string | null, before: V, values: V, p: Provenance) => Promise<SaveResult>;
  /** The inputs the form shows, so an error of any other field is shown above the buttons. */
  known: readonly string[];
  onSaved: (id: string) => void;
}

export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.graphqlErrors.some((e) => e.extensions?.['code'] === 'FORBIDDEN');
}

/**
 * The form-level message for a request that failed as a whole (not a field refusal). An expired
 * session also drops the token and opens the sign-in dialog; what the user typed stays.
 */
export function failureMessage(e: unknown, session: ReturnType<typeof useSession>, t: ReturnType<typeof useEditT>): string {
  if (isUnauthenticated(e)) {
    session.handleAuthError(e);
    session.openSignIn();
    return t.signInAgain;
  }
  return isForbidden(e) ? t.forbidden : t.saveError(e instanceof Error ? e.message : String(e));
}

export function useNodeForm<V>({ id: initialId, empty, load, save, known, onSaved }: Options<V>) {
  const t = useEditT();
  const session = useSession();
  const [id, setId] = useState(initialId);
  const [before, setBefore] = useState<V>(empty);
  const [values, setValues] = useState<V>(empty);
  const [loadState, setLoadState] = useState<LoadState>(initialId ? { status: 'loading' } : { status: 'ready' });
  const [provenance, setProvenance] = useState<Provenance>({ source: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const client = useQueryClient();
  const saving = useApiMutation((input: { id: string | null; before: V; values: V; provenance: Provenance }) =>
    save(input.id, input.before, input.values, input.provenance),
  );
  const busy = saving.isPending;

  const refetchBefore = useCallback(
    async (nodeId: string, alsoValues: boolean) => {
      const v = await load(client, nodeId);
      if (!v) throw new Error('not found');
      setBefore(v);
      if (alsoValues) setValues(v);
    },
    [load, client],
  );

  useEffect(() => {
    if (!initialId) return;
    refetchBefore(initialId, true).then(
      () => setLoadState({ status: 'ready' }),
      (e: unknown) =>
        setLoadState({ status: 'error', message: isForbidden(e) ? t.forbidden : t.loadError(e instanceof Error ? e.message : String(e)) }),
    );
    // Loaded once per dialog: later loads keep the user's typing (see submit).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialId]);

  const submit = async (): Promise<boolean> => {
    setErrors({});
    setMessage(null);
    try {
      const r = await saving.mutateAsync({ id, before, values, provenance });
      if (r.wrote) notifyGraphEdited();
      if (Object.keys(r.errors).length === 0 && r.id) {
        onSaved(r.id);
        return true;
      }
      setErrors(placeErrors(r.errors, known));
      if (r.id && r.id !== id) {
        // Created, but a link was refused: from now on this form edits the new node.
        setId(r.id);
        setMessage(t.partlySaved);
      }
      if (r.id && r.wrote) await refetchBefore(r.id, false).catch(() => {});
      return false;
    } catch (e) {
      if (e instanceof InputError) {
        const issue =
          e.kind === 'required' ? { code: 'CLIENT_REQUIRED', message: t.required } : { code: 'CLIENT_NUMBER', message: t.notNumber };
        setErrors({ [e.field]: [issue] });
      } else setMessage(failureMessage(e, session, t));
      return false;
    }
  };

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((old) => ({ ...old, [key]: value }));
  /** One input's value, change handler and the form's errors, to spread into a field or picker. */
  const bind = <K extends keyof V>(key: K) => ({ value: values[key], onChange: (x: V[K]) => set(key, x), errors });

  return { id, values, setValues, set, bind, loadState, provenance, setProvenance, errors, message, busy, submit };
}
