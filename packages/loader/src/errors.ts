// The loader's small error family: one class, one mapping from driver errors by code (neo4j/graphql Executor.formatError).
import { Neo4jError } from 'neo4j-driver';

export type LoaderErrorCode =
  | 'UNREACHABLE'
  | 'UNAUTHORIZED'
  | 'DATABASE_NOT_FOUND'
  | 'CONSTRAINT_VIOLATION'
  | 'INVALID_DOCUMENT'
  | 'LOCK_TIMEOUT'
  | 'LOCK_LOST'
  | 'MISSING_SOURCE'
  | 'EXTRACTION_FAILED'
  | 'NEO4J';

/** Every error the loader throws: a message that states the value and the remedy, the driver error as `cause`. */
export class LoaderError extends Error {
  override readonly name = 'LoaderError';
  readonly code: LoaderErrorCode;
  /** The Neo4j status code, when the error came from the server or the driver. */
  readonly neo4jCode: string | undefined;

  constructor(
    message: string,
    { code, cause, neo4jCode }: { code: LoaderErrorCode; cause?: unknown; neo4jCode?: string },
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.neo4jCode = neo4jCode;
  }
}

export interface MapNeo4jErrorOptions {
  /** The Bolt URI, named in connection errors. */
  uri?: string;
  /** What was being done, e.g. "writing batch 3 (articles 41-60)". */
  during?: string;
}

/** Turns a driver error into a LoaderError with a message a user can act on; other errors pass through unchanged. */
export function mapNeo4jError(error: unknown, { uri, during }: MapNeo4jErrorOptions = {}): Error {
  if (error instanceof LoaderError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const where = uri ? ` at ${uri}` : '';
  const when = during ? ` while ${during}` : '';
  const { code } = error;
  const make = (kind: LoaderErrorCode, message: string): LoaderError =>
    new LoaderError(message, { code: kind, cause: error, neo4jCode: code });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return make(
      'UNREACHABLE',
      `Neo4j${where} is unreachable${when}: ${error.message}. Is it running? Start one with \`pnpm neo4j:start\` or set NEO4J_URI; a re-run completes what was not committed.`,
    );
  }
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return make(
      'UNAUTHORIZED',
      `Neo4j${where} refused the credentials${when}: ${error.message}. Check NEO4J_USER / NEO4J_PASSWORD.`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return make('DATABASE_NOT_FOUND', `Neo4j${where} has no such database${when}: ${error.message}.`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return make('CONSTRAINT_VIOLATION', `A uniqueness constraint failed${when}: ${error.message}.`);
  }
  return make('NEO4J', `Neo4j${where} failed${when}: ${error.message} (${code}).`);
}
