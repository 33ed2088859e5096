// Who denied what, and what exactly they denied. A denial is a Statement with kind 'denial' ("I never met...",
// "rejected allegations that..."); a refusal is declining to confirm, deny or comment.

// 1. Every denial: who, the words (quoted = a direct quotation), what it is about, how many articles carry it.
MATCH (speaker)-[:STATED]->(s:Statement {kind: 'denial'})
OPTIONAL MATCH (s)-[:ABOUT]->(target)
WITH speaker, s, collect(DISTINCT coalesce(target.name, target.summary)) AS about
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN speaker.name AS who, s.text AS denied, s.quoted AS quoted, about, count(DISTINCT a) AS sources, s.id AS id
ORDER BY sources DESC, who;

// 2. Denials grouped by speaker: who denies most, and about whom or what.
MATCH (speaker)-[:STATED]->(s:Statement {kind: 'denial'})
OPTIONAL MATCH (s)-[:ABOUT]->(target)
RETURN speaker.name AS who, count(DISTINCT s) AS denials,
       collect(DISTINCT coalesce(target.name, target.summary)) AS about
ORDER BY denials DESC, who;

// 3. Denials that concern a meeting, next to what is known about that meeting.
MATCH (speaker)-[:STATED]->(s:Statement {kind: 'denial'})-[:ABOUT]->(m:Meeting)
OPTIONAL MATCH (m)-[:REPORTED_IN]->(a:Article)
RETURN speaker.name AS who, s.text AS denied, m.summary AS meeting, m.status AS meetingStatus,
       count(DISTINCT a) AS meetingSources, s.id AS denialId, m.id AS meetingId
ORDER BY meetingSources DESC, who;

// 4. Meetings whose status is 'denied': a party says it never took place.
MATCH (m:Meeting {status: 'denied'})
OPTIONAL MATCH (party)-[:PARTICIPATED_IN]->(m)
RETURN m.summary AS meeting, m.date AS date, m.place AS place, collect(DISTINCT party.name) AS parties, m.id AS id
ORDER BY date;

// 5. Refusals: who declined to confirm, deny or comment, and on what.
MATCH (speaker)-[:STATED]->(s:Statement {kind: 'refusal'})
OPTIONAL MATCH (s)-[:ABOUT]->(target)
RETURN speaker.name AS who, s.text AS refused, collect(DISTINCT coalesce(target.name, target.summary)) AS about, s.id AS id
ORDER BY who;
