// What a user typed in the search box, as Lucene query text for the full-text name index
// (a bigram analyser for Chinese). Pure.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CJK = /\p{Script=Han}/u;

/** Lucene query text for what a user typed; null when nothing searchable is left. */
export function luceneQuery(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((w) => w.split(/\s+/))
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const clauses: string[] = [];
  for (const w of words) {
    clauses.push(w);
    // A lone Han character is a unigram the bigram index never holds; a Latin fragment may be
    // the start of a longer word. Both get a prefix clause.
    if ((CJK.test(w) && [...w].length === 1) || /^[a-z0-9]+$/.test(w)) clauses.push(`${w}*`);
  }
  return clauses.join(' OR ');
}
