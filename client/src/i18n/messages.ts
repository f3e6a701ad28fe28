import type { Stage } from '../api/types';

/** Every UI string, in one shape, so zh.ts and en.ts cannot drift apart. */
export interface Messages {
  appTitle: string;
  languageSwitchLabel: string;
  chainsHeading: string;
  chainListLabel: string;
  segmentCount: (count: number) => string;
  loading: string;
  emptyTitle: string;
  emptyHint: string;
  errorTitle: string;
  errorNetwork: string;
  errorHttp: (status: number | undefined) => string;
  errorGraphql: (details: string) => string;
  errorParse: string;
  errorUnknown: string;
  retry: string;
  chainHasNoSegments: string;
  mapLabel: (chainName: string) => string;
  mapHint: string;
  legendTitle: string;
  stage: Record<Stage, string>;
  legendSubSegment: string;
  legendGhost: string;
  legendFlow: string;
  legendCrossChainFlow: string;
}
