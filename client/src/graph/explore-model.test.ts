import { describe, expect, it } from 'vitest';
import {
  addPaths,
  canUndo,
  createExplore,
  expand,
  hide,
  lastOperation,
  pathEdgeIds,
  setLayout,
  showAll,
  splitPaths,
  togglePin,
  undo,
  visibleGraph,
  type GraphChunk,
} from './explore-model';
import { e, moduleHood, n, started } from './explore-fixtures.test-util';

describe('explore model', () => {
  it('starts from the focus neighbourhood, with nothing to undo', () => {
    const s = started();
    expect(Object.keys(s.nodes).sort()).toEqual(['module', 'runhai', 'zs']);
    expect(Object.keys(s.edges)).toHaveLength(2);
    expect(canUndo(s)).toBe(false);
    expect(undo(s)).toBe(s);
  });

  it('expands a node and undoes the expansion', () => {
    const s0 = started();
    const s1 = expand(s0, { id: 'module', depth: 1, types: [] }, moduleHood);
    expect(Object.keys(s1.nodes).sort()).toEqual(['cell', 'hengyuan', 'module', 'runhai', 'zs']);
    expect(s1.expansions).toEqual([{ id: 'module', depth: 1, types: [] }]);
    expect(lastOperation(s1)).toBe('expand');
    const back = undo(s1);
    expect(back.nodes).toEqual(s0.nodes);
    expect(back.expansions).toEqual([]);
    expect(canUndo(back)).toBe(false);
  });

  it('drops edges whose ends are not on the canvas', () => {
    const s = expand(started(), { id: 'x', depth: 1, types: [] }, { nodes: [n('x')], edges: [e('x', 'nowhere')], truncated: false });
    expect(Object.keys(s.edges)).not.toContain('x|LINK|nowhere');
  });

  it('hides nodes with their edges, shows them again, and undoes both', () => {
    const s1 = hide(started(), ['zs']);
    expect(visibleGraph(s1).nodes.map((x) => x.id)).not.toContain('zs');
    expect(visibleGraph(s1).edges.map((x) => x.id)).toEqual(['runhai|LINK|module']);
    expect(hide(s1, ['zs'])).toBe(s1); // already hidden: no new undo step
    const s2 = showAll(s1);
    expect(s2.hidden).toEqual([]);
    expect(undo(s2).hidden).toEqual(['zs']);
    expect(undo(undo(s2)).hidden).toEqual([]);
  });

  it('an expansion that brings a hidden node back shows it', () => {
    const s = expand(
      hide(started(), ['module']),
      { id: 'zs', depth: 1, types: [] },
      { nodes: [n('module', 'Segment')], edges: [], truncated: false },
    );
    expect(s.hidden).toEqual([]);
  });

  it('pins, unpins and undoes the pin', () => {
    const s1 = togglePin(started(), 'module');
    expect(s1.pinned).toEqual(['module']);
    expect(togglePin(s1, 'module').pinned).toEqual([]);
    expect(undo(s1).pinned).toEqual([]);
    expect(togglePin(started(), 'unknown').undoStack).toHaveLength(0);
  });

  it('switches layout and undoes it; choosing the same layout is not a step', () => {
    const s1 = setLayout(started(), 'circle');
    expect(s1.layout).toBe('circle');
    expect(setLayout(s1, 'circle')).toBe(s1);
    expect(undo(s1).layout).toBe('cose');
  });

  it('adds found paths and undoes them', () => {
    const chunk: GraphChunk = {
      nodes: [n('runhai'), n('module', 'Segment'), n('cell', 'Segment')],
      edges: [e('runhai', 'module'), e('cell', 'module', 'FEEDS')],
      truncated: false,
    };
    const s1 = addPaths(started(), { from: 'runhai', to: 'cell', maxLength: 4 }, chunk);
    expect(s1.nodes['cell']).toBeDefined();
    expect(s1.pathSearches).toEqual([{ from: 'runhai', to: 'cell', maxLength: 4 }]);
    expect(undo(s1).nodes['cell']).toBeUndefined();
    expect(pathEdgeIds(s1, ['runhai', 'module', 'cell'])).toEqual(['runhai|LINK|module', 'cell|FEEDS|module']);
  });

  it('keeps a bounded undo stack', () => {
    let s = started();
    for (let i = 0; i < 60; i++) s = togglePin(s, 'module');
    expect(s.undoStack).toHaveLength(50);
  });
});

describe('splitPaths', () => {
  it('recovers every shortest path from the merged answer, ignoring edge direction', () => {
    // a–b–d and a–c–d (b→a reversed), two paths of length 2.
    const chunk: GraphChunk = {
      nodes: ['a', 'b', 'c', 'd'].map((x) => n(x)),
      edges: [e('b', 'a'), e('b', 'd'), e('a', 'c'), e('c', 'd')],
      truncated: false,
    };
    expect(splitPaths(chunk, 'a', 'd')).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
  });

  it('finds none when the ends are not joined', () => {
    expect(splitPaths({ nodes: [], edges: [], truncated: false }, 'a', 'd')).toEqual([]);
  });
});

it('createExplore is empty', () => {
  expect(createExplore('a').nodes).toEqual({});
});
