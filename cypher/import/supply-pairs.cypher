// Which of these supplier → customer pairs are linked already (SUPPLIES), for a supply sheet.
// params: {"pairs": [{"from": "e.a", "to": "e.b"}]}
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.from})-[:SUPPLIES]->(:Entity {id: pair.to})
RETURN DISTINCT pair.from AS from, pair.to AS to
