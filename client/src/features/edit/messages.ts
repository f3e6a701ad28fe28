// Labels of the editor forms (企业 / 项目 编辑), change status, delete and change history.
// Own module, one shape for zh + en, like park-messages.ts.
import type { ChangeAction, FieldErrorCode, Qualifier } from '../../gql/graphql';
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface EditMessages {
  edit: string;
  delete: string;
  changeStatus: string;
  newEnterprise: string;
  newProject: string;
  newShort: string;
  editorTools: string;
  titleNewEnterprise: string;
  titleNewProject: string;
  titleEdit: (name: string) => string;
  titleDelete: (name: string) => string;
  titleStatus: (name: string) => string;
  f: {
    name: string;
    nameEn: string;
    shortName: string;
    aliases: string;
    founded: string;
    products: string;
    note: string;
    roles: string;
    park: string;
    segments: string;
    phase: string;
    investment: string;
    qualifier: string;
    annualOutput: string;
    land: string;
    landUnit: string;
    floorAreaM2: string;
    plannedStartOn: string;
    plannedProductionOn: string;
    plannedCompletionOn: string;
    investor: string;
    investorName: string;
    source: string;
    reason: string;
    status: string;
    date: string;
  };
  listHint: string;
  nameEnHint: string;
  partialDateHint: string;
  yiHint: string;
  noPark: string;
  chain: string;
  chooseChain: string;
  chooseSegment: string;
  addSegment: string;
  removeSegment: (name: string) => string;
  noSegments: string;
  qualifierNone: string;
  qualifier: Record<Qualifier, string>;
  unitMu: string;
  unitM2: string;
  investorSearch: string;
  investorNone: string;
  investorClear: string;
  investorSearching: string;
  investorNoHits: string;
  investorNameHint: string;
  sourceByHand: string;
  sourceHint: string;
  reasonHint: string;
  currentStatus: (label: string, asOf: string | null) => string;
  backwardRule: string;
  backwardNow: string;
  save: string;
  saving: string;
  cancel: string;
  confirmDelete: string;
  deleting: string;
  deleteWarning: (name: string) => string;
  loading: string;
  loadError: (details: string) => string;
  saveError: (details: string) => string;
  forbidden: string;
  signInAgain: string;
  notNumber: string;
  required: string;
  errorCount: (n: number) => string;
  partlySaved: string;
  code: Record<FieldErrorCode, string>;
  historyTitle: string;
  historyEmpty: string;
  historyLoading: string;
  historyError: string;
  historyInAudit: string;
  action: Record<ChangeAction, string>;
  enteredByHand: string;
  changedFields: string;
  /** The repeatable 产能 rows of the project form. */
  capacity: {
    legend: string;
    hint: string;
    none: string;
    product: string;
    value: string;
    unit: string;
    unitHint: string;
    qualifier: string;
    add: string;
    remove: (n: number) => string;
  };
  /** Audit-record keys that are not form inputs. */
  historyKey: Record<string, string>;
}

const qualifierZh: Record<Qualifier, string> = {
  ABOUT: '约',
  AT_LEAST: '至少',
  EXACT: '确数',
  EXPECTED: '预计',
  OVER: '超过',
  TARGET: '目标',
  UNDER: '不足',
};
const qualifierEn: Record<Qualifier, string> = {
  ABOUT: 'about',
  AT_LEAST: 'at least',
  EXACT: 'exact',
  EXPECTED: 'expected',
  OVER: 'over',
  TARGET: 'target',
  UNDER: 'under',
};

const zh: EditMessages = {
  edit: '编辑',
  delete: '删除',
  changeStatus: '变更状态',
  newEnterprise: '新建企业',
  newProject: '新建项目',
  newShort: '新建',
  editorTools: '编辑工具',
  titleNewEnterprise: '新建企业',
  titleNewProject: '新建项目',
  titleEdit: (n) => `编辑：${n}`,
  titleDelete: (n) => `删除：${n}`,
  titleStatus: (n) => `变更状态：${n}`,
  f: {
    name: '中文名称',
    nameEn: '英文名称',
    shortName: '简称',
    aliases: '别名',
    founded: '成立时间',
    products: '主要产品',
    note: '备注',
    roles: '企业类型',
    park: '所在园区',
    segments: '产业链环节',
    phase: '期次',
    investment: '总投资（亿元）',
    qualifier: '金额说明',
    annualOutput: '预计年产值（亿元）',
    land: '用地',
    landUnit: '用地单位',
    floorAreaM2: '建筑面积（平方米）',
    plannedStartOn: '计划开工',
    plannedProductionOn: '计划投产',
    plannedCompletionOn: '计划建成',
    investor: '投资企业',
    investorName: '投资方（图谱外）',
    source: '来源文件',
    reason: '变更原因',
    status: '新状态',
    date: '日期',
  },
  listHint: '多个用顿号或逗号分隔',
  nameEnHint: '也用来生成编号（e.<英文名>）',
  partialDateHint: '格式 YYYY、YYYY-MM 或 YYYY-MM-DD',
  yiHint: '以亿元填写，按人民币元保存（1 亿元 = 100,000,000 元）',
  noPark: '（无）',
  chain: '产业链',
  chooseChain: '选择产业链',
  chooseSegment: '选择环节',
  addSegment: '添加环节',
  removeSegment: (n) => `移除环节 ${n}`,
  noSegments: '尚未选择环节',
  qualifierNone: '（未说明）',
  qualifier: qualifierZh,
  unitMu: '亩',
  unitM2: '平方米',
  investorSearch: '搜索图谱中的企业',
  investorNone: '未选择',
  investorClear: '清除投资企业',
  investorSearching: '搜索中…',
  investorNoHits: '没有匹配的企业',
  investorNameHint: '投资方不在图谱中时，按文件原文填写名称',
  sourceByHand: '手工录入（无来源文件）',
  sourceHint: '选择依据的文件；没有文件时记为手工录入',
  reasonHint: '写明依据或原因，记入变更记录',
  currentStatus: (l, d) => `当前状态：${l}${d ? `（${d}）` : ''}`,
  backwardRule: '可以跨阶段前进；回退到更早阶段（或从"流失"恢复）必须填写原因，回退会清除被撤销阶段的日期。',
  backwardNow: '这是回退：请填写原因。',
  save: '保存',
  saving: '保存中…',
  cancel: '取消',
  confirmDelete: '确认删除',
  deleting: '删除中…',
  deleteWarning: (n) => `将删除"${n}"及其全部关联；变更记录会保留。此操作不能撤销。`,
  loading: '加载中…',
  loadError: (d) => `无法加载：${d}`,
  saveError: (d) => `保存失败：${d}`,
  forbidden: '你的账号没有编辑权限（需要编辑或管理员角色）。',
  signInAgain: '登录已失效，请重新登录后再保存；已填写的内容会保留。',
  notNumber: '请输入数字',
  required: '必填',
  errorCount: (n) => `有 ${n} 处需要修改，见各字段下方的提示。`,
  partlySaved: '记录已创建，但部分关联未保存；修改后再次保存即可。',
  code: {
    BACKWARD_MOVE: '回退状态必须填写原因',
    CONFLICT: '编号已被占用，请换一个英文名称',
    DATE_IN_FUTURE: '日期不能晚于今天',
    DATE_OUT_OF_ORDER: '日期早于更早阶段的日期',
    INVALID: '格式或数值无效',
    NOT_FOUND: '找不到该记录',
    NO_CHANGE: '没有变化',
    REQUIRED: '必填',
    WRONG_TYPE: '类型不符',
  },
  historyTitle: '变更记录',
  historyEmpty: '暂无通过编辑产生的变更。',
  historyLoading: '加载变更记录…',
  historyError: '无法加载变更记录',
  historyInAudit: '在审计记录中查看',
  action: { CREATE: '新建', UPDATE: '修改', DELETE: '删除', MOVE_STATUS: '变更状态', LINK: '添加关联', UNLINK: '移除关联' },
  enteredByHand: '手工录入',
  changedFields: '变更字段',
  capacity: {
    legend: '产能',
    hint: '项目设计的年产能；保存时整组替换。',
    none: '未填写产能。',
    product: '产品',
    value: '数值',
    unit: '单位',
    unitHint: '如 GW、万片/年、台套/年',
    qualifier: '数值说明',
    add: '添加产能',
    remove: (n) => `删除第 ${n} 条产能`,
  },
  historyKey: {
    id: '编号',
    type: '关联类型',
    links: '关联',
    status: '状态',
    statusAsOf: '状态截至',
    statusInferred: '状态为推断',
    investmentCny: '总投资',
    annualOutputCny: '预计年产值',
    landMu: '用地（亩）',
    landM2: '用地（平方米）',
    capacities: '产能',
  },
};

const en: EditMessages = {
  edit: 'Edit',
  delete: 'Delete',
  changeStatus: 'Change status',
  newEnterprise: 'New enterprise',
  newProject: 'New project',
  newShort: 'New',
  editorTools: 'Editor tools',
  titleNewEnterprise: 'New enterprise',
  titleNewProject: 'New project',
  titleEdit: (n) => `Edit: ${n}`,
  titleDelete: (n) => `Delete: ${n}`,
  titleStatus: (n) => `Change status: ${n}`,
  f: {
    name: 'Chinese name',
    nameEn: 'English name',
    shortName: 'Short name',
    aliases: 'Aliases',
    founded: 'Founded',
    products: 'Main products',
    note: 'Note',
    roles: 'Enterprise roles',
    park: 'Park',
    segments: 'Chain segments',
    phase: 'Phase',
    investment: 'Total investment (亿元, 100 million CNY)',
    qualifier: 'Amount qualifier',
    annualOutput: 'Expected annual output (亿元)',
    land: 'Land',
    landUnit: 'Land unit',
    floorAreaM2: 'Floor area (m²)',
    plannedStartOn: 'Planned start',
    plannedProductionOn: 'Planned production',
    plannedCompletionOn: 'Planned completion',
    investor: 'Investing enterprise',
    investorName: 'Investor (not in the graph)',
    source: 'Source document',
    reason: 'Reason',
    status: 'New status',
    date: 'Date',
  },
  listHint: 'Separate several with commas',
  nameEnHint: 'Also makes the id (e.<english-name>)',
  partialDateHint: 'YYYY, YYYY-MM or YYYY-MM-DD',
  yiHint: 'Entered in 亿元, stored in CNY (1 亿元 = 100,000,000 CNY)',
  noPark: '(none)',
  chain: 'Chain',
  chooseChain: 'Choose a chain',
  chooseSegment: 'Choose a segment',
  addSegment: 'Add segment',
  removeSegment: (n) => `Remove segment ${n}`,
  noSegments: 'No segment chosen yet',
  qualifierNone: '(not stated)',
  qualifier: qualifierEn,
  unitMu: 'mu (亩)',
  unitM2: 'm²',
  investorSearch: 'Search enterprises in the graph',
  investorNone: 'None chosen',
  investorClear: 'Clear investing enterprise',
  investorSearching: 'Searching…',
  investorNoHits: 'No matching enterprise',
  investorNameHint: 'When the investor is not in the graph: its name as the document gives it',
  sourceByHand: 'Entered by hand (no source document)',
  sourceHint: 'The document this edit rests on; without one it is recorded as entered by hand',
  reasonHint: 'Why, or on what basis; kept in the change history',
  currentStatus: (l, d) => `Current status: ${l}${d ? ` (${d})` : ''}`,
  backwardRule:
    'Moves forward may skip stages. A move back to an earlier stage (or out of "lost") needs a reason, and clears the dates of the stages it undoes.',
  backwardNow: 'This is a backward move: give a reason.',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  confirmDelete: 'Delete',
  deleting: 'Deleting…',
  deleteWarning: (n) => `"${n}" and all its links will be deleted; the change history stays. This cannot be undone.`,
  loading: 'Loading…',
  loadError: (d) => `Could not load: ${d}`,
  saveError: (d) => `Could not save: ${d}`,
  forbidden: 'Your account may not edit (the editor or admin role is needed).',
  signInAgain: 'Your session has ended; sign in again and save. What you entered is kept.',
  notNumber: 'Enter a number',
  required: 'Required',
  errorCount: (n) => `${n} ${n === 1 ? 'field needs' : 'fields need'} attention; see the notes under them.`,
  partlySaved: 'The record was created, but some links were not saved; correct them and save again.',
  code: {
    BACKWARD_MOVE: 'A backward move needs a reason',
    CONFLICT: 'This id is taken; choose another English name',
    DATE_IN_FUTURE: 'The date may not be in the future',
    DATE_OUT_OF_ORDER: 'Before the date of an earlier stage',
    INVALID: 'Invalid format or value',
    NOT_FOUND: 'No such record',
    NO_CHANGE: 'Nothing changes',
    REQUIRED: 'Required',
    WRONG_TYPE: 'Wrong kind of record',
  },
  historyTitle: 'Change history',
  historyEmpty: 'No edits yet.',
  historyLoading: 'Loading the change history…',
  historyError: 'Could not load the change history',
  historyInAudit: 'Open in the audit log',
  action: { CREATE: 'Created', UPDATE: 'Updated', DELETE: 'Deleted', MOVE_STATUS: 'Status changed', LINK: 'Linked', UNLINK: 'Unlinked' },
  enteredByHand: 'entered by hand',
  changedFields: 'Changed',
  capacity: {
    legend: 'Capacity',
    hint: 'Designed yearly output of the project; saving replaces the whole list.',
    none: 'No capacity given.',
    product: 'Product',
    value: 'Value',
    unit: 'Unit',
    unitHint: 'e.g. GW, 万片/年, 台套/年',
    qualifier: 'Qualifier',
    add: 'Add capacity',
    remove: (n) => `Remove capacity ${n}`,
  },
  historyKey: {
    id: 'id',
    type: 'link kind',
    links: 'links',
    status: 'status',
    statusAsOf: 'status as of',
    statusInferred: 'status inferred',
    investmentCny: 'investment',
    annualOutputCny: 'annual output',
    landMu: 'land (mu)',
    landM2: 'land (m²)',
    capacities: 'capacity',
  },
};

export const EDIT_MESSAGES: Record<Lang, EditMessages> = { zh, en };

export function useEditT(): EditMessages {
  return EDIT_MESSAGES[useLang()];
}
