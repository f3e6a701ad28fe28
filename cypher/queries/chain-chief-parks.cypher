// title: 实行链长制的园区及其产业链 | Parks growing a chain under the chain-chief system
// description: 对某条产业链实行链长制的园区或地区：是否四长协同、培育平台称号，以及园区（含分园）内该链的企业数和项目数。
// description: Parks or regions that run the chain-chief system for a chain: whether the four heads work together, the platform designation, and how many enterprises and projects of that chain the park (sub-parks included) holds.
// param chainId: String? @chain -- 只看该产业链；为空则全部 (only this chain; null for all)
MATCH (owner)-[cc:CHAIN_CHIEF]->(c:Chain)
WHERE $chainId IS NULL OR c.id = $chainId
OPTIONAL MATCH (owner)-[g:GROWS]->(c)
RETURN owner.id AS ownerId,
       owner.name AS owner,
       [l IN labels(owner) WHERE l <> 'Entity'][0] AS ownerKind,
       c.id AS chainId,
       c.name AS chain,
       coalesce(cc.fourHeads, false) AS fourHeads,
       g.designation AS designation,
       cc.note AS note,
       COUNT {
         MATCH (owner)<-[:SUB_PARK_OF*0..]-(:Park)<-[:LOCATED_IN]-(e:Enterprise)
         WHERE EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(c) } OR EXISTS { (e)-[:IN_CHAIN]->(c) }
       } AS enterprises,
       COUNT {
         MATCH (owner)<-[:SUB_PARK_OF*0..]-(:Park)<-[:IN_PARK]-(pj:Project)
         WHERE EXISTS { (pj)-[:FOR_SEGMENT]->(:Segment)-[:OF_CHAIN]->(c) } OR EXISTS { (pj)-[:FOR_CHAIN]->(c) }
       } AS projects
ORDER BY fourHeads DESC, enterprises DESC, owner, chainId
