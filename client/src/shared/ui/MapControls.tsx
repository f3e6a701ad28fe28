import type { Core } from 'cytoscape';
import { useEffect, useId } from 'react';
import { mapActionForKey, runMapAction, type MapAction } from '../../graph/viewport';
import type { MapControlsLabels } from './map-controls-messages';
import './map-controls.css';

export interface MapControlsProps {
  /** The graph to steer; null while it is being made (the buttons are then disabled). */
  cy: Core | null;
  labels: MapControlsLabels;
}

const BUTTONS: { action: MapAction; glyph: string; key: string }[] = [
  { action: 'zoomIn', glyph: '+', key: '+' },
  { action: 'zoomOut', glyph: '−', key: '-' },
  { action: 'fit', glyph: '⤢', key: '0 F' },
  { action: 'reset', glyph: '1:1', key: '1' },
];

/**
 * Zoom in / out, fit and 100% buttons laid over a map, and the same as keys on the map itself
 * (it becomes focusable): + zoom in, - zoom out, 0 or F fit, 1 actual size. Place it as a
 * sibling of the map inside a `position: relative` box.
 */
export function MapControls({ cy, labels }: MapControlsProps) {
  const hintId = useId();
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    if (!container.hasAttribute('tabindex')) container.tabIndex = 0;
    container.setAttribute('aria-keyshortcuts', '+ - 0 F 1');
    container.setAttribute('aria-describedby', hintId);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = mapActionForKey(event.key);
      if (!action || cy.destroyed()) return;
      event.preventDefault();
      runMapAction(cy, action);
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [cy, hintId]);

  return (
    <div className="map-controls" role="group" aria-label={labels.group} data-testid="map-controls">
      {BUTTONS.map(({ action, glyph, key }) => (
        <button
          key={action}
          type="button"
          aria-label={labels[action]}
          title={`${labels[action]} (${key})`}
          aria-keyshortcuts={key}
          disabled={!cy}
          onClick={() => cy && !cy.destroyed() && runMapAction(cy, action)}
        >
          <span aria-hidden="true">{glyph}</span>
        </button>
      ))}
      <span id={hintId} className="visually-hidden">
        {labels.keys}
      </span>
    </div>
  );
}
