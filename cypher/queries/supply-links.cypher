// title: 企业间供货关系 | Supply links between firms
// description: 企业之间的供货（配套）关系，附供需双方所在园区、客户所在环节，以及关系是否为推断和依据。
// description: Supply links between enterprises, with the parks of supplier and customer, the customer's segments, and whether the link is inferred and why.
// param enterpriseId: String? @enterprise -- 只看与该企业有关的关系；为空则全部 (only links of this enterprise; null for all)
// param limit: Int = 1000 -- 最多返回的关系数 (maximum links)
// An enterprise's links are read from the enterprise (its id seek; the whole set of links only when
// no enterprise is given), and only the first $limit links by customer and supplier get their
// parks and segments: at 1M, enriching and then sorting all 329,121 links took 12-16 s.
CALL () {
  CALL () {
    MATCH (a:Enterprise {id: $enterpriseId})-[r:SUPPLIES]->(b:Enterprise)
    RETURN a, r, b
    UNION
    MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise {id: $enterpriseId})
    RETURN a, r, b
  }
  RETURN a, r, b
  UNION ALL
  UNWIND CASE WHEN $enterpriseId IS NULL THEN [true] ELSE [] END AS everything
  MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
  RETURN a, r, b
}
WITH a, r, b
ORDER BY b.name, a.name
LIMIT $limit
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
