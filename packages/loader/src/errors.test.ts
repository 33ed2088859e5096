import { Neo4jError } from 'neo4j-driver';
import { LoaderError, mapNeo4jError } from './errors';

const neo4jError = (code: string, message = 'boom'): Neo4jError =>
  new Neo4jError(message, code as never, 'N/A', 'N/A');

describe('mapNeo4jError', () => {
  test('an unreachable server names the URI and the remedy', () => {
    const mapped = mapNeo4jError(neo4jError('ServiceUnavailable', 'Could not connect'), {
      uri: 'bolt://127.0.0.1:7999',
      during: 'writing batch 2/5',
    });
    expect(mapped).toBeInstanceOf(LoaderError);
    expect(mapped).toMatchObject({ code: 'UNREACHABLE', neo4jCode: 'ServiceUnavailable' });
    expect(mapped.message).toContain('bolt://127.0.0.1:7999');
    expect(mapped.message).toContain('writing batch 2/5');
    expect(mapped.message).toContain('pnpm neo4j:start');
  });

  test.each([
    ['Neo.ClientError.Security.Unauthorized', 'UNAUTHORIZED'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT_VIOLATION'],
    ['Neo.ClientError.Statement.SyntaxError', 'NEO4J'],
  ])('%s -> %s, keeping the driver error as cause', (code, kind) => {
    const cause = neo4jError(code);
    const mapped = mapNeo4jError(cause) as LoaderError;
    expect(mapped.code).toBe(kind);
    expect(mapped.cause).toBe(cause);
  });

  test('other errors pass through', () => {
    const error = new TypeError('x');
    expect(mapNeo4jError(error)).toBe(error);
  });
});
