// Projects, filtered, as one page plus the total. Filters (each optional, all must hold):
// statuses; park with its sub-parks; chain (directly or through a segment); investment range in
// CNY (projects without a stated investment drop out when a bound is set); a lifecycle date
// ($dateProp, e.g. signedOn) within [$dateFrom, $dateTo]. Dates are as precise as the documents
// give them (YYYY, YYYY-MM, YYYY-MM-DD): each bound is compared on the bound's own precision, so
// "2023-05" is inside [2023, 2023] and inside [2023-01, 2023-06].
// The projects are first found from the park if one is given, else from the chain, each
// branch's index seek getting a null id unless it is the one chosen; the other filters are then
// checked on them. Scanning every project took 0.9 s at 1M for a park's 19. Without a park or a
// chain every project is read; with no filter at all the server asks api/projects-unfiltered.
// params: {"statuses": null, "parkId": null, "chainId": null, "minInvestment": null, "maxInvestment": null, "dateProp": null, "dateFrom": null, "dateTo": null, "skip": 0, "limit": 21}
CALL () {
  CALL () {
    MATCH (:Park {id: $parkId})<-[:SUB_PARK_OF*0..]-(:Park)<-[:IN_PARK]-(j:Project)
    RETURN j
    UNION
    MATCH (:Chain {id: CASE WHEN $parkId IS NULL THEN $chainId END})<-[:FOR_CHAIN]-(j:Project)
    RETURN j
    UNION
    MATCH (:Chain {id: CASE WHEN $parkId IS NULL THEN $chainId END})<-[:OF_CHAIN]-(:Segment)<-[:FOR_SEGMENT]-(j:Project)
    RETURN j
  }
  RETURN j
  UNION ALL
  // Each project once already: no set of them to keep.
  UNWIND CASE WHEN $parkId IS NULL AND $chainId IS NULL THEN [true] ELSE [] END AS everything
  MATCH (j:Project)
  WHERE ($statuses IS NULL OR j.status IN $statuses)
    AND ($minInvestment IS NULL OR j.investmentCny >= $minInvestment)
    AND ($maxInvestment IS NULL OR j.investmentCny <= $maxInvestment)
  RETURN j
}
WITH j
WHERE ($statuses IS NULL OR j.status IN $statuses)
  AND ($parkId IS NULL OR EXISTS { (j)-[:IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(:Park {id: $parkId}) })
  AND ($chainId IS NULL
       OR EXISTS { (j)-[:FOR_CHAIN]->(:Chain {id: $chainId}) }
       OR EXISTS { (j)-[:FOR_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) })
  AND ($minInvestment IS NULL OR j.investmentCny >= $minInvestment)
  AND ($maxInvestment IS NULL OR j.investmentCny <= $maxInvestment)
WITH j, CASE WHEN $dateProp IS NULL THEN null ELSE j[$dateProp] END AS d
WHERE $dateProp IS NULL
   OR (d IS NOT NULL
       AND ($dateFrom IS NULL OR left(d, size($dateFrom)) >= $dateFrom)
       AND ($dateTo IS NULL OR left(d, size($dateTo)) <= $dateTo))
WITH j ORDER BY j.id
WITH collect(j) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __labels: labels(x)}] AS items
