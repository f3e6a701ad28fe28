// Strings of the analyst console (分析台), beside its code; `useAnalystT()` picks the language.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface AnalystMessages {
  title: string;
  savedHeading: string;
  savedListLabel: string;
  savedEmpty: string;
  savedLoading: string;
  chooseQuery: string;
  paramsHeading: string;
  noParams: string;
  required: string;
  listHint: string;
  pickAll: string;
  pickLoading: string;
  pickEnterpriseHint: string;
  notANumber: string;
  notAnInteger: string;
  missing: string;
  run: string;
  running: string;
  cypherHeading: string;
  cypherLabel: string;
  cypherRunHint: string;
  cypherDisabled: (role: string) => string;
  cypherSignIn: string;
  roleName: Record<string, string>;
  paramsJson: string;
  paramsJsonInvalid: string;
  editorLoading: string;
  tabTable: string;
  tabGraph: string;
  rowsInfo: (rows: number, ms: number) => string;
  truncated: string;
  graphTruncated: string;
  noRows: string;
  resultLabel: string;
  graphLabel: string;
  nodeType: Record<string, string>;
  signInNeeded: string;
  signIn: string;
  refused: (reason: string) => string;
  refusalReason: Record<string, string>;
  forbiddenRole: string;
  syntaxError: (message: string) => string;
  /** Where a syntax error is, after the worded sentence. */
  at: (line: number, column: number) => string;
  /** Label of the database's own error text. */
  databaseSays: string;
  badParam: (param: string, message: string) => string;
  timeout: string;
  memoryLimit: string;
  otherError: (message: string) => string;
}

export const analystZh: AnalystMessages = {
  title: '分析台',
  savedHeading: '已保存的查询',
  savedListLabel: '已保存的查询列表',
  savedEmpty: '服务器上还没有保存的查询。',
  savedLoading: '正在加载查询列表…',
  chooseQuery: '请从左侧选择一个查询。',
  paramsHeading: '参数',
  noParams: '此查询没有参数。',
  required: '必填',
  listHint: '多个值用英文逗号分隔',
  pickAll: '（全部）',
  pickLoading: '正在载入选项…',
  pickEnterpriseHint: '输入企业名称，从列表中选择',
  notANumber: '请输入数字',
  notAnInteger: '请输入整数',
  missing: '此参数必填',
  run: '运行',
  running: '正在运行…',
  cypherHeading: 'Cypher 查询（只读）',
  cypherLabel: 'Cypher 查询语句',
  cypherRunHint: 'Ctrl/⌘ + Enter 运行',
  cypherDisabled: (role) => `Cypher 编辑器需要“分析员”或更高角色；您当前的角色是“${role}”。`,
  cypherSignIn: 'Cypher 编辑器需要以分析员身份登录。',
  roleName: { VIEWER: '查看者', ANALYST: '分析员', EDITOR: '编辑', ADMIN: '管理员' },
  paramsJson: '参数（JSON 对象）',
  paramsJsonInvalid: '参数必须是 JSON 对象，例如 {"chainId": "pv"}',
  editorLoading: '正在加载编辑器…',
  tabTable: '表格',
  tabGraph: '图',
  rowsInfo: (rows, ms) => `${rows} 行，用时 ${Math.round(ms)} 毫秒`,
  truncated: '结果已截断：超出行数上限的部分未读取。',
  graphTruncated: '图已截断，只显示部分节点。',
  noRows: '查询没有返回任何行。',
  resultLabel: '查询结果',
  graphLabel: '查询结果图',
  nodeType: { Enterprise: '企业', Segment: '环节', Park: '园区', Region: '地区', Chain: '产业链', Project: '项目', Institution: '机构' },
  signInNeeded: '请登录后使用分析台。',
  signIn: '登录',
  refused: (reason) => `查询被拒绝：${reason}`,
  refusalReason: {
    READ_ONLY: '只允许只读查询，不能写入或修改数据库（如 CREATE、MERGE、SET、DELETE）。',
    LOAD_CSV: '不允许使用 LOAD CSV。',
    IN_TRANSACTIONS: '不允许使用 CALL { … } IN TRANSACTIONS。',
    COMMAND: '不允许执行管理命令（SHOW / TERMINATE 等）。',
    PROCEDURE_NOT_ALLOWED: '调用的过程不在允许列表中。',
  },
  forbiddenRole: '您的角色无权执行此操作。',
  syntaxError: (message) => `查询有误：${message}`,
  at: (line, column) => `（第 ${line} 行第 ${column} 列）`,
  databaseSays: '数据库原文',
  badParam: (param, message) => `参数“${param}”有误：${message}`,
  timeout: '查询超时：运行时间超过了上限，请缩小查询范围（例如加 LIMIT）。',
  memoryLimit: '查询所需内存超过了上限，请缩小查询范围。',
  otherError: (message) => `查询失败：${message}`,
};

export const analystEn: AnalystMessages = {
  title: 'Analyst console',
  savedHeading: 'Saved queries',
  savedListLabel: 'Saved query list',
  savedEmpty: 'There are no saved queries on the server yet.',
  savedLoading: 'Loading saved queries…',
  chooseQuery: 'Choose a query on the left.',
  paramsHeading: 'Parameters',
  noParams: 'This query has no parameters.',
  required: 'required',
  listHint: 'separate values with commas',
  pickAll: '(all)',
  pickLoading: 'Loading the options…',
  pickEnterpriseHint: 'type a company name and pick it from the list',
  notANumber: 'Enter a number',
  notAnInteger: 'Enter a whole number',
  missing: 'This parameter is required',
  run: 'Run',
  running: 'Running…',
  cypherHeading: 'Cypher query (read-only)',
  cypherLabel: 'Cypher query',
  cypherRunHint: 'Ctrl/⌘ + Enter runs',
  cypherDisabled: (role) => `The Cypher editor needs the analyst role or higher; your role is “${role}”.`,
  cypherSignIn: 'The Cypher editor needs you to sign in as an analyst.',
  roleName: { VIEWER: 'viewer', ANALYST: 'analyst', EDITOR: 'editor', ADMIN: 'admin' },
  paramsJson: 'Parameters (JSON object)',
  paramsJsonInvalid: 'Parameters must be a JSON object, e.g. {"chainId": "pv"}',
  editorLoading: 'Loading the editor…',
  tabTable: 'Table',
  tabGraph: 'Graph',
  rowsInfo: (rows, ms) => `${rows} rows in ${Math.round(ms)} ms`,
  truncated: 'Result truncated: rows past the row limit were not read.',
  graphTruncated: 'Graph truncated: only some nodes are shown.',
  noRows: 'The query returned no rows.',
  resultLabel: 'Query result',
  graphLabel: 'Query result graph',
  nodeType: {
    Enterprise: 'Enterprise',
    Segment: 'Segment',
    Park: 'Park',
    Region: 'Region',
    Chain: 'Chain',
    Project: 'Project',
    Institution: 'Institution',
  },
  signInNeeded: 'Please sign in to use the analyst console.',
  signIn: 'Sign in',
  refused: (reason) => `Query refused: ${reason}`,
  refusalReason: {
    READ_ONLY: 'only read-only queries are allowed; no writes or changes (CREATE, MERGE, SET, DELETE…).',
    LOAD_CSV: 'LOAD CSV is not allowed.',
    IN_TRANSACTIONS: 'CALL { … } IN TRANSACTIONS is not allowed.',
    COMMAND: 'administration commands (SHOW / TERMINATE …) are not allowed.',
    PROCEDURE_NOT_ALLOWED: 'the procedure called is not on the allow-list.',
  },
  forbiddenRole: 'Your role may not do this.',
  syntaxError: (message) => `The query has an error: ${message}`,
  at: (line, column) => ` (line ${line}, column ${column})`,
  databaseSays: 'Database message',
  badParam: (param, message) => `Parameter “${param}” is invalid: ${message}`,
  timeout: 'The query timed out: it ran past the time limit. Narrow it down (e.g. add LIMIT).',
  memoryLimit: 'The query needed more memory than allowed. Narrow it down.',
  otherError: (message) => `The query failed: ${message}`,
};

const ANALYST_MESSAGES: Record<Lang, AnalystMessages> = { zh: analystZh, en: analystEn };

export function useAnalystT(): AnalystMessages {
  return ANALYST_MESSAGES[useLang()];
}
