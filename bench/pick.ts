// The park and chain bench/growth.ts and bench/profile.ts measure: among the parks matching
// `where` that grow a chain, the one whose firm count is nearest to $fixed (ties: lowest id), and
// of its chains the one with most segments lacking a firm there (ties: lowest id), so targets has
// gaps to fill (with none, it skips its candidate statement and measures only the gap report).
// Returns park, chain, firms and gaps, then `extra` columns.
export const pickParkAndChain = (where: string, extra = "") => `
  MATCH (p:Park) WHERE ${where} AND EXISTS { (p)-[:GROWS]->(:Chain) }
  WITH p, COUNT { (p)<-[:LOCATED_IN]-(:Enterprise) } AS firms
  ORDER BY abs(firms - $fixed), p.id LIMIT 1
  MATCH (p)-[:GROWS]->(c:Chain)
  WITH p, firms, c,
    COUNT { MATCH (c)<-[:OF_CHAIN]-(s:Segment) WHERE NOT EXISTS { (s)<-[:IN_SEGMENT]-(:Enterprise)-[:LOCATED_IN]->(p) } } AS gaps
  ORDER BY gaps DESC, c.id LIMIT 1
  RETURN p.id AS park, c.id AS chain, firms, gaps${extra ? `, ${extra}` : ""}`;
