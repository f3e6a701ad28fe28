// Projects, filtered, as one page plus the total. Filters (each optional, all must hold):
// statuses; park with its sub-parks; chain (directly or through a segment); investment range in
// CNY (projects without a stated investment drop out when a bound is set); a lifecycle date
// ($dateProp, e.g. signedOn) within [$dateFrom, $dateTo]. Dates are as precise as the documents
// give them (YYYY, YYYY-MM, YYYY-MM-DD): each bound is compared on the bound's own precision, so
// "2023-05" is inside [2023, 2023] and inside [2023-01, 2023-06].
// params: {"statuses": null, "parkId": null, "chainId": null, "minInvestment": null, "maxInvestment": null, "dateProp": null, "dateFrom": null, "dateTo": null, "skip": 0, "limit": 21}
MATCH (j:Project)
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
