// Stubs for the app shell's tests: one fetch mock that answers each GraphQL operation by name.
import { vi } from 'vitest';
import type { ParkSummary, SearchHit } from '../shared/api/types';
import type {
  ChainsQuery,
  ExploreNeighborhoodQuery,
  ExplorePathsQuery,
  HomeParksQuery,
  MeQuery,
  NodeDetailQuery,
  SearchQuery,
  SignInMutation,
  SignOutMutation,
} from '../gql/graphql';
import type * as Edit from '../gql/graphql';
import { chainsResult, jsonResponse } from './fixtures';

type Body = { query: string; variables: Record<string, unknown> };

/** The generated result type of each operation the shell tests answer, by operation name. */
interface Results {
  Chains: ChainsQuery;
  Me: MeQuery;
  SignIn: SignInMutation;
  SignOut: SignOutMutation;
  Search: SearchQuery;
  HomeParks: HomeParksQuery;
  ParkChoices: Edit.ParkChoicesQuery;
  NodeDetail: NodeDetailQuery;
  ExploreNeighborhood: ExploreNeighborhoodQuery;
  ExplorePaths: ExplorePathsQuery;
  CreateEnterprise: Edit.CreateEnterpriseMutation;
  CreateProject: Edit.CreateProjectMutation;
  UpdateEnterprise: Edit.UpdateEnterpriseMutation;
  UpdateProject: Edit.UpdateProjectMutation;
  DeleteEnterprise: Edit.DeleteEnterpriseMutation;
  DeleteProject: Edit.DeleteProjectMutation;
  MoveProjectStatus: Edit.MoveProjectStatusMutation;
  LinkEnterpriseSegment: Edit.LinkEnterpriseSegmentMutation;
  LinkProjectSegment: Edit.LinkProjectSegmentMutation;
  LinkEnterprisePark: Edit.LinkEnterpriseParkMutation;
  LinkProjectPark: Edit.LinkProjectParkMutation;
  LinkProjectInvestor: Edit.LinkProjectInvestorMutation;
  EditChains: Edit.EditChainsQuery;
  EditEnterprise: Edit.EditEnterpriseQuery;
  EditEnterpriseSearch: Edit.EditEnterpriseSearchQuery;
  ParkOptions: Edit.ParkOptionsQuery;
  ParkName: Edit.ParkNameQuery;
  EditProject: Edit.EditProjectQuery;
  EditSources: Edit.EditSourcesQuery;
  NodeChanges: Edit.NodeChangesQuery;
  ImportBatches: Edit.ImportBatchesQuery;
  UndoImport: Edit.UndoImportMutation;
  AuditLog: Edit.AuditLogQuery;
  ImportWho: Edit.ImportWhoQuery;
}
type Handler<R> = (variables: Record<string, unknown>, init: RequestInit) => R | Response;
type Handlers = { [K in keyof Results]?: Handler<Results[K]> };

/**
 * Answers `{ data: handler(...) }` for the named operation (or the handler's own Response).
 * Handlers are typed by the generated results, so a stub cannot drift from the schema.
 */
export function stubGraphql(handlers: Handlers) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const handler = (handlers as Record<string, Handler<unknown> | undefined>)[name];
    if (!handler) return jsonResponse({ data: null, errors: [{ message: `no stub for ${name}` }] });
    const result = handler(body.variables, init);
    return result instanceof Response ? result : jsonResponse({ data: result });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The operations fetch was asked for, in order (e.g. ['Chains', 'Me', 'Search']). */
export function operations(fetchMock: ReturnType<typeof stubGraphql>): string[] {
  return fetchMock.mock.calls.map(([, init]) => /(?:query|mutation)\s+(\w+)/.exec(JSON.parse(String(init.body)).query)?.[1] ?? '');
}

export const graphqlError = (code: string, message = code) => jsonResponse({ data: null, errors: [{ message, extensions: { code } }] });

export const admin = { username: 'admin', role: 'ADMIN' as const };

export const chainsHandler = (): ChainsQuery => chainsResult;

const hit = (h: Omit<SearchHit, 'score' | 'node'> & { chainId?: string }): SearchHit => ({
  id: h.id,
  type: h.type,
  name: h.name,
  nameEn: h.nameEn,
  score: 1,
  node: { id: h.id, ...(h.chainId ? { chainId: h.chainId } : {}) },
});

export const searchHits: SearchHit[] = [
  hit({ id: 'ent.hongfa', type: 'ENTERPRISE', name: '宏发电声', nameEn: 'Hongfa Electroacoustic' }),
  hit({ id: 'park.hf', type: 'PARK', name: '宏发产业园', nameEn: 'Hongfa Park' }),
  hit({ id: 'ent.hongfa2', type: 'ENTERPRISE', name: '宏发股份', nameEn: null }),
  hit({ id: 'pv.cell', type: 'SEGMENT', name: '电池片', nameEn: 'Cells', chainId: 'pv' }),
];

export const searchResult = (hits: SearchHit[]): SearchQuery => ({
  search: { totalCount: hits.length, totalCountCapped: false, edges: hits.map((node) => ({ node })) },
});

export const parks: ParkSummary[] = [
  {
    id: 'p.zone',
    name: '苏州工业园区',
    nameEn: 'Suzhou Industrial Park',
    kind: 'ETDZ',
    parent: null,
    region: { id: 'r.sz', name: '苏州市', nameEn: 'Suzhou' },
    enterprises: { totalCount: 42 },
    projects: { totalCount: 7 },
    chains: [{ chain: { id: 'pv', name: '光伏', nameEn: 'Photovoltaics' } }],
  },
  {
    id: 'p.sub',
    name: '纳米城',
    nameEn: null,
    kind: 'SUB_PARK',
    parent: { id: 'p.zone' },
    region: null,
    enterprises: { totalCount: 5 },
    projects: { totalCount: 0 },
    chains: [],
  },
];

/**
 * A parksConnection operation (HomeParks, ParkChoices, ParkOptions…) answered from `list` as the
 * server pages it: the name filter (the park's or its region's name), `first`, and offset
 * cursors (base64 "arrayconnection:n", opaque to the client).
 */
export function parksPageHandler<T extends { name: string; region?: { name: string } | null }>(list: T[]) {
  return (variables: Record<string, unknown>) => {
    const v = variables as { query?: string | null; first: number; after?: string | null };
    const matching = list.filter((p) => !v.query || p.name.includes(v.query) || (p.region?.name.includes(v.query) ?? false));
    const skip = v.after ? Number(atob(v.after).split(':')[1]) + 1 : 0;
    const page = matching.slice(skip, skip + v.first);
    return {
      parksConnection: {
        totalCount: matching.length,
        pageInfo: {
          hasNextPage: skip + page.length < matching.length,
          endCursor: page.length ? btoa(`arrayconnection:${skip + page.length - 1}`) : null,
        },
        edges: page.map((node) => ({ node })),
      },
    };
  };
}

export const homeParksHandler = (list: ParkSummary[]): ((variables: Record<string, unknown>) => HomeParksQuery) => parksPageHandler(list);
