// Full-text search: names and aliases of people and organizations, and the text of statements.
// Query with: CALL db.index.fulltext.queryNodes('entity_names', 'duarte~') YIELD node, score
// (Neo4j 5 full-text indexes take LIST<STRING> properties such as aliases.)
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
