import type { Core, NodeDataDefinition } from 'cytoscape';
import { LoadingLine } from '../../shared/ui/StatusPanel';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Chain } from '../../shared/api/types';
import { buildChainElements } from '../../graph/elements';
import { chainLabels } from '../../shared/i18n/chain-labels';
import { useChainMap } from './use-chain-map';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkMapT } from './messages';
import { useSegmentExpansionT } from './segment-expansion-messages';
import type { NavPatch } from '../../shared/nav/search';
import { useControllable } from '../../shared/hooks/use-controllable';
import './chain-map.css';
import { ChainMap } from './ChainMap';
import { ExportButtons, exportFileName } from './ExportButtons';
import { snapshotBlob } from '../embed/snapshot-export';
import { useEmbedT } from '../embed/messages';
import { Legend } from './Legend';
import { ScopePicker } from './ScopePicker';
import { SegmentStatusList } from './SegmentStatusList';
import { ScopeName } from './ScopeName';
import { YearSlider } from './YearSlider';
import { MapControls } from '../../shared/ui/MapControls';
import { useMapControlsT } from '../../shared/ui/map-controls-messages';

/** The map's state that lives in the URL, handed down unchanged from the chain map screen. */
export interface ChainMapUrlProps {
  /** Park (or region) whose present / pipeline / missing segments the map shows. */
  parkId?: string | null;
  regionId?: string | null;
  /** Statuses as of this date (YYYY…); null: now. */
  asOf?: string | null;
  /** The selected node (url.node): highlighted on the map, its enterprises listed. */
  nodeId?: string | null;
  /** Firms' names / projects' counts drawn in the segments (URL `firms`, `projects`). */
  firms?: boolean;
  projects?: boolean;
  /** URL updates (park, region, asOf, node, toggles); without it the view is read-only. */
  onNavigate?: (patch: NavPatch) => void;
}

interface ChainViewProps extends ChainMapUrlProps {
  chain: Chain;
  headless?: boolean;
  onNodeTap?: (data: NodeDataDefinition) => void;
  onGraph?: (cy: Core | null) => void;
}

/** The main area for one chain: title, park tools, the map, its legend and statuses. */
export function ChainView({
  chain,
  headless,
  onNodeTap,
  onGraph,
  parkId = null,
  regionId = null,
  asOf = null,
  nodeId = null,
  firms,
  projects,
  onNavigate,
}: ChainViewProps) {
  const t = useT();
  const pt = useParkMapT();
  const xt = useSegmentExpansionT();
  const et = useEmbedT();
  const mapControlsT = useMapControlsT();
  const lang = useLang();
  const [cy, setCy] = useState<Core | null>(null);
  const name = localName(chain, lang);
  const description = lang === 'en' ? (chain.descriptionEn ?? chain.description) : chain.description;
  const mapState = useChainMap(chain.id, parkId, regionId, asOf);
  const scoped = !!(parkId || regionId);
  const shown = mapState.status === 'ready' ? mapState.map : mapState.status === 'loading' ? mapState.stale : undefined;
  const statuses = shown?.statuses;
  const [showFirms, setShowFirms] = useControllable(firms, onNavigate && ((v: boolean) => onNavigate({ firms: v })), false);
  const enterpriseNames = useMemo(() => {
    if (!showFirms || !shown) return undefined;
    const names = new Map<string, string[]>();
    for (const [segmentId, firms] of shown.enterprises)
      names.set(
        segmentId,
        firms.map((e) => localName({ name: e.label, nameEn: e.labelEn }, lang)),
      );
    return names;
  }, [showFirms, shown, lang]);
  const [showProjects, setShowProjects] = useControllable(projects, onNavigate && ((v: boolean) => onNavigate({ projects: v })), false);
  const projectCounts = useMemo(() => {
    if (!showProjects || !shown) return undefined;
    return new Map([...shown.projects].map(([segmentId, list]) => [segmentId, list.length]));
  }, [showProjects, shown]);
  // Memoised: ChainMap rebuilds the graph whenever this array changes identity.
  const elements = useMemo(
    () => buildChainElements(chain, { lang, labels: chainLabels(lang), statuses, enterpriseNames, projectCounts }),
    [chain, lang, statuses, enterpriseNames, projectCounts],
  );
  // The server's figure (the same as the park page and Compare), never recomputed here.
  const completeness = shown?.completeness ?? null;

  const handleGraph = useCallback(
    (instance: Core | null) => {
      setCy(instance);
      onGraph?.(instance);
    },
    [onGraph],
  );
  const handleTap = useCallback(
    (data: NodeDataDefinition) => {
      onNodeTap?.(data);
      // Selecting a segment opens its details (url.node); ghosts keep opening their chain.
      if (data['kind'] === 'segment') onNavigate?.({ node: String(data.id) });
    },
    [onNodeTap, onNavigate],
  );

  // Keep the map's selection in step with the URL (back button, links, the panel's links).
  useEffect(() => {
    if (!cy || headless) return;
    cy.$(':selected').unselect();
    if (nodeId) cy.$id(nodeId).select();
  }, [cy, nodeId, headless]);

  return (
    <section className="chain-view" aria-labelledby="chain-title">
      <header className="chain-header">
        <div className="chain-title-row">
          <h2 id="chain-title">{name}</h2>
          {completeness && (
            <p className="completeness" title={pt.completenessHint} data-testid="completeness">
              {pt.completeness(completeness.percent, completeness.present, completeness.pipeline, completeness.missing)}
              <span className="visually-hidden"> {pt.completenessHint}</span>
            </p>
          )}
        </div>
        {shown?.scope && <ScopeName scope={shown.scope} />}
        {description && <p className="chain-description">{description}</p>}
      </header>
      <div className="chain-tools">
        {onNavigate && (
          <ScopePicker
            chainId={chain.id}
            value={{ park: parkId, region: parkId ? null : regionId }}
            onChange={(scope) => onNavigate({ ...scope, node: null })}
          />
        )}
        {scoped && onNavigate && (
          <YearSlider asOf={asOf} earliest={shown ? shown.earliest : undefined} onChange={(next) => onNavigate({ asOf: next })} />
        )}
        {shown && (
          <label className="show-firms">
            <input type="checkbox" checked={showFirms} onChange={(e) => setShowFirms(e.currentTarget.checked)} /> {pt.showEnterprises}
          </label>
        )}
        {shown && (
          <label className="show-firms">
            <input type="checkbox" checked={showProjects} onChange={(e) => setShowProjects(e.currentTarget.checked)} /> {xt.showProjects}
          </label>
        )}
        {/* A chain without a template has nothing to draw, so nothing to export. */}
        {chain.segments.length > 0 && (
          <ExportButtons
            cy={cy}
            fileName={exportFileName(chain.id, parkId ?? regionId, asOf)}
            snapshot={() => snapshotBlob(chain, shown, { parkId, regionId: parkId ? null : regionId, asOf })}
          />
        )}
        {onNavigate && (
          <button type="button" className="link-button" onClick={() => onNavigate({ view: 'embed', node: null })}>
            {et.openBuilder}
          </button>
        )}
      </div>
      {mapState.status === 'loading' && (
        <LoadingLine className="map-status" small>
          {pt.mapLoading}
        </LoadingLine>
      )}
      {mapState.status === 'error' && (
        <p className="map-status map-status-error" role="alert">
          {pt.mapError}: {mapState.error.message}
        </p>
      )}
      {chain.segments.length === 0 ? (
        <div className="status-panel" role="status">
          <p>{t.chainHasNoSegments}</p>
        </div>
      ) : (
        <>
          <div className="map-frame">
            <ChainMap elements={elements} label={t.mapLabel(name)} headless={headless} onNodeTap={handleTap} onGraph={handleGraph} />
            <MapControls cy={cy} labels={mapControlsT} />
          </div>
          <p className="map-hint">{t.mapHint}</p>
        </>
      )}
      <Legend statuses={!!statuses} />
      {shown && (
        <SegmentStatusList
          chain={chain}
          statuses={shown.statuses}
          enterprises={shown.enterprises}
          projects={shown.projects}
          selectedId={nodeId}
          onSelect={onNavigate ? (id) => onNavigate({ node: id }) : undefined}
        />
      )}
    </section>
  );
}
