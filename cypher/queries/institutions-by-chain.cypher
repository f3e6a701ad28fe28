// title: 服务各产业链的院校与机构（四长协同） | Institutions serving each chain (four heads)
// description: 为每条产业链服务的科研院所、高校、职业院校、产业学院、创新中心和金融机构，以及对该链实行链长制、并由链长、院长、校长、行长四长协同的园区或地区。
// description: Per chain, the research institutes, universities, colleges, industry colleges, innovation centres and banks that serve it, and the parks or regions that run the chain-chief system for it, with whether chain chief, institute, school and bank heads work together.
// param chainId: String? @chain -- 只看该产业链；为空则全部 (only this chain; null for all)
MATCH (c:Chain)
WHERE $chainId IS NULL OR c.id = $chainId
WITH c,
     COLLECT {
       MATCH (i:Institution)-[s:SERVES]->(c)
       OPTIONAL MATCH (i)-[:IN_PARK]->(p:Park)
       RETURN {name: i.name, kind: i.kind, park: p.name, inferred: coalesce(s.inferred, false)} AS inst
       ORDER BY inst.name
     } AS institutions,
     COLLECT {
       MATCH (owner)-[cc:CHAIN_CHIEF]->(c)
       RETURN {name: owner.name, fourHeads: coalesce(cc.fourHeads, false)} AS chief
       ORDER BY chief.name
     } AS chainChief
WHERE size(institutions) > 0 OR size(chainChief) > 0
RETURN c.id AS chainId,
       c.name AS chain,
       size(institutions) AS institutionCount,
       institutions,
       chainChief,
       [x IN chainChief WHERE x.fourHeads | x.name] AS fourHeads
ORDER BY institutionCount DESC, chainId
