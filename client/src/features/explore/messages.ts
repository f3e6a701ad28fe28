// Labels of the Explore view. Own file (same zh/en shape rule as messages.ts) so parallel work
// on the shared message files does not collide.
import type { ExploreLayoutName } from '../../graph/explore-layouts';
import type { OperationKind } from '../../graph/explore-model';
import type { ExploreNodeType } from '../../graph/explore-styles';
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface ExploreMessages {
  nav: string;
  heading: string;
  openExplore: string;
  noFocusTitle: string;
  noFocusHint: string;
  signInHint: string;
  loading: string;
  loadError: string;
  notFound: string;
  retry: string;
  canvasLabel: (nodes: number, edges: number) => string;
  toolbar: string;
  expand: string;
  depth: string;
  types: string;
  allTypes: string;
  hide: string;
  showAll: (n: number) => string;
  pin: string;
  unpin: string;
  undo: string;
  undoWhat: (op: OperationKind) => string;
  fit: string;
  relayout: string;
  layout: string;
  layouts: Record<ExploreLayoutName, string>;
  nodeTypes: Record<ExploreNodeType, string>;
  /** Relationship types as edge labels; unknown ones show as stored. */
  relTypes: Record<string, string>;
  selectHint: string;
  truncated: string;
  working: string;
  opFailed: (details: string) => string;
  nodeList: (n: number) => string;
  selected: string;
  legend: string;
  pinnedMark: string;
  focusMark: string;
  pathTitle: string;
  pathFrom: string;
  pathTo: string;
  pathToCanvas: string;
  pathToSearch: string;
  pathMax: string;
  pathFind: string;
  pathNone: (max: number) => string;
  pathFound: (n: number) => string;
  pathTruncated: string;
  pathClear: string;
  pathPickSecond: string;
  searchLoading: string;
  searchEmpty: string;
  details: string;
}

const zh: ExploreMessages = {
  nav: '关系探索',
  heading: '关系探索',
  openExplore: '在关系图中探索',
  noFocusTitle: '从一个节点开始探索',
  noFocusHint: '用上方搜索框找到企业、园区或环节，或在详情面板中点“在关系图中探索”。',
  signInHint: '关系探索需要登录后使用。',
  loading: '正在加载关系图…',
  loadError: '关系图加载失败',
  notFound: '找不到这个节点',
  retry: '重试',
  canvasLabel: (n, e) => `关系图：${n} 个节点，${e} 条关系`,
  toolbar: '关系图工具',
  expand: '展开邻居',
  depth: '层数',
  types: '节点类型',
  allTypes: '全部类型',
  hide: '隐藏',
  showAll: (n) => `显示已隐藏（${n}）`,
  pin: '固定',
  unpin: '取消固定',
  undo: '撤销',
  undoWhat: (op) => `撤销${{ expand: '展开', paths: '路径', hide: '隐藏', show: '显示', pin: '固定', layout: '布局' }[op]}`,
  fit: '适应窗口',
  relayout: '重新布局',
  layout: '布局',
  layouts: { cose: '力导向', concentric: '同心圆（围绕起点）', breadthfirst: '层次（从起点）', circle: '圆形', grid: '网格' },
  nodeTypes: { Enterprise: '企业', Segment: '环节', Chain: '产业链', Park: '园区', Project: '项目', Institution: '机构', Region: '地区' },
  relTypes: {
    FEEDS: '供给',
    IN_SEGMENT: '属于环节',
    LOCATED_IN: '位于',
    IN_PARK: '位于园区',
    IN_REGION: '位于地区',
    OF_CHAIN: '属于产业链',
    SUB_SEGMENT_OF: '子环节',
    SUB_PARK_OF: '子园区',
    PART_OF: '属于',
    BY: '投资方',
    FOR_SEGMENT: '目标环节',
    FOR_CHAIN: '目标产业链',
    GROWS: '发展',
    IN_CHAIN: '属于产业链',
    SERVES: '服务',
    SUPPLIES: '供货给',
    PHASE_OF: '分期',
    CHAIN_CHIEF: '链长',
    FOR_PARK: '针对园区',
  },
  selectHint: '点选一个节点（或在下方列表中选择）后可展开、隐藏、固定。双击节点即展开。',
  truncated: '结果较多，只显示了一部分；可用节点类型筛选缩小范围。',
  working: '正在处理…',
  opFailed: (d) => `操作失败：${d}`,
  nodeList: (n) => `画布上的节点（${n}）`,
  selected: '已选中',
  legend: '图例',
  pinnedMark: '⚑ 已固定',
  focusMark: '粗框：探索起点',
  pathTitle: '查找路径',
  pathFrom: '起点',
  pathTo: '终点',
  pathToCanvas: '画布上的节点',
  pathToSearch: '或搜索其他节点',
  pathMax: '最多步数',
  pathFind: '查找路径',
  pathNone: (max) => `在 ${max} 步之内没有找到路径。`,
  pathFound: (n) => `找到 ${n} 条最短路径`,
  pathTruncated: '路径较多，只列出了一部分。',
  pathClear: '清除高亮',
  pathPickSecond: '请选择终点',
  searchLoading: '正在搜索…',
  searchEmpty: '没有结果',
  details: '详情',
};

const en: ExploreMessages = {
  nav: 'Explore',
  heading: 'Explore connections',
  openExplore: 'Explore connections',
  noFocusTitle: 'Start from a node',
  noFocusHint: 'Find an enterprise, park or segment with the search box above, or choose “Explore connections” in a detail panel.',
  signInHint: 'Sign in to explore connections.',
  loading: 'Loading the graph…',
  loadError: 'Could not load the graph',
  notFound: 'This node does not exist',
  retry: 'Retry',
  canvasLabel: (n, e) => `Graph: ${n} nodes, ${e} links`,
  toolbar: 'Graph tools',
  expand: 'Expand neighbours',
  depth: 'Depth',
  types: 'Node types',
  allTypes: 'All types',
  hide: 'Hide',
  showAll: (n) => `Show hidden (${n})`,
  pin: 'Pin',
  unpin: 'Unpin',
  undo: 'Undo',
  undoWhat: (op) => `Undo ${{ expand: 'expand', paths: 'paths', hide: 'hide', show: 'show', pin: 'pin', layout: 'layout' }[op]}`,
  fit: 'Fit',
  relayout: 'Re-run layout',
  layout: 'Layout',
  layouts: { cose: 'Force', concentric: 'Concentric (around start)', breadthfirst: 'Tree (from start)', circle: 'Circle', grid: 'Grid' },
  nodeTypes: {
    Enterprise: 'Enterprise',
    Segment: 'Segment',
    Chain: 'Chain',
    Park: 'Park',
    Project: 'Project',
    Institution: 'Institution',
    Region: 'Region',
  },
  relTypes: {
    FEEDS: 'feeds',
    IN_SEGMENT: 'in segment',
    LOCATED_IN: 'located in',
    IN_PARK: 'in park',
    IN_REGION: 'in region',
    OF_CHAIN: 'of chain',
    SUB_SEGMENT_OF: 'sub-segment of',
    SUB_PARK_OF: 'sub-park of',
    PART_OF: 'part of',
    BY: 'investor',
    FOR_SEGMENT: 'for segment',
    FOR_CHAIN: 'for chain',
    GROWS: 'grows',
    IN_CHAIN: 'in chain',
    SERVES: 'serves',
    SUPPLIES: 'supplies',
    PHASE_OF: 'phase of',
    CHAIN_CHIEF: 'chain chief',
    FOR_PARK: 'for park',
  },
  selectHint: 'Select a node (or pick one in the list below) to expand, hide or pin it. Double-click a node to expand it.',
  truncated: 'Many results: only part is shown. Filter by node type to narrow it down.',
  working: 'Working…',
  opFailed: (d) => `That did not work: ${d}`,
  nodeList: (n) => `Nodes on the canvas (${n})`,
  selected: 'selected',
  legend: 'Legend',
  pinnedMark: '⚑ pinned',
  focusMark: 'Thick ring: where you started',
  pathTitle: 'Find paths',
  pathFrom: 'From',
  pathTo: 'To',
  pathToCanvas: 'Node on the canvas',
  pathToSearch: 'or search for another node',
  pathMax: 'At most (steps)',
  pathFind: 'Find paths',
  pathNone: (max) => `No path within ${max} steps.`,
  pathFound: (n) => `${n} shortest path${n === 1 ? '' : 's'} found`,
  pathTruncated: 'Many paths: only some are listed.',
  pathClear: 'Clear highlight',
  pathPickSecond: 'Choose where the path should end',
  searchLoading: 'Searching…',
  searchEmpty: 'No results',
  details: 'Details',
};

export const EXPLORE_MESSAGES: Record<Lang, ExploreMessages> = { zh, en };

export function useExploreT(): ExploreMessages {
  return EXPLORE_MESSAGES[useLang()];
}
