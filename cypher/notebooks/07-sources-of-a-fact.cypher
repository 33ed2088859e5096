// The sources behind one fact: every article that reports a meeting or statement, with the exact sentence and
// its character offsets in the article text (so anyone can check it). Find a fact by a few of its words, then
// paste its id into factId.
:param factWords => 'met'
:param factId => 'meeting:0000000000000000'

// 1. Find facts whose text or summary contains the words (any case), best-sourced first.
MATCH (fact)-[:REPORTED_IN]->(a:Article)
WHERE (fact:Meeting OR fact:Statement)
  AND toLower(coalesce(fact.text, fact.summary)) CONTAINS toLower($factWords)
RETURN labels(fact)[0] AS type, coalesce(fact.summary, fact.text) AS fact, count(DISTINCT a) AS sources, fact.id AS id
ORDER BY sources DESC, id
LIMIT 20;

// 2. The fact itself, and who is behind it (speaker of a statement, parties to a meeting).
MATCH (fact)
WHERE (fact:Meeting OR fact:Statement) AND fact.id = $factId
OPTIONAL MATCH (actor)-[:STATED|PARTICIPATED_IN]->(fact)
RETURN labels(fact)[0] AS type, coalesce(fact.summary, fact.text) AS fact, fact.kind AS kind, fact.status AS status,
       fact.date AS date, collect(DISTINCT actor.name) AS actors;

// 3. Its sources: article, outlet, date, the evidence sentence and where it sits in the article text.
MATCH (fact)-[r:REPORTED_IN]->(a:Article)
WHERE (fact:Meeting OR fact:Statement) AND fact.id = $factId
RETURN a.title AS article, a.outlet AS outlet, a.publishedAt AS published, a.path AS path,
       r.evidence AS evidence, r.start AS start, r.end AS end
ORDER BY published, article, start;
