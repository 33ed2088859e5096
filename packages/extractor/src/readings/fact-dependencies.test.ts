// Facts depend on what the rules read of the entity records: a change of a value they never read keeps them valid,
// a change of one they read, or of the mention list, does not.
import type { EntityRecord, Mention } from '../analysis';
import { dependenciesHold, snapshotContext, toDependencies } from './fact-dependencies';
import { TrackedEntities } from './tracked-entities';

const person = (id: string, name: string, aliases: string[]): EntityRecord => ({
  id,
  label: 'Person',
  name,
  aliases,
  kind: null,
  roles: [],
  gender: null,
});

const mentions: Mention[] = [
  { entityId: 'person:oren-kestrel', start: 0, end: 5, surface: 'Oren', form: 'name', sentence: 0 },
];

function readLabelOnly(entities: Map<string, EntityRecord>) {
  const tracked = new TrackedEntities(entities);
  tracked.reads.clear();
  const snapshot = snapshotContext(entities, mentions);
  expect(tracked.get('person:oren-kestrel')?.label).toBe('Person');
  expect(tracked.has('person:nobody')).toBe(false);
  return toDependencies(tracked.reads, snapshot);
}

test('a label read stays valid when another article adds an alias, not when the name it reads changes', () => {
  const base = new Map([['person:oren-kestrel', person('person:oren-kestrel', 'Oren Kestrel', ['Kestrel'])]]);
  const depends = readLabelOnly(base);
  expect(depends.reads).toEqual(['person:nobody\u0000#has', 'person:oren-kestrel\u0000label']);
  const moreAliases = new Map([
    ['person:oren-kestrel', person('person:oren-kestrel', 'Oren Kestrel', ['Kestrel', 'O. Kestrel'])],
  ]);
  expect(dependenciesHold(depends, snapshotContext(moreAliases, mentions))).toBe(true);
  const withNobody = new Map([...moreAliases, ['person:nobody', person('person:nobody', 'No Body', [])]]);
  expect(dependenciesHold(depends, snapshotContext(withNobody, mentions))).toBe(false);
  expect(dependenciesHold(depends, snapshotContext(base, []))).toBe(false);
});

test('listing the entities depends on every id, and a spread record on every field', () => {
  const base = new Map([['person:oren-kestrel', person('person:oren-kestrel', 'Oren Kestrel', ['Kestrel'])]]);
  const tracked = new TrackedEntities(base);
  tracked.reads.clear();
  const snapshot = snapshotContext(base, mentions);
  const copies = [...tracked.values()].map(e => ({ ...e }));
  expect(copies[0]?.name).toBe('Oren Kestrel');
  const depends = toDependencies(tracked.reads, snapshot);
  expect(depends.reads).toContain('#ids');
  expect(depends.reads).toContain('person:oren-kestrel\u0000aliases');
  const renamed = new Map([
    ['person:oren-kestrel', person('person:oren-kestrel', 'Oren Kestrel', ['O. Kestrel'])],
  ]);
  expect(dependenciesHold(depends, snapshotContext(renamed, mentions))).toBe(false);
});
