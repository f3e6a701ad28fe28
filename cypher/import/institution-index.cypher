// Every institution by name, for matching the rows of a staff institution sheet.
// params: {}
MATCH (n:Institution)
RETURN n.id AS id, n.name AS name, null AS parkId
