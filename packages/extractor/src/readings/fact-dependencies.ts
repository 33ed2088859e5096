// Whether facts read in one entity context hold in another: the digest of what they read (the fields of the entity
// records they read, the ids they asked for or listed, and the mention list) is the same in both.
import { createHash } from 'node:crypto';
import type { EntityRecord, Mention } from '../analysis';
import type { FactDependencies } from './article-reading';
import { HAS_READ, IDS_READ, type EntityRead } from './tracked-entities';

/** The values facts may read, copied before they are read. */
export interface ContextSnapshot {
  records: Map<string, Record<string, unknown>>;
  mentions: string;
}

export function snapshotContext(
  entities: ReadonlyMap<string, EntityRecord>,
  mentions: readonly Mention[],
): ContextSnapshot {
  const records = new Map<string, Record<string, unknown>>();
  Map.prototype.forEach.call(entities, (record: EntityRecord, id: string) =>
    records.set(id, JSON.parse(JSON.stringify(record)) as Record<string, unknown>),
  );
  return { records, mentions: JSON.stringify(mentions) };
}

/** The dependencies of facts that made these reads of the snapshot's context. */
export function toDependencies(reads: Iterable<EntityRead>, snapshot: ContextSnapshot): FactDependencies {
  const sorted = [...reads].sort();
  return { reads: sorted, digest: digestSnapshot(sorted, snapshot) };
}

/** True when facts with these dependencies read the same values in this context. */
export function dependenciesHold(depends: FactDependencies, snapshot: ContextSnapshot): boolean {
  return digestSnapshot(depends.reads, snapshot) === depends.digest;
}

function digestSnapshot(reads: readonly EntityRead[], { records, mentions }: ContextSnapshot): string {
  const hash = createHash('sha256');
  for (const read of reads) {
    hash.update(read);
    hash.update('\u0001');
    hash.update(valueOf(read, records));
    hash.update('\u0002');
  }
  hash.update(mentions);
  return hash.digest('hex');
}

function valueOf(read: EntityRead, records: ContextSnapshot['records']): string {
  if (read === IDS_READ) return JSON.stringify([...records.keys()]);
  const cut = read.indexOf('\u0000');
  const record = records.get(read.slice(0, cut));
  const field = read.slice(cut + 1);
  if (field === HAS_READ) return record ? 'yes' : 'no';
  return record ? (JSON.stringify(record[field]) ?? 'undefined') : 'none';
}
