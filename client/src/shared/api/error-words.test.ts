// The server's sources as text (Vite ?raw): the codes are read from where the server declares them.
import serverErrors from '../../../../server/src/errors.ts?raw';
import serverCatalogue from '../../../../server/src/analyst-cypher/catalogue.ts?raw';
import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { ERROR_WORDS, wordApiError } from './error-words';

/** The codes the server declares (server/src/errors.ts `ErrorCode`), read from its source. */
function serverCodes(): string[] {
  const text = serverErrors;
  const union = /export type ErrorCode =([^;]+);/.exec(text)![1]!;
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

/** The `problem` codes of the analyst's parameter errors (server/src/analyst-cypher/catalogue.ts). */
function paramProblems(): string[] {
  const text = serverCatalogue;
  return [.../export type ParamProblem =([^;]+);/.exec(text)![1]!.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

const gqlError = (extensions: Record<string, unknown>, message = 'Parameter "limit" must be Int.') =>
  new ApiError('graphql', message, { graphqlErrors: [{ message, extensions }] });

describe('server error codes worded per language', () => {
  it('has a Chinese and an English sentence for every code the server sends', () => {
    const codes = [...serverCodes(), ...paramProblems(), 'CYPHER_ERROR'];
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) {
      expect(ERROR_WORDS.zh[code], `zh ${code}`).toMatch(/[\u4e00-\u9fff]/);
      expect(ERROR_WORDS.en[code], `en ${code}`).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('words the finest code, never the server’s English text', () => {
    const e = gqlError({ code: 'BAD_USER_INPUT', param: 'limit', problem: 'WRONG_TYPE', expected: 'Int' });
    expect(wordApiError(e, 'zh')).toBe('参数应为 Int 类型。');
    expect(wordApiError(e, 'en')).toBe('The parameter must be Int.');
    expect(wordApiError(gqlError({ code: 'SERVER_BUSY' }, 'Server busy'), 'zh')).toBe('服务器繁忙，请稍后再试。');
    expect(wordApiError(gqlError({ code: 'SOMETHING_NEW' }), 'zh')).toBeNull();
  });
});
