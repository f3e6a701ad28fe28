// Words of the map controls, zh and en. Own file (same shape rule as the i18n messages) so work
// on the shared message files does not collide.
import { useLang } from '../i18n/context';
import type { Lang } from '../i18n/lang';

export interface MapControlsLabels {
  group: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  reset: string;
  /** Read out with the map: which keys work when it has focus. */
  keys: string;
}

export const MAP_CONTROLS_MESSAGES: Record<Lang, MapControlsLabels> = {
  zh: {
    group: '缩放',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '适应画布',
    // Starts with the button's visible glyph: the accessible name must contain what is shown.
    reset: '1:1 原始大小 (100%)',
    keys: '聚焦图谱后可用键盘：+ 放大，- 缩小，0 或 F 适应画布，1 原始大小。',
  },
  en: {
    group: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to canvas',
    reset: '1:1 Actual size (100%)',
    keys: 'With the map focused: + zoom in, - zoom out, 0 or F fit, 1 actual size.',
  },
};

export function useMapControlsT(): MapControlsLabels {
  return MAP_CONTROLS_MESSAGES[useLang()];
}
