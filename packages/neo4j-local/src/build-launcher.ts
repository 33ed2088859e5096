// First run: Maven resolves Neo4j 5.26 + Browser from Maven Central into ~/.m2 and compiles Neo4jLocal.java.
// Later runs: nothing to do (outputs newer than their sources), or `mvn -o` when only the sources changed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_DIR } from './paths';

const TARGET_DIR = path.join(PACKAGE_DIR, 'target');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
/** A java @argfile with `-cp ...`, so `ps` shows a short command line. */
const ARG_FILE = path.join(TARGET_DIR, 'java-classpath.args');
const LOCK_DIR = path.join(TARGET_DIR, '.build-lock');
const SOURCES = [
  path.join(PACKAGE_DIR, 'pom.xml'),
  path.join(PACKAGE_DIR, 'src/main/java/newskg/neo4jlocal/Neo4jLocal.java'),
];
const STALE_LOCK_MS = 15 * 60_000;

/** Makes sure the launcher is compiled and its classpath resolved; returns the java @argfile path. */
export async function buildLauncher({ log = (_line: string) => {} } = {}): Promise<string> {
  if (isBuilt()) return ARG_FILE;
  await withBuildLock(() => {
    if (isBuilt()) return; // another process built it while we waited
    runMaven(log);
    const classpath = fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
    const entries = [path.join(TARGET_DIR, 'classes'), ...classpath.split(path.delimiter)];
    fs.writeFileSync(ARG_FILE, `-cp ${quoteArg(entries.join(path.delimiter))}\n`);
  });
  return ARG_FILE;
}

function isBuilt(): boolean {
  const sourceTime = Math.max(...SOURCES.map(f => fs.statSync(f).mtimeMs));
  return fs.existsSync(ARG_FILE) && fs.statSync(ARG_FILE).mtimeMs >= sourceTime;
}

function runMaven(log: (line: string) => void): void {
  const goals = ['-B', '-q', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  // Offline first: once ~/.m2 holds everything, no network is needed.
  const offline = spawnSync('mvn', ['-o', ...goals], { cwd: PACKAGE_DIR, encoding: 'utf8' });
  if (offline.status === 0) return;
  log('Resolving Neo4j 5.26 from Maven Central into ~/.m2 (first run only, about 150 MB)...');
  const online = spawnSync('mvn', goals, { cwd: PACKAGE_DIR, encoding: 'utf8' });
  if (online.status !== 0) {
    const output = `${online.stdout}${online.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(
      `Maven could not build the Neo4j launcher in ${PACKAGE_DIR} (exit ${online.status}). ` +
        `Check network access to Maven Central. Maven said:\n${output}`,
    );
  }
}

// mkdir is atomic: the first process builds, the others wait (parallel helpers may all start at once).
async function withBuildLock(build: () => void): Promise<void> {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - fs.statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS)
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }
  try {
    build();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Java @argfiles treat backslashes as escapes and spaces as separators inside unquoted text. */
function quoteArg(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
