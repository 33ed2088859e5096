import { pickCandidate, type AliasCandidate } from './resolve-names';

const candidate = (id: string, names: string[], score = 1, person = true): AliasCandidate => ({
  id,
  names,
  score,
  person,
});

test('an alias matches ignoring case and accents; others are dropped', () => {
  const found = pickCandidate('garcia', [
    candidate('person:jose-garcia', ['José García', 'García']),
    candidate('person:garcia-lopez', ['Ana García-López', 'García-López'], 5),
  ]);
  expect(found?.id).toBe('person:jose-garcia');
});

test('a canonical name beats an alias, a person beats an organization, then the score', () => {
  const byName = candidate('organization:norland', ['Norland']);
  const byAlias = candidate('person:ola-norland', ['Ola Norland', 'Norland'], 9);
  expect(pickCandidate('norland', [byAlias, { ...byName, person: false }])?.id).toBe('organization:norland');
  const a = candidate('person:a', ['Ann Vik', 'Vik'], 2);
  const b = candidate('person:b', ['Bo Vik', 'Vik'], 3);
  expect(pickCandidate('vik', [a, b])?.id).toBe('person:b');
  expect(pickCandidate('vik', [{ ...b, person: false }, a])?.id).toBe('person:a');
});

test('no candidate with that key is null', () => {
  expect(pickCandidate('nobody', [candidate('person:a', ['Ann Vik'])])).toBeNull();
});
