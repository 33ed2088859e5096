// { dir: '.neo4j-local/default' } -> { running: true, pid: 4242, uri: 'bolt://127.0.0.1:7687', ... }
import * as path from 'node:path';
import { DEFAULT_DIR, toRunFiles } from './paths';
import { readRunState } from './run-state';
import type { LocalNeo4jOptions, LocalNeo4jStatus } from './types';
import { toBoltUri, toBrowserUrl } from './urls';

/** Whether a launcher-started Neo4j runs with this data dir, and where to reach it. */
export function localNeo4jStatus({ dir = DEFAULT_DIR }: LocalNeo4jOptions = {}): LocalNeo4jStatus {
  const absDir = path.resolve(dir);
  const { logFile } = toRunFiles(absDir);
  const state = readRunState(absDir);
  if (!state) return { running: false, dir: absDir, logFile };
  return {
    running: true,
    dir: absDir,
    pid: state.pid,
    uri: toBoltUri(state.boltPort),
    browserUrl: toBrowserUrl(state.httpPort, state.boltPort),
    passwordFile: toRunFiles(absDir).passwordFile,
    logFile,
  };
}
