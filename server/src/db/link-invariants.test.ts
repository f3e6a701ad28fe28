// What some statements count by a node's degree rely on (api/segments-by-chain,
// api/park-enterprise-page, api/park-project-page): only enterprises link IN_SEGMENT and
// LOCATED_IN, an enterprise is located in one park, a project in one. Checked on the loaded graph
// (seeds and the listed-company pool). The editor replaces a firm's park rather than adding one
// (schema/mutations/lifecycle-links.test.ts), as the sheet import does (import/sheets).
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';

const db = testExecutor();

async function violations() {
  const [row] = await db.read<Record<string, string[]>>({
    name: 'test/link-invariants',
    text: `RETURN
      COLLECT { MATCH (x)-[:IN_SEGMENT]->() WHERE NOT x:Enterprise RETURN DISTINCT x.id } AS segmentFromOther,
      COLLECT { MATCH (x)-[:LOCATED_IN]->() WHERE NOT x:Enterprise RETURN DISTINCT x.id } AS locatedFromOther,
      COLLECT { MATCH (e:Enterprise) WHERE COUNT { (e)-[:LOCATED_IN]->() } > 1 RETURN e.id } AS twoParks,
      COLLECT { MATCH (j:Project) WHERE COUNT { (j)-[:IN_PARK]->() } > 1 RETURN j.id } AS projectTwoParks,
      COUNT { MATCH (:Enterprise)-[:LOCATED_IN]->(:Park) } AS located,
      COUNT { MATCH (:Project)-[:IN_PARK]->(:Park) } AS inPark`,
  });
  return row!;
}

describe('links counted by degree', () => {
  it('hold on the loaded graph', async () => {
    const v = await violations();
    expect(v).toMatchObject({ segmentFromOther: [], locatedFromOther: [], twoParks: [], projectTwoParks: [] });
    // Worth something only if the graph has such links.
    expect(Number(v.located)).toBeGreaterThan(30);
    expect(Number(v.inPark)).toBeGreaterThan(20);
  });
});
