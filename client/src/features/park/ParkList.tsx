import type { ParkSummary } from './types';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';

/** The park chooser shown when no park is in the URL. */
export function ParkList({ parks, onChoose }: { parks: ParkSummary[]; onChoose: (id: string) => void }) {
  const p = useParkT();
  const kinds = useT().shell.parkKind;
  const lang = useLang();
  if (parks.length === 0) return <p className="section-status">{p.noParks}</p>;
  return (
    <section className="park-list" aria-labelledby="park-list-h">
      <h2 id="park-list-h">{p.parksHeading}</h2>
      <p className="hint">{p.parksHint}</p>
      <ul>
        {parks.map((park) => (
          <li key={park.id}>
            <button type="button" onClick={() => onChoose(park.id)}>
              <strong>{localName(park, lang)}</strong>
              <span className="muted">
                {kinds[park.kind as keyof typeof kinds] ?? park.kind}
                {park.region ? ` · ${localName(park.region, lang)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
