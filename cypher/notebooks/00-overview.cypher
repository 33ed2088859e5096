// Overview: what is in the graph. Run each statement on its own in Neo4j Browser (paste, Ctrl+Enter) or in
// cypher-shell. Labels and relationship types follow graph-model.md:
//   (:Person|Organization)-[:PARTICIPATED_IN]->(:Meeting)-[:REPORTED_IN {evidence, start, end}]->(:Article)
//   (:Person|Organization)-[:STATED]->(:Statement {kind, text, quoted})-[:ABOUT]->(:Person|Organization|Meeting)
//   (:Person)-[:AFFILIATED_WITH {role}]->(:Organization), (:Article)-[:MENTIONS {count}]->(:Person|Organization)
//   (:Statement)-[:CONTRADICTS]->(:Statement)

// 1. How many nodes of each kind.
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS nodes
ORDER BY nodes DESC;

// 2. How many relationships of each type.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS relationships
ORDER BY relationships DESC;

// 3. The articles: title, outlet, date, and how many facts each one reports.
MATCH (a:Article)
OPTIONAL MATCH (fact)-[:REPORTED_IN]->(a)
RETURN a.title AS title, a.outlet AS outlet, a.publishedAt AS published, count(fact) AS facts, a.id AS id
ORDER BY published, title;

// 4. The people named most often across all articles (MENTIONS.count sums every mention).
MATCH (a:Article)-[m:MENTIONS]->(p:Person)
RETURN p.name AS person, count(DISTINCT a) AS articles, sum(m.count) AS mentions
ORDER BY articles DESC, mentions DESC, person
LIMIT 25;
