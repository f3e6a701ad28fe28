import type { KeyboardEvent } from 'react';
import { EXPLORE_LAYOUTS, isExploreLayout } from '../../graph/explore-layouts';
import { canUndo, lastOperation, type ExploreState } from '../../graph/explore-model';
import { EXPLORE_NODE_TYPES } from '../../graph/explore-styles';
import { useExploreT } from './messages';

export interface ExpandOptions {
  depth: number;
  /** API node types (ENTERPRISE …); empty: all. */
  types: string[];
}

interface ExploreToolbarProps {
  state: ExploreState;
  selected: string | null;
  busy: boolean;
  expandOptions: ExpandOptions;
  onExpandOptions: (o: ExpandOptions) => void;
  onExpand: () => void;
  onHide: () => void;
  onShowAll: () => void;
  onTogglePin: () => void;
  onUndo: () => void;
  onFit: () => void;
  onLayout: (name: ExploreState['layout']) => void;
  onRelayout: () => void;
}

/**
 * The canvas's commands as a real toolbar: one Tab stop, arrow keys between the buttons
 * (WAI-ARIA toolbar pattern), every button labelled in text.
 */
export function ExploreToolbar(p: ExploreToolbarProps) {
  const t = useExploreT();
  const { state, selected } = p;
  const pinned = selected ? state.pinned.includes(selected) : false;
  const last = lastOperation(state);
  const noSelection = !selected;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const target = e.target as HTMLElement;
    if (target.tagName !== 'BUTTON') return; // selects and checkboxes keep their own arrow keys
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const i = buttons.indexOf(target as HTMLButtonElement);
    const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
    e.preventDefault();
  };

  const toggleType = (type: string) => {
    const types = p.expandOptions.types.includes(type) ? p.expandOptions.types.filter((x) => x !== type) : [...p.expandOptions.types, type];
    p.onExpandOptions({ ...p.expandOptions, types });
  };

  return (
    <div className="explore-toolbar" role="toolbar" aria-label={t.toolbar} onKeyDown={onKeyDown}>
      <div className="explore-group">
        <button type="button" onClick={p.onExpand} disabled={noSelection || p.busy}>
          ⊕ {t.expand}
        </button>
        <label>
          {t.depth}{' '}
          <select value={p.expandOptions.depth} onChange={(e) => p.onExpandOptions({ ...p.expandOptions, depth: Number(e.target.value) })}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <details className="explore-types">
          <summary>
            {t.types}: {p.expandOptions.types.length === 0 ? t.allTypes : p.expandOptions.types.length}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t.types}</legend>
            {EXPLORE_NODE_TYPES.map((type) => {
              const api = type.toUpperCase();
              return (
                <label key={type}>
                  <input type="checkbox" checked={p.expandOptions.types.includes(api)} onChange={() => toggleType(api)} />{' '}
                  {t.nodeTypes[type]}
                </label>
              );
            })}
          </fieldset>
        </details>
      </div>
      <div className="explore-group">
        <button type="button" onClick={p.onHide} disabled={noSelection || selected === state.focus}>
          ⊘ {t.hide}
        </button>
        <button type="button" onClick={p.onShowAll} disabled={state.hidden.length === 0}>
          {t.showAll(state.hidden.length)}
        </button>
        <button type="button" onClick={p.onTogglePin} disabled={noSelection} aria-pressed={noSelection ? undefined : pinned}>
          ⚑ {pinned ? t.unpin : t.pin}
        </button>
      </div>
      <div className="explore-group">
        <button
          type="button"
          onClick={p.onUndo}
          disabled={!canUndo(state)}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={last ? t.undoWhat(last) : t.undo}
        >
          ↶ {last ? t.undoWhat(last) : t.undo}
        </button>
        <button type="button" onClick={p.onFit}>
          ⤢ {t.fit}
        </button>
        <label>
          {t.layout}{' '}
          <select value={state.layout} onChange={(e) => isExploreLayout(e.target.value) && p.onLayout(e.target.value)}>
            {EXPLORE_LAYOUTS.map((name) => (
              <option key={name} value={name}>
                {t.layouts[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={p.onRelayout}>
          ⟳ {t.relayout}
        </button>
      </div>
    </div>
  );
}
