// title: 企业间供货关系 | Supply links between firms
// description: 企业之间的供货（配套）关系，附供需双方所在园区、客户所在环节，以及关系是否为推断和依据。
// description: Supply links between enterprises, with the parks of supplier and customer, the customer's segments, and whether the link is inferred and why.
// param enterpriseId: String? @enterprise -- 只看与该企业有关的关系；为空则全部 (only links of this enterprise; null for all)
MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
WHERE $enterpriseId IS NULL OR $enterpriseId IN [a.id, b.id]
OPTIONAL MATCH (a)-[:LOCATED_IN]->(pa:Park)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(pb:Park)
RETURN a.id AS supplierId,
       a.name AS supplier,
       pa.name AS supplierPark,
       b.id AS customerId,
       b.name AS customer,
       pb.name AS customerPark,
       COLLECT { MATCH (b)-[:IN_SEGMENT]->(s:Segment) RETURN s.name } AS customerSegments,
       coalesce(r.inferred, false) AS inferred,
       r.basis AS basis
ORDER BY customer, supplier
