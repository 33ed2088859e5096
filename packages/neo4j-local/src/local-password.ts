// <dir>/neo4j-local.password: the password of user neo4j on the launcher's server, made once per data dir (24
// random characters, readable by its owner only) and given to Neo4j by the Java launcher at every start. Every
// client of that server reads it from here: `kg` commands, `neo4j-local run` (as NEO4J_PASSWORD), .ci/run.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toRunFiles } from './paths';

/** The user the launcher's server knows. */
export const LOCAL_USER = 'neo4j';

/** The data dir's password, or undefined when this dir has none yet. */
export function readLocalPassword(dir: string): string | undefined {
  const { passwordFile } = toRunFiles(path.resolve(dir));
  if (!fs.existsSync(passwordFile)) return undefined;
  return fs.readFileSync(passwordFile, 'utf8').trim() || undefined;
}

/** The data dir's password, made now when it has none; `created` says whether it is new (to print it once). */
export function ensureLocalPassword(dir: string): {
  password: string;
  passwordFile: string;
  created: boolean;
} {
  const { passwordFile } = toRunFiles(path.resolve(dir));
  const existing = readLocalPassword(dir);
  if (existing) return { password: existing, passwordFile, created: false };
  const password = randomBytes(18).toString('base64url');
  fs.mkdirSync(path.dirname(passwordFile), { recursive: true });
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return { password, passwordFile, created: true };
}

/** Said once, when a data dir gets its password: `kg` commands read the file, a person types it in the Browser. */
export function formatNewPassword(password: string, passwordFile: string): string {
  return `  New password for user neo4j: ${password}\n  (shown once; kept in ${passwordFile}, which kg commands read)`;
}
