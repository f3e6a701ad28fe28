import { useId, useState } from 'react';
import type { ChainsState } from '../../shared/api/use-chains';
import { useLang } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import type { NavPatch } from '../../shared/nav/search';
import { ScopePicker } from '../chain-map/ScopePicker';
import { useEmbedT } from './messages';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedChoice } from './snippets';
import './embed.css';

export interface EmbedBuilderProps {
  chainsState: ChainsState & { retry: () => void };
  /** Chain and scope come from the URL, so "embed this" from the chain map keeps the view. */
  chainId: string | null;
  parkId: string | null;
  regionId: string | null;
  onNavigate: (patch: NavPatch) => void;
  /** The server the snippet points at; the page's own origin by default. */
  origin?: string;
}

type Kind = 'script' | 'iframe';

/**
 * The snippet builder: a portal editor chooses chain, park or region, language, size and colours,
 * copies the script or iframe snippet, and sees the result live (the /embed page in a frame,
 * which draws exactly what the portal will show).
 */
export function EmbedBuilder({ chainsState, chainId, parkId, regionId, onNavigate, origin = window.location.origin }: EmbedBuilderProps) {
  const t = useEmbedT();
  const appLang = useLang();
  const id = useId();
  const [lang, setLang] = useState<'zh' | 'en'>(appLang);
  const [scopeName, setScopeName] = useState('');
  const [height, setHeight] = useState(420);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [kind, setKind] = useState<Kind>('script');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  if (chainsState.status === 'loading') return <LoadingPanel />;
  if (chainsState.status === 'error') return <ErrorPanel error={chainsState.error} onRetry={chainsState.retry} />;
  const chains = chainsState.chains;
  const chain = chains.find((c) => c.id === chainId) ?? chains[0];
  if (!chain) return <p className="muted">{t.noChains}</p>;

  const choice: EmbedChoice = {
    origin,
    chain: chain.id,
    park: parkId,
    region: parkId ? null : regionId,
    scopeName: scopeName.trim(),
    lang,
    height,
    theme,
  };
  const snippet = kind === 'script' ? scriptSnippet(choice) : iframeSnippet(choice, t.previewTitle);
  const copySnippet = () =>
    navigator.clipboard.writeText(snippet).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setCopy('idle');
    };

  return (
    <section className="embed-builder" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="embed-form">
        <label>
          {t.chain}
          <select value={chain.id} onChange={(e) => onNavigate({ chain: e.currentTarget.value, park: null, region: null })}>
            {chains.map((c) => (
              <option key={c.id} value={c.id}>
                {localName(c, appLang)}
              </option>
            ))}
          </select>
        </label>
        <ScopePicker
          chainId={chain.id}
          value={{ park: parkId, region: parkId ? null : regionId }}
          onChange={(scope) => onNavigate(scope)}
        />
        {(parkId || regionId) && (
          <label>
            {t.scopeName}
            <input type="text" maxLength={60} value={scopeName} onChange={(e) => changed(setScopeName)(e.currentTarget.value)} />
          </label>
        )}
        <label>
          {t.lang}
          <select value={lang} onChange={(e) => changed(setLang)(e.currentTarget.value === 'en' ? 'en' : 'zh')}>
            <option value="zh">{t.langZh}</option>
            <option value="en">{t.langEn}</option>
          </select>
        </label>
        <label>
          {t.height}
          <input
            type="number"
            min={200}
            max={1200}
            step={20}
            value={height}
            onChange={(e) => changed(setHeight)(Math.min(1200, Math.max(200, Number(e.currentTarget.value) || 420)))}
          />
        </label>
        <label>
          {t.theme}
          <select value={theme} onChange={(e) => changed(setTheme)(e.currentTarget.value === 'dark' ? 'dark' : 'light')}>
            <option value="light">{t.themeLight}</option>
            <option value="dark">{t.themeDark}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t.kind}</legend>
          {(['script', 'iframe'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => changed(setKind)(k)} />{' '}
              {k === 'script' ? t.kindScript : t.kindIframe}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="embed-snippet">
        {t.snippet}
        <textarea readOnly value={snippet} rows={kind === 'script' ? 3 : 11} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p>
        <button type="button" onClick={() => void copySnippet()}>
          {t.copy}
        </button>{' '}
        <span role="status">{copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}</span>
      </p>
      <p className="muted">{t.allowlistNote}</p>
      <h3>{t.preview}</h3>
      {/* The /embed page draws what either snippet shows; the key reloads it on every change. */}
      <iframe key={embedUrl(choice)} className="embed-preview" src={embedUrl(choice)} title={t.previewTitle} height={height + 240} />
    </section>
  );
}
