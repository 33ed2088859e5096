// Option bags and handles of the local Neo4j API (a configured server vs a running one, as testcontainers does).

export interface LocalNeo4jOptions {
  /** Data dir: database files, logs, pid file. Keeps its data across restarts.
   * @default '<repo>/.neo4j-local/default' */
  dir?: string;
}

export interface StartLocalNeo4jOptions extends LocalNeo4jOptions {
  /** @default 7687 */
  boltPort?: number;
  /** @default 7474 */
  httpPort?: number;
  /** JVM heap (-Xms/-Xmx). @default '512m' */
  heap?: string;
  /** server.memory.pagecache.size. @default '256m' */
  pageCache?: string;
  /** How long to wait for Bolt before giving up. @default 180000 */
  timeoutMs?: number;
  /** Progress lines (first-run download, waiting). @default no output */
  log?: (line: string) => void;
}

export interface LocalNeo4jStatus {
  running: boolean;
  dir: string;
  pid?: number;
  uri?: string;
  browserUrl?: string;
  /** Where the password of user neo4j is kept. */
  passwordFile?: string;
  logFile: string;
}

export interface StartedLocalNeo4j {
  /** bolt://127.0.0.1:<boltPort> */
  uri: string;
  /** http://127.0.0.1:<httpPort>/browser/?connectURL=… (the login form filled in but for the password) */
  browserUrl: string;
  /** Auth is on: user neo4j with the password generated for this data dir. */
  user: string;
  password: string;
  /** <dir>/neo4j-local.password */
  passwordFile: string;
  /** True when the password was made by this start (a new data dir): the one time it is printed. */
  passwordCreated: boolean;
  boltPort: number;
  httpPort: number;
  dir: string;
  pid: number;
  /** False when a server was already running in this dir and start was a no-op. */
  startedNow: boolean;
  /** Stops the server and waits for its process to end. */
  stop(): Promise<void>;
}
