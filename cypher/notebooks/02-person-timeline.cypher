// A person's timeline: their meetings and what they said, in date order, each with its sources.
// Change the name once here; any alias works too ("Duarte" finds "Ana Duarte").
:param person => 'Ana Duarte'

// 1. Who matches the name: check this finds the one person you mean (name or any alias, any case).
MATCH (p:Person)
WHERE toLower(p.name) = toLower($person) OR any(alias IN p.aliases WHERE toLower(alias) = toLower($person))
RETURN p.name AS name, p.aliases AS aliases, p.id AS id;

// 2. Where they work and in what role (as the articles put it).
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organization)
WHERE toLower(p.name) = toLower($person) OR any(alias IN p.aliases WHERE toLower(alias) = toLower($person))
RETURN o.name AS organization, r.role AS role, o.kind AS kind;

// 3. The timeline: meetings and statements in date order. A statement without its own date is placed at the
// date of the first article that reports it; undated facts come last.
MATCH (p:Person)
WHERE toLower(p.name) = toLower($person) OR any(alias IN p.aliases WHERE toLower(alias) = toLower($person))
CALL (p) {
  MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
  OPTIONAL MATCH (m)<-[:PARTICIPATED_IN]-(other)
  WHERE other <> p
  RETURN m AS fact, 'meeting (' + m.status + ')' AS kind, m.date AS date,
         coalesce(m.summary, '') AS what, collect(DISTINCT other.name) AS involving
  UNION
  MATCH (p)-[:STATED]->(s:Statement)
  OPTIONAL MATCH (s)-[:ABOUT]->(target)
  RETURN s AS fact, s.kind AS kind, s.date AS date, s.text AS what,
         collect(DISTINCT coalesce(target.name, target.summary)) AS involving
}
OPTIONAL MATCH (fact)-[:REPORTED_IN]->(a:Article)
WITH fact, kind, date, what, involving, min(a.publishedAt) AS firstReported, count(DISTINCT a) AS sources
RETURN coalesce(date, firstReported) AS date, kind, what, involving, sources, fact.id AS id
ORDER BY date, kind;
