import { GraphQLError } from 'graphql';
import { assertResolved, toOptionalName, toPartialDate, toTextFilter } from './args';
import { toNameInput } from './cypher/resolve-entity';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return 'no error';
};

test.each(['2016', '2016-07', '2016-07-18'])('%s is a partial date', value => {
  expect(toPartialDate('from', value)).toBe(value);
});

test.each(['July 2016', '2016-13', '16-07-18', '2016-07-32'])('%s is refused', value => {
  expect(codeOf(() => toPartialDate('from', value))).toBe('BAD_USER_INPUT');
});

test('names without letters are refused, absent names are null', () => {
  expect(codeOf(() => toOptionalName('speaker', '  -- '))).toBe('BAD_USER_INPUT');
  expect(toOptionalName('speaker', null)).toBeNull();
});

test('toNameInput gives the id of the canonical name and a Lucene query of plain words', () => {
  expect(toNameInput('name', 'José García')).toEqual({
    name: 'José García',
    personId: 'person:jose-garcia',
    organizationId: 'organization:jose-garcia',
    key: 'josegarcia',
    lucene: '(+jose~1 +garcia~1) (+josé +garcía)',
  });
  expect(toNameInput('name', 'ana duarte').lucene).toBe('(+ana +duarte~1)');
});

test('an unresolved name is NOT_FOUND and names itself', () => {
  const input = toNameInput('by', 'Ana Duartes');
  expect(codeOf(() => assertResolved('by', input, null))).toBe('NOT_FOUND');
  expect(() => assertResolved('by', input, null)).toThrow('no person or organization named "Ana Duartes"');
  expect(codeOf(() => assertResolved('by', input, 'person:ana-duarte'))).toBe('no error');
});

test('text filters are trimmed and lower-cased', () => {
  expect(toTextFilter('text', '  Never MET ')).toBe('never met');
  expect(codeOf(() => toTextFilter('text', ' '))).toBe('BAD_USER_INPUT');
});
