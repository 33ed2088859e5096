// Who met whom, where, when, and per how many sources.
// A Meeting is one real-world encounter however many articles report it; `status` says whether it took place
// (reported), was announced or hoped for (planned), or is denied by a party (denied).

// 1. Every meeting: who took part, when and where, its status, and how many articles (and outlets) report it.
MATCH (m:Meeting)
OPTIONAL MATCH (party)-[:PARTICIPATED_IN]->(m)
WITH m, collect(DISTINCT party.name) AS participants
OPTIONAL MATCH (m)-[:REPORTED_IN]->(a:Article)
RETURN m.date AS date, m.dateText AS dateAsWritten, m.place AS place, m.status AS status, participants,
       count(DISTINCT a) AS sources, count(DISTINCT a.outlet) AS outlets, m.summary AS summary, m.id AS id
ORDER BY sources DESC, date;

// 2. Pairs who met: each pair once, how many meetings, and the dates and places, best-sourced first.
MATCH (one)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other)
WHERE one.name < other.name
OPTIONAL MATCH (m)-[:REPORTED_IN]->(a:Article)
WITH one, other, m, count(DISTINCT a) AS sources
RETURN one.name AS person, other.name AS metWith, count(m) AS meetings,
       collect(coalesce(m.date, '?') + ' ' + coalesce(m.place, '(place not given)') + ' [' + m.status + ']') AS when,
       sum(sources) AS sources
ORDER BY meetings DESC, sources DESC, person;

// 3. The same as a graph (switch Browser to the Graph view): people, their meetings, the articles behind them.
MATCH p = (party)-[:PARTICIPATED_IN]->(m:Meeting)-[:REPORTED_IN]->(a:Article)
RETURN p
LIMIT 200;
