import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';

const executor = testExecutor();

describe('citations in the loaded graph', () => {
  it('every seeded node except Source cites at least one source', async () => {
    const uncited = await executor.read<{ label: string; id: string }>({
      text: `MATCH (n) WHERE n.seeded = true AND NOT n:Source AND NOT (n)-[:CITED_IN]->(:Source)
             RETURN labels(n)[0] AS label, n.id AS id ORDER BY label, id`,
    });
    expect(uncited).toEqual([]);
    const [row] = await executor.read<{ n: number }>({ text: 'MATCH (n) WHERE n.seeded = true AND NOT n:Source RETURN count(n) AS n' });
    expect(row?.n).toBeGreaterThan(0);
  });

  it('CITED_IN only ever points at a Source, and Sources cite nothing', async () => {
    const [row] = await executor.read<{ wrongTarget: number; sourceCites: number }>({
      text: `CALL () { MATCH ()-[:CITED_IN]->(t) WHERE NOT t:Source RETURN count(*) AS wrongTarget }
             CALL () { MATCH (:Source)-[:CITED_IN]->() RETURN count(*) AS sourceCites }
             RETURN wrongTarget, sourceCites`,
    });
    expect(row).toEqual({ wrongTarget: 0, sourceCites: 0 });
  });

  it('every FEEDS relationship names its sources', async () => {
    const [row] = await executor.read<{ total: number; missing: number }>({
      text: `MATCH ()-[f:FEEDS]->() RETURN count(f) AS total,
             count(CASE WHEN f.sources IS NULL OR size(f.sources) = 0 THEN 1 END) AS missing`,
    });
    expect(row?.total).toBeGreaterThan(0);
    expect(row?.missing).toBe(0);
  });
});
