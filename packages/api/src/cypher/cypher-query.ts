/** A read query as data: Cypher text plus the parameters it uses. Built purely, run in one place (read.ts). */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}
