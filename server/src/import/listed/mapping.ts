// From an industry's mapping (seeds/industries.yaml, read from the graph or the seed files) to a
// firm's links: per chain, one mapped segment → an IN_SEGMENT link (fit exact or loose, always
// `inferred` with its basis: the data set states the industry, not the segment); several mapped
// segments → no segment link in that chain, the firm carries only the industry.
export interface IndustryMapping {
  id: string;
  code: string;
  name: string;
  segments: Array<{ segment: string; chain: string; fit: 'exact' | 'loose'; reason: string }>;
}

export interface FirmSegmentLink {
  segment: string;
  fit: 'exact' | 'loose';
  inferred: true;
  basis: string;
}

export function segmentLinks(ind: IndustryMapping): FirmSegmentLink[] {
  const byChain = new Map<string, IndustryMapping['segments']>();
  for (const s of ind.segments) byChain.set(s.chain, [...(byChain.get(s.chain) ?? []), s]);
  const out: FirmSegmentLink[] = [];
  for (const list of byChain.values()) {
    if (list.length !== 1) continue;
    const s = list[0]!;
    out.push({
      segment: s.segment,
      fit: s.fit,
      inferred: true,
      basis: `申万行业 ${ind.name}（${ind.code}）${s.fit === 'exact' ? '即' : '大体对应'}此环节：${s.reason}`,
    });
  }
  return out.sort((a, b) => a.segment.localeCompare(b.segment));
}

/** Chain of a segment id ("pv.wafer" → "pv"); seed validation makes ids start with their chain. */
export const chainOfSegment = (segmentId: string) => segmentId.slice(0, segmentId.indexOf('.'));
