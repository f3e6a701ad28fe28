// title: 待复核的推断关系 | Inferred mappings to review
// description: 文档没有明说、由我们推断的企业或项目与环节、产业链的对应关系，以及机构服务产业链、企业间供货关系，附推断依据和出处文档，供人工复核。
// description: Links the documents do not state outright and we inferred — an enterprise's or project's segment or chain, an institution's chain, a supply link between firms — with the basis and the cited documents, for review.
// param types: [String] = ["IN_SEGMENT", "IN_CHAIN", "FOR_SEGMENT", "FOR_CHAIN", "SERVES", "SUPPLIES"] -- 关系类型 (relationship types)
// param limit: Int = 100 -- 最多返回的行数 (maximum rows)
MATCH (n)-[r:IN_SEGMENT|IN_CHAIN|FOR_SEGMENT|FOR_CHAIN|SERVES|SUPPLIES]->(t)
WHERE r.inferred = true AND type(r) IN $types
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       n.id AS id,
       n.name AS name,
       type(r) AS relationship,
       t.id AS targetId,
       t.name AS target,
       r.basis AS basis,
       COLLECT { MATCH (n)-[:CITED_IN]->(src:Source) RETURN src.file } AS sources
ORDER BY kind, name, relationship, target
LIMIT $limit
