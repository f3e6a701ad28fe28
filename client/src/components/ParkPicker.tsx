import { useEffect, useId, useState } from 'react';
import { fetchChainParks, type ParkOption } from '../api/park-map';
import { getSessionToken, onSessionChange } from '../api/session';
import { useLang } from '../i18n/context';
import { localName } from '../i18n/lang';
import { useParkMapT } from '../i18n/park-map-messages';

interface ParkPickerProps {
  chainId: string;
  value: string | null;
  onChange: (parkId: string | null) => void;
}

type ParksState = { status: 'anonymous' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; parks: ParkOption[] };

/** True while a session token is held; follows sign-in and sign-out. */
export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(() => getSessionToken() != null);
  useEffect(() => onSessionChange((token) => setSignedIn(token != null)), []);
  return signedIn;
}

/**
 * The parks that grow this chain. Parks are not public (server/src/auth/public-read.ts),
 * so anonymous users get a hint instead; a park already in the URL still draws publicly.
 */
export function ParkPicker({ chainId, value, onChange }: ParkPickerProps) {
  const pt = useParkMapT();
  const lang = useLang();
  const id = useId();
  const signedIn = useSignedIn();
  const [state, setState] = useState<ParksState>({ status: signedIn ? 'loading' : 'anonymous' });

  useEffect(() => {
    if (!signedIn) {
      setState({ status: 'anonymous' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchChainParks(chainId, { signal: controller.signal }).then(
      (parks) => setState({ status: 'ready', parks }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [chainId, signedIn]);

  if (state.status === 'anonymous' || state.status === 'error') {
    return <p className="park-picker-hint">{pt.parkSignInHint}</p>;
  }
  const parks = state.status === 'ready' ? state.parks : [];
  const known = value == null || parks.some((p) => p.id === value);
  return (
    <div className="park-picker">
      <label htmlFor={id}>{pt.parkLabel}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={state.status === 'loading'}
        data-testid="park-picker"
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value="">{state.status === 'loading' ? pt.parkLoading : pt.parkNone}</option>
        {!known && value && <option value={value}>{value}</option>}
        {parks.map((p) => (
          <option key={p.id} value={p.id}>
            {localName(p, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
