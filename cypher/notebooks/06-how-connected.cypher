// How two people are connected: the shortest chains of meetings, statements and affiliations between them.
// Articles are left out on purpose (through MENTIONS, everyone in the same story would be "connected").
:param personA => 'Ana Duarte'
:param personB => 'Tomas Reyes'

// 1. The shortest connections, as a graph (Browser's Graph view). allShortestPaths returns every chain of the
// shortest length, not just one.
MATCH (a:Person), (b:Person)
WHERE (toLower(a.name) = toLower($personA) OR any(x IN a.aliases WHERE toLower(x) = toLower($personA)))
  AND (toLower(b.name) = toLower($personB) OR any(x IN b.aliases WHERE toLower(x) = toLower($personB)))
  AND a <> b
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|STATED|ABOUT|AFFILIATED_WITH|CONTRADICTS*..8]-(b))
RETURN p
LIMIT 25;

// 2. The same chains as text: each step's node and relationship, readable in a table.
MATCH (a:Person), (b:Person)
WHERE (toLower(a.name) = toLower($personA) OR any(x IN a.aliases WHERE toLower(x) = toLower($personA)))
  AND (toLower(b.name) = toLower($personB) OR any(x IN b.aliases WHERE toLower(x) = toLower($personB)))
  AND a <> b
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|STATED|ABOUT|AFFILIATED_WITH|CONTRADICTS*..8]-(b))
RETURN length(p) AS hops,
       [n IN nodes(p) | labels(n)[0] + ': ' + coalesce(n.name, n.summary, left(n.text, 80))] AS via,
       [r IN relationships(p) | type(r)] AS links
ORDER BY hops
LIMIT 25;

// 3. Articles that mention both: where the two appear in the same story.
MATCH (a:Person), (b:Person)
WHERE (toLower(a.name) = toLower($personA) OR any(x IN a.aliases WHERE toLower(x) = toLower($personA)))
  AND (toLower(b.name) = toLower($personB) OR any(x IN b.aliases WHERE toLower(x) = toLower($personB)))
  AND a <> b
MATCH (a)<-[ma:MENTIONS]-(art:Article)-[mb:MENTIONS]->(b)
RETURN art.title AS article, art.outlet AS outlet, art.publishedAt AS published, ma.count AS mentionsA,
       mb.count AS mentionsB
ORDER BY published;
