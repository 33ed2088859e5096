// The names GraphiQL's ready-made tabs ask about, taken from the graph itself so every tab answers on any data:
// the entity with the most meetings that took place (whoMet, timeline, search) and the one it met most
// (connection: they are linked); on a graph without meetings, the entities with the most facts. One read.
import type { CypherQuery } from './cypher-query';

export function buildExampleNames(): CypherQuery {
  const cypher = `CALL () {
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting {status: 'reported'})<-[:PARTICIPATED_IN]-(other)
  WHERE other <> e AND (e:Person OR e:Organization)
  WITH e, count(DISTINCT m) AS meetings, COUNT { (e)-[:STATED]->(:Statement) } AS statements
  ORDER BY meetings DESC, statements DESC, e.name
  LIMIT 1
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(partner)
  WHERE partner <> e
  WITH e, partner, count(m) AS together ORDER BY together DESC, partner.name
  WITH e.name AS name, collect(partner.name)[0] AS partnerName
  RETURN [n IN [name, partnerName] WHERE n IS NOT NULL] AS busiest
}
CALL () {
  MATCH (e) WHERE e:Person OR e:Organization
  WITH e, COUNT { (e)-[:PARTICIPATED_IN|STATED]->() } AS facts ORDER BY facts DESC, e.name
  RETURN collect(e.name)[0..2] AS talked
}
RETURN busiest, talked`;
  return { cypher, params: {} };
}
