// The best-sourced facts: meetings and statements carried by the most articles and outlets. Single-source facts
// are listed too: they are the ones to verify before relying on them.

// 1. Facts by number of articles, then outlets reporting them.
MATCH (fact)-[:REPORTED_IN]->(a:Article)
WHERE fact:Meeting OR fact:Statement
WITH fact, count(DISTINCT a) AS articles, collect(DISTINCT a.outlet) AS outlets
RETURN labels(fact)[0] AS type, coalesce(fact.summary, fact.text) AS fact, fact.kind AS kind, articles,
       size(outlets) AS outletCount, outlets, fact.id AS id
ORDER BY articles DESC, outletCount DESC, id
LIMIT 25;

// 2. Facts reported by one article only: check them against other sources.
MATCH (fact)-[:REPORTED_IN]->(a:Article)
WHERE fact:Meeting OR fact:Statement
WITH fact, collect(a) AS articles
WHERE size(articles) = 1
RETURN labels(fact)[0] AS type, coalesce(fact.summary, fact.text) AS fact, articles[0].title AS onlySource,
       articles[0].outlet AS outlet, fact.id AS id
ORDER BY type, outlet, id;

// 3. How many facts have 1, 2, 3... sources.
MATCH (fact)-[:REPORTED_IN]->(a:Article)
WHERE fact:Meeting OR fact:Statement
WITH fact, count(DISTINCT a) AS sources
RETURN sources, count(*) AS facts
ORDER BY sources;
