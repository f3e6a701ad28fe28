// Every enterprise with what entity resolution compares (names, short name, aliases, codes) and
// what the importer needs to tell an update from a match (its import hash, whether seeded).
// params: {}
MATCH (e:Enterprise)
RETURN e.id AS id, e.name AS name, e.shortName AS shortName, e.aliases AS aliases,
       e.stockCode AS stockCode, e.creditCode AS creditCode, coalesce(e.seeded, false) AS seeded,
       e.importHash AS importHash, e.importBatch AS importBatch
