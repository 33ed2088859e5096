// Contradictions: accounts that cannot all be true. First the ones the extractor marked (CONTRADICTS), then two
// patterns worth a reporter's look: denials about a meeting that sources report, and a denial by someone about a
// person they are reported to have met.

// 1. Marked contradictions: one statement denies what another asserts, with both speakers and sources.
MATCH (s1:Statement)-[:CONTRADICTS]->(s2:Statement)
OPTIONAL MATCH (who1)-[:STATED]->(s1)
OPTIONAL MATCH (who2)-[:STATED]->(s2)
OPTIONAL MATCH (s1)-[:REPORTED_IN]->(a1:Article)
OPTIONAL MATCH (s2)-[:REPORTED_IN]->(a2:Article)
RETURN who1.name AS says, s1.kind AS kind, s1.text AS statement,
       who2.name AS against, s2.kind AS otherKind, s2.text AS otherStatement,
       collect(DISTINCT a1.outlet) + collect(DISTINCT a2.outlet) AS outlets, s1.id AS id, s2.id AS otherId
ORDER BY says;

// 2. A denial about a meeting that articles report as having taken place.
MATCH (speaker)-[:STATED]->(d:Statement {kind: 'denial'})-[:ABOUT]->(m:Meeting {status: 'reported'})
MATCH (m)-[:REPORTED_IN]->(a:Article)
RETURN speaker.name AS who, d.text AS denial, m.summary AS reportedMeeting,
       count(DISTINCT a) AS reportedBy, collect(DISTINCT a.outlet) AS outlets, d.id AS denialId, m.id AS meetingId
ORDER BY reportedBy DESC, who;

// 3. Someone denies something about a person they are reported to have met.
MATCH (x)-[:STATED]->(d:Statement {kind: 'denial'})-[:ABOUT]->(y)
MATCH (x)-[:PARTICIPATED_IN]->(m:Meeting {status: 'reported'})<-[:PARTICIPATED_IN]-(y)
RETURN x.name AS who, d.text AS denial, y.name AS about, collect(DISTINCT m.summary) AS reportedMeetings, d.id AS denialId
ORDER BY who;

// 4. As a graph: marked contradictions with their speakers.
MATCH p = (who1)-[:STATED]->(s1:Statement)-[:CONTRADICTS]->(s2:Statement)<-[:STATED]-(who2)
RETURN p;
