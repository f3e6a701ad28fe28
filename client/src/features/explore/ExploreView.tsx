import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DetailPanel } from '../detail/DetailPanel';
import { ExploreCanvas, type Highlight } from './ExploreCanvas';
import { ExploreLegend, NodeList } from './ExploreSide';
import { ExploreToolbar, type ExpandOptions } from './ExploreToolbar';
import { PathPanel } from './PathPanel';
import { ExportButtons } from '../chain-map/ExportButtons';
import { ErrorPanel, LoadingPanel } from '../../shared/ui/StatusPanel';
import { SignInPrompt } from '../session/SignIn';
import { fitClamped } from '../../graph/explore-graph';
import { pathEdgeIds, visibleGraph } from '../../graph/explore-model';
import { useExplore, type PathResult } from './use-explore';
import { useSession } from '../session/use-session';
import { useLang } from '../../shared/i18n/context';
import { useExploreT } from './messages';
import { exploreFromUrl, FRESH_EXPLORE } from './explore-url';
import type { ExploreSearch, NavPatch } from '../../shared/nav/search';
import './explore.css';

interface ExploreViewProps {
  /** The canvas's URL parameters. */
  url: ExploreSearch;
  onNavigate: (patch: NavPatch) => void;
  headless?: boolean;
  onGraph?: (cy: Core | null) => void;
}

/** Free exploration: expand, find paths, hide, pin, undo, fit, switch layout. */
export function ExploreView({ url, onNavigate, headless = false, onGraph }: ExploreViewProps) {
  const t = useExploreT();
  const lang = useLang();
  const session = useSession();
  const api = useExplore(exploreFromUrl(url), onNavigate);
  const { state } = api;
  const [selected, setSelected] = useState<string | null>(null);
  const [expandOptions, setExpandOptions] = useState<ExpandOptions>({ depth: 1, types: [] });
  const [relayout, setRelayout] = useState(0);
  const [pathChoice, setPathChoice] = useState<{ index: number; result: PathResult } | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onGraphRef = useRef(onGraph);
  onGraphRef.current = onGraph;
  const handleGraph = useCallback((instance: Core | null) => {
    setCy(instance);
    onGraphRef.current?.(instance);
  }, []);

  // A new exploration selects its start; a selection that left the canvas (hidden, undone) clears.
  useEffect(() => setSelected(api.focus), [api.focus]);
  const visibleSelected = selected && state?.nodes[selected] && !state.hidden.includes(selected) ? selected : null;

  const expandSelected = useCallback(
    (id: string | null) => {
      if (id) void api.expandNode({ id, ...expandOptions });
    },
    [api, expandOptions],
  );

  // Ctrl/⌘+Z undoes, except while typing (a text field has its own undo).
  const undo = api.undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const highlight = useMemo<Highlight | null>(() => {
    const path = pathChoice?.result.paths[pathChoice.index];
    return path && state ? { nodes: path, edges: pathEdgeIds(state, path) } : null;
  }, [pathChoice, state]);

  if (!session.signedIn) return <SignInPrompt hint={t.signInHint} />;
  if (!api.focus) {
    return (
      <div className="status-panel" role="status">
        <h2>{t.noFocusTitle}</h2>
        <p>{t.noFocusHint}</p>
      </div>
    );
  }
  if (api.status.kind === 'error') return <ErrorPanel error={api.status.error} onRetry={api.retry} />;
  if (api.status.kind === 'not-found') {
    return (
      <div className="status-panel" role="alert">
        <h2>{t.notFound}</h2>
        <p>
          <code>{api.focus}</code>
        </p>
      </div>
    );
  }
  if (!state) return <LoadingPanel />;

  const { nodes, edges } = visibleGraph(state);
  const onDetailNavigate = (patch: NavPatch) => {
    // A link to a node already drawn selects it; any other node starts a new exploration.
    if (patch.node && !patch.view && state.nodes[patch.node] && !state.hidden.includes(patch.node)) setSelected(patch.node);
    else onNavigate(patch.node && !patch.view ? { ...patch, ...FRESH_EXPLORE } : patch);
  };

  return (
    <div className="explore-view">
      <aside className="explore-side" aria-label={t.heading}>
        <h2>{t.heading}</h2>
        <p className="muted explore-hint">{t.selectHint}</p>
        <PathPanel
          state={state}
          from={visibleSelected ?? state.focus}
          busy={api.busy}
          onFind={(to, maxLength) => api.findPaths({ from: visibleSelected ?? state.focus, to, maxLength })}
          active={pathChoice?.index ?? null}
          onActive={(index, result) => setPathChoice(index === null || !result ? null : { index, result })}
        />
        <NodeList state={state} selected={visibleSelected} onSelect={setSelected} />
      </aside>
      <div className="explore-main">
        <ExploreToolbar
          state={state}
          selected={visibleSelected}
          busy={api.busy}
          expandOptions={expandOptions}
          onExpandOptions={setExpandOptions}
          onExpand={() => expandSelected(visibleSelected)}
          onHide={() => visibleSelected && api.hide([visibleSelected])}
          onShowAll={api.showAll}
          onTogglePin={() => visibleSelected && api.togglePin(visibleSelected)}
          onUndo={api.undo}
          onFit={() => cy && fitClamped(cy)}
          onLayout={api.setLayout}
          onRelayout={() => setRelayout((n) => n + 1)}
        />
        <div className="explore-notices" aria-live="polite">
          {api.status.kind === 'loading' && <span role="status">{t.loading}</span>}
          {api.busy && <span role="status">{t.working}</span>}
          {api.truncated && (
            <span className="explore-notice" data-testid="explore-truncated">
              {t.truncated}
            </span>
          )}
          {api.opError && (
            <span role="alert" className="explore-notice">
              {t.opFailed(api.opError)}
            </span>
          )}
        </div>
        <ExploreCanvas
          state={state}
          lang={lang}
          label={t.canvasLabel(nodes.length, edges.length)}
          relLabel={(type) => t.relTypes[type] ?? type}
          selected={visibleSelected}
          highlight={highlight}
          relayout={relayout}
          onSelect={setSelected}
          onExpand={expandSelected}
          onGraph={handleGraph}
          headless={headless}
        />
        <div className="explore-footer">
          <ExploreLegend />
          <ExportButtons cy={cy} fileName={`explore-${state.focus}`.replace(/[^\w.-]+/g, '_')} />
        </div>
      </div>
      {visibleSelected && (
        <DetailPanel nodeId={visibleSelected} onClose={() => setSelected(null)} onNavigate={onDetailNavigate} exploreLink={false} />
      )}
    </div>
  );
}
