// `Cited`: every fact-bearing type implements it and so inherits `sources` — the answer to
// "where does this come from?" is the same field on every node.
import { builder } from '../builder.js';
import type { NodeRow } from '../loaders.js';
import { linked } from './links.js';
import { SourceRef, type SourceRow } from './refs.js';

/** Neo4j label → GraphQL type name, for resolving the interface. Labels and names agree. */
const typeNames = ['Region', 'Chain', 'Segment', 'Park', 'Enterprise', 'Project', 'Institution', 'Figure', 'Capacity', 'Policy'];

export const CitedRef = builder.interfaceRef<NodeRow>('Cited').implement({
  description: 'A node whose facts cite source documents.',
  resolveType: (row) => row.__labels?.find((l) => typeNames.includes(l)) ?? null,
  fields: (t) => ({
    id: t.exposeID('id'),
    sources: t.field({
      type: [SourceRef],
      description: 'The documents this node’s facts come from (document, publisher, date).',
      resolve: (n, _args, ctx) => linked<SourceRow>(ctx, n.id, 'CITED_IN', 'out', 'Source'),
    }),
  }),
});
