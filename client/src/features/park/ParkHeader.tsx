import type { ParkDetail } from './types';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import { NewItemButtons } from '../edit/EditActions';
import type { NavPatch } from '../../shared/nav/search';

interface Props {
  park: ParkDetail;
  chainId: string | null;
  onNavigate: (patch: NavPatch) => void;
}

/** Name, kind, level, region, 一区多园 links and the chains the park grows. */
export function ParkHeader({ park, chainId, onNavigate }: Props) {
  const p = useParkT();
  const kinds = useT().shell.parkKind;
  const lang = useLang();
  const other = lang === 'zh' ? park.nameEn : park.name;
  const chosen = park.chains.find((c) => c.chain.id === chainId);
  return (
    <header className="park-header">
      <h2>
        {localName(park, lang)} {other && other !== localName(park, lang) && <small lang={lang === 'zh' ? 'en' : 'zh'}>{other}</small>}
      </h2>
      <NewItemButtons parkId={park.id} />
      <dl className="park-facts">
        <div>
          <dt>{p.colKind}</dt>
          <dd>{kinds[park.kind as keyof typeof kinds] ?? park.kind}</dd>
        </div>
        {park.level && (
          <div>
            <dt>{p.level}</dt>
            <dd>{p.parkLevel[park.level] ?? park.level}</dd>
          </div>
        )}
        {park.region && (
          <div>
            <dt>{p.region}</dt>
            <dd>{localName(park.region, lang)}</dd>
          </div>
        )}
        {park.parent && (
          <div>
            <dt>{p.parentPark}</dt>
            <dd>
              <button type="button" className="link" onClick={() => onNavigate({ park: park.parent!.id })}>
                {localName(park.parent, lang)}
              </button>
            </dd>
          </div>
        )}
        {park.subParks.length > 0 && (
          <div>
            <dt>{p.subParks}</dt>
            <dd>
              {park.subParks.map((s) => (
                <button key={s.id} type="button" className="link" onClick={() => onNavigate({ park: s.id })}>
                  {localName(s, lang)}
                </button>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {park.chains.length > 0 && (
        <div className="chain-chips" role="group" aria-label={p.chains}>
          <span className="muted">
            {p.chains}
            {p.sep}
          </span>
          {park.chains.map((c) => (
            <button
              key={c.chain.id}
              type="button"
              className="chip"
              aria-pressed={c.chain.id === chainId}
              onClick={() => onNavigate({ chain: c.chain.id })}
            >
              {localName(c.chain, lang)}
            </button>
          ))}
        </div>
      )}
      {chosen && (chosen.chainChief || chosen.designation || chosen.note) && (
        <p className="chain-chief">
          {chosen.chainChief?.chief && (
            <span>
              {p.chainChief}
              {p.sep}
              {chosen.chainChief.chief}
            </span>
          )}
          {chosen.chainChief?.fourHeads && <span className="chip-static">✓ {p.fourHeads}</span>}
          {chosen.designation && (
            <span>
              {p.designation}
              {p.sep}
              {chosen.designation}
            </span>
          )}
          {chosen.chainChief?.note && <span className="muted">{chosen.chainChief.note}</span>}
          {chosen.note && <span className="muted">{chosen.note}</span>}
        </p>
      )}
    </header>
  );
}
