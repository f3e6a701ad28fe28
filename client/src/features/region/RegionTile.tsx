import type { MouseEvent } from 'react';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import type { NavPatch } from '../../shared/nav/search';
import { bandLook, bandOf } from './bands';
import { useRegionT } from './messages';
import type { Place } from './types';

/**
 * One tile: a region (drills down) or a park (opens the park page), coloured by the chosen
 * chain's completeness band, with the percent and counts as text. A real link, so it is
 * reachable by keyboard, opens in a new tab and copies as a URL; a plain click navigates in place.
 */
export function RegionTile({
  place,
  chainId,
  onNavigate,
  hrefFor,
}: {
  place: Place;
  chainId: string | null;
  onNavigate: (patch: NavPatch) => void;
  hrefFor: (patch: NavPatch) => string;
}) {
  const t = useRegionT();
  const lang = useLang();
  const isPark = place.kind === 'PARK';
  const patch: NavPatch = isPark
    ? { view: 'park', park: place.id, chain: chainId, node: null }
    : { view: 'region', region: place.id, chain: chainId };
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(patch);
  };
  const percent = place.chains.find((c) => c.chainId === chainId)?.completeness.percent ?? null;
  // A region without parks has nothing to be complete about: neutral, not a red gap.
  const look = place.parks > 0 && percent !== null ? bandLook(bandOf(percent)) : null;
  return (
    <a
      className="region-tile"
      data-band={look && percent !== null ? bandOf(percent) : 'none'}
      href={hrefFor(patch)}
      onClick={onClick}
      title={isPark ? t.openPark : t.drillDown}
      style={look ? { background: look.fill, color: look.text, borderColor: look.border } : undefined}
    >
      <span className="region-tile-name">{localName(place, lang)}</span>
      <span className="region-tile-level">{t.level[isPark ? 'park' : (place.level ?? '')] ?? ''}</span>
      <span className="region-tile-percent">
        {look && percent !== null ? (
          <>
            <span aria-hidden="true">{look.glyph} </span>
            {t.completeness(percent)}
          </>
        ) : (
          t.noParks
        )}
      </span>
      <span className="region-tile-counts">
        {t.parks(place.parks)} · {t.firms(place.firms)}
      </span>
    </a>
  );
}
