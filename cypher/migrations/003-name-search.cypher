// Full-text search over names. The `cjk` analyzer indexes Chinese as overlapping character
// bigrams, so any 2+ character substring of a name matches (宏发 finds 浙江宏发新能源科技有限公司);
// quote the term ("长阳科技") to require the characters to be adjacent. A single character
// matches only as a prefix query (宏*). Traditional forms (長) do not match simplified (长).
// Enterprise.aliases is a list of strings; each element is indexed.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Park|Enterprise|Project|Institution|Chain|Segment|Region)
ON EACH [n.name, n.nameEn, n.shortName, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
