import type { ApiError } from '../../shared/api/errors';
import type { Messages } from '../../shared/i18n/messages';
import type { AnalystMessages } from './messages';
import type { Lang } from '../../shared/i18n/lang';
import { wordApiError } from '../../shared/api/error-words';

/** What went wrong with an analyst query, in the user's words (zh/en). */
export interface AnalystProblem {
  code: string;
  message: string;
  /** The saved-query parameter the API blamed (`extensions.param`). */
  param?: string;
  /** Line/column of a syntax error, parsed from Neo4j's message. */
  position?: { line: number; column: number };
  /** The database's own words (Neo4j's English), shown apart as a detail for the expert. */
  detail?: string;
}

const POSITION = /line (\d+), column (\d+)/;

export function describeAnalystError(error: ApiError, t: Messages, a: AnalystMessages, lang: Lang = 'zh'): AnalystProblem {
  const first = error.graphqlErrors[0];
  const ext = first?.extensions ?? {};
  const code = typeof ext['code'] === 'string' ? ext['code'] : error.kind;
  const raw = first?.message ?? error.message;
  switch (code) {
    case 'UNAUTHENTICATED':
      return { code, message: a.signInNeeded };
    case 'FORBIDDEN': {
      const reason = typeof ext['reason'] === 'string' ? ext['reason'] : null;
      if (!reason) return { code, message: a.forbiddenRole };
      return { code, message: a.refused(a.refusalReason[reason] ?? raw) };
    }
    case 'BAD_USER_INPUT': {
      const param = typeof ext['param'] === 'string' ? ext['param'] : undefined;
      // Worded from the codes (extensions.problem), not from the server's English sentence.
      const words = wordApiError(error, lang) ?? raw;
      if (param) return { code, message: a.badParam(param, words), param };
      const m = POSITION.exec(raw);
      const position = m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
      const where = position ? a.at(position.line, position.column) : '';
      return { code, message: a.syntaxError(`${words}${where}`), detail: raw, ...(position ? { position } : {}) };
    }
    case 'QUERY_TIMEOUT':
      return { code, message: a.timeout };
    case 'MEMORY_LIMIT':
      return { code, message: a.memoryLimit };
    case 'network':
      return { code, message: t.errorNetwork };
    default:
      return { code, message: a.otherError(raw) };
  }
}
