// The A-share data set (../shared/datasets/a-share-industry-kg/): the company file is streamed
// record by record; the small lookups (industries, company → industry, and which stock codes occur
// more than once) are read first. Quirks handled here: company codes with or without the
// .SH/.SZ suffix (either case), and codes that appear on several lines.
import path from 'node:path';
import { readJsonLines } from '../jsonl.js';

export interface DatasetIndustry {
  code: string;
  name: string;
  /** Level-2 and level-1 names, when the tree gives them. */
  subsector?: string;
  sector?: string;
}

export interface DatasetLookups {
  industries: Map<string, DatasetIndustry>;
  /** Six-digit company code → level-3 industry code, from company_industry.jsonl. */
  industryOf: Map<string, { code: string; line: number }>;
  /** Six-digit code → every line of company.jsonl that carries it, with its full name. */
  occurrences: Map<string, Array<{ line: number; fullname: string }>>;
}

/** "600699.SH", "300957.sz", "600699" → "600699"; null when it is not six digits (+ suffix). */
export function sixDigits(code: unknown): string | null {
  const m = typeof code === 'string' ? /^(\d{6})(\.(SH|SZ))?$/i.exec(code.trim()) : null;
  return m ? m[1]! : null;
}

export function datasetFiles(dir: string) {
  return {
    companies: path.join(dir, 'company.jsonl'),
    companyIndustry: path.join(dir, 'company_industry.jsonl'),
    industries: path.join(dir, 'industry.jsonl'),
    industryTree: path.join(dir, 'industry_industry.jsonl'),
  };
}

export async function loadLookups(dir: string): Promise<DatasetLookups> {
  const files = datasetFiles(dir);
  const industries = new Map<string, DatasetIndustry>();
  for await (const r of readJsonLines(files.industries)) {
    if ('error' in r) continue;
    const { code, name } = r.raw as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && typeof name === 'string') industries.set(code, { code, name });
  }
  const parent = new Map<string, string>();
  for await (const r of readJsonLines(files.industryTree)) {
    if ('error' in r) continue;
    const { from_code, to_code } = r.raw as { from_code?: unknown; to_code?: unknown };
    if (typeof from_code === 'string' && typeof to_code === 'string') parent.set(from_code, to_code);
  }
  for (const ind of industries.values()) {
    const sub = parent.get(ind.code);
    const sec = sub ? parent.get(sub) : undefined;
    if (sub) ind.subsector = industries.get(sub)?.name;
    if (sec) ind.sector = industries.get(sec)?.name;
  }
  const industryOf = new Map<string, { code: string; line: number }>();
  for await (const r of readJsonLines(files.companyIndustry)) {
    if ('error' in r) continue;
    const { company_code, industry_code } = r.raw as { company_code?: unknown; industry_code?: unknown };
    const code = sixDigits(company_code);
    if (code && typeof industry_code === 'string' && !industryOf.has(code)) industryOf.set(code, { code: industry_code, line: r.line });
  }
  const occurrences = new Map<string, Array<{ line: number; fullname: string }>>();
  for await (const r of readJsonLines(files.companies)) {
    if ('error' in r) continue;
    const { code, fullname } = r.raw as { code?: unknown; fullname?: unknown };
    const c = sixDigits(code);
    if (!c) continue;
    const list = occurrences.get(c) ?? [];
    list.push({ line: r.line, fullname: typeof fullname === 'string' ? fullname.trim() : '' });
    occurrences.set(c, list);
  }
  return { industries, industryOf, occurrences };
}
