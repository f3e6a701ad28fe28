// Which park or region a scoped chain map is drawn for, by the name chainMap answers (public, so
// an anonymous visitor of a shared link or a portal sees whose map it is, docs/security.md).
import { useLang } from '../../shared/i18n/context';
import { localName, type Lang } from '../../shared/i18n/lang';

export interface MapScope {
  kind: string;
  id: string;
  name: string;
  nameEn: string | null;
}

const words: Record<Lang, { park: string; region: string; sep: string }> = {
  zh: { park: '园区', region: '地区', sep: '：' },
  en: { park: 'Park', region: 'Region', sep: ': ' },
};

export function ScopeName({ scope }: { scope: MapScope }) {
  const lang = useLang();
  const w = words[lang];
  return (
    <p className="chain-scope" data-testid="chain-scope">
      {scope.kind === 'region' ? w.region : w.park}
      {w.sep}
      <strong>{localName(scope, lang)}</strong>
    </p>
  );
}
