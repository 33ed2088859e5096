// The entity map a fact finder reads, recording what it read: which fields of which records ("person:x" label),
// which ids it asked for, and whether it listed the ids. A reading's facts depend on the entity records only through
// this map, so they stay valid in another batch as long as every value they read (and the mention list) is the same
// there (fact-dependencies.ts): another article adding an alias of a person leaves facts that read only the person's
// label valid.
import type { EntityRecord } from '../analysis';

/** What was read: "<id>\u0000<field>", "<id>\u0000#has" (whether the id is there) or "#ids" (the ids in order). */
export type EntityRead = string;

export const IDS_READ = '#ids';
export const HAS_READ = '#has';

export class TrackedEntities extends Map<string, EntityRecord> {
  readonly reads = new Set<EntityRead>();
  private readonly views = new Map<string, EntityRecord>();

  override get(id: string): EntityRecord | undefined {
    const record = super.get(id);
    if (!record) {
      this.reads.add(`${id}\u0000${HAS_READ}`);
      return undefined;
    }
    let view = this.views.get(id);
    if (!view) {
      const reads = this.reads;
      view = new Proxy(record, {
        get(target, field, receiver) {
          if (typeof field === 'string') reads.add(`${id}\u0000${field}`);
          return Reflect.get(target, field, receiver) as unknown;
        },
        has(target, field) {
          if (typeof field === 'string') reads.add(`${id}\u0000${field}`);
          return Reflect.has(target, field);
        },
        ownKeys(target) {
          for (const field of Reflect.ownKeys(target))
            if (typeof field === 'string') reads.add(`${id}\u0000${field}`);
          return Reflect.ownKeys(target);
        },
      });
      this.views.set(id, view);
    }
    return view;
  }

  override has(id: string): boolean {
    this.reads.add(`${id}\u0000${HAS_READ}`);
    return super.has(id);
  }

  override get size(): number {
    this.reads.add(IDS_READ);
    return super.size;
  }

  override keys(): MapIterator<string> {
    this.reads.add(IDS_READ);
    return super.keys();
  }

  override values(): MapIterator<EntityRecord> {
    this.reads.add(IDS_READ);
    const ids = [...super.keys()];
    return ids.map(id => this.get(id) as EntityRecord)[Symbol.iterator]() as MapIterator<EntityRecord>;
  }

  override entries(): MapIterator<[string, EntityRecord]> {
    this.reads.add(IDS_READ);
    const pairs = [...super.keys()].map((id): [string, EntityRecord] => [id, this.get(id) as EntityRecord]);
    return pairs[Symbol.iterator]() as MapIterator<[string, EntityRecord]>;
  }

  override forEach(
    callback: (value: EntityRecord, key: string, map: Map<string, EntityRecord>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, record] of this.entries()) callback.call(thisArg, record, id, this);
  }

  override [Symbol.iterator](): MapIterator<[string, EntityRecord]> {
    return this.entries();
  }
}
