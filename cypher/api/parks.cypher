// Parks, optionally only those in a region (at any depth, through their parent parks too) and
// only those that grow a chain.
// params: {"regionId": "zj.ningbo", "chainId": null}
MATCH (p:Park)
WHERE ($regionId IS NULL OR EXISTS {
        (p)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($chainId IS NULL OR EXISTS { (p)-[:GROWS]->(:Chain {id: $chainId}) })
RETURN p {.*, __labels: labels(p)} AS node
ORDER BY p.id
