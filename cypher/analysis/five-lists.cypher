// A park's five lists (五张清单) except the investment leads, in one round trip. Policies: those
// for the park or a park above it, for the chain or for no chain in particular. Firms: located in
// the scope parks and, with a chain, in it (a segment of it or IN_CHAIN). Key projects: projects in
// the scope parks (for the chain when given), largest investment first.
// params: {"parkId": "zs-hitech", "parkIds": ["zs-hitech"], "chainId": null}
MATCH (park:Park {id: $parkId})
WITH park, COLLECT {
  MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds
    AND ($chainId IS NULL OR EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
         OR EXISTS { (e)-[:IN_CHAIN]->(:Chain {id: $chainId}) })
  RETURN e
} AS firms
RETURN
  COLLECT {
    MATCH (park)-[:SUB_PARK_OF*0..]->(pp:Park)<-[:FOR_PARK]-(pol:Policy)
    WHERE $chainId IS NULL OR NOT EXISTS { (pol)-[:FOR_CHAIN]->() } OR EXISTS { (pol)-[:FOR_CHAIN]->(:Chain {id: $chainId}) }
    WITH DISTINCT pol, pp ORDER BY pol.issued DESC, pol.id
    RETURN pol {.*, parkId: pp.id, __labels: labels(pol)}
  } AS policies,
  [e IN firms WHERE any(r IN coalesce(e.roles, []) WHERE r IN ['anchor', 'leading'])
     OR EXISTS { (e)-[:IN_CHAIN {anchor: true}]->(c:Chain) WHERE $chainId IS NULL OR c.id = $chainId }
   | e {.*, __labels: labels(e), why: [r IN coalesce(e.roles, []) WHERE r IN ['anchor', 'leading']]}] AS leading,
  [e IN firms WHERE 'supporting' IN coalesce(e.roles, []) OR EXISTS { (e)-[:SUPPLIES]->(o:Enterprise) WHERE o IN firms }
   | e {.*, __labels: labels(e), suppliesTo: COLLECT { MATCH (e)-[:SUPPLIES]->(o:Enterprise) WHERE o IN firms RETURN o.id }}] AS supporting,
  COLLECT {
    MATCH (j:Project)-[:IN_PARK]->(p:Park) WHERE p.id IN $parkIds
      AND ($chainId IS NULL OR EXISTS { (j)-[:FOR_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
           OR EXISTS { (j)-[:FOR_CHAIN]->(:Chain {id: $chainId}) })
    WITH DISTINCT j ORDER BY coalesce(j.investmentCny, -1) DESC, j.id
    RETURN j {.*, __labels: labels(j)}
  } AS keyProjects
