// Readiness probe (/readyz): the database answers a trivial query.
RETURN 1 AS ok
