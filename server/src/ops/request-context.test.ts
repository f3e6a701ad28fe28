// The request id reaches Neo4j: every transaction the executor opens while a request is being
// handled carries it in its metadata (seen by SHOW TRANSACTIONS, the query log, monitoring).
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { requestIdFrom, runWithRequest } from './request-context.js';

const db = testExecutor();
const own = {
  name: 'test/own-transaction-metadata',
  text: `SHOW TRANSACTIONS YIELD currentQuery, metaData
         WHERE currentQuery CONTAINS 'own-transaction-marker' RETURN metaData`,
};

describe('request ids', () => {
  it('keeps a plain caller id and replaces anything else', () => {
    expect(requestIdFrom('abc-123_X.y:z')).toBe('abc-123_X.y:z');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const bad of [undefined, '', 'has space', 'x'.repeat(129), 'ünï']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('goes into the metadata of the transactions run for the request, read and write', async () => {
    const text = `${own.text} // own-transaction-marker`;
    const [inside] = await runWithRequest({ requestId: 'req-meta-1' }, () =>
      db.read<{ metaData: Record<string, unknown> }>({ ...own, text }),
    );
    expect(inside!.metaData).toMatchObject({ app: 'chain-graph', op: own.name, reqId: 'req-meta-1' });
    const [outside] = await db.read<{ metaData: Record<string, unknown> }>({ ...own, text });
    expect(outside!.metaData).toMatchObject({ app: 'chain-graph', op: own.name });
    expect(outside!.metaData['reqId']).toBeUndefined();
  });
});
