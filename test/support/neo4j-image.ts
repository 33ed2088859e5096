// The one place the Neo4j image of tests is pinned; docker-compose.yml must use the same (checked in a test).
export const NEO4J_IMAGE = 'neo4j:5.26';
