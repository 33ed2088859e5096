// { entity(name: "ana duarte") { __typename name aliases } } -> the entity, or null when the name is unknown.
import type { ApiContext } from '../../context';
import { buildLookupEntity } from '../../cypher/lookup-entity';
import { toNameInput } from '../../cypher/resolve-entity';
import type { EntityValue } from '../../values';
import { askResolvingNames } from '../../resolve-names';

interface NameArgs {
  name: string;
}

export async function entity(_: unknown, { name }: NameArgs, { read, nameIndex }: ApiContext) {
  const input = toNameInput('name', name);
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildLookupEntity(input)),
    ([r]) => [!r?.entity && input],
  );
  return (row?.entity ?? null) as EntityValue | null;
}

/** person(name): null when the name denotes no one, or an organization. */
export async function person(parent: unknown, args: NameArgs, context: ApiContext) {
  const found = await entity(parent, args, context);
  return found?.__typename === 'Person' ? found : null;
}

export async function organization(parent: unknown, args: NameArgs, context: ApiContext) {
  const found = await entity(parent, args, context);
  return found?.__typename === 'Organization' ? found : null;
}
