// A small explore canvas shared by the model's tests and the URL tests of the explore feature:
// runhai — module segment — zs park; module — cell segment.
import { buildExplore, type ExploreState, type GraphChunk } from './explore-model';

export const n = (id: string, type = 'Enterprise') => ({ id, type, label: id, labelEn: null });
export const e = (source: string, target: string, type = 'LINK') => ({ id: `${source}|${type}|${target}`, source, target, type });

export const start: GraphChunk = {
  nodes: [n('runhai'), n('module', 'Segment'), n('zs', 'Park')],
  edges: [e('runhai', 'module'), e('runhai', 'zs')],
  truncated: false,
};
export const moduleHood: GraphChunk = {
  nodes: [n('module', 'Segment'), n('cell', 'Segment'), n('hengyuan')],
  edges: [e('cell', 'module', 'FEEDS'), e('hengyuan', 'module')],
  truncated: true,
};

export function started(): ExploreState {
  return buildExplore('runhai', 'cose', start, [], []);
}
