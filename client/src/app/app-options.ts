import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

export interface AppOptions {
  /** Build graphs without rendering; for jsdom tests (no canvas). */
  headless?: boolean;
  /** Exposes the live Cytoscape instance (tests, debugging). */
  onGraph?: (cy: Core | null) => void;
}

/** What App was rendered with, for the route components below the router. */
export const AppOptionsContext = createContext<AppOptions>({});

export function useAppOptions(): AppOptions {
  return useContext(AppOptionsContext);
}
