// Projects behind a park's project review (回头看): in the scope parks, for the chain when given
// (a segment of it or FOR_CHAIN).
// params: {"parkIds": ["zs-hitech"], "chainId": null}
MATCH (j:Project)-[:IN_PARK]->(p:Park)
WHERE p.id IN $parkIds
  AND ($chainId IS NULL OR EXISTS { (j)-[:FOR_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
       OR EXISTS { (j)-[:FOR_CHAIN]->(:Chain {id: $chainId}) })
RETURN DISTINCT j {.*, __labels: labels(j)} AS project
ORDER BY project.id
