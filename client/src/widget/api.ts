// The widget's reads: the live chain map from a server's public GraphQL API, or an offline
// snapshot file. Plain fetch, no session: the widget asks only what PUBLIC_READ serves to
// anonymous readers, from whatever page embeds it (the server's CORS_ORIGINS decides which).
import type { WidgetChainMapQuery } from '../gql/graphql';
import { GAP_STATUSES, type GapStatus } from '../graph/types';
import { graphqlUrl, postChainMap, requestBody, takeEarly, type WidgetParams } from './request';
import { parseSnapshot, SnapshotError, type ChainMapModel, type SnapshotFirm } from './snapshot';

export { graphqlUrl, type WidgetParams };

/** Why the widget could not show a map; `kind` lets hosts react (the `error` event's detail). */
export class WidgetError extends Error {
  constructor(
    readonly kind: 'network' | 'api' | 'not-found' | 'snapshot' | 'attributes',
    message: string,
  ) {
    super(message);
    this.name = 'WidgetError';
  }
}

type ChainMapElements = NonNullable<WidgetChainMapQuery['chainMap']>;

/** chainMap's drawing elements as the widget needs them: statuses and local firms per segment. */
export function readChainMap(elements: ChainMapElements): Pick<ChainMapModel, 'statuses' | 'firms' | 'truncated'> {
  const statuses: Record<string, GapStatus> = {};
  const enterprises = new Map<string, SnapshotFirm>();
  for (const node of elements.nodes) {
    if (node.type === 'Segment' && GAP_STATUSES.includes(node.status as GapStatus)) statuses[node.id] = node.status as GapStatus;
    if (node.type === 'Enterprise') enterprises.set(node.id, { id: node.id, name: node.label, nameEn: node.labelEn });
  }
  const firms: Record<string, SnapshotFirm[]> = {};
  for (const edge of elements.edges) {
    const firm = edge.type === 'IN_SEGMENT' ? enterprises.get(edge.source) : undefined;
    if (firm) (firms[edge.target] ??= []).push(firm);
  }
  return { statuses, firms, truncated: elements.truncated };
}

const today = () => new Date().toISOString().slice(0, 10);

export async function fetchModel(endpoint: string, params: WidgetParams, signal?: AbortSignal): Promise<ChainMapModel> {
  const url = graphqlUrl(endpoint);
  const body = requestBody(params);
  let response: Response;
  try {
    // On /embed the same request was usually started before this script ran (embed-early.ts).
    response = await (takeEarly(url, body) ?? postChainMap(url, body, signal));
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    // A CORS refusal looks exactly like this to a page: the browser hides the reason.
    throw new WidgetError(
      'network',
      `the chain-map API at ${graphqlUrl(endpoint)} cannot be reached from this page (offline, or this site is not on the server's CORS_ORIGINS)`,
    );
  }
  let answer: { data?: WidgetChainMapQuery | null; errors?: { message: string }[] };
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    throw new WidgetError('api', `the chain-map API answered HTTP ${response.status} without JSON`);
  }
  if (answer.errors?.length) throw new WidgetError('api', `the chain-map API refused: ${answer.errors.map((e) => e.message).join('; ')}`);
  const chain = answer.data?.chain;
  if (!chain) throw new WidgetError('not-found', `no chain "${params.chain}" on this server`);
  return {
    chain,
    scope: params.park ? { park: params.park } : params.region ? { region: params.region } : null,
    place: answer.data?.chainMap?.scope
      ? { name: answer.data.chainMap.scope.name, nameEn: answer.data.chainMap.scope.nameEn ?? null }
      : null,
    asOf: params.asOf,
    readOn: today(),
    sources: chain.sources,
    ...(answer.data?.chainMap ? readChainMap(answer.data.chainMap) : { statuses: {}, firms: {}, truncated: false }),
  };
}

/** Loads and checks an offline snapshot; any failure is a WidgetError saying what and where. */
export async function fetchSnapshot(url: string, signal?: AbortSignal): Promise<ChainMapModel> {
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'omit', signal });
    if (!response.ok) throw new WidgetError('snapshot', `snapshot ${url}: HTTP ${response.status}`);
    text = await response.text();
  } catch (e) {
    if (e instanceof WidgetError || (e as Error).name === 'AbortError') throw e;
    throw new WidgetError('snapshot', `snapshot ${url} cannot be loaded`);
  }
  try {
    return parseSnapshot(text);
  } catch (e) {
    if (e instanceof SnapshotError) throw new WidgetError('snapshot', `snapshot ${url} is not usable: ${e.message}`);
    throw e;
  }
}
