import type { ParkKind, Role, SearchType, Stage } from '../api/types';

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
  /** App shell: navigation, search, sign-in, start page. */
  shell: ShellMessages;
  /** Every data table: export buttons, sorting, the empty state. */
  table: TableMessages;
  /** Lists of parks that page and filter (a national graph has thousands). */
  parkFinder: ParkFinderMessages;
}

export interface ParkFinderMessages {
  label: string;
  placeholder: string;
  /** Which parks of how many are on screen (1-based, inclusive). */
  showing: (from: number, to: number, total: number) => string;
  previous: string;
  next: string;
  noMatch: (text: string) => string;
  /** The chain map's picker, when the chain has more parks than it lists. */
  more: (shown: number, total: number) => string;
}

export interface TableMessages {
  exportXlsx: string;
  exportCsv: string;
  exportFailed: string;
  sortBy: (column: string) => string;
  emptyTable: string;
}

/** Labels of the app shell (header, search, sign-in, start page). */
export interface ShellMessages {
  navLabel: string;
  /** The phone-size menu button that shows and hides the navigation. */
  menuButton: string;
  nav: Record<'home' | 'chain' | 'park' | 'region' | 'compare' | 'analyst' | 'import', string>;
  searchLabel: string;
  searchPlaceholder: string;
  searchLoading: string;
  searchEmpty: (text: string) => string;
  searchError: (details: string) => string;
  /** Under the hits when there are more than shown; `capped`: the total is a lower bound. */
  searchMore: (shown: number, total: number, capped: boolean) => string;
  searchNeedsSignIn: string;
  searchResultsLabel: string;
  searchType: Record<SearchType, string>;
  signIn: string;
  signInTitle: string;
  username: string;
  password: string;
  signingIn: string;
  cancel: string;
  signInWrong: string;
  signInRateLimited: string;
  signInFailed: (details: string) => string;
  signInRequired: string;
  signInRequiredHint: string;
  signOut: string;
  userMenuLabel: string;
  role: Record<Role, string>;
  homeTitle: string;
  homeChains: string;
  homeParks: string;
  openChainMap: string;
  openPark: string;
  parkKind: Record<ParkKind, string>;
  enterpriseCount: (n: number) => string;
  projectCount: (n: number) => string;
  enterprisesHeading: string;
  projectsHeading: string;
  rollUpNote: string;
  parkChains: string;
  noChains: string;
  homeParksSignIn: string;
  homeParksEmpty: string;
  homeParksError: string;
  viewUnavailable: string;
  viewUnavailableHint: string;
}
