// Every project by name with its park, for matching the rows of a staff project sheet.
// params: {}
MATCH (n:Project)
RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[:IN_PARK]->(p:Park) RETURN p.id }[0] AS parkId
