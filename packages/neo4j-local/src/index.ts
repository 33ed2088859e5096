export { startLocalNeo4j } from './start-local-neo4j';
export { stopLocalNeo4j } from './stop-local-neo4j';
export type { StopLocalNeo4jOptions } from './stop-local-neo4j';
export { localNeo4jStatus } from './local-neo4j-status';
export { ensureLocalPassword, formatNewPassword, LOCAL_USER, readLocalPassword } from './local-password';
export { findFreePort, isPortFree } from './free-port';
export { tryBoltHandshake, waitForBolt } from './bolt-handshake';
export { DEFAULT_BOLT_PORT, DEFAULT_DIR, DEFAULT_HTTP_PORT } from './paths';
export type { LocalNeo4jOptions, LocalNeo4jStatus, StartedLocalNeo4j, StartLocalNeo4jOptions } from './types';
