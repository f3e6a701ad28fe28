// The server's errors in the user's language. The server words its messages in English for logs
// and API users, and gives every error a stable `extensions.code` (server/src/errors.ts ErrorCode),
// with `problem` for the finer cases; the UI words the code, never the server's English text.
// error-words.test.ts checks that every code the server can send has a zh and an en sentence.
import type { Lang } from '../i18n/lang';
import type { ApiError } from './errors';

type Words = Record<string, string>;

const zh: Words = {
  BAD_USER_INPUT: '请求的参数有误。',
  UPLOAD_TOO_LARGE: '上传的文件超过了允许的大小。',
  NOT_FOUND: '没有找到所请求的对象，可能已被删除。',
  CONFLICT: '数据已被他人修改，请刷新后再试。',
  NO_CHANGE: '没有需要保存的修改。',
  REQUIRED: '缺少必填项。',
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '您的角色无权执行此操作。',
  RATE_LIMITED: '请求过于频繁，请稍后再试。',
  ANALYST_BUSY: '分析查询正在排队，请稍后再试。',
  SERVER_BUSY: '服务器繁忙，请稍后再试。',
  QUERY_TIMEOUT: '查询超时，已被停止。',
  MEMORY_LIMIT: '查询所需内存超过了上限。',
  QUERY_TOO_COSTLY: '这个请求太大，请缩小范围（例如减少园区或条数）。',
  QUERY_LIMIT_EXCEEDED: '这个请求的层级或别名过多。',
  CSRF_HEADER_REQUIRED: '请求缺少防跨站请求伪造的请求头。',
  INTROSPECTION_DISABLED: '生产环境不提供接口结构查询。',
  DATABASE_UNAVAILABLE: '图数据库暂时不可用，请稍后再试。',
  TRANSIENT: '数据库繁忙，请再试一次。',
  // extensions.problem
  NOT_AN_OBJECT: '参数必须是“名称 → 取值”的 JSON 对象。',
  UNKNOWN_PARAM: '该查询没有这个参数。',
  MISSING_PARAM: '缺少这个参数。',
  WRONG_TYPE: '参数的类型不对。',
  CYPHER_ERROR: 'Cypher 语句有误。',
};

const en: Words = {
  BAD_USER_INPUT: 'The request has an invalid value.',
  UPLOAD_TOO_LARGE: 'The uploaded file is larger than allowed.',
  NOT_FOUND: 'The requested item was not found; it may have been deleted.',
  CONFLICT: 'Someone else changed this meanwhile; reload and try again.',
  NO_CHANGE: 'There is nothing to save.',
  REQUIRED: 'A required field is missing.',
  UNAUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'Your role may not do this.',
  RATE_LIMITED: 'Too many requests; try again shortly.',
  ANALYST_BUSY: 'Analyst queries are queued; try again shortly.',
  SERVER_BUSY: 'The server is busy; try again shortly.',
  QUERY_TIMEOUT: 'The query took too long and was stopped.',
  MEMORY_LIMIT: 'The query needed more memory than allowed.',
  QUERY_TOO_COSTLY: 'This request is too large; narrow it (fewer parks or rows).',
  QUERY_LIMIT_EXCEEDED: 'This request is nested or aliased too deeply.',
  CSRF_HEADER_REQUIRED: 'The request lacks the anti-CSRF header.',
  INTROSPECTION_DISABLED: 'Schema introspection is off in production.',
  DATABASE_UNAVAILABLE: 'The graph database is unavailable; try again shortly.',
  TRANSIENT: 'The database was busy; try again.',
  NOT_AN_OBJECT: 'Parameters must be a JSON object of names to values.',
  UNKNOWN_PARAM: 'The query has no such parameter.',
  MISSING_PARAM: 'This parameter is missing.',
  WRONG_TYPE: 'The parameter has the wrong type.',
  CYPHER_ERROR: 'The Cypher statement has an error.',
};

export const ERROR_WORDS: Record<Lang, Words> = { zh, en };

/** The words for a server code (or `problem`), or null for a code this client does not know. */
export function wordCode(code: string | null | undefined, lang: Lang): string | null {
  return (code && ERROR_WORDS[lang][code]) || null;
}

/**
 * A GraphQL failure in the user's language: the finest code it carries (`problem`, else `code`),
 * with the expected type where the server gives one. Null when there is no code to word (the
 * caller then falls back to its generic sentence).
 */
export function wordApiError(error: ApiError, lang: Lang): string | null {
  const ext = error.graphqlErrors[0]?.extensions ?? {};
  const problem = typeof ext['problem'] === 'string' ? ext['problem'] : null;
  const code = typeof ext['code'] === 'string' ? ext['code'] : null;
  const words = wordCode(problem, lang) ?? wordCode(code, lang);
  if (!words) return null;
  const expected = typeof ext['expected'] === 'string' ? ext['expected'] : null;
  if (problem === 'WRONG_TYPE' && expected) return lang === 'zh' ? `参数应为 ${expected} 类型。` : `The parameter must be ${expected}.`;
  return words;
}
