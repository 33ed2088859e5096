// Where things live: the Maven project beside this folder, data dirs under the repo root.
import * as path from 'node:path';

/** packages/neo4j-local */
export const PACKAGE_DIR = path.resolve(__dirname, '..');
/** The repository root (two levels above this package). */
export const REPO_ROOT = path.resolve(PACKAGE_DIR, '..', '..');
/** A user's server keeps its data here across restarts (gitignored). */
export const DEFAULT_DIR = path.join(REPO_ROOT, '.neo4j-local', 'default');
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
/** Capped for a 2-core, shared machine; raise with --heap / --page-cache for big corpora. */
export const DEFAULT_HEAP = '512m';
export const DEFAULT_PAGE_CACHE = '256m';
/** The Java class in src/main/java that boots the real Community server. */
export const LAUNCHER_CLASS = 'newskg.neo4jlocal.Neo4jLocal';
/** Printed by the Java launcher once the server (Bolt and HTTP) is up. */
export const READY_LINE = 'neo4j-local ready';

/** Files the launcher keeps in a data dir: a pid file, a log file, the ports it was started with, and the
 * password of user neo4j (read by the Java launcher too: Neo4jLocal.PASSWORD_FILE). */
export function toRunFiles(dir: string): {
  pidFile: string;
  logFile: string;
  stateFile: string;
  passwordFile: string;
} {
  return {
    pidFile: path.join(dir, 'neo4j-local.pid'),
    logFile: path.join(dir, 'neo4j-local.log'),
    stateFile: path.join(dir, 'neo4j-local.json'),
    passwordFile: path.join(dir, 'neo4j-local.password'),
  };
}
