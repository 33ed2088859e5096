// `java -version` -> 'openjdk version "17.0.15" 2025-04-15' -> 17; a missing tool gets a message that says what to do.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const NO_JAVA_HINT =
  'Alternatives: set NEO4J_URI to a running Neo4j, or run Neo4j with Docker (docker compose up -d neo4j).';

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** "openjdk version \"17.0.15\"" -> 17, "java version \"1.8.0_392\"" -> 8, unknown -> null. */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Throws a clear error unless Java 17+ and Maven are installed. */
export function assertJavaAndMaven(env: NodeJS.ProcessEnv = process.env): void {
  const java = findJava(env);
  const javaRun = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (javaRun.error) {
    throw new Error(
      `Java 17 or 21 is needed to run the local Neo4j 5.26, but "${java}" could not be run (${javaRun.error.message}). ` +
        `Install a JDK (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless; macOS: brew install openjdk@21). ${NO_JAVA_HINT}`,
    );
  }
  const major = parseJavaMajor(`${javaRun.stderr}${javaRun.stdout}`);
  if (major !== null && major < 17) {
    throw new Error(
      `Neo4j 5.26 needs Java 17 or 21, but "${java}" is Java ${major}. Install JDK 17 or 21. ${NO_JAVA_HINT}`,
    );
  }
  const mvnRun = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (mvnRun.error) {
    throw new Error(
      `Maven is needed to fetch Neo4j 5.26 from Maven Central, but "mvn" could not be run (${mvnRun.error.message}). ` +
        `Install it (Debian/Ubuntu: apt-get install -y maven; macOS: brew install maven). ${NO_JAVA_HINT}`,
    );
  }
}
