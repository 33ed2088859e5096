import { parse, validate } from 'graphql';
import { schema } from './create-api';
import { ReservedAliasesRule } from './reserved-aliases';

const check = (query: string) => validate(schema, parse(query), [ReservedAliasesRule]).map(e => e.message);

test('an alias named after an Object.prototype property is refused, wherever it is', () => {
  expect(check('{ __proto__: __typename }')).toEqual([
    'alias "__proto__" is reserved (a name of every JavaScript object); choose another',
  ]);
  expect(check('{ articles { edges { constructor: cursor } } }')).toHaveLength(1);
  expect(check('{ a: articles { edges { toString: cursor hasOwnProperty: cursor } } }')).toHaveLength(2);
});

test('ordinary aliases, and fields without aliases, pass', () => {
  expect(check('{ first: articles { edges { proto: cursor } } second: __typename }')).toEqual([]);
});
